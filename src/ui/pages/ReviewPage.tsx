import { FIRST_SOLVE_DAYS } from "../../domain/review-schedule";
import { useDocumentTitle } from "../page-focus";
import { ReviewList } from "../review/ReviewList";
import { useReviewQueue } from "../review/use-review-queue";
import { href } from "../router";

/** The review queue: drills due today and the ones coming next, with why each is there. */
export function ReviewPage() {
  const { now, due, upcoming } = useReviewQueue();
  useDocumentTitle("Review queue");
  return (
    <div className="page review-page">
      <header className="page-header">
        <div>
          <h1>Review queue</h1>
          <p>
            Every drill you submit comes back: a failure tomorrow, a solve with hints, over time or after revealing the
            solution in a few days, a clean solve in {FIRST_SOLVE_DAYS.good} days, then at growing intervals. Rate a
            solve (again, hard, good, easy: keys 1-4) to move its next review. Concept cards join the same schedule: the
            rating you give your answer sets when the card comes back.
          </p>
        </div>
      </header>
      <section aria-labelledby="due-today-heading">
        <h2 id="due-today-heading" className="section-title">
          Due today <span className="count">{due.length}</span>
        </h2>
        {due.length === 0 ? (
          <div className="card empty-state">
            <strong>Nothing is due today</strong>
            <p>Drills and concept cards come back here on the day their review falls due.</p>
          </div>
        ) : (
          <div className="card review-card-list">
            <ReviewList items={due} now={now} label="Due today" />
          </div>
        )}
      </section>
      <section aria-labelledby="coming-up-heading">
        <h2 id="coming-up-heading" className="section-title">
          Coming up <span className="count">{upcoming.length}</span>
        </h2>
        {upcoming.length === 0 ? (
          <div className="card empty-state">
            <strong>Nothing scheduled yet</strong>
            <p>
              <a href={href({ page: "home" })}>Solve a drill</a> or{" "}
              <a href={href({ page: "concepts" })}>answer a concept card</a> and it will come back here.
            </p>
          </div>
        ) : (
          <div className="card review-card-list">
            <ReviewList items={upcoming} now={now} label="Coming up" />
          </div>
        )}
      </section>
    </div>
  );
}
