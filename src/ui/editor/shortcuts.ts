/** The editor's own keyboard commands: Ctrl/Cmd+Enter, Ctrl/Cmd+Shift+Enter and Ctrl/Cmd+S. */
export type EditorShortcut = "run" | "submit" | "save";

interface KeyInfo {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The command a key press asks for, or null. Ctrl and Cmd are both accepted on every platform. */
export function shortcutFor(e: KeyInfo): EditorShortcut | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  if (e.key === "Enter") return e.shiftKey ? "submit" : "run";
  if (!e.shiftKey && e.key.toLowerCase() === "s") return "save";
  return null;
}
