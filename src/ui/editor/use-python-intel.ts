import type { editor as MonacoApi } from "monaco-editor/editor/editor.api";
import { type RefObject, useEffect, useRef } from "react";
import { editorIntel } from "../../intel/intel-client";
import { lintProblems } from "./EditorStatusBar";
import { registerEditorCommands } from "./editor-commands";
import { useEditorSettings } from "./editor-settings";
import { monaco } from "./monaco-setup";
import { type LintLoop, lintLoop } from "./python-lint";
import { registerPythonProviders } from "./python-providers";

/**
 * Ruff and Jedi for one mounted editor: lint as you type (per the settings), Format for the
 * toolbar, and Jedi's worker started at the first edit when completions are on. Returns the lint loop.
 */
export function usePythonIntel(
  editor: MonacoApi.IStandaloneCodeEditor | null,
  label: string,
): RefObject<LintLoop | null> {
  const { lint, completion } = useEditorSettings();
  const loop = useRef<LintLoop | null>(null);
  const lintOn = useRef(lint);
  lintOn.current = lint;

  useEffect(() => {
    if (!editor) return;
    registerPythonProviders();
    const current = lintLoop(editor, lintOn.current);
    loop.current = current;
    const unregister = registerEditorCommands(label, {
      format: async () => {
        if (editor.getOption(monaco.editor.EditorOption.readOnly)) return;
        editor.focus();
        await editor.getAction("editor.action.formatDocument")?.run();
      },
      problems: () => lintProblems(editor),
    });
    return () => {
      unregister();
      current.dispose();
      loop.current = null;
    };
  }, [editor, label]);

  useEffect(() => loop.current?.setEnabled(lint), [lint]);

  // Jedi's Python starts when the user first edits, not when a drill is merely opened
  useEffect(() => {
    if (!editor || !completion) return;
    const firstEdit = editor.onDidChangeModelContent(() => {
      firstEdit.dispose();
      editorIntel.warmUp();
    });
    return () => firstEdit.dispose();
  }, [editor, completion]);

  return loop;
}
