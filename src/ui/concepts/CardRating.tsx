import type { ReviewRating, ReviewState } from "../../domain/progress";
import { scheduleCardAnswer } from "../../domain/review-schedule";
import { plural } from "../common/plural";
import { RatingOptions } from "../review/RatingOptions";
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
      <RatingOptions
        legend="Rate your answer (keys 1-4)"
        chosen={chosen}
        interval={(r) => plural(scheduleCardAnswer(before, r, now).intervalDays ?? 1, "day")}
        onRate={onRate}
      />
    </section>
  );
}
