/**
 * The mounted Monaco editors by accessible name, so controls outside the editor (the toolbar's
 * Format button) can act on it without loading Monaco themselves.
 */
export interface EditorCommands {
  format(): Promise<void>;
  /** "Problems": errors and warnings from the linter. */
  problems(): { errors: number; warnings: number };
}

const editors = new Map<string, EditorCommands>();
const listeners = new Set<() => void>();

export function registerEditorCommands(label: string, commands: EditorCommands): () => void {
  editors.set(label, commands);
  for (const l of listeners) l();
  return () => {
    if (editors.get(label) !== commands) return;
    editors.delete(label);
    for (const l of listeners) l();
  };
}

export function editorCommands(label: string): EditorCommands | null {
  return editors.get(label) ?? null;
}

export function onEditorCommandsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
