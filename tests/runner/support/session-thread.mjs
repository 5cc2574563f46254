// A Node worker thread that hosts one Python interpreter, as the browser's worker does: the
// worker's code bundled to plain JavaScript when persistent-session.ts could build it, else the
// TypeScript sources through tsx; Pyodide's WebAssembly as the host compiled it once.
import { workerData } from "node:worker_threads";
import { instantiateSharedWasm } from "../../../src/cli/shared-wasm.mjs";

instantiateSharedWasm(workerData.wasm);

if (workerData.bundle) {
  await import(workerData.bundle);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("./session.worker.ts");
}
