/**
 * The host side of grading: sends jobs to Python workers, enforces time limits (interrupt first,
 * terminate-and-respawn as the backstop), and resumes the remaining tests on a fresh interpreter
 * when one dies. Every attempt runs in a worker that has never run candidate code (worker-pool.ts).
 * Used by the app and by the CLI alike.
 */
import type { CustomResult, FigurePair, RunProblem, RunReport, TestResult } from "../domain/results";
import { summarize } from "../domain/results";
import { crashWords, pushSynthetic, recordLostTest } from "./lost-worker";
import type { BootOptions, GradeJob, PlannedTest } from "./protocol";
import { type Attempt, attemptRun, type Live, waitForBoot } from "./run-attempt";
import { type SnapshotTrust, WorkerPool } from "./worker-pool";
import type { WorkerFactory } from "./worker-port";

export type { SnapshotTrust } from "./worker-pool";

/**
 * booting: Python's first start; preparing: a fresh interpreter for the next run is starting (a
 * run asked for now starts as soon as it is ready); ready: the next run starts at once.
 */
export type RunnerState = "booting" | "preparing" | "ready" | "running" | "error";

export interface RunEvents {
  onPlan?(tests: PlannedTest[]): void;
  onTestStarted?(testId: string): void;
  onTestFinished?(result: TestResult): void;
  onOutput?(testId: string | null, stream: "stdout" | "stderr", text: string): void;
  /** Packages are loading; `download` counts their bytes where the worker can (received, announced). */
  onPackages?(packages: string[], download?: { bytes: number; total: number }): void;
  onCustom?(result: CustomResult): void;
  onNotice?(text: string): void;
}

export interface RunnerOptions {
  /** How long interrupted code gets to give control back before the worker is replaced. */
  graceMs?: number;
  /** Extra time allowed past a test's limit before interrupting (message latency). */
  slackMs?: number;
  /** How many times one run may replace an interpreter that ignored its time limit and carry on. */
  maxRestarts?: number;
  /** How many times one run may carry on after Python crashed. */
  maxCrashResumes?: number;
  /** Silence allowed outside timed tests (packages loading, expected values) on top of the time limit. */
  watchdogExtraMs?: number;
  /**
   * Where the hash of the saved memory snapshot is kept, out of the worker's reach: a worker
   * restores a snapshot only when its hash matches.
   */
  snapshotTrust?: SnapshotTrust;
  /**
   * Boot the next run's interpreter in the background as soon as a run ends (the app), rather
   * than when the next run asks for it (the CLI, whose runs come one after another anyway).
   */
  keepSpare?: boolean;
}

export const INTERFERED =
  "Your code interfered with grading, so this run does not count. Python was restarted; run your code again.";

export class PythonRunner {
  private readonly pool: WorkerPool;
  private runs = 0;
  private bootError: string | null = null;
  private stateValue: RunnerState = "booting";
  private stateDetail = "";
  private listeners = new Set<(state: RunnerState, detail: string) => void>();
  private stopRequested: (() => void) | null = null;
  private readonly graceMs: number;
  private readonly slackMs: number;
  private readonly maxRestarts: number;
  private readonly maxCrashResumes: number;
  private readonly watchdogExtraMs: number;
  private readonly keepSpare: boolean;

  constructor(factory: WorkerFactory, bootOptions: BootOptions, options: RunnerOptions = {}) {
    this.graceMs = options.graceMs ?? 1500;
    this.slackMs = options.slackMs ?? 250;
    this.maxRestarts = options.maxRestarts ?? 3;
    this.maxCrashResumes = options.maxCrashResumes ?? 1;
    this.watchdogExtraMs = options.watchdogExtraMs ?? 120_000;
    this.keepSpare = options.keepSpare ?? false;
    this.pool = new WorkerPool(factory, bootOptions, options.snapshotTrust ?? null, {
      onSpare: (outcome) => {
        if (this.runs > 0) return;
        if (outcome.ok) this.setState("ready");
        else this.setState("error", outcome.message);
      },
    });
  }

