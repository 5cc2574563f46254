/**
 * A worker lost in the middle of a run (killed past a time limit, or crashed): the test it was
 * running is recorded as such, and what is left is resumed on a fresh worker by the runner.
 */
import type { RunProblem, TestResult } from "../domain/results";
import { LOAD_PHASE, type PlannedTest } from "./protocol";
import type { RunEvents } from "./python-runner";
import type { Attempt } from "./run-attempt";

type Lost = Extract<Attempt, { kind: "killed" | "crashed" }>;

/** Records the lost test (or every test, when the code was loading); returns the tests left to run. */
export function recordLostTest(
  attempt: Lost,
  plan: PlannedTest[] | null,
  results: TestResult[],
  events: RunEvents,
  notice: (text: string) => void,
): { problem?: RunProblem; remaining: PlannedTest[] } {
  const testId = attempt.testId;
  const limitMs = attempt.kind === "killed" ? attempt.limitMs : 0;
  if (attempt.kind === "crashed") {
    notice(`Python stopped unexpectedly (${crashWords(attempt.message)}) and was restarted.`);
  } else {
    notice("Your code did not give control back when its time was up, so Python was restarted.");
  }
  if (!plan) {
    const why = attempt.kind === "crashed" ? crashWords(attempt.message) : "it did not respond in time";
    return { problem: { kind: "runtime", message: `Python stopped before the tests started: ${why}` }, remaining: [] };
  }
  const status = attempt.kind === "killed" ? "timeout" : "error";
  if (testId === LOAD_PHASE) {
    const message =
      attempt.kind === "killed"
        ? `Your code did not finish loading within ${(limitMs / 1000).toFixed(1)} s (a loop at the top level of the file?)`
        : `Python crashed while loading your code: ${crashWords(attempt.message)}`;
    for (const t of plan) pushSynthetic(results, events, t, status, message);
    return { remaining: [] };
  }
  const current = plan.find((t) => t.id === testId);
  if (current && !results.some((r) => r.id === current.id)) {
    const message =
      attempt.kind === "killed"
        ? `Time limit exceeded: stopped after ${(limitMs / 1000).toFixed(2)} s`
        : `Python crashed during this test: ${crashWords(attempt.message, "very deep recursion or running out of memory?")}`;
    pushSynthetic(results, events, current, status, message, limitMs);
  }
  const done = new Set(results.map((r) => r.id));
  return { remaining: plan.filter((t) => !done.has(t.id)) };
}

/** A result the harness could not send (its worker was lost), shown as the harness would show it. */
export function pushSynthetic(
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

/** A crash in plain words; running out of memory, or of stack, says so. */
export function crashWords(message: string, guess?: string): string {
  if (/memory|allocation failed|Array buffer/i.test(message)) return `it ran out of memory: ${message}`;
  if (/Maximum call stack size exceeded|too much recursion/i.test(message)) {
    return (
      `it ran out of stack: ${message}. Recursion through C code, such as a function cached with ` +
      "functools.lru_cache or functools.cache, stops a browser's Python after a few hundred levels; " +
      "a loop, or a bottom-up table, has no such limit"
    );
  }
  return guess ? `${message} (${guess})` : message;
}
