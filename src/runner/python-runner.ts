/**
 * The host side of grading: boots a Python worker, sends jobs, enforces time limits (interrupt
 * first, terminate-and-respawn as the backstop), and resumes the remaining tests on a fresh
 * interpreter when one dies. Used by the app and by the CLI alike.
 */
import type { CustomResult, FigurePair, RunProblem, RunReport, TestResult } from "../domain/results";
import { summarize } from "../domain/results";
import {
  type BootOptions,
  CONTROL_WORDS,
  type GradeJob,
  LOAD_PHASE,
  type PlannedTest,
  PROTOCOL_VERSION,
} from "./protocol";
import { type Attempt, attemptRun, type Live } from "./run-attempt";
import type { WorkerFactory } from "./worker-port";

export type RunnerState = "booting" | "ready" | "running" | "error";

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
}

export interface SnapshotTrust {
  get(): { key: string; sha256: string } | null;
  set(key: string, sha256: string): void;
}

export const INTERFERED =
  "Your code interfered with grading, so this run does not count. Python was restarted; run your code again.";

export class PythonRunner {
  private live: Live | null = null;
  private stateValue: RunnerState = "booting";
  private stateDetail = "";
  private listeners = new Set<(state: RunnerState, detail: string) => void>();
  private stopRequested: (() => void) | null = null;
  private readonly graceMs: number;
  private readonly slackMs: number;
  private readonly maxRestarts: number;
  private readonly maxCrashResumes: number;
  private readonly watchdogExtraMs: number;
  private readonly snapshotTrust: SnapshotTrust | null;

  constructor(
    private readonly factory: WorkerFactory,
    private readonly bootOptions: BootOptions,
    options: RunnerOptions = {},
  ) {
    this.graceMs = options.graceMs ?? 1500;
    this.slackMs = options.slackMs ?? 250;
    this.maxRestarts = options.maxRestarts ?? 3;
    this.maxCrashResumes = options.maxCrashResumes ?? 1;
    this.watchdogExtraMs = options.watchdogExtraMs ?? 120_000;
    this.snapshotTrust = options.snapshotTrust ?? null;
  }

  get state(): RunnerState {
    return this.stateValue;
  }

  get detail(): string {
    return this.stateDetail;
  }

  get pythonVersion(): string | undefined {
    return this.live?.pythonVersion;
  }

  /** Whether the current interpreter was restored from a memory snapshot. */
  get bootedFromSnapshot(): boolean {
    return this.live?.fromSnapshot ?? false;
  }

  /** When each phase of the current interpreter's boot ended, in ms from the boot message. */
  get bootPhases(): Record<string, number> {
    return this.live?.phases ?? {};
  }

