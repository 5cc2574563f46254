/** WorkerPorts for Node: Pyodide in a worker thread, or native CPython in a child process. */
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { HostMessage, WorkerMessage } from "../runner/protocol";
import type { WorkerFactory, WorkerPort } from "../runner/worker-port";
import { readHarnessFiles } from "./harness-files";
import type { ThreadMessage } from "./node-pyodide.worker";
import { workerBundle } from "./node-pyodide-bundle";
import { NATIVE_PYTHON, PYODIDE_VERSION } from "./paths";

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
export function pyodideThreadFactory(): WorkerFactory {
  const snapshot: { current: { key: string; bytes: Uint8Array } | null } = { current: null };
  // the hash every later thread checks before restoring: computed here, from the bytes this thread holds
  let trusted: { key: string; sha256: string } | null = null;
  // built while the first thread boots from the sources; every thread started after it loads the
  // bundle, in this port or a later one (the runner starts a port per run)
  let bundle: string | null = null;
  void workerBundle().then((b) => {
    bundle = b;
  });
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
        workerData: { importLock, snapshot: snapshot.current, bundle },
        // a browser's stack, not Node's 4 MB: C-level recursion (functools.lru_cache) that would
        // overflow a Chromium worker overflows here too (challenges/README.md, "Recursion depth in a browser")
        resourceLimits: { stackSizeMb: BROWSER_STACK_MB },
      });
      // Pyodide's own diagnostics (a fatal error's stack dump) are not the candidate's output.
      thread.stdout.resume();
      thread.stderr.resume();
      const mine = { thread, used: false };
      worker = mine;
      const current = () => worker === mine && !dead;
      const booted = new Promise<void>((resolve, reject) => {
        thread.on("message", (m: ThreadMessage) => {
          if (m.type === "snapshot-save") {
            if (!snapshot.current) {
              snapshot.current = { key: m.key, bytes: m.snapshot };
              trusted = { key: m.key, sha256: createHash("sha256").update(m.snapshot).digest("hex") };
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
          next = start(true).booted;
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

export class NativePythonMissing extends Error {}

/**
 * Native CPython, one process per graded run, each from its own read-only temporary copy of the
 * harness (so code that writes to `drill.__file__` changes a copy that is thrown away). The
 * process group, and everything supervise.py finds re-parented to it, is killed when the run ends.
 * Event lines carry a per-process key: a line without it was written by the candidate's code.
 */
export function nativeFactory(python = NATIVE_PYTHON, options: { isolated?: boolean } = {}): WorkerFactory {
  if (!existsSync(python)) {
    throw new NativePythonMissing(
      `native Python not found at ${python}: run "bash scripts/setup-native-python.sh" (creates .venv with numpy, pandas, scikit-learn)`,
    );
  }
  const harness = readHarnessFiles();
  return () => {
    let onMessage: (m: WorkerMessage) => void = () => {};
    let onExit: (reason: string) => void = () => {};
    let proc: NativeProcess | null = null;
    let dead = false;
    let runId: string | null = null;
    const start = (announce: boolean) => {
      const mine = spawnNative(python, harness, {
        message(m) {
          if (proc !== mine || dead) return;
          if (m.type === "booted" && !announce) return;
          onMessage(m);
          if (m.type === "run-finished" || m.type === "run-failed") runId = null;
        },
        refused(why) {
          if (proc !== mine || dead) return;
          mine.kill();
          const id = runId;
          runId = null;
          if (id === null) {
            dead = true;
            onExit(`the Python process wrote something that is not a harness event: ${why}`);
            return;
          }
          onMessage({ type: "run-failed", runId: id, error: { kind: "harness", message: `${INTERFERED} (${why})` } });
        },
        exit(reason) {
          if (proc !== mine || dead) return;
          dead = true;
          onExit(reason);
        },
      });
      proc = mine;
      return mine;
    };
    let next: Promise<void> = Promise.resolve();
    return {
      sharedControl: false,
      post(m: HostMessage) {
        if (m.type === "boot") {
          start(true);
          return;
        }
        next = next.then(async () => {
          if (dead) return;
          if (proc?.used) {
            proc.kill();
            const fresh = start(false);
            if (!(await fresh.booted)) return;
          }
          if (proc && !dead) {
            proc.used = true;
            runId = m.runId;
            proc.send(options.isolated ? { ...m, job: { ...m.job, isolated: true } as typeof m.job } : m);
          }
        });
      },
      listen(message, exit) {
        onMessage = message;
        onExit = exit;
      },
      terminate() {
        dead = true;
        proc?.kill();
      },
    } satisfies WorkerPort;
  };
}

export const INTERFERED =
  "Your code interfered with grading: it wrote to the harness's event channel, so this run does not count";

interface NativeProcess {
  used: boolean;
  booted: Promise<boolean>;
  send(m: HostMessage): void;
  kill(): void;
}

const MAX_EVENT_BUFFER = 64 * 1024 * 1024;

function spawnNative(
  python: string,
  harness: Record<string, string>,
  on: { message(m: WorkerMessage): void; refused(why: string): void; exit(reason: string): void },
): NativeProcess {
  const dir = writeReadOnlyCopy(harness);
  const key = randomBytes(24).toString("hex");
  const child = spawn(python, ["-I", "-B", path.join(dir, "drill", "supervise.py"), dir], {
    cwd: dir,
    detached: true, // its own process group, killed as a whole
    // one BLAS thread, as in Pyodide: threaded OpenBLAS made timings swing 10x on a loaded machine
    // matplotlib draws off-screen (visualisation drills): never an interactive backend
    env: { ...process.env, OPENBLAS_NUM_THREADS: "1", OMP_NUM_THREADS: "1", MPLBACKEND: "Agg" },
    stdio: ["pipe", "pipe", "pipe", "pipe"],
  });
  child.stdin?.on("error", () => {});
  child.stdin?.write(`${key}\n`);
  let stderrTail = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderrTail = (stderrTail + d.toString()).slice(-2000);
  });
  child.stdout?.resume();
  let bootedResolve: (ok: boolean) => void = () => {};
  const booted = new Promise<boolean>((r) => {
    bootedResolve = r;
  });
  let gone = false;
  const kill = () => {
    if (gone) return;
    gone = true;
    bootedResolve(false);
    // supervise.py kills what was re-parented to it; the group kill catches the rest
    if (child.pid !== undefined) {
      try {
        process.kill(child.pid, "SIGTERM");
      } catch {}
      const pid = child.pid;
      setTimeout(() => {
        try {
          process.kill(-pid, "SIGKILL");
        } catch {}
      }, 2000).unref();
    }
  };
  let buffered = "";
  const prefix = `${key} `;
  child.stdio[3]?.on("data", (d: Buffer) => {
    if (gone) return;
    buffered += d.toString();
    if (buffered.length > MAX_EVENT_BUFFER) return on.refused("an endless line");
    let nl = buffered.indexOf("\n");
    while (nl >= 0 && !gone) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      nl = buffered.indexOf("\n");
      if (!line.startsWith(prefix))
        return on.refused(`a line without the run's key: ${JSON.stringify(line.slice(0, 80))}`);
      let m: WorkerMessage;
      try {
        m = JSON.parse(line.slice(prefix.length)) as WorkerMessage;
      } catch {
        return on.refused("a line that is not JSON");
      }
      if (typeof m !== "object" || m === null || typeof m.type !== "string")
        return on.refused("a line that is not an event");
      if (m.type === "booted") bootedResolve(true);
      on.message(m);
    }
  });
  child.on("exit", (code, signal) => {
    rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
    if (gone) return;
    gone = true;
    bootedResolve(false);
    // anything it left in its process group goes with it
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
    }
    on.exit(`the Python process exited (${signal ?? `code ${code}`}) ${stderrTail.trim()}`.trim());
  });
  child.on("error", (e) => {
    if (gone) return;
    gone = true;
    bootedResolve(false);
    on.exit(e.message);
  });
  return {
    used: false,
    booted,
    send: (m) => child.stdin?.write(`${JSON.stringify(m)}\n`),
    kill,
  };
}

/** The harness in a new temporary folder, files and folders read-only. */
function writeReadOnlyCopy(harness: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "drill-harness-"));
  const pkg = path.join(dir, "drill");
  mkdirSync(pkg);
  for (const [name, text] of Object.entries(harness)) {
    writeFileSync(path.join(pkg, name), text, { mode: 0o444 });
  }
  chmodSync(pkg, 0o555);
  chmodSync(dir, 0o755); // readable by the --isolated candidate process, which may run as nobody
  return dir;
}
