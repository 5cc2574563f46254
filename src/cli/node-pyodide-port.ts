/** Pyodide for the CLI and the tests: one Node worker thread per graded run. */
import { Worker } from "node:worker_threads";
import type { HostMessage, WorkerMessage } from "../runner/protocol";
import type { WorkerFactory, WorkerPort } from "../runner/worker-port";
import { keepSnapshot, readKeptSnapshot, sha256Hex } from "./kept-snapshot";
import type { ThreadMessage } from "./node-pyodide.worker";
import { workerBundle } from "./node-pyodide-bundle";
import { PYODIDE_VERSION } from "./paths";
import { pyodideWasm } from "./pyodide-wasm";

/**
 * A Chromium worker overflows at about 360-400 levels of lru_cache recursion; Node threads with
 * 1.25 MB overflow at about 240, well before it, so what passes here passes there.
 */
export const BROWSER_STACK_MB = 1.25;

/**
 * Pyodide in Node worker threads, one thread per graded run: the thread that ran a job is ended
 * when the job ends and the next job gets a fresh one, restored from a memory snapshot of the
 * warmed-up interpreter that this thread, not the worker, keeps.
 */
export function pyodideThreadFactory(options: { keptSnapshotFile?: string } = {}): WorkerFactory {
  // the hash every thread checks before restoring: computed here, from the bytes this thread holds
  const kept = readKeptSnapshot(options.keptSnapshotFile);
  const snapshot: { current: { key: string; bytes: Uint8Array } | null } = {
    current: kept && { key: kept.key, bytes: kept.bytes },
  };
  let trusted: { key: string; sha256: string } | null = kept && { key: kept.key, sha256: kept.sha256 };
  // every thread loads the bundle (built in about 50 ms), or the sources through tsx when it cannot be built
  let bundle: string | null = null;
  void workerBundle();
  return () => {
    let boot: Extract<HostMessage, { type: "boot" }> | null = null;
    let worker: { thread: Worker; used: boolean } | null = null;
    let onMessage: (m: WorkerMessage) => void = () => {};
    let onExit: (reason: string) => void = () => {};
    let dead = false;
    const start = (announce: boolean) => {
      const importLock = new SharedArrayBuffer(4);
      const thread = new Worker(new URL("./node-pyodide-thread.mjs", import.meta.url), {
        stdout: true,
        stderr: true,
        workerData: { importLock, snapshot: snapshot.current, bundle, wasm: pyodideWasm() },
        // a browser's stack, not Node's 4 MB: C-level recursion (functools.lru_cache) that would
        // overflow a Chromium worker overflows here too (challenges/README.md, "Recursion depth in a browser")
        resourceLimits: { stackSizeMb: BROWSER_STACK_MB },
      });
      // Pyodide's own diagnostics (a fatal error's stack dump) are not the candidate's output.
      thread.stdout.resume();
      thread.stderr.resume();
      const mine = { thread, used: false, restored: false, saved: false };
      worker = mine;
      const current = () => worker === mine && !dead;
      const booted = new Promise<void>((resolve, reject) => {
        thread.on("message", (m: ThreadMessage) => {
          if (m.type === "booted") mine.restored = m.fromSnapshot === true;
          if (m.type === "snapshot-save") {
            // A thread that booted from scratch (it had no snapshot, or one it could not use) saves
            // once, before it takes a run; its snapshot replaces the one it was given, here and on
            // disk. Any other save (a second one, or from a thread that restored) comes from
            // candidate code and is ignored.
            if (!mine.saved && !mine.restored) {
              mine.saved = true;
              snapshot.current = { key: m.key, bytes: m.snapshot };
              trusted = { key: m.key, sha256: sha256Hex(m.snapshot) };
              keepSnapshot({ ...snapshot.current, sha256: trusted.sha256 }, options.keptSnapshotFile);
            }
            return;
          }
          // the trusted hash is taken from the bytes above; the thread's own word on it is not needed,
          // and it can arrive after the first run began, where the runner would take it as forged
          if (m.type === "snapshot-saved") return;
          if (!current()) return;
          if (m.type === "challenge-timer") {
            challengeTimer(m.timeLimitMs);
            return;
          }
          if (m.type === "run-finished" || m.type === "run-failed" || m.type === "fatal") challengeTimer(0);
          if (m.type === "booted") {
            resolve();
            if (!announce) return;
          } else if (m.type === "boot-failed") reject(new Error(m.message));
          onMessage(m);
        });
      });
      booted.catch(() => {});
      const ended = (reason: string) => {
        if (!current()) return;
        challengeTimer(0);
        dead = true;
        onExit(reason);
      };
      thread.on("error", (e: Error) => ended(`${e.name}: ${e.message}`));
      thread.on("exit", (code) => {
        // os._exit in Pyodide can set the process exit code; it is not ours to keep.
        if (current()) process.exitCode = undefined;
        ended(`the Python thread exited (code ${code})`);
      });
      if (boot) {
        const options = { ...boot.options, snapshotKey: SNAPSHOT_KEY };
        thread.postMessage({ ...boot, options: trusted ? { ...options, trustedSnapshot: trusted } : options });
      }
      return { mine, booted };
    };
    // The challenge's own code is timed here: the interrupt makes the harness report it as the
    // challenge's fault, rather than the runner's watchdog ending the run minutes later.
    let timer: ReturnType<typeof setTimeout> | null = null;
    const challengeTimer = (limitMs: number) => {
      if (timer) clearTimeout(timer);
      timer = null;
      const control = boot?.interruptBuffer ? new Int32Array(boot.interruptBuffer, 0, 1) : null;
      if (!limitMs || !control) return;
      const interrupt = () => {
        Atomics.store(control, 0, 2);
        timer = setTimeout(interrupt, 200);
      };
      timer = setTimeout(interrupt, limitMs + 100);
    };
    let next: Promise<void> = Promise.resolve();
    return {
      sharedControl: true,
      post(m: HostMessage) {
        if (m.type === "boot") {
          boot = m;
          next = workerBundle().then((b) => {
            bundle = b;
            if (!dead) return start(true).booted;
          });
          return;
        }
        const run = m;
        next = next.then(async () => {
          if (dead) return;
          if (worker?.used) {
            bundle = await workerBundle();
            void worker.thread.terminate();
            const fresh = start(false);
            await fresh.booted.catch((e: Error) => {
              dead = true;
              onExit(`Python could not start again: ${e.message}`);
            });
            if (dead) return;
          }
          if (worker) {
            worker.used = true;
            worker.thread.postMessage({ ...run, job: { ...run.job, challengeTimer: true } });
          }
        });
      },
      listen(message, exit) {
        onMessage = message;
        onExit = exit;
      },
      terminate() {
        dead = true;
        challengeTimer(0);
        if (worker) void worker.thread.terminate();
      },
    } satisfies WorkerPort;
  };
}

const SNAPSHOT_KEY = `node-pyodide-${PYODIDE_VERSION}`;
