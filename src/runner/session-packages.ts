/** Package loading for a PythonSession: before any run (a spare readies its drill's packages), or for a run. */
import type { PyodideAPI } from "pyodide";
import { IMPORT_NAMES, type WorkerMessage } from "./protocol";

/** What the host sees of package downloads (the browser worker's fetch): progress, and why one failed. */
export interface PackageDownloads {
  /** Bytes received and announced by downloads from now on, until the returned function is called. */
  watch(onProgress: (bytes: number, total: number) => void): () => void;
  /** Plain words for why packages cannot load (a host refusing cross-origin loading), or null when not known. */
  problem(): string | null;
}

export class SessionPackages {
  constructor(
    private readonly post: (message: WorkerMessage) => void,
    private readonly network: ((open: boolean) => void) | null,
    private readonly downloads: PackageDownloads | null,
  ) {}

  /** Loads and imports packages before any run; one that fails is left for the run to load and report. */
  async preload(py: PyodideAPI, packages: string[]): Promise<void> {
    const missing = packages.filter((p) => !(p in py.loadedPackages));
    if (missing.length > 0) {
      this.network?.(true);
      try {
        await py.loadPackage(missing, { errorCallback: () => {}, messageCallback: () => {} }).catch(() => {});
      } finally {
        this.network?.(false);
      }
    }
    for (const p of packages.filter((name) => name in py.loadedPackages)) {
      try {
        (py.pyimport(IMPORT_NAMES[p] ?? p.replace(/-/g, "_")) as { destroy?: () => void }).destroy?.();
      } catch {
        // the run imports it again and reports what is wrong
      }
    }
  }

  async load(py: PyodideAPI, runId: string, packages: string[]): Promise<boolean> {
    const missing = packages.filter((p) => !(p in py.loadedPackages));
    if (missing.length === 0) return true;
    this.post({ type: "packages-loading", runId, packages: missing });
    const errors: string[] = [];
    let posted = 0;
    const stopWatching = this.downloads?.watch((bytes, totalBytes) => {
      // a few updates a second are enough for a progress line
      if (performance.now() - posted < 100 && bytes < totalBytes) return;
      posted = performance.now();
      this.post({ type: "packages-loading", runId, packages: missing, bytes, totalBytes });
    });
    this.network?.(true);
    try {
      // a package list that could not be loaded is reported without trying each wheel
      if (!this.downloads?.problem()) {
        // loadPackage resolves even when a download fails: check what actually loaded.
        // It throws for a package the lock file does not list: that is a failed load too.
        await py
          .loadPackage(missing, { errorCallback: (m) => errors.push(m), messageCallback: () => {} })
          .catch((e: unknown) => errors.push(describe(e)));
      }
    } finally {
      this.network?.(false);
      stopWatching?.();
    }
    const failed = missing.filter((p) => !(p in py.loadedPackages));
    if (failed.length === 0) return true;
    const problem = this.downloads?.problem();
    this.post({
      type: "run-failed",
      runId,
      error: {
        kind: "packages",
        message: problem
          ? `${failed.join(", ")} could not be loaded: ${problem}.`
          : `${failed.join(", ")} could not be loaded (offline?). This drill needs ${failed.join(" and ")}; ` +
            "connect once so it can be downloaded and cached." +
            (errors.length ? ` Details: ${errors.join("; ").slice(0, 500)}` : ""),
      },
    });
    return false;
  }
}

function describe(e: unknown): string {
  return (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 500);
}
