/** Whether a drill can run now: its packages must be on this device or come from a host that answers. */

/** The package host (Pyodide's distribution, or the deploy's own copy): checked once when online. */
export type PackageHostState = "unknown" | "checking" | "ok" | "unreachable";

export interface Availability {
  runnable: boolean;
  /** Packages the drill needs that are not on this device. */
  missing: string[];
  /** Why it cannot run: no connection, or the package host does not answer. */
  reason: "offline" | "host-unreachable" | null;
  /** What the package host did, in words, when it is known (e.g. it refused cross-origin loading). */
  problem: string | null;
}

export interface PackageConditions {
  online: boolean;
  /** Per package: are all its wheels on this device? */
  cached: Record<string, boolean>;
  /** Per package: did the package host answer for its wheel? Absent: not checked (taken as reachable). */
  reachable: Record<string, boolean>;
  /** Per package: what the package host did when last checked, in words, when the browser could tell. */
  hostProblems?: Record<string, string>;
}

export function drillAvailability(packages: readonly string[], conditions: PackageConditions): Availability {
  const missing = packages.filter((p) => !conditions.cached[p]);
  if (missing.length === 0) return { runnable: true, missing, reason: null, problem: null };
  if (!conditions.online) return { runnable: false, missing, reason: "offline", problem: null };
  if (missing.some((p) => conditions.reachable[p] === false)) {
    const problem = missing.map((p) => conditions.hostProblems?.[p]).find(Boolean) ?? null;
    return { runnable: false, missing, reason: "host-unreachable", problem };
  }
  return { runnable: true, missing, reason: null, problem: null };
}

/** What to tell the candidate about a drill that cannot run, and what to do about it. */
export function availabilityMessage(a: Availability): string | null {
  if (a.runnable) return null;
  const names = a.missing.join(" and ");
  const verb = a.missing.length === 1 ? "is" : "are";
  if (a.reason === "offline") {
    return (
      `This drill needs ${names}, which ${verb} not on this device yet, and there is no connection. ` +
      `Connect to the internet to run it, or download the packages with “Make available offline” on the Your data page while connected.`
    );
  }
  if (a.problem) {
    return (
      `This drill needs ${names}, which ${verb} not on this device, and the package host cannot be used (` +
      `${a.problem}). Ask whoever deployed this app to fix the host, or to host the packages itself with \`npm run vendor-packages\`.`
    );
  }
  return (
    `This drill needs ${names}, which ${verb} not on this device, and the package host does not answer ` +
    `(a firewall, proxy or captive portal may block it). Connect to a network that reaches it, or ask whoever ` +
    `deployed this app to host the packages itself with \`npm run vendor-packages\`.`
  );
}
