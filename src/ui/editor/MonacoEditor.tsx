import { Editor } from "@monaco-editor/react";
import type { editor as MonacoApi } from "monaco-editor/editor/editor.api";
import { useEffect, useMemo, useRef, useState } from "react";
import type { CodeEditorProps } from "./CodeEditor";
import { useSystemTheme } from "./color-scheme";
import { EditorStatusBar } from "./EditorStatusBar";
import { type EditorProbe, useEditorProbe } from "./editor-probe";
import { editorSettings, useEditorSettings } from "./editor-settings";
import { LINT_OWNER } from "./lint-markers";
import { monaco } from "./monaco-setup";
import { usePythonIntel } from "./use-python-intel";

type StandaloneEditor = MonacoApi.IStandaloneCodeEditor;

const ERROR_GLYPH = "drill-error-glyph";

const OPTIONS: MonacoApi.IStandaloneEditorConstructionOptions = {
  automaticLayout: true,
  minimap: { enabled: false },
  fontLigatures: false,
  fontSize: 14,
  tabSize: 4,
  insertSpaces: true,
  detectIndentation: false,
  matchBrackets: "always",
  glyphMargin: true,
  scrollBeyondLastLine: false,
  // One input path in every browser: Firefox and Safari have no EditContext, so Chromium uses
  // the same hidden textarea they do (and it is what carries the accessible name).
  editContext: false,
  // hovers, completions and signature help are not clipped by the editor's frame
  fixedOverflowWidgets: true,
};

/** Monaco with the drill's Python settings; loaded lazily by CodeEditor. */
export default function MonacoEditor(props: CodeEditorProps) {
  const { value, readOnly = false, errorLine = null, errorMessage, goTo = null, ariaLabel = "Code editor" } = props;
  const [editor, setEditor] = useState<StandaloneEditor | null>(null);
  const theme = useSystemTheme();
  // The latest callbacks, so the keybindings registered once on mount never go stale.
  const latest = useRef(props);
  latest.current = props;

  const { fontSize } = useEditorSettings();
  const options = useMemo(() => ({ ...OPTIONS, readOnly, ariaLabel, fontSize }), [readOnly, ariaLabel, fontSize]);

  const onMount = (ed: StandaloneEditor) => {
    ed.getModel()?.updateOptions({ tabSize: 4, indentSize: 4, insertSpaces: true });
    const { KeyMod, KeyCode } = monaco;
    const bind = (id: string, label: string, keys: number, run: () => void) =>
      ed.addAction({ id: `drill.${id}`, label, keybindings: [keys], run });
    bind("run", "Run sample tests", KeyMod.CtrlCmd | KeyCode.Enter, () => latest.current.onRun?.());
    bind("submit", "Submit", KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.Enter, () => latest.current.onSubmit?.());
    bind("save", "Save", KeyMod.CtrlCmd | KeyCode.KeyS, async () => {
      if (editorSettings().formatOnSave && !ed.getOption(monaco.editor.EditorOption.readOnly))
        await ed.getAction("editor.action.formatDocument")?.run();
      latest.current.onSave?.();
    });
    // Monaco binds formatting to Ctrl+Shift+I on Linux; Shift+Alt+F everywhere, as the toolbar says
    bind("format", "Format with Ruff", KeyMod.Shift | KeyMod.Alt | KeyCode.KeyF, () => {
      void ed.getAction("editor.action.formatDocument")?.run();
    });
    setEditor(ed);
  };

  useErrorMarker(editor, errorLine, errorMessage);
  const lint = usePythonIntel(editor, ariaLabel);

  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model || !goTo) return;
    const line = clampLine(goTo.line, model);
    editor.setPosition({ lineNumber: line, column: model.getLineFirstNonWhitespaceColumn(line) || 1 });
    editor.revealLineInCenterIfOutsideViewport(line);
    editor.focus();
  }, [editor, goTo]);

  const probe = useMemo<EditorProbe | null>(
    () => (editor ? monacoProbe(editor, () => lint.current?.runs() ?? 0) : null),
    [editor, lint],
  );
  useEditorProbe(ariaLabel, probe);

  return (
    <div className={`drill-editor ${props.className ?? ""}`} data-editor="monaco">
      <Editor
        value={value}
        language="python"
        theme={theme}
        options={options}
        onMount={onMount}
        onChange={(code) => latest.current.onChange(code ?? "")}
        loading={<pre className="drill-editor-loading">{value}</pre>}
      />
      {editor && <EditorStatusBar editor={editor} />}
    </div>
  );
}

/** A red squiggle, line background and glyph on `line`, with the message's first line after the code. */
function useErrorMarker(editor: StandaloneEditor | null, line: number | null, message: string | undefined) {
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model || line === null) return;
    const at = clampLine(line, model);
    const text = message?.split("\n")[0]?.trim() || `Error on line ${line}`;
    const end = model.getLineMaxColumn(at);
    monaco.editor.setModelMarkers(model, "drill", [
      {
        severity: monaco.MarkerSeverity.Error,
        message: text,
        startLineNumber: at,
        startColumn: model.getLineFirstNonWhitespaceColumn(at) || 1,
        endLineNumber: at,
        endColumn: end,
      },
    ]);
    const decorations = editor.createDecorationsCollection([
      {
        range: new monaco.Range(at, 1, at, 1),
        options: { isWholeLine: true, className: "drill-error-line", glyphMarginClassName: ERROR_GLYPH },
      },
      {
        range: new monaco.Range(at, end, at, end),
        options: { showIfCollapsed: true, after: { content: `    ${text}`, inlineClassName: "drill-error-message" } },
      },
    ]);
    return () => {
      decorations.clear();
      if (!model.isDisposed()) monaco.editor.setModelMarkers(model, "drill", []);
    };
  }, [editor, line, message]);
}

function clampLine(line: number, model: MonacoApi.ITextModel): number {
  return Math.min(Math.max(1, Math.floor(line)), model.getLineCount());
}

const SEVERITY_NAMES = { 8: "error", 4: "warning" } as Record<number, "error" | "warning">;

function monacoProbe(editor: StandaloneEditor, lintRuns: () => number): EditorProbe {
  return {
    kind: "monaco",
    code: () => editor.getValue(),
    cursorLine: () => editor.getPosition()?.lineNumber ?? 1,
    errorLines: () =>
      (editor.getModel()?.getAllDecorations() ?? [])
        .filter((d) => d.options.glyphMarginClassName?.includes(ERROR_GLYPH))
        .map((d) => d.range.startLineNumber),
    lintMarkers: () => {
      const model = editor.getModel();
      if (!model) return [];
      return monaco.editor.getModelMarkers({ resource: model.uri, owner: LINT_OWNER }).map((m) => ({
        line: m.startLineNumber,
        column: m.startColumn,
        endLine: m.endLineNumber,
        endColumn: m.endColumn,
        code: typeof m.code === "string" ? m.code : (m.code?.value ?? null),
        severity: SEVERITY_NAMES[m.severity] ?? "info",
        message: m.message,
      }));
    },
    lintRuns,
    pointAt: (line, column) => {
      const at = editor.getScrolledVisiblePosition({ lineNumber: line, column });
      const box = editor.getDomNode()?.getBoundingClientRect();
      return at && box ? { x: box.left + at.left, y: box.top + at.top + at.height / 2 } : null;
    },
  };
}
