// Browser worker entry: hosts Pyodide and the harness; imports nothing but the runner's protocol and session.
import type { PyodideAPI, PyodideConfig } from "pyodide";
import type { HostMessage, WorkerMessage } from "../runner/protocol";
import { PythonSession } from "../runner/python-session";
import { watchPackageDownloads } from "./package-downloads";
import { cacheSnapshots } from "./snapshot-cache";

const harnessFiles = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>("../python/drill/*.py", { query: "?raw", import: "default", eager: true }),
  ).map(([path, text]) => [path.slice(path.lastIndexOf("/") + 1), text]),
);

const scope = self as unknown as {
  postMessage(m: WorkerMessage): void;
  onmessage: ((e: MessageEvent<HostMessage>) => void) | null;
};

const downloads = watchPackageDownloads(self);

// The runtime is loaded from indexURL at run time, not bundled into this worker.
const load = async (config: PyodideConfig): Promise<PyodideAPI> => {
  const url = `${config.indexURL}pyodide.mjs`;
  const mod = (await import(/* @vite-ignore */ url)) as { loadPyodide(c: PyodideConfig): Promise<PyodideAPI> };
  // a package host that cannot be reached must not stop Python from starting
  const { lockFileURL, ...rest } = config;
  if (!lockFileURL) return mod.loadPyodide(config);
  return mod.loadPyodide({
    ...rest,
    lockFileContents: downloads.lockFile(lockFileURL, `${config.indexURL}pyodide-lock.json`),
  });
};

const session = new PythonSession(load, harnessFiles, (m) => scope.postMessage(m), cacheSnapshots(), downloads);
scope.onmessage = (e) => {
  const m = e.data;
  if (m.type === "boot") {
    // fetch and compile Pyodide's scripts while the session reads the memory snapshot; a failure
    // here is reported by the boot itself
    for (const file of ["pyodide.mjs", "pyodide.asm.mjs"])
      import(/* @vite-ignore */ `${m.options.indexURL}${file}`).catch(() => {});
    void session.boot(m.options, m.interruptBuffer);
  } else if (m.type === "run") void session.run(m.runId, m.job);
};