  get state(): RunnerState {
    return this.stateValue;
  }

  get detail(): string {
    return this.stateDetail;
  }

  get pythonVersion(): string | undefined {
    return this.pool.booted?.pythonVersion;
  }

  /** Whether the latest interpreter was restored from a memory snapshot. */
  get bootedFromSnapshot(): boolean {
    return this.pool.booted?.fromSnapshot ?? false;
  }

  /** When each phase of the latest interpreter's boot ended, in ms from the boot message. */
  get bootPhases(): Record<string, number> {
    return this.pool.booted?.phases ?? {};
  }

  subscribe(listener: (state: RunnerState, detail: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Start booting now, so Python is ready before the first run. */
  start(): Promise<void> {
    return this.pool.warm().booted.catch(() => {});
  }

  /** Interrupt the current run; finished results are kept. */
  stop(): void {
    this.stopRequested?.();
  }

  dispose(): void {
    this.pool.dispose();
    this.listeners.clear();
  }

  async run(job: GradeJob, events: RunEvents = {}): Promise<RunReport> {
    const started = performance.now();
    const results: TestResult[] = [];
    const notices: string[] = [];
    const notice = (text: string) => {
      notices.push(text);
      events.onNotice?.(text);
    };
    let plan: PlannedTest[] | null = null;
    let custom: CustomResult | undefined;
    let pending: GradeJob = job;
    let restarts = 0;
    let crashes = 0;
    let startupMs = 0;
    this.runs += 1;
    const report = (extra: { problem?: RunProblem; stopped?: boolean; figures?: FigurePair } = {}): RunReport => {
      this.runs -= 1;
      // the next spare prepares for this drill only when its tests are known to load in time
      const testsLoaded = job.mode !== "custom" && !extra.stopped && extra.problem?.kind !== "challenge";
      this.afterRun(job, testsLoaded);
      const r: RunReport = {
        results,
        summary: summarize(results, Math.round(performance.now() - started), Math.round(startupMs)),
        stopped: extra.stopped ?? false,
        notices,
      };
      if (extra.problem) r.problem = extra.problem;
      if (custom) r.custom = custom;
      if (extra.figures) r.figures = extra.figures;
      return r;
    };

    for (;;) {
      const live = this.pool.take();
      const waitStarted = performance.now();
      if (!live.ready) this.setState(this.pool.hasBooted ? "preparing" : "booting");
      const waited = await waitForBoot(live, (stop) => {
        this.stopRequested = stop;
      });
      startupMs += performance.now() - waitStarted;
      if (waited !== "booted") {
        this.pool.discard(live);
        if (waited === "stopped") return report({ stopped: true });
        this.bootError = waited.message;
        return report({ problem: { kind: "runtime", message: waited.message } });
      }
      this.setState("running");
      const attempt = await this.attempt(live, pending, {
        ...events,
        onPlan: (tests) => {
          if (!plan) {
            plan = tests;
            events.onPlan?.(tests);
          }
        },
        onTestFinished: (result) => {
          results.push(result);
          events.onTestFinished?.(result);
        },
        onCustom: (result) => {
          custom = result;
          events.onCustom?.(result);
        },
      });
      // this worker has run candidate code: it never grades again
      this.pool.discard(live);
      if (attempt.kind === "interfered") {
        results.length = 0;
        custom = undefined;
        return report({ problem: { kind: "harness", message: INTERFERED } });
      }
      if (attempt.kind === "challenge-hung") return report({ problem: attempt.problem });
      if (attempt.kind === "finished" || attempt.kind === "failed") {
        if (attempt.retire?.reason === "tampered") {
          results.length = 0;
          custom = undefined;
          return report({
            problem: {
              kind: "harness",
              message:
                `Your code changed the grader itself (${attempt.retire.detail}), so this run does not count. ` +
                "Python was restarted; the next run starts fresh.",
            },
          });
        }
        if (attempt.retire?.reason === "memory")
          notice(
            "Your code ran out of memory, so Python was restarted: the next run starts fresh. " +
              "Look for a data structure that grows without bound.",
          );
        if (attempt.kind === "failed") return report({ problem: attempt.problem });
        if (job.mode !== "custom" && !attempt.stopped && results.length === 0) {
          return report({
            problem: {
              kind: "harness",
              message: "No tests ran, so this run does not count: the grader reported no results.",
            },
          });
        }
        return report({ stopped: attempt.stopped, ...(attempt.figures ? { figures: attempt.figures } : {}) });
      }
      if (attempt.kind === "stopped") {
        notice("Stopped. Python was restarted; your code is safe.");
        return report({ stopped: true });
      }
      if (job.mode === "custom") {
        const message =
          attempt.kind === "killed"
            ? `Stopped after ${(attempt.limitMs / 1000).toFixed(1)} s: time limit exceeded`
            : `Python crashed: ${crashWords(attempt.message)}`;
        custom = { expression: job.customInput ?? "", error: { message } };
        events.onCustom?.(custom);
        return report();
      }
      const lost = recordLostTest(attempt, plan, results, events, notice);
      if (lost.problem) return report({ problem: lost.problem });
      const remaining = lost.remaining;
      if (remaining.length === 0) return report();
      restarts += 1;
      if (attempt.kind === "crashed") crashes += 1;
      // A crash tends to repeat on every test: carry on once, not until the restarts run out.
      if (restarts > this.maxRestarts || crashes > this.maxCrashResumes) {
        const why = crashes ? "Python crashed repeatedly during this run" : "Python had to be restarted repeatedly";
        for (const t of remaining) pushSynthetic(results, events, t, "error", `Not run: ${why}`);
        return report();
      }
      pending = {
        ...job,
        only: remaining.map((t) => t.id),
        showFirstHiddenFailure: !results.some((r) => !r.sample && r.status !== "pass"),
        budgetUsedMs: results.reduce((sum, r) => sum + r.durationMs, 0),
      };
    }
  }

  private attempt(live: Live, job: GradeJob, events: RunEvents): Promise<Attempt> {
    const timing = { graceMs: this.graceMs, slackMs: this.slackMs, watchdogExtraMs: this.watchdogExtraMs };
    return attemptRun(live, job, events, timing, (stop) => {
      this.stopRequested = stop;
    });
  }

  /**
   * A run ended: the next one's interpreter starts booting now (keepSpare), with this drill's
   * packages and, when `prepare`, its tests ready; and the state says so.
   */
  private afterRun(job: GradeJob, prepare: boolean): void {
    if (this.runs > 0) return;
    // a worker booted when a run asks for it loads that run's packages itself
    if (this.keepSpare) {
      this.pool.preload(job.challenge.packages);
      this.pool.prepare(prepare ? job : null);
    }
    if (this.bootError !== null) {
      // Python could not start: the next run tries again, not a spare in the background
      this.setState("error", this.bootError);
      this.bootError = null;
      return;
    }
    if (!this.keepSpare) {
      this.setState("ready");
      return;
    }
    const warm = () => {
      if (this.runs > 0) return; // a run has taken the spare's place
      const spare = this.pool.warm();
      if (spare.ready) this.setState("ready");
      else if (spare.dead) this.setState("error", "Python could not start");
      else this.setState(this.pool.hasBooted ? "preparing" : "booting");
    };
    if (this.pool.spareReady) {
      warm();
      return;
    }
    // the result reaches the page first: the spare's boot would compete with drawing it
    this.setState(this.pool.hasBooted ? "preparing" : "booting");
    setTimeout(warm, 0);
  }

  private setState(state: RunnerState, detail = ""): void {
    if (state === this.stateValue && detail === this.stateDetail) return;
    this.stateValue = state;
    this.stateDetail = detail;
    for (const l of this.listeners) l(state, detail);
  }
}
