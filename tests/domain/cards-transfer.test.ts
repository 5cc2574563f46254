// The export file and the story bank / concept cards: round trip, older files, damaged files, merging.
import { describe, expect, it } from "vitest";
import { emptySnapshot } from "../../src/domain/progress";
import { EXPORT_FORMAT, mergeSnapshots, parseImport, serializeExport } from "../../src/domain/progress-transfer";
import { cardProgress, DAY, richSnapshot, story, T0 } from "./progress-fixtures";

function reasonFor(file: unknown): string {
  const result = parseImport(JSON.stringify(file));
  if (result.ok) throw new Error("expected a refusal");
  return result.reason;
}

describe("stories and concept cards in the export file", () => {
  it("round-trips the story bank and the card answers and schedule", () => {
    const result = parseImport(serializeExport(richSnapshot(), T0));
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.stories).toEqual(richSnapshot().stories);
    expect(result.snapshot.cards).toEqual(richSnapshot().cards);
  });

  it("still imports a version 1 file, made before cards and stories existed", () => {
    const { progress, drafts, timers, sessions } = richSnapshot();
    const old = {
      format: EXPORT_FORMAT,
      schemaVersion: 1,
      exportedAt: "2026-01-05",
      progress,
      drafts,
      timers,
      sessions,
    };
    const result = parseImport(JSON.stringify(old));
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.progress).toEqual(progress);
    expect(result.snapshot.stories).toEqual({});
    expect(result.snapshot.cards).toEqual({});
  });

  it("refuses a damaged story or card answer, naming the field", () => {
    const file = JSON.parse(serializeExport(richSnapshot(), T0));
    file.stories["story-1"].action = 42;
    expect(reasonFor(file)).toContain('stories["story-1"].action: must be a string');
    const other = JSON.parse(serializeExport(richSnapshot(), T0));
    other.cards["fixture-bias-variance"].answers[0].pointsTicked = [0, 7];
    expect(reasonFor(other)).toContain("pointsTicked: must be below pointsTotal");
    const wrongKey = JSON.parse(serializeExport(richSnapshot(), T0));
    wrongKey.stories["story-1"].id = "story-2";
    expect(reasonFor(wrongKey)).toContain('stories["story-1"].id');
  });

  it("merging keeps stories from both sides, the newer edit of the same story, and unites card answers", () => {
    const local = {
      ...emptySnapshot(),
      stories: {
        "story-1": story({ title: "Local title", updatedAt: T0 + 5000 }),
        "story-9": story({ id: "story-9" }),
      },
      cards: { "fixture-bias-variance": cardProgress() },
    };
    const laterAnswer = {
      id: "fixture-bias-variance:2",
      at: T0 + 20 * DAY,
      text: "",
      aloud: true,
      elapsedMs: 80_000,
      pointsTicked: [0, 1, 2],
      pointsTotal: 3,
      rating: "easy" as const,
    };
    const incoming = {
      ...emptySnapshot(),
      stories: { "story-1": story({ title: "Older title", updatedAt: T0 }), "story-2": story({ id: "story-2" }) },
      cards: {
        "fixture-bias-variance": cardProgress({
          answers: [...cardProgress().answers, laterAnswer],
          review: {
            dueAt: T0 + 60 * DAY,
            step: 2,
            intervalDays: 40,
            ease: 2.65,
            rating: "easy",
            attemptAt: laterAnswer.at,
          },
        }),
      },
    };
    const { snapshot, summary } = mergeSnapshots(local, incoming);
    expect(Object.keys(snapshot.stories ?? {}).sort()).toEqual(["story-1", "story-2", "story-9"]);
    expect(snapshot.stories?.["story-1"]?.title).toBe("Local title");
    expect(snapshot.cards?.["fixture-bias-variance"]?.answers.map((a) => a.id)).toEqual([
      "fixture-bias-variance:1",
      "fixture-bias-variance:2",
    ]);
    expect(snapshot.cards?.["fixture-bias-variance"]?.review?.dueAt).toBe(T0 + 60 * DAY);
    expect(summary).toMatchObject({ storiesAdded: 1, storiesUpdated: 0, cardsAdded: 0, cardsUpdated: 1 });
    const again = mergeSnapshots(snapshot, incoming);
    expect(again.snapshot).toEqual(snapshot);
    expect(again.summary).toMatchObject({ storiesAdded: 0, storiesUpdated: 0, cardsAdded: 0, cardsUpdated: 0 });
  });
});
