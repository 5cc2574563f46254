/** WorkerPorts for Node: Pyodide in a worker thread, or native CPython in a child process. */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
import type { HostMessage, WorkerMessage } from "../runner/protocol";
import type { WorkerFactory, WorkerPort } from "../runner/worker-port";
import { HARNESS_DIR, NATIVE_PYTHON } from "./paths";

export function pyodideThreadFactory(): WorkerFactory {
  return () => {
    const worker = new Worker(new URL("./node-pyodide-thread.mjs", import.meta.url), {
      stdout: true,
      stderr: true,
    });
    // Pyodide's own diagnostics (a fatal error's stack dump) are not the candidate's output.
    worker.stdout.resume();
    worker.stderr.resume();
    let exited = false;
    return {
      sharedControl: true,
      post: (m: HostMessage) => worker.postMessage(m),
      listen(onMessage, onExit) {
        worker.on("message", (m: WorkerMessage) => onMessage(m));
        worker.on("error", (e: Error) => {
          if (!exited) onExit(`${e.name}: ${e.message}`);
          exited = true;
        });
        worker.on("exit", (code) => {
          if (!exited) {
            // os._exit in Pyodide can set the process exit code; it is not ours to keep.
            process.exitCode = undefined;
            onExit(`the Python thread exited (code ${code})`);
          }
          exited = true;
        });
      },
      terminate() {
        exited = true;
        void worker.terminate();
      },
    } satisfies WorkerPort;
  };
}

export class NativePythonMissing extends Error {}

export function nativeFactory(python = NATIVE_PYTHON): WorkerFactory {
  if (!existsSync(python)) {
    throw new NativePythonMissing(
      `native Python not found at ${python}: run "bash scripts/setup-native-python.sh" (creates .venv with numpy, pandas, scikit-learn)`,
    );
  }
  return () => {
    const child = spawn(python, ["-u", "-m", "drill.native"], {
      cwd: HARNESS_DIR,
      // one BLAS thread, as in Pyodide: threaded OpenBLAS made timings swing 10x on a loaded machine
      env: {
        ...process.env,
        PYTHONPATH: HARNESS_DIR,
        PYTHONDONTWRITEBYTECODE: "1",
        OPENBLAS_NUM_THREADS: "1",
        OMP_NUM_THREADS: "1",
      },
      stdio: ["pipe", "pipe", "pipe", "pipe"],
    });
    let exited = false;
    let stderrTail = "";
    child.stderr?.on("data", (d: Buffer) => {
      stderrTail = (stderrTail + d.toString()).slice(-2000);
    });
    child.stdout?.resume();
    const events = child.stdio[3];
    return {
      sharedControl: false,
      post(m: HostMessage) {
        // The native process boots by itself; only jobs are sent.
        if (m.type === "run") child.stdin?.write(`${JSON.stringify(m)}\n`);
      },
      listen(onMessage, onExit) {
        let buffered = "";
        events?.on("data", (d: Buffer) => {
          buffered += d.toString();
          let nl = buffered.indexOf("\n");
          while (nl >= 0) {
            const line = buffered.slice(0, nl);
            buffered = buffered.slice(nl + 1);
            if (line.trim()) {
              const m = JSON.parse(line) as WorkerMessage;
              onMessage(m);
            }
            nl = buffered.indexOf("\n");
          }
        });
        child.on("exit", (code, signal) => {
          if (!exited) onExit(`the Python process exited (${signal ?? `code ${code}`}) ${stderrTail.trim()}`.trim());
          exited = true;
        });
        child.on("error", (e) => {
          if (!exited) onExit(e.message);
          exited = true;
        });
      },
      terminate() {
        exited = true;
        child.kill("SIGKILL");
      },
    } satisfies WorkerPort;
  };
}
