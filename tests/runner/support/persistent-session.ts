/** A WorkerFactory whose interpreter grades run after run, as in the browser (Pyodide under Node). */
import { Worker } from "node:worker_threads";
import type { WorkerFactory } from "../../../src/runner/worker-port";

export function persistentSessionFactory(): WorkerFactory {
  return () => {
    const thread = new Worker(new URL("./session-thread.mjs", import.meta.url), { stdout: true, stderr: true });
    thread.stdout.resume();
    thread.stderr.resume();
    return {
      sharedControl: true,
      post: (m) => thread.postMessage(m),
      listen(onMessage, onExit) {
        thread.on("message", onMessage);
        thread.on("error", (e: Error) => onExit(`${e.name}: ${e.message}`));
        thread.on("exit", (code) => onExit(`the Python thread exited (code ${code})`));
      },
      terminate: () => void thread.terminate(),
    };
  };
}
