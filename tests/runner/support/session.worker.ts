// The browser worker's part, in a Node worker thread: one PythonSession that grades run after
// run in the same interpreter, its messages passed to the host as they are.
import { parentPort } from "node:worker_threads";
import { loadPyodide } from "pyodide";
import { readHarnessFiles } from "../../../src/cli/harness-files";
import type { HostMessage, WorkerMessage } from "../../../src/runner/protocol";
import { PythonSession } from "../../../src/runner/python-session";

const port = parentPort;
if (!port) throw new Error("session.worker must run in a worker thread");
const session = new PythonSession(loadPyodide, readHarnessFiles(), (m: WorkerMessage) => port.postMessage(m));
let ready: Promise<void> | null = null;
port.on("message", (m: HostMessage) => {
  if (m.type === "boot") ready = session.boot(m.options, m.interruptBuffer);
  else void ready?.then(() => session.run(m.runId, m.job));
});
