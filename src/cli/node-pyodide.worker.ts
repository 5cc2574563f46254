// Worker thread entry: hosts Pyodide for the CLI and the tests; talks only through the protocol.
// One worker grades one run: before the candidate's code, the job's packages are loaded and the
// thread is locked down (pyodide-lockdown.ts), so nothing the code does reaches the host or a later run.
import { parentPort, workerData } from "node:worker_threads";
import { loadPyodide, type PyodideAPI, type PyodideConfig } from "pyodide";
import type { HostMessage, WorkerMessage } from "../runner/protocol";
import { PythonSession, type SnapshotStore } from "../runner/python-session";
import { readHarnessFiles } from "./harness-files";
import { lockDown } from "./pyodide-lockdown";

/** Messages between this thread and node-pyodide-port.ts that are not part of the runner's protocol. */
export type ThreadMessage =
  | WorkerMessage
  | { type: "snapshot-save"; key: string; snapshot: Uint8Array }
  /** The harness runs the challenge's own code (tests.py, the reference) for at most this long; 0 when done. */
  | { type: "challenge-timer"; file: string; timeLimitMs: number };

const port = parentPort;
if (!port) throw new Error("node-pyodide.worker must run in a worker thread");
const data = workerData as { importLock: SharedArrayBuffer; snapshot: { key: string; bytes: Uint8Array } | null };
const importLock = new Int32Array(data.importLock);
const post = (m: ThreadMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

/** The memory snapshot lives in the parent thread, out of reach of this one's candidate code. */
const snapshots: SnapshotStore = {
  load: async (key) => (data.snapshot && data.snapshot.key === key ? data.snapshot.bytes : null),
  save: async (key, snapshot) => post({ type: "snapshot-save", key, snapshot }, [snapshot.buffer as ArrayBuffer]),
  discard: async () => {},
};

let pyodide: PyodideAPI | null = null;
const load = async (config: PyodideConfig) => {
  pyodide = await loadPyodide(config);
  return pyodide;
};
const session = new PythonSession(load, readHarnessFiles(), (m) => post(m), snapshots);
let ran = false;
port.on("message", (m: HostMessage) => {
  if (m.type === "boot") void session.boot(m.options, m.interruptBuffer);
  else if (m.type === "run") void run(m.runId, m.job);
});

async function run(runId: string, job: Extract<HostMessage, { type: "run" }>["job"]): Promise<void> {
  const py = pyodide;
  if (ran || !py) {
    post({ type: "fatal", runId, message: "this Python thread has already graded a run" });
    return;
  }
  ran = true;
  const missing = job.challenge.packages.filter((p) => !(p in py.loadedPackages));
  if (missing.length) {
    post({ type: "packages-loading", runId, packages: missing });
    // failures are reported by the session, which finds the packages still missing
    await py.loadPackage(missing, { errorCallback: () => {}, messageCallback: () => {} }).catch(() => {});
  }
  lockDown(py, () => Atomics.store(importLock, 0, 1));
  await session.run(runId, job);
}
