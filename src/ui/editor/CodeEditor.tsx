import { Component, type ErrorInfo, lazy, type ReactNode, Suspense } from "react";
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

const MonacoEditor = lazy(() => import("./MonacoEditor"));

/** The Python editor: Monaco, loaded on demand, or a plain textarea when Monaco cannot load. */
export function CodeEditor(props: CodeEditorProps) {
  return (
    <EditorBoundary fallback={<TextareaEditor {...props} />}>
      <Suspense fallback={<EditorLoading value={props.value} className={props.className} />}>
        <MonacoEditor {...props} />
      </Suspense>
    </EditorBoundary>
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

class EditorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error("The code editor could not load; using a plain text area.", error, info.componentStack);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
