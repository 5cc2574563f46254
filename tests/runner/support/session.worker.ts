// The browser worker's part, in a Node worker thread: one PythonSession, its messages passed to
// the host as they are. Its memory snapshot is kept by the host thread (as the browser keeps it in
// Cache Storage): the first thread saves one, later threads restore it.
import { parentPort, workerData } from "node:worker_threads";
import { loadPyodide } from "pyodide";
import { readHarnessFiles } from "../../../src/cli/harness-files";
import type { HostMessage, WorkerMessage } from "../../../src/runner/protocol";
import { PythonSession, type SnapshotStore } from "../../../src/runner/python-session";

const port = parentPort;
if (!port) throw new Error("session.worker must run in a worker thread");
const saved = (workerData as { snapshot?: { key: string; bytes: Uint8Array } } | undefined)?.snapshot;
const store: SnapshotStore = {
  load: async (key) => (saved?.key === key ? saved.bytes : null),
  save: async (key, bytes) => port.postMessage({ type: "test-snapshot", key, bytes }),
  discard: async () => {},
};
const session = new PythonSession(loadPyodide, readHarnessFiles(), (m: WorkerMessage) => port.postMessage(m), store);
let ready: Promise<void> | null = null;
port.on("message", (m: HostMessage) => {
  if (m.type === "boot") ready = session.boot({ ...m.options, snapshotKey: "node-test" }, m.interruptBuffer);
  else void ready?.then(() => session.run(m.runId, m.job));
});
