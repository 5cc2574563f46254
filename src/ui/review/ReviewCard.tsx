import { href } from "../router";
import { ReviewList } from "./ReviewList";
import { dueText } from "./review-words";
import { useReviewQueue } from "./use-review-queue";

/** The home page's review card: what is due today, and when the next one comes. */
export function ReviewCard() {
  const { now, due, upcoming } = useReviewQueue();
  if (due.length === 0 && upcoming.length === 0) return null;
  const next = upcoming[0];
  return (
    <section aria-labelledby="review-card-heading" className="review-card due">
      <h2 id="review-card-heading">Review: {due.length} due today</h2>
      {due.length > 0 && <ReviewList items={due.slice(0, 5)} now={now} label="Due today" />}
      {next && (
        <p>
          Next: {upcoming.length} coming up, the first {dueText(next.dueAt, now)}.
        </p>
      )}
      <p>
        <a href={href({ page: "review" })}>Open the review queue</a>
      </p>
    </section>
  );
}
