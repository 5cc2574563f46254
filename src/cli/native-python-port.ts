/** Native CPython for the CLI and the tests: one child process per graded run. */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { HostMessage, WorkerMessage } from "../runner/protocol";
import type { WorkerFactory, WorkerPort } from "../runner/worker-port";
import { readHarnessFiles } from "./harness-files";
import { NATIVE_PYTHON } from "./paths";

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
