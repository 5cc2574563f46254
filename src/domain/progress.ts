/** The candidate's progress, as plain data: attempts, drafts, timers, sessions. No I/O here. */
import type { CardProgress } from "./cards";
import type { TestStatus } from "./results";
import type { Story } from "./stories";

/**
 * 2: concept card answers and schedules (`cards`) and the story bank (`stories`) joined the file.
 * 3: the answers typed on concept cards and not yet recorded (`cardDrafts`) joined it.
 */
export const PROGRESS_SCHEMA_VERSION = 3;

/** The review intervals of the first schedule (kept so older exports, which name a step, still read). */
export const REVIEW_INTERVALS_DAYS = [1, 3, 7, 14, 30] as const;

export type PracticeMode = "practice" | "exam" | "mock";
export type DrillStatus = "new" | "attempted" | "solved";

export interface AttemptTest {
  id: string;
  name: string;
  sample: boolean;
  status: TestStatus;
}

/** One Submit (Run does not count as an attempt). */
export interface Attempt {
  /** Unique across devices: `${challengeId}:${at}:${random}`. */
  id: string;
  challengeId: string;
  /** Epoch milliseconds. */
  at: number;
  mode: PracticeMode;
  code: string;
  passed: number;
  total: number;
  /** True when every test passed. */
  solved: boolean;
  /** Time spent on the drill when this attempt was submitted. */
  elapsedMs: number;
  targetMs: number;
  hintsUsed: number;
  /** The reference solution had been revealed before this attempt. */
  revealed: boolean;
  tests: AttemptTest[];
}

/** Why a drill is in the review queue: what went wrong (or nothing, for a clean solve). */
export type ReviewReason = "failed" | "slow" | "hints" | "revealed";
/** The candidate's own rating of a solve, as in Anki. */
export type ReviewRating = "again" | "hard" | "good" | "easy";
export const REVIEW_RATINGS: readonly ReviewRating[] = ["again", "hard", "good", "easy"];

/** The schedule a solve started from: a rating re-schedules from it, so rating twice is not cumulative. */
export interface ReviewBase {
  /** The interval before this solve; 0 when the drill had not been solved since it was last failed. */
  intervalDays: number;
  ease: number;
  step: number;
  /** The drill had been solved before (a relearn after a lapse gets short intervals). */
  solvedBefore: boolean;
}

export interface ReviewState {
  /** Epoch ms when the drill is due again. */
  dueAt: number;
  /** Clean reviews in a row, capped at 4 (older exports knew only this and dueAt). */
  step: number;
  /** Days from the attempt that scheduled it to dueAt. Absent in older data. */
  intervalDays?: number;
  /** SM-2 ease factor (2.5 to start, at least 1.3). Absent in older data. */
  ease?: number;
  reasons?: ReviewReason[];
  /** The rating that set the interval: chosen by the candidate, or implied by the solve. */
  rating?: ReviewRating;
  /** The attempt (its `at`) that set this schedule. */
  attemptAt?: number;
  /** Present when a solve set this schedule: the candidate may still rate it. */
  base?: ReviewBase;
}

export interface DrillProgress {
  challengeId: string;
  status: DrillStatus;
  /** Fastest elapsed time of a solving attempt without revealing the solution. */
  bestTimeMs: number | null;
  attempts: Attempt[];
  /** Hints opened so far on this drill (the most recent count, 0..hints.length). */
  hintsUsed: number;
  revealed: boolean;
  review: ReviewState | null;
  updatedAt: number;
}

export interface Draft {
  challengeId: string;
  code: string;
  /** "Try your own input" expressions, e.g. "two_sum([3, 3], 6)". */
  customInputs: string[];
  updatedAt: number;
  /** Increases on every save; a save based on an older rev than stored is a conflict (two tabs). */
  rev: number;
}

/** An answer typed on a concept card's page and not yet recorded. */
export interface CardDraft {
  cardId: string;
  text: string;
  /** Epoch ms of the last edit; 0 for drafts kept before edits were dated. */
  updatedAt: number;
}

/** A drill's practice timer; survives reloads, crashes and other tabs. */
export interface DrillTimer {
  challengeId: string;
  /** Time accumulated while running, before runningSince. */
  elapsedMs: number;
  /** Epoch ms when the timer was last started; null while paused. */
  runningSince: number | null;
  /** While running: when a tab last confirmed it was still open, so a crash does not count the time after. */
  heartbeatAt?: number;
  /** Paused with the Pause button (not by leaving the page): another tab does not resume it. */
  pausedByUser?: boolean;
}

export interface SessionDrillResult {
  challengeId: string;
  passed: number;
  total: number;
  solved: boolean;
  elapsedMs: number;
  targetMs: number;
  hintsUsed: number;
}

/** A concept question or the behavioural prompt of a mock interview, as answered. */
export interface SessionCardResult {
  cardId: string;
  /** Time from showing the question to revealing the model answer (or the rehearsal's end). */
  elapsedMs: number;
  /** The candidate's self-rating of the answer; null when it was not rated. */
  rating: ReviewRating | null;
  pointsTicked: number;
  pointsTotal: number;
}

/** An exam (one drill, countdown) or a mock interview (several drills under one clock). */
export interface SessionRecord {
  id: string;
  kind: "exam" | "mock";
  challengeIds: string[];
  /** Epoch ms. */
  startedAt: number;
  durationMs: number;
  /**
   * The part being worked on: 0..challengeIds.length-1 a drill, then the cards of `cardIds` in
   * order (concept questions, then the behavioural prompt).
   */
  current: number;
  endedAt: number | null;
  results: SessionDrillResult[];
  /** Concept cards and a behavioural prompt after the drills (absent in older sessions). */
  cardIds?: string[];
  cardResults?: SessionCardResult[];
}

/** Everything saved on the device; also the export file's content. */
export interface ProgressSnapshot {
  schemaVersion: number;
  progress: Record<string, DrillProgress>;
  drafts: Record<string, Draft>;
  timers: Record<string, DrillTimer>;
  sessions: SessionRecord[];
  /** Concept cards answered, by card id (absent in data saved before cards existed). */
  cards?: Record<string, CardProgress>;
  /** The behavioural story bank, by story id (absent in data saved before it existed). */
  stories?: Record<string, Story>;
  /** Unrecorded concept-card answers, by card id (absent in data saved before they travelled in the file). */
  cardDrafts?: Record<string, CardDraft>;
}

export function emptySnapshot(): ProgressSnapshot {
  return {
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    progress: {},
    drafts: {},
    timers: {},
    sessions: [],
    cards: {},
    stories: {},
    cardDrafts: {},
  };
}
