// Concept cards on the drills' review schedule, and mock interviews with questions.
import { describe, expect, it } from "vitest";
import type { ConceptCard } from "../../src/domain/cards";
import { mixedReviewQueue, rateReview, scheduleCardAnswer } from "../../src/domain/review-schedule";
import { advance, createMock, currentPart, partCount, withCardResult } from "../../src/domain/session-rules";
import { cueLine } from "../../src/domain/stories";
import { cardProgress, DAY, drill, T0 } from "./progress-fixtures";

describe("card schedule", () => {
  it("a first answer is scheduled by its rating, as a first solve is", () => {
    expect(scheduleCardAnswer(null, "again", T0).dueAt).toBe(T0 + DAY);
    expect(scheduleCardAnswer(null, "good", T0).intervalDays).toBe(14);
    expect(scheduleCardAnswer(null, "easy", T0).intervalDays).toBe(30);
  });

  it("later good answers grow the interval by the ease; again sends it back to tomorrow", () => {
    const first = scheduleCardAnswer(null, "good", T0);
    const second = scheduleCardAnswer(first, "good", T0 + 14 * DAY);
    expect(second.intervalDays).toBe(35);
    const lapse = scheduleCardAnswer(second, "again", T0 + 49 * DAY);
    expect(lapse.intervalDays).toBe(1);
    expect(scheduleCardAnswer(lapse, "good", T0 + 50 * DAY).intervalDays).toBe(4);
  });

  it("changing the rating re-schedules from before the answer, not on top of it", () => {
    const first = scheduleCardAnswer(null, "good", T0);
    const hard = scheduleCardAnswer(first, "hard", T0 + 14 * DAY);
    expect(rateReview(hard, "good")).toEqual(scheduleCardAnswer(first, "good", T0 + 14 * DAY));
  });

  it("the review queue mixes due drills and due cards, most overdue first", () => {
    const drills = { "two-sum": drill({ review: { step: 0, dueAt: T0 + DAY } }) };
    const cards = {
      "fixture-bias-variance": cardProgress({ review: { step: 0, dueAt: T0 + (2 * DAY) / 3, rating: "hard" } }),
      later: cardProgress({ cardId: "later", review: { step: 1, dueAt: T0 + 30 * DAY } }),
    };
    const { due, upcoming } = mixedReviewQueue(drills, cards, T0 + 2 * DAY);
    expect(due.map((i) => `${i.kind}:${i.challengeId}`)).toEqual(["card:fixture-bias-variance", "drill:two-sum"]);
    expect(upcoming.map((i) => i.challengeId)).toEqual(["later"]);
  });
});

const card = (id: string, fields: Partial<ConceptCard> = {}): ConceptCard => ({
  id,
  kind: "concept",
  title: id,
  stage: "core-ml",
  track: null,
  difficulty: "easy",
  tags: [],
  drills: [],
  roadmap: null,
  area: null,
  question: "?",
  answer: "",
  deeper: "",
  keyPoints: ["a"],
  wrongAnswers: [],
  followUp: "",
  source: "",
  ...fields,
});

describe("mock interviews with questions", () => {
  const challenges = [{ id: "two-sum", track: "python", difficulty: "easy", packages: [] }] as never;
  const cards = [
    card("c1"),
    card("c2"),
    card("c3", { stage: "python-basics" }),
    card("b1", { kind: "behavioural", stage: "behavioural", area: "failure" }),
  ];

  it("adds concept questions from the chosen tracks' stages, then one behavioural prompt, after the drills", () => {
    const s = createMock(
      challenges,
      { tracks: [], difficulties: [], count: 1, durationMinutes: 45, concepts: 2, behavioural: true },
      T0,
      () => 0.3,
      () => true,
      cards,
    );
    expect(s.challengeIds).toEqual(["two-sum"]);
    expect(s.cardIds).toHaveLength(3);
    expect(s.cardIds?.at(-1)).toBe("b1");
    expect(partCount(s)).toBe(4);
    const python = createMock(
      challenges,
      { tracks: ["python"], difficulties: [], count: 1, durationMinutes: 45, concepts: 5 },
      T0,
      Math.random,
      () => true,
      cards,
    );
    expect(python.cardIds).toEqual(["c3"]);
  });

  it("walks drill, cards and prompt in order, records answers, and ends after the last part", () => {
    let s = createMock(
      challenges,
      { tracks: [], difficulties: [], count: 1, durationMinutes: 45, concepts: 1, behavioural: true },
      T0,
      () => 0,
      () => true,
      cards,
    );
    expect(currentPart(s)).toMatchObject({ kind: "drill", id: "two-sum" });
    s = advance(s, T0 + 1000);
    expect(currentPart(s)?.kind).toBe("card");
    s = withCardResult(s, {
      cardId: s.cardIds?.[0] as string,
      elapsedMs: 60_000,
      rating: "good",
      pointsTicked: 1,
      pointsTotal: 1,
    });
    s = advance(s, T0 + 2000);
    expect(currentPart(s)).toMatchObject({ kind: "card", id: "b1" });
    s = advance(s, T0 + 3000);
    expect(s.endedAt).toBe(T0 + 3000);
    expect(s.cardResults).toHaveLength(1);
  });

  it("without card options, a mock interview is drills only, as before", () => {
    const s = createMock(challenges, { tracks: [], difficulties: [], count: 1, durationMinutes: 45 }, T0, () => 0.5);
    expect(s.cardIds).toBeUndefined();
  });
});

describe("story cue lines", () => {
  it("gives the first sentence, cut to 12 words", () => {
    expect(cueLine("We had two weeks. Then it broke.")).toBe("We had two weeks.");
    expect(cueLine("one two three four five six seven eight nine ten eleven twelve thirteen")).toBe(
      "one two three four five six seven eight nine ten eleven twelve…",
    );
  });
});
