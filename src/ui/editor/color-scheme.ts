import { useSyncExternalStore } from "react";

const DARK = "(prefers-color-scheme: dark)";

export type EditorTheme = "drill-light" | "drill-dark";

/** The app's Monaco theme (defined in monaco-setup.ts): the page's <html data-theme> when the app set one, else the system's. */
export function systemTheme(): EditorTheme {
  const chosen = typeof document === "object" ? document.documentElement.dataset.theme : undefined;
  if (chosen === "dark" || chosen === "light") return chosen === "dark" ? "drill-dark" : "drill-light";
  return typeof matchMedia === "function" && matchMedia(DARK).matches ? "drill-dark" : "drill-light";
}

/** Calls `listener` whenever the colour scheme changes (system setting or the app's theme switch). */
export function onSystemThemeChange(listener: () => void): () => void {
  if (typeof matchMedia !== "function") return () => {};
  const query = matchMedia(DARK);
  query.addEventListener("change", listener);
  const observer = new MutationObserver(listener);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => {
    query.removeEventListener("change", listener);
    observer.disconnect();
  };
}

/** The Monaco theme for the current colour scheme, re-rendering when it changes. */
export function useSystemTheme(): EditorTheme {
  return useSyncExternalStore(onSystemThemeChange, systemTheme, () => "drill-light");
}
