// mergeSnapshots (src/domain/progress-transfer.ts): importing a file into what this device already has.
import { describe, expect, it } from "vitest";
import { emptySnapshot, type ProgressSnapshot } from "../../src/domain/progress";
import { mergeSnapshots, parseImport, serializeExport } from "../../src/domain/progress-transfer";
import { attempt, DAY, draft, drill, failed, richSnapshot, session, T0 } from "./progress-fixtures";

function snapshot(fields: Partial<ProgressSnapshot>): ProgressSnapshot {
  return { ...emptySnapshot(), ...fields };
}

describe("merging an imported file", () => {
  it("keeps every attempt from both sides, in time order", () => {
    const local = snapshot({
      progress: { "two-sum": drill({ status: "attempted", attempts: [failed({ id: "a", at: T0 + 2 })] }) },
    });
    const incoming = snapshot({
      progress: {
        "two-sum": drill({
          status: "solved",
          attempts: [attempt({ id: "b", at: T0 + 1 }), failed({ id: "c", at: T0 + 3 })],
        }),
      },
    });
    const { snapshot: merged, summary } = mergeSnapshots(local, incoming);
    expect(merged.progress["two-sum"]?.attempts.map((a) => a.id)).toEqual(["b", "a", "c"]);
    expect(summary).toMatchObject({ drillsUpdated: 1, drillsAdded: 0, attemptsAdded: 2 });
  });

  it("combines the drill: solved wins, fastest best time, most hints, revealed if either revealed", () => {
    const local = snapshot({
      progress: { "two-sum": drill({ status: "solved", bestTimeMs: 500, hintsUsed: 1, revealed: false }) },
    });
    const incoming = snapshot({
      progress: { "two-sum": drill({ status: "attempted", bestTimeMs: 300, hintsUsed: 3, revealed: true }) },
    });
    expect(mergeSnapshots(local, incoming).snapshot.progress["two-sum"]).toMatchObject({
      status: "solved",
      bestTimeMs: 300,
      hintsUsed: 3,
      revealed: true,
    });
  });

  it("takes the review schedule from the side updated last", () => {
    const older = drill({ review: { step: 0, dueAt: T0 + DAY }, updatedAt: T0 });
    const newer = drill({ review: { step: 2, dueAt: T0 + 9 * DAY }, updatedAt: T0 + 5 });
    const take = (l: typeof older, i: typeof older) =>
      mergeSnapshots(snapshot({ progress: { "two-sum": l } }), snapshot({ progress: { "two-sum": i } })).snapshot
        .progress["two-sum"]?.review;
    expect(take(older, newer)).toEqual(newer.review);
    expect(take(newer, older)).toEqual(newer.review);
  });

  it("adds drills and sessions this device has never seen", () => {
    const { snapshot: merged, summary } = mergeSnapshots(emptySnapshot(), richSnapshot());
    expect(merged.progress).toEqual(richSnapshot().progress);
    expect(merged.sessions).toEqual(richSnapshot().sessions);
    expect(summary).toMatchObject({ drillsAdded: 1, attemptsAdded: 2, sessionsAdded: 1, draftsTaken: 1 });
  });

  it("never overwrites a newer draft here, and a tie keeps this device's draft", () => {
    const mine = draft({ code: "mine", updatedAt: T0 + 10, rev: 4 });
    for (const theirs of [draft({ code: "theirs", updatedAt: T0 }), draft({ code: "theirs", updatedAt: T0 + 10 })]) {
      const result = mergeSnapshots(
        snapshot({ drafts: { "two-sum": mine } }),
        snapshot({ drafts: { "two-sum": theirs } }),
      );
      expect(result.snapshot.drafts["two-sum"]).toEqual(mine);
      expect(result.summary).toMatchObject({ draftsKept: 1, draftsTaken: 0 });
    }
  });

  it("never lets a newer draft from the file replace this device's: both are kept as a conflict", () => {
    const mine = draft({ code: "mine", updatedAt: T0, rev: 7 });
    const theirs = draft({ code: "theirs", updatedAt: T0 + 1, rev: 2 });
    const result = mergeSnapshots(
      snapshot({ drafts: { "two-sum": mine } }),
      snapshot({ drafts: { "two-sum": theirs } }),
    );
    expect(result.snapshot.drafts["two-sum"]).toEqual(mine);
    expect(result.conflicts).toEqual([{ challengeId: "two-sum", mine, theirs }]);
    expect(result.summary).toMatchObject({ draftsTaken: 0, draftsInConflict: 1 });
  });

  it("clamps a draft dated in the future to now, and still does not let it replace this device's", () => {
    const mine = draft({ code: "mine", updatedAt: T0, rev: 3 });
    const future = draft({ challengeId: "two-sum", code: "from 2199", updatedAt: Date.UTC(2199, 0, 1), rev: 1 });
    const other = draft({ challengeId: "macro-f1", code: "only in the file", updatedAt: Date.UTC(2199, 0, 1) });
    const result = mergeSnapshots(
      snapshot({ drafts: { "two-sum": mine } }),
      snapshot({ drafts: { "two-sum": future, "macro-f1": other } }),
      { now: T0 + 5 },
    );
    expect(result.snapshot.drafts["two-sum"]).toEqual(mine);
    expect(result.conflicts[0]?.theirs).toMatchObject({ code: "from 2199", updatedAt: T0 + 5 });
    // taken where this device has no draft, but dated now, so it cannot win every later merge
    expect(result.snapshot.drafts["macro-f1"]).toMatchObject({ code: "only in the file", updatedAt: T0 + 5 });
  });

  it("names the drills this version does not have, and keeps their records", () => {
    const incoming = snapshot({
      progress: { "no-such-drill": drill({ challengeId: "no-such-drill", status: "solved" }) },
    });
    const result = mergeSnapshots(emptySnapshot(), incoming, { knownIds: new Set(["two-sum"]) });
    expect(result.summary.unknownDrills).toEqual(["no-such-drill"]);
    expect(result.snapshot.progress["no-such-drill"]?.status).toBe("solved");
  });

  it("keeps the longer timer; a running timer from the file arrives paused", () => {
    const local = snapshot({ timers: { a: { challengeId: "a", elapsedMs: 100, runningSince: T0 } } });
    const incoming = snapshot({
      timers: {
        a: { challengeId: "a", elapsedMs: 400, runningSince: null },
        b: { challengeId: "b", elapsedMs: 50, runningSince: T0 },
      },
    });
    expect(mergeSnapshots(local, incoming).snapshot.timers).toEqual({
      a: { challengeId: "a", elapsedMs: 400, runningSince: T0 },
      b: { challengeId: "b", elapsedMs: 50, runningSince: null },
    });
  });

  it("unites sessions; for the same session the ended one, or the one with more results, wins", () => {
    const result = { challengeId: "a", passed: 1, total: 2, solved: false, elapsedMs: 1, targetMs: 2, hintsUsed: 0 };
    const local = snapshot({
      sessions: [session({ id: "s1" }), session({ id: "s2", results: [result, result] })],
    });
    const incoming = snapshot({
      sessions: [
        session({ id: "s1", endedAt: T0 + 5 }),
        session({ id: "s2", results: [result] }),
        session({ id: "s0", startedAt: T0 - DAY }),
      ],
    });
    const merged = mergeSnapshots(local, incoming);
    expect(merged.snapshot.sessions.map((s) => [s.id, s.endedAt, s.results.length])).toEqual([
      ["s0", null, 0],
      ["s1", T0 + 5, 0],
      ["s2", null, 2],
    ]);
    expect(merged.summary.sessionsAdded).toBe(1);
  });

  it("is idempotent: importing the same file twice adds nothing the second time", () => {
    const local = snapshot({
      progress: { "two-sum": drill({ attempts: [failed({ id: "local", at: T0 + 50 })], updatedAt: T0 + 50 }) },
      drafts: { "two-sum": draft({ updatedAt: T0 - 1, code: "old" }) },
    });
    const file = parseImport(serializeExport(richSnapshot(), T0));
    if (!file.ok) throw new Error(file.reason);
    const once = mergeSnapshots(local, file.snapshot);
    const twice = mergeSnapshots(once.snapshot, file.snapshot);
    expect(twice.snapshot).toEqual(once.snapshot);
    expect(twice.summary).toEqual({
      drillsAdded: 0,
      drillsUpdated: 0,
      attemptsAdded: 0,
      draftsTaken: 0,
      draftsKept: 0,
      draftsInConflict: once.summary.draftsInConflict,
      sessionsAdded: 0,
      unknownDrills: [],
      cardsAdded: 0,
      cardsUpdated: 0,
      storiesAdded: 0,
      storiesUpdated: 0,
      cardDraftsTaken: 0,
      cardDraftsKept: 0,
      cardDraftsInConflict: 0,
    });
    expect(once.summary.cardDraftsTaken).toBe(1);
    expect(twice.conflicts).toEqual(once.conflicts);
  });

  it("merging a device's own export into itself changes nothing", () => {
    const own = richSnapshot();
    const { snapshot: merged, summary } = mergeSnapshots(own, own);
    expect(merged).toEqual(own);
    expect(Object.values(summary).every((n) => n === 0 || (Array.isArray(n) && n.length === 0))).toBe(true);
  });
});
