import { useSyncExternalStore } from "react";

const DARK = "(prefers-color-scheme: dark)";

export type EditorTheme = "drill-light" | "drill-dark";

/** The app's Monaco theme (defined in monaco-setup.ts) matching the system colour scheme now. */
export function systemTheme(): EditorTheme {
  return typeof matchMedia === "function" && matchMedia(DARK).matches ? "drill-dark" : "drill-light";
}

/** Calls `listener` whenever the system colour scheme changes; returns the unsubscribe function. */
export function onSystemThemeChange(listener: () => void): () => void {
  if (typeof matchMedia !== "function") return () => {};
  const query = matchMedia(DARK);
  query.addEventListener("change", listener);
  return () => query.removeEventListener("change", listener);
}

/** The Monaco theme for the current system colour scheme, re-rendering when it changes. */
export function useSystemTheme(): EditorTheme {
  return useSyncExternalStore(onSystemThemeChange, systemTheme, () => "drill-light");
}
