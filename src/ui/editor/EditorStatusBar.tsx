import type { editor as MonacoApi } from "monaco-editor/editor/editor.api";
import { useEffect, useState } from "react";
import { editorIntel, type JediState } from "../../intel/intel-client";
import { useEditorSettings } from "./editor-settings";
import { LINT_OWNER } from "./lint-markers";
import { monaco } from "./monaco-setup";
import { formatProblems } from "./python-providers";

type Editor = MonacoApi.IStandaloneCodeEditor;

/** Lint problems of the editor's model: the first one, and the counts. */
export function lintProblems(editor: Editor) {
  const model = editor.getModel();
  const markers = model ? monaco.editor.getModelMarkers({ resource: model.uri, owner: LINT_OWNER }) : [];
  const errors = markers.filter((m) => m.severity === monaco.MarkerSeverity.Error).length;
  return { errors, warnings: markers.length - errors, first: markers[0] ?? null };
}

const JEDI_STATUS: Record<JediState, string | null> = {
  off: null,
  waiting: "Completions start after Python",
  booting: "Completions starting…",
  ready: null,
  failed: "Completions unavailable",
};

/** Under the editor: the Problems count (click to go to the first), format errors, completion status. */
export function EditorStatusBar({ editor }: { editor: Editor }) {
  const settings = useEditorSettings();
  const [problems, setProblems] = useState(() => lintProblems(editor));
  const [formatError, setFormatError] = useState<string | null>(null);
  const [jedi, setJedi] = useState<JediState>(editorIntel.jediState);

  useEffect(() => {
    const update = () => setProblems(lintProblems(editor));
    const markers = monaco.editor.onDidChangeMarkers(update);
    const edits = editor.onDidChangeModelContent(() => setFormatError(null));
    const onFormatProblem = (model: MonacoApi.ITextModel, message: string) => {
      if (model === editor.getModel()) setFormatError(message);
    };
    formatProblems.add(onFormatProblem);
    const jediOff = editorIntel.onJediState(setJedi);
    update();
    return () => {
      markers.dispose();
      edits.dispose();
      formatProblems.delete(onFormatProblem);
      jediOff();
    };
  }, [editor]);

  const goToFirst = () => {
    const first = problems.first;
    if (!first) return;
    editor.setPosition({ lineNumber: first.startLineNumber, column: first.startColumn });
    editor.revealLineInCenterIfOutsideViewport(first.startLineNumber);
    editor.focus();
  };
  const total = problems.errors + problems.warnings;
  const jediText = settings.completion ? JEDI_STATUS[jedi] : null;
  return (
    <div className="drill-editor-status">
      {settings.lint && (
        <button
          type="button"
          className="drill-editor-problems"
          data-problems={total}
          onClick={goToFirst}
          disabled={total === 0}
          title={total ? "Go to the first problem" : "Ruff found nothing to flag"}
        >
          Problems: <span className="count error">{problems.errors}</span> {problems.errors === 1 ? "error" : "errors"},{" "}
          <span className="count warning">{problems.warnings}</span> {problems.warnings === 1 ? "warning" : "warnings"}
        </button>
      )}
      {formatError && (
        <span role="status" className="drill-editor-format-error">
          {formatError}
        </span>
      )}
      {jediText && (
        <span className="drill-editor-jedi" title={jedi === "failed" ? (editorIntel.jediProblem ?? "") : undefined}>
          {jediText}
        </span>
      )}
    </div>
  );
}
