import type { SessionRecord } from "../../domain/progress";
import { cardSummaryRows } from "../../domain/session-rules";
import { formatDuration } from "../common/use-now";
import { useCardIndex } from "../concepts/use-deck";
import { RATING_TEXT } from "../review/review-words";
import { href } from "../router";

/** The talking parts of a mock interview: each concept question's self-rating and key points, the behavioural prompt's time. */
export function SessionCardSummary({ session }: { session: SessionRecord }) {
  const rows = cardSummaryRows(session);
  const { cards } = useCardIndex(rows.length > 0);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="questions-heading">
      <h2 id="questions-heading" className="section-title">
        Questions
      </h2>
      <div className="card table-scroll drill-table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Kind</th>
              <th scope="col">Your rating</th>
              <th scope="col">Key points</th>
              <th scope="col">Time</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ cardId, result }) => {
              const card = cards?.find((c) => c.id === cardId);
              return (
                <tr key={cardId}>
                  <td>
                    <a href={href({ page: "concept", id: cardId })}>{card?.title ?? cardId}</a>
                  </td>
                  <td>{card?.kind === "behavioural" ? "Behavioural" : "Concept"}</td>
                  <td className={result ? undefined : "muted"}>
                    {result ? (result.rating ? RATING_TEXT[result.rating] : "answered") : "not answered"}
                  </td>
                  <td>{result ? `${result.pointsTicked} of ${result.pointsTotal}` : "–"}</td>
                  <td>{result ? formatDuration(result.elapsedMs) : "–"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
