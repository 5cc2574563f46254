/** The editor's per-device settings, kept in localStorage; React reads them with useEditorSettings. */
import { useSyncExternalStore } from "react";

export interface EditorSettings {
  /** Ruff's squiggles as you type. */
  lint: boolean;
  /** Ruff's formatter before Ctrl/Cmd+S saves. */
  formatOnSave: boolean;
  /** Jedi's completions, signature help and hover docs (off: its Python never starts). */
  completion: boolean;
  fontSize: number;
}

export const DEFAULT_EDITOR_SETTINGS: EditorSettings = {
  lint: true,
  formatOnSave: false,
  completion: true,
  fontSize: 14,
};
export const FONT_SIZES = [12, 13, 14, 15, 16, 18, 20] as const;

/** The localStorage key the settings are saved under. */
export const EDITOR_SETTINGS_KEY = "drill-editor-settings";
const listeners = new Set<() => void>();
let current: EditorSettings = read();

function read(): EditorSettings {
  try {
    const raw = JSON.parse(globalThis.localStorage?.getItem(EDITOR_SETTINGS_KEY) ?? "{}") as Partial<EditorSettings>;
    const bool = (k: "lint" | "formatOnSave" | "completion") =>
      typeof raw[k] === "boolean" ? raw[k] : DEFAULT_EDITOR_SETTINGS[k];
    const size = Number(raw.fontSize);
    return {
      lint: bool("lint"),
      formatOnSave: bool("formatOnSave"),
      completion: bool("completion"),
      fontSize: Number.isFinite(size) && size >= 10 && size <= 24 ? size : DEFAULT_EDITOR_SETTINGS.fontSize,
    };
  } catch {
    return { ...DEFAULT_EDITOR_SETTINGS };
  }
}

export function editorSettings(): EditorSettings {
  return current;
}

export function updateEditorSettings(change: Partial<EditorSettings>): void {
  current = { ...current, ...change };
  try {
    globalThis.localStorage?.setItem(EDITOR_SETTINGS_KEY, JSON.stringify(current));
  } catch {
    // storage full or blocked: the setting still holds for this page
  }
  for (const l of listeners) l();
}

export function onEditorSettingsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// another tab changed them
globalThis.addEventListener?.("storage", (e: StorageEvent) => {
  if (e.key !== EDITOR_SETTINGS_KEY) return;
  current = read();
  for (const l of listeners) l();
});

export function useEditorSettings(): EditorSettings {
  return useSyncExternalStore(onEditorSettingsChange, editorSettings, editorSettings);
}
