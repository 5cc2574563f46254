import { describe, expect, it } from "vitest";
import type { Attempt, DrillProgress } from "../../src/domain/progress";
import { recordAttempt } from "../../src/domain/progress-rules";
import {
  canRate,
  endOfLocalDay,
  intervalFor,
  rateReview,
  reviewQueue,
  reviewReasons,
} from "../../src/domain/review-schedule";
import { attempt, DAY, drill, failed, T0 } from "./progress-fixtures";

const clean = (at: number, fields: Partial<Attempt> = {}) =>
  attempt({ id: `clean-${at}`, at, elapsedMs: 60_000, targetMs: 600_000, ...fields });
const days = (p: DrillProgress, from: number) => ((p.review?.dueAt ?? 0) - from) / DAY;

describe("review scheduling (SM-2 style)", () => {
  it("a clean first solve comes back after 14 days, with no reason against it", () => {
    const p = recordAttempt(undefined, clean(T0), T0);
    expect(days(p, T0)).toBe(14);
    expect(p.review?.reasons).toEqual([]);
    expect(p.review?.rating).toBe("good");
  });

  it("a failure comes back tomorrow, marked failed", () => {
    const p = recordAttempt(undefined, failed({ at: T0 }), T0);
    expect(days(p, T0)).toBe(1);
    expect(p.review?.reasons).toEqual(["failed"]);
    expect(canRate(p)).toBe(false);
  });

  it.each([
    ["slow", { elapsedMs: 900_001, targetMs: 900_000 }],
    ["hints", { hintsUsed: 1 }],
    ["revealed", { revealed: true }],
  ] as const)("a first solve that was %s is rated hard: back in 3 days, with the reason", (reason, weak) => {
    const p = recordAttempt(undefined, attempt({ at: T0, ...weak }), T0);
    expect(days(p, T0)).toBe(3);
    expect(p.review?.reasons).toEqual([reason]);
    expect(p.review?.rating).toBe("hard");
  });

  it("names every reason at once", () => {
    expect(reviewReasons(attempt({ elapsedMs: 2, targetMs: 1, hintsUsed: 2, revealed: true }))).toEqual([
      "slow",
      "hints",
      "revealed",
    ]);
  });

  it("a solve after failing on the same day counts as a first solve", () => {
    const p1 = recordAttempt(undefined, failed({ id: "f", at: T0 }), T0);
    const p2 = recordAttempt(p1, clean(T0 + 60_000), T0 + 60_000);
    expect(days(p2, T0 + 60_000)).toBe(14);
  });

  it("clean solves when due multiply the interval by the ease: 14, 35, 88, ... capped at a year", () => {
    let now = T0;
    let p = recordAttempt(undefined, clean(now), now);
    const gaps: number[] = [];
    for (let i = 0; i < 6; i++) {
      gaps.push(days(p, now));
      now = p.review?.dueAt ?? now;
      p = recordAttempt(p, clean(now), now);
    }
    expect(gaps).toEqual([14, 35, 88, 220, 365, 365]);
  });

  it("a solve between reviews (practice before the due date) leaves the schedule alone", () => {
    const p1 = recordAttempt(undefined, clean(T0), T0);
    const p2 = recordAttempt(p1, clean(T0 + DAY), T0 + DAY);
    expect(p2.review).toEqual(p1.review);
    expect(canRate(p2)).toBe(false);
  });

  it("failing a drill solved before is a lapse: tomorrow, lower ease, and short steps back in", () => {
    const solved = recordAttempt(undefined, clean(T0), T0);
    const at = T0 + 14 * DAY;
    const lapsed = recordAttempt(solved, failed({ id: "f", at }), at);
    expect(days(lapsed, at)).toBe(1);
    expect(lapsed.review?.ease).toBeCloseTo(2.3);
    const again = recordAttempt(lapsed, clean(at + DAY), at + DAY);
    expect(days(again, at + DAY)).toBe(4);
  });

  describe("rating a solve (again / hard / good / easy)", () => {
    const first = recordAttempt(undefined, clean(T0), T0);

    it("re-schedules a first solve: again 1 day, hard 3, good 14, easy 30", () => {
      const review = first.review;
      if (!review) throw new Error("no review");
      expect(canRate(first)).toBe(true);
      const dueIn = (r: "again" | "hard" | "good" | "easy") => (rateReview(review, r).dueAt - T0) / DAY;
      expect([dueIn("again"), dueIn("hard"), dueIn("good"), dueIn("easy")]).toEqual([1, 3, 14, 30]);
    });

    it("rating twice is not cumulative: the second rating replaces the first", () => {
      const review = first.review;
      if (!review) throw new Error("no review");
      const twice = rateReview(rateReview(review, "easy"), "easy");
      expect(twice).toEqual(rateReview(review, "easy"));
      expect(rateReview(rateReview(review, "again"), "good")).toEqual(review);
    });

    it("changes the ease as Anki does: easy +0.15, hard -0.15, again -0.2, never below 1.3", () => {
      const review = first.review;
      if (!review) throw new Error("no review");
      expect(rateReview(review, "easy").ease).toBeCloseTo(2.65);
      expect(rateReview(review, "hard").ease).toBeCloseTo(2.35);
      expect(rateReview(review, "again").ease).toBeCloseTo(2.3);
      expect(intervalFor({ intervalDays: 10, ease: 1.3, step: 2, solvedBefore: true }, "hard")).toBe(12);
      expect(intervalFor({ intervalDays: 10, ease: 2.5, step: 2, solvedBefore: true }, "good")).toBe(25);
      expect(intervalFor({ intervalDays: 10, ease: 2.5, step: 2, solvedBefore: true }, "easy")).toBe(33);
      expect(intervalFor({ intervalDays: 10, ease: 2.5, step: 2, solvedBefore: true }, "again")).toBe(1);
    });

    it("a later review rated easy grows the interval further than good", () => {
      const at = first.review?.dueAt ?? 0;
      const second = recordAttempt(first, clean(at), at);
      const review = second.review;
      if (!review) throw new Error("no review");
      expect((review.dueAt - at) / DAY).toBe(35);
      expect((rateReview(review, "easy").dueAt - at) / DAY).toBe(46);
    });

    it("older data without a base cannot be re-rated", () => {
      const old = { step: 2, dueAt: T0 };
      expect(rateReview(old, "easy")).toBe(old);
    });
  });
});