  subscribe(listener: (state: RunnerState, detail: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Start booting now, so Python is ready before the first run. */
  start(): Promise<void> {
    return this.ensureLive().booted.catch(() => {});
  }

  /** Interrupt the current run; finished results are kept. */
  stop(): void {
    this.stopRequested?.();
  }

  dispose(): void {
    this.kill();
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
    let staleRetried = false;
    const report = (extra: { problem?: RunProblem; stopped?: boolean; figures?: FigurePair } = {}): RunReport => {
      if (this.stateValue === "running") this.setState("ready");
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
      const live = this.ensureLive();
      const waitStarted = performance.now();
      try {
        await live.booted;
        startupMs += performance.now() - waitStarted;
      } catch (e) {
        return report({ problem: { kind: "runtime", message: (e as Error).message } });
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
      if (attempt.kind === "interfered") {
        this.replace();
        results.length = 0;
        custom = undefined;
        return report({ problem: { kind: "harness", message: INTERFERED } });
      }
      if (attempt.kind === "challenge-hung") {
        this.replace();
        return report({ problem: attempt.problem });
      }
      if (attempt.kind === "failed" && attempt.retire?.reason === "stale" && !staleRetried) {
        // not this run's doing: it runs again, once, on a fresh interpreter
        staleRetried = true;
        this.replace();
        notice("Code left running by an earlier run had changed Python, so Python was restarted before this run.");
        continue;
      }
      if (attempt.kind === "finished" || attempt.kind === "failed") {
        if (attempt.retire) {
          this.replace();
          if (attempt.retire.reason === "tampered") {
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
          if (attempt.retire.reason === "memory")
            notice(
              "Your code ran out of memory, so Python was restarted: the next run starts fresh. " +
                "Look for a data structure that grows without bound.",
            );
        }
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
      this.replace();
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
      const plannedTests: PlannedTest[] = plan ?? [];
      const testId = attempt.testId;
      const limitMs = attempt.kind === "killed" ? attempt.limitMs : 0;
      if (attempt.kind === "crashed") {
        notice(`Python stopped unexpectedly (${crashWords(attempt.message)}) and was restarted.`);
      } else {
        notice("Your code did not give control back when its time was up, so Python was restarted.");
      }
      if (!plan) {
        return report({
          problem: { kind: "runtime", message: `Python stopped before the tests started: ${describeAttempt(attempt)}` },
        });
      }
      if (testId === LOAD_PHASE) {
        const message =
          attempt.kind === "killed"
            ? `Your code did not finish loading within ${(limitMs / 1000).toFixed(1)} s (a loop at the top level of the file?)`
            : `Python crashed while loading your code: ${attempt.message}`;
        for (const t of plannedTests)
          this.pushSynthetic(results, events, t, attempt.kind === "killed" ? "timeout" : "error", message);
        return report();
      }
      const current = plannedTests.find((t) => t.id === testId);
      if (current && !results.some((r) => r.id === current.id)) {
        const message =
          attempt.kind === "killed"
            ? `Time limit exceeded: stopped after ${(limitMs / 1000).toFixed(2)} s`
            : `Python crashed during this test: ${attempt.message} (very deep recursion or running out of memory?)`;
        this.pushSynthetic(results, events, current, attempt.kind === "killed" ? "timeout" : "error", message, limitMs);
      }
      const done = new Set(results.map((r) => r.id));
      const remaining = plannedTests.filter((t) => !done.has(t.id));
      if (remaining.length === 0) return report();
      restarts += 1;
      if (attempt.kind === "crashed") crashes += 1;
      // A crash tends to repeat on every test: carry on once, not until the restarts run out.
      if (restarts > this.maxRestarts || crashes > this.maxCrashResumes) {
        const why = crashes ? "Python crashed repeatedly during this run" : "Python had to be restarted repeatedly";
        for (const t of remaining) this.pushSynthetic(results, events, t, "error", `Not run: ${why}`);
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

  private pushSynthetic(
    results: TestResult[],
    events: RunEvents,
    t: PlannedTest,
    status: TestResult["status"],
    message: string,
    durationMs = 0,
  ): void {
    const showHidden = !results.some((r) => !r.sample && r.status !== "pass");
    const detailed = t.sample || showHidden;
    const result: TestResult = { id: t.id, name: t.name, sample: t.sample, status, durationMs, detailed };
    if (detailed || status === "timeout") result.message = message;
    results.push(result);
    events.onTestFinished?.(result);
  }

  private attempt(live: Live, job: GradeJob, events: RunEvents): Promise<Attempt> {
    const timing = { graceMs: this.graceMs, slackMs: this.slackMs, watchdogExtraMs: this.watchdogExtraMs };
    return attemptRun(live, job, events, timing, (stop) => {
      this.stopRequested = stop;
    });
  }

  private ensureLive(): Live {
    if (this.live && !this.live.dead) return this.live;
    this.setState("booting");
    const port = this.factory();
    const control =
      port.sharedControl && typeof SharedArrayBuffer !== "undefined"
        ? new Int32Array(new SharedArrayBuffer(CONTROL_WORDS * 4))
        : null;
    const live: Live = {
      port,
      control,
      booted: Promise.resolve(),
      handler: null,
      exitHandler: null,
      dead: false,
      ranCode: false,
    };
    let booted = false;
    live.booted = new Promise<void>((resolve, reject) => {
      port.listen(
        (m) => {
          if (m.type === "booted" && !booted) {
            booted = true;
            live.pythonVersion = m.pythonVersion;
            live.fromSnapshot = m.fromSnapshot ?? false;
            live.phases = { ...m.phases, total: m.bootMs };
            if (m.protocol !== PROTOCOL_VERSION) {
              reject(new Error(`worker speaks protocol ${m.protocol}, expected ${PROTOCOL_VERSION}`));
              return;
            }
            if (this.live === live) this.setState("ready");
            resolve();
          } else if (m.type === "boot-failed" && !booted) {
            live.dead = true;
            if (this.live === live) this.setState("error", m.message);
            reject(new Error(m.message));
          } else if (m.type === "snapshot-saved" && !live.ranCode) {
            // sent before any run, so before any candidate code: only then is it the worker's own
            this.snapshotTrust?.set(m.key, m.sha256);
          } else {
            if ("runId" in m && m.runId !== null) live.ranCode = true;
            live.handler?.(m);
          }
        },
        (reason) => {
          live.dead = true;
          reject(new Error(`Python stopped while starting: ${reason}`));
          const duringRun = live.exitHandler;
          if (duringRun) duringRun(reason);
          else if (this.live === live) this.setState("error", reason);
        },
      );
    });
    live.booted.catch(() => {});
    const trusted = this.snapshotTrust?.get();
    port.post({
      type: "boot",
      protocol: PROTOCOL_VERSION,
      options: trusted ? { ...this.bootOptions, trustedSnapshot: trusted } : this.bootOptions,
      interruptBuffer: control ? (control.buffer as SharedArrayBuffer) : null,
    });
    this.live = live;
    return live;
  }

  /** Throw away the current interpreter and boot a fresh one at once. */
  private replace(): void {
    this.kill();
    this.ensureLive();
  }

  private kill(): void {
    if (!this.live) return;
    this.live.dead = true;
    this.live.port.terminate();
    this.live = null;
  }

  private setState(state: RunnerState, detail = ""): void {
    this.stateValue = state;
    this.stateDetail = detail;
    for (const l of this.listeners) l(state, detail);
  }
}

/** A crash in plain words; running out of memory says so. */
function crashWords(message: string): string {
  return /memory|allocation failed|Array buffer/i.test(message) ? `it ran out of memory: ${message}` : message;
}

function describeAttempt(a: Attempt): string {
  if (a.kind === "crashed") return a.message;
  if (a.kind === "killed") return "it did not respond in time";
  if (a.kind === "interfered") return a.detail;
  return a.kind;
}
