import { describe, expect, it } from "vitest";
import type { Attempt, DrillProgress } from "../../src/domain/progress";
import {
  dueForReview,
  isDue,
  newAttemptId,
  recordAttempt,
  withHintsUsed,
  withRevealed,
} from "../../src/domain/progress-rules";
import { attempt, DAY, drill, failed, T0 } from "./progress-fixtures";

/** Records attempts in order, each at its own `at`, as the app does on Submit. */
function play(...attempts: Attempt[]): DrillProgress | undefined {
  let progress: DrillProgress | undefined;
  for (const a of attempts) progress = recordAttempt(progress, a, a.at);
  return progress;
}

describe("attempts and status", () => {
  it("a first failed submit makes the drill attempted and keeps the attempt", () => {
    const a = failed();
    const p = recordAttempt(undefined, a, T0);
    expect(p).toMatchObject({ challengeId: "two-sum", status: "attempted", bestTimeMs: null, updatedAt: T0 });
    expect(p.attempts).toEqual([a]);
  });

  it("stays solved after a later failure, and keeps every attempt in order", () => {
    const p = play(failed({ id: "1", at: T0 }), attempt({ id: "2", at: T0 + 1 }), failed({ id: "3", at: T0 + 2 }));
    expect(p?.status).toBe("solved");
    expect(p?.attempts.map((a) => a.id)).toEqual(["1", "2", "3"]);
  });

  it("best time is the fastest solve, ignoring failures and solves after revealing the solution", () => {
    const p = play(
      attempt({ id: "1", at: T0, elapsedMs: 600_000 }),
      failed({ id: "2", at: T0 + 1, elapsedMs: 10_000 }),
      attempt({ id: "3", at: T0 + 2, elapsedMs: 20_000, revealed: true }),
      attempt({ id: "4", at: T0 + 3, elapsedMs: 400_000 }),
    );
    expect(p?.bestTimeMs).toBe(400_000);
  });

  it("a solve after revealing gives no best time at all", () => {
    expect(play(attempt({ revealed: true }))?.bestTimeMs).toBeNull();
  });

  it("carries the highest hint count and whether the solution was ever revealed", () => {
    const p = play(attempt({ id: "1", hintsUsed: 2, revealed: true }), attempt({ id: "2", at: T0 + 1, hintsUsed: 1 }));
    expect(p).toMatchObject({ hintsUsed: 2, revealed: true });
  });

  it("does not change the progress it was given", () => {
    const before = drill({ attempts: [failed()] });
    const copy = structuredClone(before);
    recordAttempt(before, attempt({ id: "x" }), T0 + 5);
    expect(before).toEqual(copy);
  });
});

describe("due for review", () => {
  it("lists the drills that are due, longest overdue first", () => {
    const all = {
      a: drill({ challengeId: "a", review: { step: 0, dueAt: T0 + 2 } }),
      b: drill({ challengeId: "b", review: { step: 1, dueAt: T0 + 1 } }),
      later: drill({ challengeId: "later", review: { step: 0, dueAt: T0 + DAY } }),
      none: drill({ challengeId: "none" }),
    };
    expect(dueForReview(all, T0 + 2).map((p) => p.challengeId)).toEqual(["b", "a"]);
    expect(isDue(all.later, T0 + DAY - 1)).toBe(false);
    expect(isDue(all.later, T0 + DAY)).toBe(true);
  });
});

describe("hints, reveal and attempt ids", () => {
  it("opening a hint on an untouched drill creates it as new, with the count", () => {
    expect(withHintsUsed(undefined, "knn", 2, T0)).toMatchObject({
      challengeId: "knn",
      status: "new",
      hintsUsed: 2,
      updatedAt: T0,
    });
  });

  it("revealing keeps the attempts and marks the drill revealed", () => {
    const before = drill({ status: "attempted", attempts: [failed()] });
    const after = withRevealed(before, "two-sum", T0 + 9);
    expect(after).toMatchObject({ status: "attempted", revealed: true, updatedAt: T0 + 9, attempts: before.attempts });
    expect(before.revealed).toBe(false);
  });

  it("attempt ids name the drill and time, and differ by their random part", () => {
    expect(newAttemptId("two-sum", 1234, () => 0)).toBe("two-sum:1234:00000000");
    expect(newAttemptId("two-sum", 1234, () => 0.5)).not.toBe(newAttemptId("two-sum", 1234, () => 0.25));
    expect(newAttemptId("two-sum", 1234)).toMatch(/^two-sum:1234:[0-9a-z]{8}$/);
  });
});
