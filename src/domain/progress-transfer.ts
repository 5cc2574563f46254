/** The progress export file: writing it, reading it back without trusting it, merging it into this device's data. */
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
import { PROGRESS_SCHEMA_VERSION, REVIEW_INTERVALS_DAYS, REVIEW_RATINGS } from "./progress";
import { mergeDrillProgress } from "./progress-rules";
import { TEST_STATUSES } from "./results";

export const EXPORT_FORMAT = "ai-interview-drills/progress";

export type ImportResult = { ok: true; snapshot: ProgressSnapshot } | { ok: false; reason: string };

export interface MergeSummary {
  drillsAdded: number;
  drillsUpdated: number;
  attemptsAdded: number;
  /** Drafts from the file that replaced an older (or missing) draft here. */
  draftsTaken: number;
  /** Drafts from the file that were not newer than this device's, so this device's stayed. */
  draftsKept: number;
  /** Drafts from the file that are newer than, and differ from, this device's: both kept, the user chooses. */
  draftsInConflict: number;
  sessionsAdded: number;
  /** Drills in the file that this version of the app does not have: kept, but not counted. */
  unknownDrills: string[];
}

/** A draft in the file that would have replaced this device's: this device's stays until the user chooses. */
export interface ImportedDraftConflict {
  challengeId: string;
  mine: Draft;
  theirs: Draft;
}

export interface MergeOptions {
  /** The time now: a draft dated later than this is clamped to it, so it cannot win every later merge. */
  now?: number;
  /** The ids of the drills this app has, to name the others in the summary. */
  knownIds?: ReadonlySet<string>;
}

