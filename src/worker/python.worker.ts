// Browser worker entry: hosts Pyodide and the harness; imports nothing but the runner's protocol and session.
import type { PyodideAPI, PyodideConfig } from "pyodide";
import type { HostMessage, WorkerMessage } from "../runner/protocol";
import { PythonSession } from "../runner/python-session";
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

// The runtime is loaded from indexURL at run time, not bundled into this worker.
const load = async (config: PyodideConfig): Promise<PyodideAPI> => {
  const url = `${config.indexURL}pyodide.mjs`;
  const mod = (await import(/* @vite-ignore */ url)) as { loadPyodide(c: PyodideConfig): Promise<PyodideAPI> };
  return mod.loadPyodide(config);
};

const session = new PythonSession(load, harnessFiles, (m) => scope.postMessage(m), cacheSnapshots());
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
