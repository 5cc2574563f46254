// Node 20 worker threads do not inherit tsx's loader: register it, then load the TypeScript entry.
// The import lock is registered last, so it runs first: once the worker flips its flag, before
// candidate code runs, no module resolves any more.
import { register } from "node:module";
import { workerData } from "node:worker_threads";
import { register as registerTsx } from "tsx/esm/api";

registerTsx();
register("./import-lock-hooks.mjs", import.meta.url, { data: { flag: workerData.importLock } });
await import("./node-pyodide.worker.ts");
