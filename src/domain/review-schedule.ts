/**
 * The review queue's scheduler, SM-2 style (as in Anki): every attempt schedules the drill's next
 * review; a failure brings it back tomorrow, a first clean solve after weeks, and later solves
 * multiply the interval by the drill's ease. A rating after a solve (again / hard / good / easy)
 * re-schedules from the state before that solve. Pure: `now` is a parameter.
 */
import type { CardProgress } from "./cards";
import type { Attempt, DrillProgress, ReviewBase, ReviewRating, ReviewReason, ReviewState } from "./progress";
import { REVIEW_INTERVALS_DAYS } from "./progress";

export const DAY_MS = 24 * 60 * 60 * 1000;
export const START_EASE = 2.5;
export const MIN_EASE = 1.3;
export const MAX_INTERVAL_DAYS = 365;
/** A drill solved for the first time (or first since it was failed): days until it comes back, by rating. */
export const FIRST_SOLVE_DAYS: Record<ReviewRating, number> = { again: 1, hard: 3, good: 14, easy: 30 };
/** A drill solved again after it had been failed (a lapse): shorter steps back in. */
export const RELEARN_DAYS: Record<ReviewRating, number> = { again: 1, hard: 2, good: 4, easy: 7 };
const EASE_CHANGE: Record<ReviewRating, number> = { again: -0.2, hard: -0.15, good: 0, easy: 0.15 };
const EASY_BONUS = 1.3;
const HARD_FACTOR = 1.2;
const LAST_STEP = REVIEW_INTERVALS_DAYS.length - 1;

/** What made the attempt weak: failed, past the target time, hints opened, solution revealed. */
export function reviewReasons(attempt: Attempt): ReviewReason[] {
  if (!attempt.solved) return ["failed"];
  const reasons: ReviewReason[] = [];
  if (attempt.elapsedMs > attempt.targetMs) reasons.push("slow");
  if (attempt.hintsUsed > 0) reasons.push("hints");
  if (attempt.revealed) reasons.push("revealed");
  return reasons;
}

/** The rating a solve implies until the candidate picks one: "hard" with help or slow, "good" when clean. */
export function impliedRating(attempt: Attempt): ReviewRating {
  return reviewReasons(attempt).length > 0 ? "hard" : "good";
}

/**
 * The schedule after one Submit. `solvedBefore`: the drill had been solved before this attempt.
 * A clean or weak solve of a drill that is not due yet (practice between reviews) keeps the schedule.
 */
export function scheduleAfterAttempt(
  review: ReviewState | null,
  attempt: Attempt,
  solvedBefore: boolean,
  now: number,
): ReviewState {
  const ease = review?.ease ?? START_EASE;
  if (!attempt.solved) {
    const lapse = solvedBefore && !isPendingFailure(review);
    return {
      dueAt: now + DAY_MS,
      step: 0,
      intervalDays: 1,
      ease: lapse ? Math.max(MIN_EASE, ease - 0.2) : ease,
      reasons: ["failed"],
      attemptAt: attempt.at,
    };
  }
  if (review && solvedBefore && now < review.dueAt && !isPendingFailure(review)) return review;
  const base: ReviewBase = {
    intervalDays: review && !isPendingFailure(review) ? intervalOf(review) : 0,
    ease,
    step: isPendingFailure(review) ? 0 : (review?.step ?? 0),
    solvedBefore,
  };
  return scheduleFrom(base, impliedRating(attempt), reviewReasons(attempt), attempt.at);
}

/** The candidate rated the solve that set this schedule: re-schedule from the state before it. */
export function rateReview(review: ReviewState, rating: ReviewRating): ReviewState {
  if (!review.base || review.attemptAt === undefined) return review;
  return scheduleFrom(review.base, rating, review.reasons ?? [], review.attemptAt);
}

/**
 * A concept card answered and self-rated: cards join the drills' schedule, the rating playing the
 * part of the solve. A rating of "again" (or a first answer) starts from the first-answer steps;
 * the base is kept, so changing the rating afterwards (rateReview) is not cumulative.
 */
export function scheduleCardAnswer(review: ReviewState | null, rating: ReviewRating, at: number): ReviewState {
  const lapsed = !review || review.rating === "again";
  const base: ReviewBase = {
    intervalDays: lapsed ? 0 : intervalOf(review),
    ease: review?.ease ?? START_EASE,
    step: lapsed ? 0 : review.step,
    solvedBefore: review !== null,
  };
  return scheduleFrom(base, rating, [], at);
}

/** Whether the latest attempt set this schedule through a solve, so a rating can still change it. */
export function canRate(progress: DrillProgress | undefined): boolean {
  const review = progress?.review;
  const last = progress?.attempts.at(-1);
  return Boolean(review?.base && last?.solved && review.attemptAt === last.at);
}

