/**
 * Run a challenge's crosscheck.py natively: the reference against scikit-learn on generated inputs.
 * A lane keeps one CrosscheckServer (src/python/drill_tools/crosscheck_server.py): it imports
 * NumPy, pandas and scikit-learn once and forks a child per crosscheck, so no crosscheck sees
 * another's changes and none pays the imports again.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import type { Challenge } from "../domain/challenge";
import { HARNESS_DIR, NATIVE_PYTHON } from "./paths";

const CROSSCHECK_TIMEOUT_MS = 120_000;

export class CrosscheckServer {
  private child: ChildProcess | null = null;
  private buffered = "";
  private waiting: ((line: string | null) => void) | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly python = NATIVE_PYTHON,
    private readonly timeoutMs = CROSSCHECK_TIMEOUT_MS,
  ) {}

  /** null when the reference agrees, else the problem. Asynchronous, so grading goes on meanwhile. */
  check(challenge: Challenge): Promise<string | null> {
    if (!challenge.crosscheck) return Promise.resolve(null);
    const result = this.queue.then(() => this.checkNow(challenge));
    this.queue = result.catch(() => {});
    return result;
  }

  dispose(): void {
    this.stop();
  }

  private async checkNow(challenge: Challenge): Promise<string | null> {
    if (!existsSync(this.python)) {
      return `crosscheck.py needs native Python with scikit-learn: run "npm run setup:native"`;
    }
    const job = JSON.stringify({
      solution: challenge.solution,
      crosscheck: challenge.crosscheck,
      entry: challenge.entry,
      file: "crosscheck.py",
    });
    const child = this.child ?? this.start();
    this.stderrTail = "";
    let timedOut = false;
    const answer = this.nextLine(this.timeoutMs, () => {
      timedOut = true;
    });
    child.stdin?.write(`${job}\n`);
    const line = await answer;
    if (line === null) {
      this.stop();
      const why = timedOut ? `stopped after ${this.timeoutMs / 1000} s` : this.stderrTail || "Python exited";
      return `crosscheck.py could not run: ${why.slice(-500)}`;
    }
    let stdout = "";
    try {
      stdout = (JSON.parse(line) as { stdout: string }).stdout;
      const result = JSON.parse(stdout.trim().split("\n").pop() ?? "") as { ok: boolean; message: string };
      return result.ok ? null : `crosscheck.py: ${result.message}`;
    } catch {
      return `crosscheck.py could not run: ${(this.stderrTail || stdout || "no output").slice(-500)}`;
    }
  }

  private stderrTail = "";

  private start(): ChildProcess {
    this.buffered = "";
    this.stderrTail = "";
    const child = spawn(this.python, ["-m", "drill_tools.crosscheck_server"], {
      cwd: HARNESS_DIR,
      // one BLAS thread: the server forks, and a forked child must not inherit a busy thread pool
      env: {
        ...process.env,
        PYTHONPATH: HARNESS_DIR,
        PYTHONDONTWRITEBYTECODE: "1",
        OPENBLAS_NUM_THREADS: "1",
        OMP_NUM_THREADS: "1",
        MPLBACKEND: "Agg",
      },
      stdio: ["pipe", "pipe", "pipe"],
      detached: true, // its own process group: a hung crosscheck's child goes with it
    });
    child.stdin?.on("error", () => {});
    child.stdout?.setEncoding("utf8").on("data", (d: string) => {
      this.buffered += d;
      for (let nl = this.buffered.indexOf("\n"); nl >= 0; nl = this.buffered.indexOf("\n")) {
        const line = this.buffered.slice(0, nl);
        this.buffered = this.buffered.slice(nl + 1);
        if (line.startsWith('{"ready"')) continue;
        const waiter = this.waiting;
        this.waiting = null;
        waiter?.(line);
      }
    });
    child.stderr?.setEncoding("utf8").on("data", (d: string) => {
      this.stderrTail = (this.stderrTail + d).slice(-2000);
    });
    const gone = () => {
      if (this.child !== child) return;
      this.child = null;
      const waiter = this.waiting;
      this.waiting = null;
      waiter?.(null);
    };
    child.on("exit", gone);
    child.on("error", (e) => {
      this.stderrTail += e.message;
      gone();
    });
    this.child = child;
    return child;
  }

  private nextLine(timeoutMs: number, onTimeout: () => void): Promise<string | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting = null;
        onTimeout();
        resolve(null);
      }, timeoutMs);
      this.waiting = (line) => {
        clearTimeout(timer);
        resolve(line);
      };
    });
  }

  private stop(): void {
    const child = this.child;
    this.child = null;
    if (child?.pid !== undefined) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
}
