/**
 * One attempt at a run on one interpreter: send the job, follow the harness's messages in the
 * order the protocol allows, and time what runs. A test past its limit, or the challenge's own
 * code (tests file, reference) past the run's limit, is interrupted through the shared control
 * words; a worker that does not give control back is left to the runner to replace.
 */
import { checkedFigures, type FigurePair, type RunProblem } from "../domain/results";
import { CUSTOM_PHASE, type GradeJob, LOAD_PHASE, type Retire, STOP_FLAG, type WorkerMessage } from "./protocol";
import type { RunEvents } from "./python-runner";
import { RunOrder } from "./run-order";
import type { WorkerPort } from "./worker-port";

/** An interpreter as the runner holds it. */
export interface Live {
  port: WorkerPort;
  control: Int32Array | null;
  booted: Promise<void>;
  handler: ((m: WorkerMessage) => void) | null;
  exitHandler: ((reason: string) => void) | null;
  dead: boolean;
  /** A run message came from this worker: from then on it may speak for the candidate's code. */
  ranCode: boolean;
  /** Booted, and speaking our protocol. */
  ready?: boolean;
  pythonVersion?: string;
  fromSnapshot?: boolean;
  phases?: Record<string, number>;
}

export type Attempt =
  | { kind: "finished"; stopped: boolean; retire?: Retire; figures?: FigurePair }
  | { kind: "failed"; problem: RunProblem; retire?: Retire }
  | { kind: "interfered"; detail: string }
  | { kind: "killed"; testId: string | null; limitMs: number }
  | { kind: "crashed"; testId: string | null; message: string }
  /** The challenge's own code ran past its limit and did not give control back when interrupted. */
  | { kind: "challenge-hung"; problem: RunProblem }
  | { kind: "stopped" };

export interface AttemptTiming {
  /** How long interrupted code gets to give control back before the attempt ends. */
  graceMs: number;
  /** Extra time allowed past a limit before interrupting (message latency). */
  slackMs: number;
  /** Silence allowed outside timed code on top of the run's time limit. */
  watchdogExtraMs: number;
}

/** How often an interrupt is repeated while the challenge's code ignores it. */
const REPEAT_INTERRUPT_MS = 200;

let runCounter = 0;

/**
 * Runs `job` on `live`; `onStop` receives the function that stops this attempt (null once it ended).
 */
