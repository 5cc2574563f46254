// Worker thread entry: loads the worker's code, bundled to plain JavaScript when node-pyodide-port.ts
// could build it (node-pyodide-bundle.ts), else the TypeScript sources through tsx (Node 20
// worker threads do not inherit tsx's loader). The import lock is registered last, so it runs
// first: once the worker flips its flag, before candidate code runs, no module resolves any more.
import { register } from "node:module";
import { workerData } from "node:worker_threads";

// Pyodide's WebAssembly, compiled once by node-pyodide-port.ts and shared by every thread: a
// thread that compiled its own paid again for the code V8 compiles and optimises as Python runs.
// Only Pyodide's own instantiation of those bytes (before any candidate code) is swapped, once.
if (workerData.wasm) {
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async (source, imports) => {
    if (source instanceof WebAssembly.Module || source?.byteLength !== workerData.wasm.size) {
      return instantiate(source, imports);
    }
    WebAssembly.instantiate = instantiate;
    return { module: workerData.wasm.module, instance: await instantiate(workerData.wasm.module, imports) };
  };
}

if (workerData.bundle) {
  register("./import-lock-hooks.mjs", import.meta.url, { data: { flag: workerData.importLock } });
  await import(workerData.bundle);
} else {
  const { register: registerTsx } = await import("tsx/esm/api");
  registerTsx();
  register("./import-lock-hooks.mjs", import.meta.url, { data: { flag: workerData.importLock } });
  await import("./node-pyodide.worker.ts");
}
