/** The progress export file's format: writing it, and reading it back without trusting it (merging is in progress-transfer.ts). */

import {
  amount,
  type Check,
  checkScore,
  fail,
  fields,
  flag,
  InvalidField,
  id,
  isObject,
  type Json,
  listOf,
  matches,
  nullable,
  oneOf,
  recordOf,
  reviewStep,
  text,
  time,
  uniqueIds,
  whole,
} from "./json-checks";
import type {
  Attempt,
  AttemptTest,
  Draft,
  DrillProgress,
  DrillStatus,
  DrillTimer,
  PracticeMode,
  ProgressSnapshot,
  ReviewState,
  SessionDrillResult,
  SessionRecord,
} from "./progress";
import { PROGRESS_SCHEMA_VERSION, REVIEW_RATINGS } from "./progress";
import { readCardDrafts, readCards, readSessionCardResult, readStories } from "./progress-transfer-cards";
import { TEST_STATUSES } from "./results";

export const EXPORT_FORMAT = "ai-interview-drills/progress";

export type ImportResult = { ok: true; snapshot: ProgressSnapshot } | { ok: false; reason: string };

/** The export file's text: a format marker, the schema version and every saved record. */
export function serializeExport(snapshot: ProgressSnapshot, now: number): string {
  const { progress, drafts, timers, sessions, cards = {}, stories = {}, cardDrafts = {} } = snapshot;
  const file = {
    format: EXPORT_FORMAT,
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    exportedAt: new Date(now).toISOString(),
    progress,
    drafts,
    timers,
    sessions,
    cards,
    stories,
    cardDrafts,
  };
  return JSON.stringify(file, null, 2);
}

/** Reads an export file; never throws. A refusal says what is wrong, naming the field. */
export function parseImport(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse("This file is not JSON, so it is not a progress export from this app.");
  }
  if (!isObject(raw) || raw.format !== EXPORT_FORMAT) {
    return refuse(
      `This is not an AI Interview Drills progress file: it lacks the "format": "${EXPORT_FORMAT}" marker.`,
    );
  }
  const version = raw.schemaVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return refuse("The file is damaged: schemaVersion: must be a whole number >= 1");
  }
  if (version > PROGRESS_SCHEMA_VERSION) {
    return refuse(
      `This file was made by a newer version of the app (progress format ${version}; this version reads up to ` +
        `${PROGRESS_SCHEMA_VERSION}). Update the app, then import it again.`,
    );
  }
  try {
    return { ok: true, snapshot: readSnapshot(migrate(raw, version)) };
  } catch (error) {
    if (error instanceof InvalidField) return refuse(`The file is damaged: ${error.message}`);
    return refuse(`The file could not be read: ${String(error)}`);
  }
}

/** `MIGRATIONS[n]` turns a version-n file into version n + 1: add one entry per schema change. */
const MIGRATIONS: Readonly<Record<number, (raw: Json) => Json>> = {
  // version 1 files predate concept cards and the story bank
  1: (raw) => ({ ...raw, cards: {}, stories: {} }),
  // version 2 files predate unrecorded concept-card answers in the file
  2: (raw) => ({ ...raw, cardDrafts: {} }),
};

function migrate(raw: Json, fromVersion: number): Json {
  let data = raw;
  for (let version = fromVersion; version < PROGRESS_SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) fail("schemaVersion", `no upgrade from version ${version} is known`);
    data = step(data);
  }
  return data;
}

function refuse(reason: string): ImportResult {
  return { ok: false, reason };
}

// Object keys list every member, so the compiler flags a value added to the type but not here.
const PRACTICE_MODES = Object.keys({ practice: 0, exam: 0, mock: 0 } satisfies Record<
  PracticeMode,
  0
>) as PracticeMode[];
const DRILL_STATUSES = Object.keys({ new: 0, attempted: 0, solved: 0 } satisfies Record<
  DrillStatus,
  0
>) as DrillStatus[];
const SESSION_KINDS = ["exam", "mock"] as const satisfies readonly SessionRecord["kind"][];

function readSnapshot(raw: Json): ProgressSnapshot {
  const f = fields(raw, "");
  return {
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    progress: f("progress", recordOf(readProgress)),
    drafts: f("drafts", recordOf(readDraft)),
    timers: f("timers", recordOf(readTimer)),
    sessions: uniqueIds(f("sessions", listOf(readSession)), "sessions"),
    cards: f("cards", readCards(readReview)),
    stories: f("stories", readStories),
    cardDrafts: f("cardDrafts", readCardDrafts),
  };
}

