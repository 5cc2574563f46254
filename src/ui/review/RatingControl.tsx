import { useCallback } from "react";
import type { ReviewRating } from "../../domain/progress";
import { canRate, rateReview } from "../../domain/review-schedule";
import { plural } from "../common/plural";
import { useApp } from "../store-context";
import { RatingOptions } from "./RatingOptions";
import { dueText, reasonsText } from "./review-words";

/** After a solve: how did it feel? Again / Hard / Good / Easy (keys 1-4) sets when it comes back. */
export function RatingControl({ challengeId, revisit = false }: { challengeId: string; revisit?: boolean }) {
  const progress = useApp((s) => s.progress[challengeId]);
  const rate = useApp((s) => s.rateSolve);
  const onRate = useCallback((r: ReviewRating) => rate(challengeId, r), [rate, challengeId]);
  const review = progress?.review;
  if (!canRate(progress) || !review) return null;
  const now = review.attemptAt ?? Date.now();
  return (
    <section className={`rating${revisit ? " rating-revisit card" : ""}`} aria-labelledby="rating-heading">
      <div className="rating-head">
        <h2 id="rating-heading">How did that feel?</h2>
        <p role="status" className="rating-status">
          {revisit && "Your last submission solved this drill. "}
          Next review {dueText(review.dueAt, now)} · {reasonsText(review.reasons ?? [])}
        </p>
      </div>
      <RatingOptions
        legend="Rate this solve (keys 1-4)"
        chosen={review.rating ?? null}
        interval={(r) => plural(Math.round((rateReview(review, r).dueAt - now) / 86_400_000), "day")}
        onRate={onRate}
      />
    </section>
  );
}
