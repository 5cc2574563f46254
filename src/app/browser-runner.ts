/** The app's PythonRunner: Pyodide in a module Web Worker, booted as soon as the app loads. */
import { version as pyodideVersion } from "pyodide/package.json";
import type { WorkerMessage } from "../runner/protocol";
import { PythonRunner, type SnapshotTrust } from "../runner/python-runner";
import type { WorkerPort } from "../runner/worker-port";

export const PYODIDE_VERSION: string = pyodideVersion;
export const OFFICIAL_PACKAGES_URL = `https://cdn.jsdelivr.net/pyodide/v${PYODIDE_VERSION}/full/`;

/** A new Python worker; its script starts loading at once, before it is asked to boot. */
export function spawnPythonWorker(): Worker {
  return new Worker(new URL("../worker/python.worker.ts", import.meta.url), { type: "module" });
}

function browserPort(worker: Worker): WorkerPort {
  let exited = false;
  return {
    sharedControl: globalThis.crossOriginIsolated === true,
    post: (m) => worker.postMessage(m),
    listen(onMessage, onExit) {
      worker.onmessage = (e: MessageEvent<WorkerMessage>) => onMessage(e.data);
      worker.onerror = (e) => {
        if (!exited) onExit(e.message || "the Python worker failed");
        exited = true;
      };
    },
    terminate() {
      exited = true;
      worker.terminate();
    },
  };
}

export const SNAPSHOT_TRUST_KEY = "drill-python-snapshot-sha256";

/**
 * The memory snapshot's hash, kept in the page's localStorage: workers have no localStorage, so
 * no code running in one can vouch for a snapshot it planted in Cache Storage.
 */
function pageSnapshotTrust(): SnapshotTrust {
  return {
    get() {
      try {
        const saved = JSON.parse(localStorage.getItem(SNAPSHOT_TRUST_KEY) ?? "null") as {
          key?: unknown;
          sha256?: unknown;
        } | null;
        return typeof saved?.key === "string" && typeof saved.sha256 === "string"
          ? { key: saved.key, sha256: saved.sha256 }
          : null;
      } catch {
        return null;
      }
    },
    set(key, sha256) {
      try {
        localStorage.setItem(SNAPSHOT_TRUST_KEY, JSON.stringify({ key, sha256 }));
      } catch {
        // storage full or blocked: the next visit boots without the snapshot
      }
    },
  };
}

export function createBrowserRunner(
  base: URL,
  packages: { packageBaseUrl: string; lockFileURL: string },
  spawned: Worker | null = null,
): PythonRunner {
  let first = spawned;
  const factory = () => {
    const worker = first ?? spawnPythonWorker();
    first = null;
    return browserPort(worker);
  };
  return new PythonRunner(
    factory,
    {
      indexURL: new URL("pyodide/", base).href,
      packageBaseUrl: packages.packageBaseUrl,
      lockFileURL: packages.lockFileURL,
      snapshotKey: `pyodide-${PYODIDE_VERSION}`,
    },
    // every run gets a fresh worker; the next one boots in the background as a run ends
    { snapshotTrust: pageSnapshotTrust(), keepSpare: true },
  );
}
