import { plural } from "../common/plural";
import { href } from "../router";
import { ReviewList } from "./ReviewList";
import { dueText } from "./review-words";
import { useReviewQueue } from "./use-review-queue";

/** The home page's review card, beside "continue": what is due today, and when the next one comes. */
export function ReviewCard() {
  const { now, due, upcoming } = useReviewQueue();
  const next = upcoming[0];
  return (
    <section aria-labelledby="review-card-heading" className="card review-card">
      <h2 id="review-card-heading" className="card-kicker">
        Review: {due.length} due today
      </h2>
      {due.length === 0 && upcoming.length === 0 && (
        <p className="muted">
          Nothing scheduled yet. Every drill you submit and every concept card you rate comes back here: a miss
          tomorrow, a clean solve in a couple of weeks.
        </p>
      )}
      {due.length > 0 && <ReviewList items={due.slice(0, 3)} now={now} label="Due today" compact />}
      {due.length === 0 && next && <p className="muted">Nothing due today.</p>}
      {next && (
        <p className="review-next">
          Next: {plural(upcoming.length, "item")} coming up, the first {dueText(next.dueAt, now)}.
        </p>
      )}
      {(due.length > 0 || next) && (
        <a className="card-link" href={href({ page: "review" })}>
          {due.length > 3 ? `See all ${due.length} due in the review queue →` : "Open the review queue →"}
        </a>
      )}
    </section>
  );
}
