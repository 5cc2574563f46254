/** Lint as you type: the model's text goes to Ruff's worker after a pause, and comes back as markers. */
import type { editor as MonacoApi } from "monaco-editor/editor/editor.api";
import { editorIntel } from "../../intel/intel-client";
import { LINT_OWNER, toMarkers } from "./lint-markers";
import { monaco } from "./monaco-setup";
import { lintFindings } from "./python-providers";

/** Typing pauses shorter than this are still typing. */
export const LINT_DEBOUNCE_MS = 120;

export interface LintLoop {
  setEnabled(on: boolean): void;
  /** How many times markers were set, for the benchmark and tests. */
  runs(): number;
  dispose(): void;
}

export function lintLoop(editor: MonacoApi.IStandaloneCodeEditor, enabled: boolean): LintLoop {
  let on = enabled;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let runs = 0;
  let disposed = false;

  const clear = () => {
    const model = editor.getModel();
    if (model && !model.isDisposed()) {
      monaco.editor.setModelMarkers(model, LINT_OWNER, []);
      lintFindings.delete(model);
    }
  };
  const lint = async () => {
    timer = null;
    const model = editor.getModel();
    if (!on || disposed || !model) return;
    const version = model.getVersionId();
    const result = await editorIntel.lint(model.getValue());
    // a newer edit has its own lint coming: markers for older text would land on the wrong characters
    if (!result || disposed || !on || model.isDisposed() || model.getVersionId() !== version) return;
    lintFindings.set(model, result.findings);
    monaco.editor.setModelMarkers(model, LINT_OWNER, toMarkers(result.findings, model));
    runs++;
  };
  const schedule = (delay: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void lint(), delay);
  };

  const changes = editor.onDidChangeModelContent(() => schedule(LINT_DEBOUNCE_MS));
  const models = editor.onDidChangeModel(() => schedule(0));
  if (on) schedule(0);
  return {
    setEnabled(next) {
      on = next;
      if (on) schedule(0);
      else clear();
    },
    runs: () => runs,
    dispose() {
      disposed = true;
      if (timer) clearTimeout(timer);
      changes.dispose();
      models.dispose();
      clear();
    },
  };
}