function readProgress(value: unknown, path: string, key: string): DrillProgress {
  const f = fields(value, path);
  const challengeId = f("challengeId", id);
  matches(challengeId, key, `${path}.challengeId`, "the key it is saved under");
  const attempts = f(
    "attempts",
    listOf((v, p) => readAttempt(v, p, challengeId)),
  );
  return {
    challengeId,
    status: f("status", oneOf(DRILL_STATUSES)),
    bestTimeMs: f("bestTimeMs", nullable(amount)),
    attempts: uniqueIds(attempts, `${path}.attempts`),
    hintsUsed: f("hintsUsed", whole),
    revealed: f("revealed", flag),
    review: f("review", nullable(readReview)),
    updatedAt: f("updatedAt", time),
  };
}

function readAttempt(value: unknown, path: string, challengeId: string): Attempt {
  const f = fields(value, path);
  const attempt: Attempt = {
    id: f("id", id),
    challengeId: f("challengeId", id),
    at: f("at", time),
    mode: f("mode", oneOf(PRACTICE_MODES)),
    code: f("code", text),
    passed: f("passed", whole),
    total: f("total", whole),
    solved: f("solved", flag),
    elapsedMs: f("elapsedMs", amount),
    targetMs: f("targetMs", amount),
    hintsUsed: f("hintsUsed", whole),
    revealed: f("revealed", flag),
    tests: f("tests", listOf(readAttemptTest)),
  };
  matches(attempt.challengeId, challengeId, `${path}.challengeId`, "the drill it belongs to");
  checkScore(attempt, path);
  return attempt;
}

function readAttemptTest(value: unknown, path: string): AttemptTest {
  const f = fields(value, path);
  return {
    id: f("id", id),
    name: f("name", text),
    sample: f("sample", flag),
    status: f("status", oneOf(TEST_STATUSES)),
  };
}

function readReview(value: unknown, path: string): ReviewState {
  const f = fields(value, path);
  const review: ReviewState = { dueAt: f("dueAt", time), step: f("step", reviewStep) };
  return { ...review, ...readReviewSchedule(value as Json, path) };
}

/** The review schedule's SM-2 fields (interval, ease, reasons, rating, base); absent in older exports. */
function readReviewSchedule(value: Json, path: string): Partial<ReviewState> {
  const f = fields(value, path);
  const optional = <T>(key: string, check: Check<T>): T | undefined =>
    value[key] === undefined ? undefined : f(key, check);
  const out = {
    intervalDays: optional("intervalDays", amount),
    ease: optional("ease", amount),
    reasons: optional("reasons", listOf(oneOf(["failed", "slow", "hints", "revealed"] as const))),
    rating: optional("rating", oneOf(REVIEW_RATINGS)),
    attemptAt: optional("attemptAt", time),
    base: optional("base", (v, p) => {
      const b = fields(v, p);
      return {
        intervalDays: b("intervalDays", amount),
        ease: b("ease", amount),
        step: b("step", reviewStep),
        solvedBefore: b("solvedBefore", flag),
      };
    }),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as Partial<ReviewState>;
}

function readDraft(value: unknown, path: string, key: string): Draft {
  const f = fields(value, path);
  const challengeId = f("challengeId", id);
  matches(challengeId, key, `${path}.challengeId`, "the key it is saved under");
  return {
    challengeId,
    code: f("code", text),
    customInputs: f("customInputs", listOf(text)),
    updatedAt: f("updatedAt", time),
    rev: f("rev", whole),
  };
}

function readTimer(value: unknown, path: string, key: string): DrillTimer {
  const f = fields(value, path);
  const challengeId = f("challengeId", id);
  matches(challengeId, key, `${path}.challengeId`, "the key it is saved under");
  const timer: DrillTimer = {
    challengeId,
    elapsedMs: f("elapsedMs", amount),
    runningSince: f("runningSince", nullable(time)),
  };
  if ((value as Json).heartbeatAt !== undefined) timer.heartbeatAt = f("heartbeatAt", time);
  return timer;
}

function readSession(value: unknown, path: string): SessionRecord {
  const f = fields(value, path);
  return {
    id: f("id", id),
    kind: f("kind", oneOf(SESSION_KINDS)),
    challengeIds: f("challengeIds", listOf(id)),
    startedAt: f("startedAt", time),
    durationMs: f("durationMs", amount),
    current: f("current", whole),
    endedAt: f("endedAt", nullable(time)),
    results: f("results", listOf(readSessionResult)),
    ...(isObject(value) && value.cardIds !== undefined
      ? {
          cardIds: f("cardIds", listOf(id)),
          cardResults: f("cardResults", listOf(readSessionCardResult)),
        }
      : {}),
  };
}

function readSessionResult(value: unknown, path: string): SessionDrillResult {
  const f = fields(value, path);
  const result: SessionDrillResult = {
    challengeId: f("challengeId", id),
    passed: f("passed", whole),
    total: f("total", whole),
    solved: f("solved", flag),
    elapsedMs: f("elapsedMs", amount),
    targetMs: f("targetMs", amount),
    hintsUsed: f("hintsUsed", whole),
  };
  checkScore(result, path);
  return result;
}
