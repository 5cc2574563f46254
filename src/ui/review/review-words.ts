/** The review queue in words: why a drill is there and when it comes back. */
import type { ReviewRating, ReviewReason } from "../../domain/progress";
import { daysFromToday } from "../../domain/review-schedule";

export const REASON_TEXT: Record<ReviewReason, string> = {
  failed: "failed",
  slow: "slow (past the target time)",
  hints: "hints used",
  revealed: "solution revealed",
};

export const RATING_TEXT: Record<ReviewRating, string> = { again: "Again", hard: "Hard", good: "Good", easy: "Easy" };

/** "failed, hints used", or "solved cleanly" when nothing went wrong. */
export function reasonsText(reasons: readonly ReviewReason[]): string {
  return reasons.length === 0 ? "solved cleanly" : reasons.map((r) => REASON_TEXT[r]).join(", ");
}

/** "today", "tomorrow", "in 14 days (Mon 19 Jan)", "3 days overdue". */
export function dueText(dueAt: number, now: number): string {
  const days = daysFromToday(dueAt, now);
  if (days < 0) return `${-days} day${days === -1 ? "" : "s"} overdue`;
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  return `in ${days} days (${dateText(dueAt)})`;
}

export function dateText(at: number): string {
  return new Date(at).toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short" });
}
