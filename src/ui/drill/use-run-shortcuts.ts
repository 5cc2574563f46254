import { useEffect } from "react";

/** Ctrl/Cmd+Enter runs, Ctrl/Cmd+Shift+Enter submits, Ctrl/Cmd+S saves, anywhere on the drill page (Monaco handles its own). */
export function useRunShortcuts(run: () => void, submit: () => void, save: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || (e.target as Element | null)?.closest?.(".monaco-editor")) return;
      if (e.key === "Enter") {
        e.preventDefault();
        if (e.shiftKey) submit();
        else run();
      } else if (e.key.toLowerCase() === "s") {
        e.preventDefault();
        save();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [run, submit, save]);
}
