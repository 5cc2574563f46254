import { Suspense } from "react";
import { RetryBoundary, retryableLazy } from "../common/RetryBoundary";
import { EditorLoadFailed } from "./EditorLoadFailed";
import { TextareaEditor } from "./TextareaEditor";
import "./code-editor.css";

export interface CodeEditorProps {
  value: string;
  onChange(code: string): void;
  readOnly?: boolean;
  /** 1-based line to mark as the error line (red squiggle/line decoration + glyph), or null. */
  errorLine?: number | null;
  errorMessage?: string;
  /** Changes to this object move the cursor to its line and reveal it (e.g. clicking a traceback line). */
  goTo?: { line: number; nonce: number } | null;
  /** Ctrl/Cmd+Enter. */
  onRun?(): void;
  /** Ctrl/Cmd+Shift+Enter. */
  onSubmit?(): void;
  /** Ctrl/Cmd+S, never the browser's save dialog. */
  onSave?(): void;
  /** The accessible name of the editing area; default "Code editor". */
  ariaLabel?: string;
  /** Extra class on the editor's outer element (which fills its parent's height, min 16rem). */
  className?: string;
}

const monaco = retryableLazy(() => import("./MonacoEditor"));

/** The Python editor: Monaco, loaded on demand; when it cannot load, a plain textarea under a Retry notice. */
export function CodeEditor(props: CodeEditorProps) {
  return (
    <RetryBoundary
      what="The code editor (Monaco)"
      onRetry={monaco.reload}
      fallback={(retry) => (
        <EditorLoadFailed onRetry={retry}>
          <TextareaEditor {...props} />
        </EditorLoadFailed>
      )}
    >
      {() => {
        const MonacoEditor = monaco.current();
        return (
          <Suspense fallback={<EditorLoading value={props.value} className={props.className} />}>
            <MonacoEditor {...props} />
          </Suspense>
        );
      }}
    </RetryBoundary>
  );
}

export default CodeEditor;

/** The code, read-only, while Monaco downloads. */
function EditorLoading({ value, className }: { value: string; className?: string | undefined }) {
  return (
    <div className={`drill-editor ${className ?? ""}`} data-editor="loading" aria-busy="true">
      <pre className="drill-editor-loading">{value}</pre>
    </div>
  );
}
