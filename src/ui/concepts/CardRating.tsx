import { useEffect } from "react";
import { REVIEW_RATINGS, type ReviewRating, type ReviewState } from "../../domain/progress";
import { scheduleCardAnswer } from "../../domain/review-schedule";
import { plural } from "../common/plural";
import { dueText, RATING_TEXT } from "../review/review-words";

/** Again / Hard / Good / Easy, each with the interval it gives; after rating, when the card comes back. */
export function CardRating(props: {
  /** The schedule before this answer (null for a first answer). */
  before: ReviewState | null;
  /** The schedule the rating set, once rated. */
  after: ReviewState | null;
  chosen: ReviewRating | null;
  now: number;
  onRate(rating: ReviewRating): void;
}) {
  const { before, after, chosen, now, onRate } = props;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if ((e.target as HTMLElement | null)?.closest?.("input, textarea, select")) return;
      const rating = REVIEW_RATINGS[Number(e.key) - 1];
      if (!rating) return;
      e.preventDefault();
      onRate(rating);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onRate]);
  return (
    <section className="card rating card-rating" aria-labelledby="card-rating-heading">
      <div className="rating-head">
        <h2 id="card-rating-heading">How well did you answer?</h2>
        {after && chosen && (
          <p role="status" className="rating-status">
            Scheduled: comes back {dueText(after.dueAt, now)} (rated {RATING_TEXT[chosen].toLowerCase()}).
          </p>
        )}
      </div>
      <fieldset className="rating-options">
        <legend className="visually-hidden">Rate your answer (keys 1-4)</legend>
        {REVIEW_RATINGS.map((r, i) => (
          <button
            key={r}
            type="button"
            className={`rating-option rating-${r}`}
            aria-pressed={chosen === r}
            aria-keyshortcuts={String(i + 1)}
            onClick={() => onRate(r)}
          >
            <span className="rating-word">
              {RATING_TEXT[r]} <kbd>{i + 1}</kbd>
            </span>{" "}
            <span className="rating-next">{plural(scheduleCardAnswer(before, r, now).intervalDays ?? 1, "day")}</span>
          </button>
        ))}
      </fieldset>
    </section>
  );
}
