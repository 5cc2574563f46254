// Worker thread entry: loads the worker's code, bundled to plain JavaScript when node-pyodide-port.ts
// could build it (node-pyodide-bundle.ts), else the TypeScript sources through tsx (Node 20
// worker threads do not inherit tsx's loader). The import lock is registered last, so it runs
// first: once the worker flips its flag, before candidate code runs, no module resolves any more.
import { register } from "node:module";
import { workerData } from "node:worker_threads";
import { instantiateSharedWasm } from "./shared-wasm.mjs";

instantiateSharedWasm(workerData.wasm);

if (workerData.bundle) {
  register("./import-lock-hooks.mjs", import.meta.url, { data: { flag: workerData.importLock } });
  await import(workerData.bundle);
} else {
  const { register: registerTsx } = await import("tsx/esm/api");
  registerTsx();
  register("./import-lock-hooks.mjs", import.meta.url, { data: { flag: workerData.importLock } });
  await import("./node-pyodide.worker.ts");
}
