import { describe, expect, it } from "vitest";
import type { DrillTimer } from "../../src/domain/progress";
import { confirmedElapsed, elapsedOf, mergeTimer, paused, resumed, TIMER_STALE_MS } from "../../src/domain/timer-rules";

const T0 = 1_700_000_000_000;
const running = (elapsedMs: number, since: number, heartbeatAt = since): DrillTimer => ({
  challengeId: "two-sum",
  elapsedMs,
  runningSince: since,
  heartbeatAt,
});
const stopped = (elapsedMs: number, pausedByUser = false): DrillTimer => ({
  challengeId: "two-sum",
  elapsedMs,
  runningSince: null,
  pausedByUser,
});

describe("timer merge", () => {
  it("a fresh timer started before the stored one was read never replaces it (the reload bug)", () => {
    const stored = running(0, T0, T0 + 8_000);
    const fresh = running(0, T0 + 9_000);
    const merged = mergeTimer(stored, fresh, T0 + 10_000);
    expect(merged).toBe(stored);
    expect(elapsedOf(merged, T0 + 10_000)).toBe(10_000);
  });

  it("a tab still showing the drill goes on when another tab left it paused", () => {
    const mine = running(5_000, T0, T0 + 20_000);
    const theirs = stopped(25_000);
    expect(mergeTimer(theirs, mine, T0 + 30_000)).toBe(mine);
  });

  it("keeps the other tab's longer time over this tab's shorter one", () => {
    expect(mergeTimer(stopped(60_000), stopped(10_000), T0)?.elapsedMs).toBe(60_000);
    expect(mergeTimer(undefined, stopped(1), T0)?.elapsedMs).toBe(1);
    expect(mergeTimer(stopped(2), undefined, T0)?.elapsedMs).toBe(2);
  });

  it("at equal time a running timer wins over a paused one", () => {
    const run = running(0, T0);
    expect(mergeTimer(stopped(0), run, T0)).toBe(run);
    expect(mergeTimer(run, stopped(0), T0)).toBe(run);
  });

  it("a timer left running by a crashed tab counts only up to its last heartbeat", () => {
    const crashed = running(1_000, T0, T0 + 30_000);
    const later = T0 + TIMER_STALE_MS + 3_600_000;
    expect(confirmedElapsed(crashed, later)).toBe(31_000);
    expect(mergeTimer(crashed, stopped(40_000), later)?.elapsedMs).toBe(40_000);
  });
});

describe("opening a drill", () => {
  it("starts a new timer at zero", () => {
    const t = resumed(undefined, "two-sum", T0, true);
    expect(t).toMatchObject({ elapsedMs: 0, runningSince: T0 });
  });

  it("goes on with a running timer confirmed lately (a reload, a second tab): nothing to save", () => {
    expect(resumed(running(2_000, T0, T0 + 5_000), "two-sum", T0 + 9_000, true)).toBeNull();
  });

  it("after a crash keeps the time up to the last heartbeat and starts again now", () => {
    const later = T0 + 2 * 3_600_000;
    const t = resumed(running(1_000, T0, T0 + 45_000), "two-sum", later, true);
    expect(t).toMatchObject({ elapsedMs: 46_000, runningSince: later });
    expect(elapsedOf(t ?? undefined, later + 1_000)).toBe(47_000);
  });

  it("resumes a timer paused by leaving the page; a user pause only when the drill is opened again", () => {
    expect(resumed(stopped(7_000), "two-sum", T0, false)).toMatchObject({ elapsedMs: 7_000, runningSince: T0 });
    expect(resumed(stopped(7_000, true), "two-sum", T0, false)).toBeNull();
    expect(resumed(stopped(7_000, true), "two-sum", T0, true)).toMatchObject({ runningSince: T0 });
  });

  it("pausing adds the time since it started", () => {
    expect(paused(running(1_000, T0, T0 + 10_000), T0 + 12_000, true)).toEqual(stopped(13_000, true));
  });
});
