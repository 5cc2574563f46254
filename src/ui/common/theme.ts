/** The theme switch: system, light or dark, remembered per device and applied as <html data-theme>. */
import { useSyncExternalStore } from "react";
import { readPreference, writePreference } from "./preferences";

export const THEME_CHOICES = ["system", "light", "dark"] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

const DARK = "(prefers-color-scheme: dark)";
const listeners = new Set<() => void>();
const isChoice = (v: unknown): v is ThemeChoice => THEME_CHOICES.includes(v as ThemeChoice);

let choice: ThemeChoice = readPreference("theme", "system", isChoice);

function resolved(): "light" | "dark" {
  if (choice !== "system") return choice;
  return typeof matchMedia === "function" && matchMedia(DARK).matches ? "dark" : "light";
}

function apply(): void {
  document.documentElement.dataset.theme = resolved();
  for (const l of listeners) l();
}

/** Starts following the saved choice (and the system setting while the choice is "system"). */
export function initTheme(): () => void {
  apply();
  if (typeof matchMedia !== "function") return () => {};
  const query = matchMedia(DARK);
  query.addEventListener("change", apply);
  return () => query.removeEventListener("change", apply);
}

export function setTheme(next: ThemeChoice): void {
  choice = next;
  writePreference("theme", next);
  apply();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, () => choice);
}
