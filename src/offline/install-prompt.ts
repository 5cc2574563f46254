/**
 * Installing the app: the browser's install offer (`beforeinstallprompt`, Chromium) is kept for an
 * "Install app" button, and whether the app already runs installed is told apart. Safari and
 * Firefox make no such offer; the page explains their own way instead.
 */

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: "accepted" | "dismissed" }>;
}

/** "standalone": running as the installed app; "installed": installed from this page just now. */
export type InstallState = "available" | "installed" | "standalone" | "unavailable";

let offer: BeforeInstallPromptEvent | null = null;
let installed = false;
const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};

// listening from the moment this module loads: the offer may come before any page shows the button
if (typeof window !== "undefined") {
  window.addEventListener("beforeinstallprompt", (e) => {
    // the app offers installation with its own button rather than the browser's mini-infobar
    e.preventDefault();
    offer = e as BeforeInstallPromptEvent;
    notify();
  });
  window.addEventListener("appinstalled", () => {
    offer = null;
    installed = true;
    notify();
  });
}

export function installState(): InstallState {
  const standalone =
    globalThis.matchMedia?.("(display-mode: standalone)").matches ||
    (navigator as { standalone?: boolean }).standalone === true;
  if (standalone) return "standalone";
  if (installed) return "installed";
  return offer ? "available" : "unavailable";
}

export function onInstallStateChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows the browser's install dialog; true if the user accepted. The offer can be used once. */
export async function promptInstall(): Promise<boolean> {
  const current = offer;
  if (!current) return false;
  offer = null;
  notify();
  await current.prompt();
  return (await current.userChoice).outcome === "accepted";
}

/** iPhone and iPad (iPadOS reports itself as a Mac with touch): installed only through Safari's Share menu. */
export function isAppleMobile(): boolean {
  return (
    /iPhone|iPad|iPod/.test(navigator.userAgent) ||
    (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1)
  );
}
