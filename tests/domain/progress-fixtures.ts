// Small builders for progress records; each test states only the fields it cares about.

import type { CardProgress } from "../../src/domain/cards";
import type {
  Attempt,
  CardDraft,
  Draft,
  DrillProgress,
  ProgressSnapshot,
  SessionRecord,
} from "../../src/domain/progress";
import { emptySnapshot } from "../../src/domain/progress";
import type { Story } from "../../src/domain/stories";

export function cardProgress(fields: Partial<CardProgress> = {}): CardProgress {
  return {
    cardId: "fixture-bias-variance",
    answers: [
      {
        id: "fixture-bias-variance:1",
        at: T0,
        text: "Error splits into bias squared, variance and noise.",
        aloud: false,
        elapsedMs: 95_000,
        pointsTicked: [0, 2],
        pointsTotal: 3,
        rating: "good",
      },
    ],
    review: { dueAt: T0 + 14 * DAY, step: 1, intervalDays: 14, ease: 2.5, reasons: [], rating: "good", attemptAt: T0 },
    updatedAt: T0,
    ...fields,
  };
}

export function story(fields: Partial<Story> = {}): Story {
  return {
    id: "story-1",
    title: "The churn model that shipped late",
    situation: "A churn model for a subscription product.",
    task: "Decide which features to keep.",
    action: "I ran an ablation and shared the numbers.",
    result: "We shipped a week late with 4 points more recall.",
    prompts: ["fixture-disagreement"],
    createdAt: T0,
    updatedAt: T0 + 1000,
    ...fields,
  };
}

export const DAY = 24 * 60 * 60 * 1000;
export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

export function attempt(fields: Partial<Attempt> = {}): Attempt {
  const challengeId = fields.challengeId ?? "two-sum";
  const at = fields.at ?? T0;
  return {
    id: `${challengeId}:${at}:abc`,
    challengeId,
    at,
    mode: "practice",
    code: "def two_sum(nums, target):\n    return [0, 1]\n",
    passed: 10,
    total: 10,
    solved: true,
    elapsedMs: 5 * 60_000,
    targetMs: 15 * 60_000,
    hintsUsed: 0,
    revealed: false,
    tests: [{ id: "case-1", name: "case 1", sample: true, status: "pass" }],
    ...fields,
  };
}

export const failed = (fields: Partial<Attempt> = {}) => attempt({ passed: 3, solved: false, ...fields });

export function drill(fields: Partial<DrillProgress> = {}): DrillProgress {
  return {
    challengeId: "two-sum",
    status: "new",
    bestTimeMs: null,
    attempts: [],
    hintsUsed: 0,
    revealed: false,
    review: null,
    updatedAt: T0,
    ...fields,
  };
}

export function draft(fields: Partial<Draft> = {}): Draft {
  return { challengeId: "two-sum", code: "# my draft\n", customInputs: [], updatedAt: T0, rev: 1, ...fields };
}

export function cardDraft(fields: Partial<CardDraft> = {}): CardDraft {
  return { cardId: "fixture-bias-variance", text: "bias is error from wrong assumptions", updatedAt: T0, ...fields };
}

export function session(fields: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: "mock-1",
    kind: "mock",
    challengeIds: ["two-sum", "macro-f1"],
    startedAt: T0,
    durationMs: 45 * 60_000,
    current: 0,
    endedAt: null,
    results: [],
    ...fields,
  };
}

/** A snapshot with one of everything, including nested tests, a review and a running timer. */
export function richSnapshot(): ProgressSnapshot {
  const first = failed({ id: "two-sum:1", at: T0, elapsedMs: 60_000 });
  const second = attempt({ id: "two-sum:2", at: T0 + 1000, hintsUsed: 1 });
  return {
    ...emptySnapshot(),
    progress: {
      "two-sum": drill({
        status: "solved",
        bestTimeMs: second.elapsedMs,
        attempts: [first, second],
        hintsUsed: 1,
        review: { step: 0, dueAt: T0 + DAY },
        updatedAt: T0 + 1000,
      }),
    },
    drafts: { "two-sum": draft({ customInputs: ["two_sum([3, 3], 6)"] }) },
    timers: { "two-sum": { challengeId: "two-sum", elapsedMs: 90_000, runningSince: T0 + 2000 } },
    cards: { "fixture-bias-variance": cardProgress() },
    stories: { "story-1": story() },
    cardDrafts: { "fixture-bias-variance": cardDraft() },
    sessions: [
      session({
        endedAt: T0 + 40 * 60_000,
        results: [
          {
            challengeId: "two-sum",
            passed: 10,
            total: 10,
            solved: true,
            elapsedMs: 300_000,
            targetMs: 900_000,
            hintsUsed: 0,
          },
        ],
      }),
    ],
  };
}
