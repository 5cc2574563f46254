import type { Challenge } from "../../domain/challenge";
import { canRate } from "../../domain/review-schedule";
import { plural } from "../common/plural";
import { nextDrill } from "../common/roadmap-order";
import { formatDuration } from "../common/use-now";
import { RatingControl } from "../review/RatingControl";
import { dueText } from "../review/review-words";
import { href } from "../router";
import { useApp } from "../store-context";

/** A solve, celebrated: time against target, hints used, and where to go next. The timer has stopped. */
export function SolvedCard(props: { challenge: Challenge; elapsedMs: number; onShowExplanation(): void }) {
  const { challenge, elapsedMs } = props;
  const next = useApp((s) => nextDrill(s.challenges, s.progress, challenge.id));
  const progress = useApp((s) => s.progress[challenge.id]);
  const attempt = progress?.attempts.at(-1);
  const review = progress?.review;
  const target = challenge.minutes * 60_000;
  const hints = attempt?.hintsUsed ?? 0;
  const within = elapsedMs <= target;
  return (
    <section className="solved-card" aria-labelledby="solved-heading">
      <div className="solved-icon" aria-hidden="true">
        ✓
      </div>
      <div className="solved-body">
        <h2 id="solved-heading">Solved!</h2>
        <dl className="kv">
          <div>
            <dt>Time</dt>
            <dd>
              {formatDuration(elapsedMs)} <span className="muted">/ {challenge.minutes}:00 target</span>
            </dd>
          </div>
          <div>
            <dt>Pace</dt>
            <dd className={within ? "good" : "over"}>
              {within ? "✓ Within target" : `Over by ${formatDuration(elapsedMs - target)}`}
            </dd>
          </div>
          <div>
            <dt>Hints used</dt>
            <dd>
              {hints === 0 ? "None" : `${plural(hints, "hint")} of ${challenge.hints.length}`}
              {attempt?.revealed ? " · solution revealed" : ""}
            </dd>
          </div>
        </dl>
        {canRate(progress) ? (
          <RatingControl challengeId={challenge.id} />
        ) : (
          review && (
            <p className="muted review-kept">
              Next review {dueText(review.dueAt, Date.now())}: practice before a review is due keeps its schedule.
            </p>
          )
        )}
        <div className="solved-actions">
          {next && (
            <a className="btn btn-primary" href={href({ page: "drill", id: next.id })}>
              Next drill: {next.title} →
            </a>
          )}
          <button type="button" onClick={props.onShowExplanation}>
            Read the explanation
          </button>
          <a className="btn btn-ghost" href={href({ page: "home" })}>
            Back to the roadmap
          </a>
        </div>
      </div>
    </section>
  );
}