describe("the review queue", () => {
  it("splits what is due by the end of today from what comes next, each soonest first", () => {
    const all = {
      overdue: drill({ challengeId: "overdue", review: { step: 0, dueAt: T0 - DAY, reasons: ["failed"] } }),
      today: drill({ challengeId: "today", review: { step: 0, dueAt: T0 + 60_000, reasons: ["hints"] } }),
      later: drill({ challengeId: "later", review: { step: 1, dueAt: T0 + 14 * DAY, intervalDays: 14 } }),
      soon: drill({ challengeId: "soon", review: { step: 0, dueAt: T0 + 3 * DAY } }),
      unknown: drill({ challengeId: "unknown", review: { step: 0, dueAt: T0 } }),
      none: drill({ challengeId: "none" }),
    };
    const q = reviewQueue(all, endOfLocalDay(T0), (id) => id !== "unknown");
    expect(q.due.map((i) => [i.challengeId, i.reasons])).toEqual([
      ["overdue", ["failed"]],
      ["today", ["hints"]],
    ]);
    expect(q.upcoming.map((i) => [i.challengeId, i.intervalDays])).toEqual([
      ["soon", 1],
      ["later", 14],
    ]);
  });

  it("ends today at the next local midnight", () => {
    const end = endOfLocalDay(T0);
    expect(end).toBeGreaterThan(T0);
    expect(end - T0).toBeLessThanOrEqual(DAY);
    expect(new Date(end).getHours()).toBe(0);
  });
});