/** The export file's text: a format marker, the schema version and every saved record. */
export function serializeExport(snapshot: ProgressSnapshot, now: number): string {
  const { progress, drafts, timers, sessions } = snapshot;
  const file = {
    format: EXPORT_FORMAT,
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    exportedAt: new Date(now).toISOString(),
    progress,
    drafts,
    timers,
    sessions,
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
const MIGRATIONS: Readonly<Record<number, (raw: Json) => Json>> = {};

function migrate(raw: Json, fromVersion: number): Json {
  let data = raw;
  for (let version = fromVersion; version < PROGRESS_SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) fail("schemaVersion", `no upgrade from version ${version} is known`);
    data = step(data);
  }
  return data;
}

/**
 * Adds the file's records to this device's without losing either side: attempts are united, a
 * draft is taken only where this device has none, sessions are united. A draft that differs
 * from this device's and is newer (or dated in the future) never replaces it: this device's
 * stays and the pair comes back in `conflicts`, for the user to choose, as with two tabs.
 * Merging the same file twice adds nothing.
 */
export function mergeSnapshots(
  local: ProgressSnapshot,
  incoming: ProgressSnapshot,
  options: MergeOptions = {},
): { snapshot: ProgressSnapshot; summary: MergeSummary; conflicts: ImportedDraftConflict[] } {
  const summary: MergeSummary = {
    drillsAdded: 0,
    drillsUpdated: 0,
    attemptsAdded: 0,
    draftsTaken: 0,
    draftsKept: 0,
    draftsInConflict: 0,
    sessionsAdded: 0,
    unknownDrills: [],
  };
  const conflicts: ImportedDraftConflict[] = [];
  const { now, knownIds } = options;
  if (knownIds) {
    const ids = new Set([...Object.keys(incoming.progress), ...Object.keys(incoming.drafts)]);
    summary.unknownDrills = [...ids].filter((id) => !knownIds.has(id)).sort();
  }

  const progress = { ...local.progress };
  for (const [id, theirs] of Object.entries(incoming.progress)) {
    const mine = progress[id];
    const merged = mine ? mergeDrillProgress(mine, theirs) : theirs;
    if (mine && sameProgress(mine, merged)) continue;
    progress[id] = merged;
    summary.attemptsAdded += merged.attempts.length - (mine?.attempts.length ?? 0);
    if (mine) summary.drillsUpdated++;
    else summary.drillsAdded++;
  }

  const drafts = { ...local.drafts };
  for (const [id, dated] of Object.entries(incoming.drafts)) {
    const mine = drafts[id];
    if (mine && sameDraft(mine, dated)) continue;
    if (mine && dated.updatedAt <= mine.updatedAt) {
      summary.draftsKept++;
      continue;
    }
    const theirs = now !== undefined && dated.updatedAt > now ? { ...dated, updatedAt: now } : dated;
    if (mine && sameCode(mine, theirs)) {
      summary.draftsKept++;
      continue;
    }
    if (mine) {
      conflicts.push({ challengeId: id, mine, theirs });
      summary.draftsInConflict++;
      continue;
    }
    drafts[id] = { ...theirs, rev: theirs.rev + 1 };
    summary.draftsTaken++;
  }

  const timers = { ...local.timers };
  for (const [id, theirs] of Object.entries(incoming.timers)) {
    const mine = timers[id];
    timers[id] = mine
      ? { ...mine, elapsedMs: Math.max(mine.elapsedMs, theirs.elapsedMs) }
      : { ...theirs, runningSince: null };
  }

  const sessions = new Map(local.sessions.map((s) => [s.id, s]));
  for (const theirs of incoming.sessions) {
    const mine = sessions.get(theirs.id);
    if (!mine) summary.sessionsAdded++;
    if (!mine || isFurtherAlong(theirs, mine)) sessions.set(theirs.id, theirs);
  }

  const snapshot: ProgressSnapshot = {
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    progress,
    drafts,
    timers,
    sessions: [...sessions.values()].sort((a, b) => a.startedAt - b.startedAt),
  };
  return { snapshot, summary, conflicts };
}

function sameProgress(a: DrillProgress, b: DrillProgress): boolean {
  return (
    a.attempts.length === b.attempts.length &&
    a.status === b.status &&
    a.bestTimeMs === b.bestTimeMs &&
    a.hintsUsed === b.hintsUsed &&
    a.revealed === b.revealed &&
    a.updatedAt === b.updatedAt &&
    a.review?.step === b.review?.step &&
    a.review?.dueAt === b.review?.dueAt &&
    a.review?.rating === b.review?.rating
  );
}

function sameDraft(a: Draft, b: Draft): boolean {
  return sameCode(a, b) && a.updatedAt === b.updatedAt;
}

function sameCode(a: Draft, b: Draft): boolean {
  return a.code === b.code && a.customInputs.join("\n") === b.customInputs.join("\n");
}

/** Ended beats running; otherwise more recorded results wins. */
function isFurtherAlong(a: SessionRecord, b: SessionRecord): boolean {
  const aEnded = a.endedAt !== null;
  const bEnded = b.endedAt !== null;
  return aEnded !== bEnded ? aEnded : a.results.length > b.results.length;
}

function refuse(reason: string): ImportResult {
  return { ok: false, reason };
}

// ---- Reading untrusted JSON into the typed snapshot; the first bad field throws InvalidField with its path.

type Json = Record<string, unknown>;
type Check<T> = (value: unknown, path: string) => T;

class InvalidField extends Error {}

function fail(path: string, rule: string): never {
  throw new InvalidField(`${path}: ${rule}`);
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads the fields of the object at `path`, each with its own check. */
function fields(value: unknown, path: string): <T>(key: string, check: Check<T>) => T {
  if (!isObject(value)) fail(path, "must be an object");
  return (key, check) => check(value[key], path ? `${path}.${key}` : key);
}

function check<T>(test: (value: unknown) => boolean, rule: string): Check<T> {
  return (value, path) => (test(value) ? (value as T) : fail(path, rule));
}

const text = check<string>((v) => typeof v === "string", "must be a string");
const id = check<string>((v) => typeof v === "string" && v !== "", "must be a non-empty string");
const flag = check<boolean>((v) => typeof v === "boolean", "must be true or false");
/** Counts and revisions; past this a number is not something the app wrote. */
const MAX_COUNT = 1_000_000_000;
/** Epoch-ms times up to the year 2200, and durations up to a year. */
const MAX_TIME = Date.UTC(2200, 0, 1);
const MAX_DURATION = 366 * 24 * 60 * 60 * 1000;
const whole = check<number>(
  (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_COUNT,
  `must be a whole number from 0 to ${MAX_COUNT}`,
);
const time = check<number>(
  (v) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= MAX_TIME,
  "must be a time in milliseconds since 1970, before the year 2200",
);
const amount = check<number>(
  (v) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= MAX_DURATION,
  "must be a duration in milliseconds from 0 to one year",
);
const reviewStep = check<number>(
  (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < REVIEW_INTERVALS_DAYS.length,
  `must be a whole number from 0 to ${REVIEW_INTERVALS_DAYS.length - 1}`,
);

function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return check<T>((v) => values.includes(v as T), `must be one of ${values.map((v) => `"${v}"`).join(", ")}`);
}

function nullable<T>(inner: Check<T>): Check<T | null> {
  return (value, path) => (value === null ? null : inner(value, path));
}

function listOf<T>(item: Check<T>): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, "must be a list");
    return value.map((v, i) => item(v, `${path}[${i}]`));
  };
}

function recordOf<T>(item: (value: unknown, path: string, key: string) => T): Check<Record<string, T>> {
  return (value, path) => {
    if (!isObject(value)) fail(path, "must be an object");
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        // would set the prototype, not a key, when the record is later updated with `record[id] = ...`
        if (k === "__proto__") fail(`${path}["__proto__"]`, "is not a drill id");
        return [k, item(v, `${path}[${JSON.stringify(k)}]`, k)];
      }),
    );
  };
}

function uniqueIds<T extends { id: string }>(items: T[], path: string): T[] {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) fail(`${path}[${i}].id`, `repeats the id of ${path}[${first}]`);
    seen.set(item.id, i);
  });
  return items;
}

function matches(actual: string, expected: string, path: string, what: string): void {
  if (actual !== expected) fail(path, `must be ${JSON.stringify(expected)}, ${what}`);
}

function checkScore(score: { passed: number; total: number }, path: string): void {
  if (score.passed > score.total) fail(`${path}.passed`, "must not be more than total");
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
