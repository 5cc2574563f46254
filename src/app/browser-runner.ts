/** The app's PythonRunner: Pyodide in a module Web Worker, booted as soon as the app loads. */
import { version as pyodideVersion } from "pyodide/package.json";
import type { WorkerMessage } from "../runner/protocol";
import { PythonRunner } from "../runner/python-runner";
import type { WorkerPort } from "../runner/worker-port";

export const PYODIDE_VERSION: string = pyodideVersion;
export const OFFICIAL_PACKAGES_URL = `https://cdn.jsdelivr.net/pyodide/v${PYODIDE_VERSION}/full/`;

function browserPort(): WorkerPort {
  const worker = new Worker(new URL("../worker/python.worker.ts", import.meta.url), { type: "module" });
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

export function createBrowserRunner(
  base: URL,
  packages: { packageBaseUrl: string; lockFileURL: string },
): PythonRunner {
  return new PythonRunner(browserPort, {
    indexURL: new URL("pyodide/", base).href,
    packageBaseUrl: packages.packageBaseUrl,
    lockFileURL: packages.lockFileURL,
    snapshotKey: `pyodide-${PYODIDE_VERSION}`,
  });
}
