import { FIRST_SOLVE_DAYS } from "../../domain/review-schedule";
import { ReviewList } from "../review/ReviewList";
import { useReviewQueue } from "../review/use-review-queue";
import { href } from "../router";

/** The review queue: drills due today and the ones coming next, with why each is there. */
export function ReviewPage() {
  const { now, due, upcoming } = useReviewQueue();
  return (
    <div className="review-page">
      <h1>Review queue</h1>
      <p>
        Every drill you submit comes back: a failure tomorrow, a solve with hints, over time or after revealing the
        solution in a few days, a clean solve in {FIRST_SOLVE_DAYS.good} days, then at growing intervals. Rate a solve
        (again, hard, good, easy: keys 1-4) to move its next review.
      </p>
      <section aria-labelledby="due-today-heading">
        <h2 id="due-today-heading">Due today ({due.length})</h2>
        {due.length === 0 ? <p>Nothing is due today.</p> : <ReviewList items={due} now={now} label="Due today" />}
      </section>
      <section aria-labelledby="coming-up-heading">
        <h2 id="coming-up-heading">Coming up ({upcoming.length})</h2>
        {upcoming.length === 0 ? (
          <p>
            Nothing scheduled yet: <a href={href({ page: "home" })}>solve a drill</a> and it will come back here.
          </p>
        ) : (
          <ReviewList items={upcoming} now={now} label="Coming up" />
        )}
      </section>
    </div>
  );
}