/** The interval a rating gives, in whole days. */
export function intervalFor(base: ReviewBase, rating: ReviewRating): number {
  if (base.intervalDays <= 0) return (base.solvedBefore ? RELEARN_DAYS : FIRST_SOLVE_DAYS)[rating];
  const i = base.intervalDays;
  const grown =
    rating === "again"
      ? 1
      : rating === "hard"
        ? i * HARD_FACTOR
        : rating === "good"
          ? i * base.ease
          : i * base.ease * EASY_BONUS;
  const days = rating === "again" ? 1 : Math.max(i + 1, Math.round(grown));
  return Math.min(MAX_INTERVAL_DAYS, days);
}

function scheduleFrom(base: ReviewBase, rating: ReviewRating, reasons: ReviewReason[], at: number): ReviewState {
  const intervalDays = intervalFor(base, rating);
  return {
    dueAt: at + intervalDays * DAY_MS,
    step: rating === "again" ? 0 : Math.min(base.step + 1, LAST_STEP),
    intervalDays,
    ease: Math.max(MIN_EASE, base.ease + EASE_CHANGE[rating]),
    reasons,
    rating,
    attemptAt: at,
    base,
  };
}

/** Days between the attempt that set the schedule and its due date (older data knows only the step). */
export function intervalOf(review: ReviewState): number {
  return review.intervalDays ?? REVIEW_INTERVALS_DAYS[Math.min(review.step, LAST_STEP)] ?? 1;
}

function isPendingFailure(review: ReviewState | null): boolean {
  return review?.reasons?.includes("failed") ?? false;
}

export interface ReviewItem {
  /** A drill's schedule or a concept card's (then `challengeId` is the card's id). */
  kind: "drill" | "card";
  challengeId: string;
  dueAt: number;
  intervalDays: number;
  reasons: ReviewReason[];
  rating: ReviewRating | null;
}

/** The queue: due by the end of today (most overdue first), and what comes next (soonest first). */
export function reviewQueue(
  all: Record<string, DrillProgress>,
  endOfToday: number,
  known: (challengeId: string) => boolean = () => true,
): { due: ReviewItem[]; upcoming: ReviewItem[] } {
  const items: ReviewItem[] = [];
  for (const p of Object.values(all)) {
    if (!p.review || !known(p.challengeId)) continue;
    items.push({
      kind: "drill",
      challengeId: p.challengeId,
      dueAt: p.review.dueAt,
      intervalDays: intervalOf(p.review),
      reasons: p.review.reasons ?? [],
      rating: p.review.rating ?? null,
    });
  }
  items.sort((a, b) => a.dueAt - b.dueAt || (a.challengeId < b.challengeId ? -1 : 1));
  return { due: items.filter((i) => i.dueAt <= endOfToday), upcoming: items.filter((i) => i.dueAt > endOfToday) };
}

/** Drills and concept cards in one queue, ordered by due date. */
export function mixedReviewQueue(
  drills: Record<string, DrillProgress>,
  cards: Record<string, CardProgress>,
  endOfToday: number,
  known: (challengeId: string) => boolean = () => true,
): { due: ReviewItem[]; upcoming: ReviewItem[] } {
  const drillQueue = reviewQueue(drills, endOfToday, known);
  const cardItems: ReviewItem[] = [];
  for (const c of Object.values(cards)) {
    if (!c.review) continue;
    cardItems.push({
      kind: "card",
      challengeId: c.cardId,
      dueAt: c.review.dueAt,
      intervalDays: intervalOf(c.review),
      reasons: [],
      rating: c.review.rating ?? null,
    });
  }
  const order = (a: ReviewItem, b: ReviewItem) => a.dueAt - b.dueAt || (a.challengeId < b.challengeId ? -1 : 1);
  return {
    due: [...drillQueue.due, ...cardItems.filter((i) => i.dueAt <= endOfToday)].sort(order),
    upcoming: [...drillQueue.upcoming, ...cardItems.filter((i) => i.dueAt > endOfToday)].sort(order),
  };
}

/** Epoch ms of the next local midnight after `now`. */
export function endOfLocalDay(now: number): number {
  const d = new Date(now);
  d.setHours(24, 0, 0, 0);
  return d.getTime();
}

/** Whole local days from today to the day of `at`: 0 today, 1 tomorrow, -1 yesterday. */
export function daysFromToday(at: number, now: number): number {
  const start = (t: number) => {
    const d = new Date(t);
    d.setHours(0, 0, 0, 0);
    return d.getTime();
  };
  return Math.round((start(at) - start(now)) / DAY_MS);
}
