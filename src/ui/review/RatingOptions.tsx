import { useEffect } from "react";
import { REVIEW_RATINGS, type ReviewRating } from "../../domain/progress";
import { RATING_TEXT } from "./review-words";

/**
 * Again / Hard / Good / Easy, each with the interval it would give, and keys 1-4 for them while
 * `enabled` (not while the person types). Shared by a drill's solve rating and a concept card's.
 */
export function RatingOptions(props: {
  legend: string;
  chosen: ReviewRating | null;
  interval(rating: ReviewRating): string;
  onRate(rating: ReviewRating): void;
  enabled?: boolean;
}) {
  const { legend, chosen, interval, onRate, enabled = true } = props;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const rating = REVIEW_RATINGS[Number(e.key) - 1];
      if (!rating) return;
      e.preventDefault();
      onRate(rating);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled, onRate]);
  return (
    <fieldset className="rating-options">
      <legend className="visually-hidden">{legend}</legend>
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
          <span className="rating-next">{interval(r)}</span>
        </button>
      ))}
    </fieldset>
  );
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el?.closest) return false;
  return Boolean(el.closest("input, textarea, select, [contenteditable=true], .monaco-editor"));
}
