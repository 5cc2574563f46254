// Worker thread entry: hosts Pyodide for the CLI and the tests; talks only through the protocol.
import { parentPort } from "node:worker_threads";
import { loadPyodide } from "pyodide";
import type { HostMessage } from "../runner/protocol";
import { PythonSession } from "../runner/python-session";
import { readHarnessFiles } from "./harness-files";

const port = parentPort;
if (!port) throw new Error("node-pyodide.worker must run in a worker thread");
const session = new PythonSession(loadPyodide, readHarnessFiles(), (m) => port.postMessage(m));
port.on("message", (m: HostMessage) => {
  if (m.type === "boot") void session.boot(m.options, m.interruptBuffer);
  else if (m.type === "run") void session.run(m.runId, m.job);
});
