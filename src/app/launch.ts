/**
 * The installed app opens where the user left off. Every page shown is remembered; a launch from
 * the app's icon (the manifest's start URL, "?launch=app") goes back to the last page, and the
 * "Continue last drill" shortcut to the last drill. Manifest shortcuts are static files shared by
 * every user, so that shortcut is resolved here, at launch, rather than rewritten per user.
 */
const LAST_PAGE = "drills.last-page";
const LAST_DRILL = "drills.last-drill";

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function remember(): void {
  const hash = location.hash;
  if (!hash.startsWith("#/")) return;
  try {
    localStorage.setItem(LAST_PAGE, hash);
    if (hash.startsWith("#/drill/")) localStorage.setItem(LAST_DRILL, hash);
  } catch {
    // storage unavailable (private mode): the app starts on the roadmap
  }
}

/** Call before the UI reads the route. */
export function resumeWhereLeftOff(): void {
  const params = new URLSearchParams(location.search);
  if (params.get("launch") === "app") {
    const saved = params.get("resume") === "drill" ? read(LAST_DRILL) : location.hash ? null : read(LAST_PAGE);
    // drop the launch marker: a reload or a shared link then behaves like any other visit
    history.replaceState(history.state, "", `${location.pathname}${saved ?? location.hash}`);
  }
  remember();
  window.addEventListener("hashchange", remember);
}
