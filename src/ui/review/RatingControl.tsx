import { useEffect } from "react";
import { REVIEW_RATINGS } from "../../domain/progress";
import { canRate, rateReview } from "../../domain/review-schedule";
import { useApp } from "../store-context";
import { dueText, RATING_TEXT, reasonsText } from "./review-words";

/** After a solve: how did it feel? Again / Hard / Good / Easy (keys 1-4) sets when it comes back. */
export function RatingControl({ challengeId, revisit = false }: { challengeId: string; revisit?: boolean }) {
  const progress = useApp((s) => s.progress[challengeId]);
  const rate = useApp((s) => s.rateSolve);
  const ratable = canRate(progress);
  useEffect(() => {
    if (!ratable) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const rating = REVIEW_RATINGS[Number(e.key) - 1];
      if (!rating) return;
      e.preventDefault();
      rate(challengeId, rating);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [ratable, rate, challengeId]);
  const review = progress?.review;
  if (!ratable || !review) return null;
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
      <fieldset className="rating-options">
        <legend className="visually-hidden">Rate this solve (keys 1-4)</legend>
        {REVIEW_RATINGS.map((r, i) => (
          <button
            key={r}
            type="button"
            className={`rating-option rating-${r}`}
            aria-pressed={review.rating === r}
            aria-keyshortcuts={String(i + 1)}
            onClick={() => rate(challengeId, r)}
          >
            <span className="rating-word">
              {RATING_TEXT[r]} <kbd>{i + 1}</kbd>
            </span>{" "}
            <span className="rating-next">{nextText(rateReview(review, r).dueAt, now)}</span>
          </button>
        ))}
      </fieldset>
    </section>
  );
}

function nextText(dueAt: number, now: number): string {
  const days = Math.round((dueAt - now) / 86_400_000);
  return days === 1 ? "1 day" : `${days} days`;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el?.closest) return false;
  return Boolean(el.closest("input, textarea, select, [contenteditable=true], .monaco-editor"));
}
