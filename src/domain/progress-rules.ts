/** How attempts change a drill's progress and when a drill comes back for review. Pure: `now` is a parameter. */
import type { Attempt, DrillProgress, DrillStatus } from "./progress";
import { scheduleAfterAttempt } from "./review-schedule";

/** A drill nobody has submitted yet. */
export function freshProgress(challengeId: string, now: number): DrillProgress {
  return {
    challengeId,
    status: "new",
    bestTimeMs: null,
    attempts: [],
    hintsUsed: 0,
    revealed: false,
    review: null,
    updatedAt: now,
  };
}

/** The drill's progress after one more Submit. */
export function recordAttempt(current: DrillProgress | undefined, attempt: Attempt, now: number): DrillProgress {
  const base = current ?? freshProgress(attempt.challengeId, now);
  return {
    ...base,
    status: base.status === "solved" || attempt.solved ? "solved" : "attempted",
    bestTimeMs: minTime(base.bestTimeMs, bestSolveTime([attempt])),
    attempts: [...base.attempts, attempt],
    hintsUsed: Math.max(base.hintsUsed, attempt.hintsUsed),
    revealed: base.revealed || attempt.revealed,
    review: scheduleAfterAttempt(base.review, attempt, base.status === "solved", now),
    updatedAt: now,
  };
}

/** Solved, but past the target time, with hints or after seeing the solution. */
export function isWeakSolve(attempt: Attempt): boolean {
  return attempt.elapsedMs > attempt.targetMs || attempt.hintsUsed > 0 || attempt.revealed;
}

export function isDue(progress: DrillProgress, now: number): boolean {
  return progress.review !== null && now >= progress.review.dueAt;
}

/** Drills whose review date has come, the longest overdue first. */
export function dueForReview(all: Record<string, DrillProgress>, now: number): DrillProgress[] {
  return Object.values(all)
    .filter((p) => isDue(p, now))
    .sort((a, b) => (a.review?.dueAt ?? 0) - (b.review?.dueAt ?? 0) || compare(a.challengeId, b.challengeId));
}

/** Records how many hints are open on the drill now. */
export function withHintsUsed(
  progress: DrillProgress | undefined,
  challengeId: string,
  count: number,
  now: number,
): DrillProgress {
  return { ...(progress ?? freshProgress(challengeId, now)), hintsUsed: count, updatedAt: now };
}

/** Records that the reference solution was shown. */
export function withRevealed(progress: DrillProgress | undefined, challengeId: string, now: number): DrillProgress {
  return { ...(progress ?? freshProgress(challengeId, now)), revealed: true, updatedAt: now };
}

/** An id unique across devices: `${challengeId}:${now}:${8 random base-36 digits}`. */
export function newAttemptId(challengeId: string, now: number, random: () => number = Math.random): string {
  const digits = Math.floor(random() * 36 ** 8)
    .toString(36)
    .padStart(8, "0");
  return `${challengeId}:${now}:${digits}`;
}

/** Fastest solve that did not follow a revealed solution; null when there is none. */
export function bestSolveTime(attempts: readonly Attempt[]): number | null {
  let best: number | null = null;
  for (const a of attempts) if (a.solved && !a.revealed) best = minTime(best, a.elapsedMs);
  return best;
}

/** One drill's progress from two devices: nothing either side recorded is lost. */
export function mergeDrillProgress(local: DrillProgress, incoming: DrillProgress): DrillProgress {
  const attempts = unionById(local.attempts, incoming.attempts).sort((a, b) => a.at - b.at || compare(a.id, b.id));
  const newer = incoming.updatedAt > local.updatedAt ? incoming : local;
  return {
    challengeId: local.challengeId,
    status: strongerStatus(strongerStatus(local.status, incoming.status), attempts.length > 0 ? "attempted" : "new"),
    bestTimeMs: minTime(minTime(local.bestTimeMs, incoming.bestTimeMs), bestSolveTime(attempts)),
    attempts,
    hintsUsed: Math.max(local.hintsUsed, incoming.hintsUsed),
    revealed: local.revealed || incoming.revealed,
    review: newer.review,
    updatedAt: newer.updatedAt,
  };
}

function minTime(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.min(a, b);
}

const STATUS_RANK: Record<DrillStatus, number> = { new: 0, attempted: 1, solved: 2 };

function strongerStatus(a: DrillStatus, b: DrillStatus): DrillStatus {
  return STATUS_RANK[b] > STATUS_RANK[a] ? b : a;
}

function unionById<T extends { id: string }>(first: readonly T[], second: readonly T[]): T[] {
  const byId = new Map(first.map((item) => [item.id, item]));
  for (const item of second) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
