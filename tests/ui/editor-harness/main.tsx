/** A page for tests/e2e/editor.test.ts: one editor whose props the test sets through `window.harness`. */
import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { CodeEditor, type CodeEditorProps } from "../../../src/ui/editor/CodeEditor";
import { Markdown } from "../../../src/ui/markdown/Markdown";

type HarnessProps = Pick<CodeEditorProps, "value" | "readOnly" | "errorLine" | "errorMessage" | "goTo">;

interface Harness {
  /** "run", "submit", "save" in the order the editor called them; "page" if a shortcut reached the window. */
  events: string[];
  /** The value the editor last reported through onChange. */
  value: string;
  /** Merges `props` into the editor's props; resolves once React has committed them. */
  set(props: Partial<HarnessProps>): Promise<void>;
}

declare global {
  interface Window {
    harness: Harness;
  }
}

const STATEMENT = `Write \`outer(n)\`.

| n | result |
|---|--------|
| 1 | 2 |

\`\`\`python
def outer(n):
    return n + 1  # one more
\`\`\`

<script>window.injected = true</script>
<img src="x" onerror="window.injected = true">
`;

const harness: Harness = { events: [], value: "", set: async () => {} };
// A page-wide shortcut listener, like the app's: the editor's own shortcuts must not reach it.
window.addEventListener("keydown", (e) => {
  if ((e.ctrlKey || e.metaKey) && (e.key === "Enter" || e.key.toLowerCase() === "s")) harness.events.push("page");
});
const committed: (() => void)[] = [];
window.harness = harness;

function App() {
  const [props, setProps] = useState<HarnessProps>({ value: "def solve():\n    return 1\n" });
  useEffect(() => {
    harness.set = (next) =>
      new Promise((resolve) => {
        committed.push(resolve);
        setProps((prev) => ({ ...prev, ...next }));
      });
  }, []);
  useEffect(() => {
    for (const resolve of committed.splice(0)) resolve();
  });
  harness.value = props.value;
  return (
    <>
      <Markdown text={STATEMENT} className="statement" />
      <div className="editor-slot">
        <CodeEditor
          {...props}
          onChange={(value) => setProps((prev) => ({ ...prev, value }))}
          onRun={() => harness.events.push("run")}
          onSubmit={() => harness.events.push("submit")}
          onSave={() => harness.events.push("save")}
        />
      </div>
    </>
  );
}

const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
