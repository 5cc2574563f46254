import { type ReactNode, Suspense } from "react";
import type { Challenge } from "../../domain/challenge";
import { ConfirmButton } from "../common/ConfirmButton";
import { RetryBoundary, retryableLazy } from "../common/RetryBoundary";
import { EditorLoadFailed } from "../editor/EditorLoadFailed";
import { EditorTools } from "../editor/EditorTools";
import { useApp } from "../store-context";
import { EditorKeyHint } from "./EditorKeyHint";

const codeEditor = retryableLazy(() => import("../editor/CodeEditor"));
const MOD = /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl";

/** The editor with its header: language, reset/undo, shortcuts, and (on wide screens) Run and Submit. */
export function EditorPane(props: {
  challenge: Challenge;
  code: string;
  readOnly: boolean;
  errorLine: number | null;
  /** What the error marker at errorLine says. */
  errorMessage: string;
  goTo: { line: number; nonce: number } | null;
  actions: ReactNode;
  onRun(): void;
  onSubmit(): void;
  onSave(): void;
}) {
  const { challenge } = props;
  const setCode = useApp((s) => s.setCode);
  const lastReset = useApp((s) => s.lastReset);
  const resetToStarter = useApp((s) => s.resetToStarter);
  const undoReset = useApp((s) => s.undoReset);
  const saving = useApp((s) => s.pendingDrafts.includes(challenge.id));
  return (
    <section className="pane editor-pane" aria-label="Your solution">
      <div className="pane-header editor-header">
        <span className="lang-label">
          <span aria-hidden="true" className="lang-dot" />
          Python
        </span>
        <span className="save-state muted" aria-live="polite">
          {saving ? "Saving…" : "Saved"}
        </span>
        {lastReset?.challengeId === challenge.id ? (
          <button type="button" className="btn-ghost btn-sm" onClick={undoReset}>
            Undo reset
          </button>
        ) : (
          <ConfirmButton
            label="Reset to starter"
            className="btn-ghost btn-sm"
            question="Replace your code with the starter code? You can undo this right after."
            confirmLabel="Reset"
            disabled={props.readOnly}
            onConfirm={() => resetToStarter(challenge.id, challenge.starter)}
          />
        )}
        <EditorTools label="Code editor" readOnly={props.readOnly} />
        <span className="shortcuts muted">
          <kbd>{MOD}+Enter</kbd> run · <kbd>{MOD}+Shift+Enter</kbd> submit
        </span>
        {props.actions}
      </div>
      <div className="editor-frame">
        <RetryBoundary
          what="The code editor"
          onRetry={codeEditor.reload}
          fallback={(retry) => (
            <EditorLoadFailed onRetry={retry}>
              <pre>{props.code}</pre>
            </EditorLoadFailed>
          )}
        >
          {() => {
            const CodeEditor = codeEditor.current();
            return (
              <Suspense fallback={<p className="editor-loading">Loading the editor…</p>}>
                <CodeEditor
                  key={challenge.id}
                  value={props.code}
                  onChange={(c) => setCode(challenge.id, c)}
                  readOnly={props.readOnly}
                  errorLine={props.errorLine}
                  errorMessage={props.errorMessage}
                  goTo={props.goTo}
                  onRun={props.onRun}
                  onSubmit={props.onSubmit}
                  onSave={props.onSave}
                  ariaLabel="Code editor"
                />
              </Suspense>
            );
          }}
        </RetryBoundary>
      </div>
      <EditorKeyHint />
    </section>
  );
}