export function attemptRun(
  live: Live,
  job: GradeJob,
  events: RunEvents,
  timing: AttemptTiming,
  onStop: (stop: (() => void) | null) => void,
): Promise<Attempt> {
  const { graceMs, slackMs } = timing;
  // unguessable, so nothing can prepare messages for a run it has not seen
  const runId = `run-${++runCounter}-${randomHex()}`;
  const watchdogMs = job.challenge.timeLimitMs + timing.watchdogExtraMs;
  const order = new RunOrder(job.mode === "custom");
  // `drill mutate` asks the harness to stop at the first failure: then a stopped run is expected
  let failedOnce = false;
  return new Promise<Attempt>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let stopTimer: ReturnType<typeof setTimeout> | null = null;
    let current: { id: string; limitMs: number } | null = null;
    let challenge: { file: string; limitMs: number } | null = null;
    let settled = false;
    let stopping = false;
    const finish = (outcome: Attempt) => {
      if (settled) return;
      settled = true;
      // after Stop, a crash or kill is the stop taking effect, not something to resume from
      const a: Attempt =
        stopping && outcome.kind !== "finished" && outcome.kind !== "interfered" ? { kind: "stopped" } : outcome;
      if (timer) clearTimeout(timer);
      if (stopTimer) clearTimeout(stopTimer);
      live.handler = null;
      live.exitHandler = null;
      onStop(null);
      resolve(a);
    };
    const arm = (ms: number, then: () => void) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(then, ms);
    };
    const overtime = () => {
      const killed = (): Attempt => ({ kind: "killed", testId: current?.id ?? null, limitMs: current?.limitMs ?? 0 });
      if (live.control) {
        Atomics.store(live.control, 0, 2);
        arm(graceMs, () => finish(killed()));
      } else {
        finish(killed());
      }
    };
    // The harness turns the interrupt into a challenge problem naming the file; code that
    // swallows it is interrupted again, and a worker that never answers is given up on.
    const challengeOvertime = (file: string, limitMs: number) => {
      const control = live.control;
      const giveUpAt = performance.now() + graceMs;
      const hung: Attempt = {
        kind: "challenge-hung",
        problem: {
          kind: "challenge",
          file,
          field: "module",
          message: `did not finish within ${limitMs / 1000} s, the challenge's time limit (an endless loop, or too slow?)`,
        },
      };
      const poke = () => {
        if (!control || performance.now() >= giveUpAt) {
          finish(hung);
          return;
        }
        Atomics.store(control, 0, 2);
        arm(REPEAT_INTERRUPT_MS, poke);
      };
      poke();
    };
    onStop(() => {
      stopping = true;
      if (live.control) {
        Atomics.store(live.control, STOP_FLAG, 1);
        Atomics.store(live.control, 0, 2);
        stopTimer ??= setTimeout(() => finish({ kind: "stopped" }), graceMs);
      } else {
        finish({ kind: "stopped" });
      }
    });
    live.exitHandler = (reason) => finish({ kind: "crashed", testId: current?.id ?? null, message: reason });
    live.handler = (m) => {
      if (settled) return;
      // Only this run's messages, in the order the harness sends them: anything else was forged.
      const refused =
        !("runId" in m) || m.runId === null
          ? m.type === "fatal"
            ? null
            : `a ${m.type} message outside the run`
          : m.runId !== runId
            ? "a message for another run"
            : order.refuse(m, stopping || job.planOnly === true || (job.stopAtFirstFailure === true && failedOnce));
      if (refused) {
        finish({ kind: "interfered", detail: refused });
        return;
      }
      if (m.type === "test-finished" && m.result.status !== "pass") failedOnce = true;
      switch (m.type) {
        case "plan":
          events.onPlan?.(m.tests);
          break;
        case "packages-loading":
          events.onPackages?.(
            m.packages,
            m.bytes === undefined ? undefined : { bytes: m.bytes, total: m.totalBytes ?? 0 },
          );
          break;
        case "challenge-timer":
          if (m.timeLimitMs > 0) {
            const started = { file: m.file, limitMs: m.timeLimitMs };
            challenge = started;
            arm(m.timeLimitMs + slackMs, () => challengeOvertime(started.file, started.limitMs));
          } else if (challenge) {
            challenge = null;
            arm(watchdogMs, overtime);
          }
          break;
        case "test-started":
          current = { id: m.testId, limitMs: m.timeLimitMs };
          if (m.testId !== LOAD_PHASE && m.testId !== CUSTOM_PHASE) events.onTestStarted?.(m.testId);
          arm(m.timeLimitMs + slackMs, overtime);
          break;
        case "test-returned":
          arm(watchdogMs, overtime);
          break;
        case "test-finished":
          current = null;
          arm(watchdogMs, overtime);
          events.onTestFinished?.(m.result);
          break;
        case "output":
          events.onOutput?.(m.testId, m.stream, m.text);
          break;
        case "custom-result":
          events.onCustom?.(m.result);
          break;
        case "run-finished": {
          const figures = checkedFigures(m.figures);
          finish({
            kind: "finished",
            stopped: m.stopped,
            ...(m.retire ? { retire: m.retire } : {}),
            ...(figures ? { figures } : {}),
          });
          break;
        }
        case "run-failed":
          finish({ kind: "failed", problem: m.error, ...(m.retire ? { retire: m.retire } : {}) });
          break;
        case "fatal":
          finish({ kind: "crashed", testId: current?.id ?? null, message: m.message });
          break;
      }
    };
    if (live.control) {
      Atomics.store(live.control, STOP_FLAG, 0);
      Atomics.store(live.control, 0, 0);
    }
    // Between tests (collecting cases, computing expected values, loading packages) nothing is
    // timed by the harness: a generous watchdog still ends a run that never answers.
    arm(watchdogMs, overtime);
    // with shared control words, the harness announces the challenge's own code so it is timed too
    live.port.post({ type: "run", runId, job: live.control ? { ...job, challengeTimer: true } : job });
  });
}

/** Waits for a worker to boot; Stop while waiting ends the run (nothing ran yet). */
export function waitForBoot(
  live: Live,
  onStop: (stop: (() => void) | null) => void,
): Promise<"booted" | "stopped" | Error> {
  return new Promise<"booted" | "stopped" | Error>((resolve) => {
    onStop(() => resolve("stopped"));
    live.booted.then(
      () => resolve("booted"),
      (e: Error) => resolve(e),
    );
  }).finally(() => onStop(null));
}

function randomHex(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
