/**
 * The browser's kind of worker in a Node thread (Pyodide under Node, without the CLI's lockdown):
 * a PythonSession whose worker would grade run after run if the runner let it. The runner gives
 * every run a fresh one (keepSpare, as the app does), which is what these tests hold it to.
 */
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { workerBundle } from "../../../src/cli/node-pyodide-bundle";
import { PYODIDE_DIR } from "../../../src/cli/paths";
import { pyodideWasm } from "../../../src/cli/pyodide-wasm";
import type { WorkerMessage } from "../../../src/runner/protocol";
import { PythonRunner, type RunnerOptions, type SnapshotTrust } from "../../../src/runner/python-runner";
import type { WorkerFactory } from "../../../src/runner/worker-port";

// built once per test process, as the CLI builds its thread's code (null: the thread uses tsx)
const bundle = await workerBundle(fileURLToPath(new URL("./session.worker.ts", import.meta.url)));

export function persistentSessionFactory(onThread?: (thread: Worker) => void): WorkerFactory {
  // the memory snapshot the first thread saves, restored by the threads after it
  let snapshot: { key: string; bytes: Uint8Array } | null = null;
  return () => {
    const thread = new Worker(new URL("./session-thread.mjs", import.meta.url), {
      stdout: true,
      stderr: true,
      workerData: { snapshot, bundle, wasm: pyodideWasm() },
    });
    thread.stdout.resume();
    thread.stderr.resume();
    onThread?.(thread);
    return {
      sharedControl: true,
      post: (m) => thread.postMessage(m),
      listen(onMessage, onExit) {
        thread.on("message", (m: WorkerMessage | { type: "test-snapshot"; key: string; bytes: Uint8Array }) => {
          if (m.type !== "test-snapshot") onMessage(m);
          else snapshot ??= { key: m.key, bytes: m.bytes };
        });
        thread.on("error", (e: Error) => onExit(`${e.name}: ${e.message}`));
        thread.on("exit", (code) => onExit(`the Python thread exited (code ${code})`));
      },
      terminate: () => void thread.terminate(),
    };
  };
}

/**
 * A runner as the app makes it: a fresh worker per run, the next one booted in the background
 * from the snapshot, whose hash the runner keeps (as the page does, out of the workers' reach).
 */
export function browserLikeRunner(options: RunnerOptions = {}, onThread?: (thread: Worker) => void): PythonRunner {
  let trusted: { key: string; sha256: string } | null = null;
  const snapshotTrust: SnapshotTrust = {
    get: () => trusted,
    set: (key, sha256) => {
      trusted = { key, sha256 };
    },
  };
  const runner = new PythonRunner(
    persistentSessionFactory(onThread),
    { indexURL: `${PYODIDE_DIR}/` },
    { keepSpare: true, snapshotTrust, ...options },
  );
  void runner.start();
  return runner;
}
