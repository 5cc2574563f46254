import { useSyncExternalStore } from "react";
import { editorCommands, onEditorCommandsChange } from "./editor-commands";

const MAC = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/** Formats the labelled editor's code with Ruff (one undo step); disabled until Monaco is up. */
export function FormatButton({ label = "Code editor", disabled = false }: { label?: string; disabled?: boolean }) {
  const commands = useSyncExternalStore(
    onEditorCommandsChange,
    () => editorCommands(label),
    () => null,
  );
  return (
    <button
      type="button"
      className="btn-ghost btn-sm"
      onClick={() => void commands?.format()}
      disabled={disabled || !commands}
      aria-keyshortcuts="Shift+Alt+F"
      title={`Format the code with Ruff (${MAC ? "⇧⌥F" : "Shift+Alt+F"})`}
    >
      Format
    </button>
  );
}
