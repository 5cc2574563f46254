import type { CardProgress } from "../../domain/cards";
import { formatDuration } from "../common/use-now";
import { dateText, RATING_TEXT } from "../review/review-words";

/** Earlier answers to this card, newest first: what was typed, key points covered, the rating. */
export function CardHistory({ progress }: { progress: CardProgress | undefined }) {
  const answers = [...(progress?.answers ?? [])].reverse();
  if (answers.length === 0) return null;
  return (
    <section className="card card-history" aria-labelledby="history-heading">
      <h2 id="history-heading">
        Your answers <span className="count">{answers.length}</span>
      </h2>
      <ol className="answer-history">
        {answers.map((a) => (
          <li key={a.id}>
            <div className="answer-meta">
              <strong>{dateText(a.at)}</strong>
              <span className="muted">
                {" "}
                · {formatDuration(a.elapsedMs)} · {a.pointsTicked.length} of {a.pointsTotal} key points · rated{" "}
                {RATING_TEXT[a.rating].toLowerCase()}
              </span>
            </div>
            {a.aloud && <p className="muted">Answered aloud.</p>}
            {a.text && <p className="answer-text">{a.text}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
