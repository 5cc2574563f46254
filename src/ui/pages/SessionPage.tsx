import { summaryRows } from "../../domain/session-rules";
import { formatDuration } from "../common/use-now";
import { SessionNextSteps } from "../drill/SessionNextSteps";
import { useDocumentTitle } from "../page-focus";
import { href } from "../router";
import { SessionCardSummary } from "../session/SessionCardSummary";
import { useApp } from "../store-context";

/** The end-of-session summary: each drill's result, time against target and hints used. */
export function SessionPage({ id }: { id: string }) {
  const session = useApp((s) => s.sessions.find((x) => x.id === id));
  const challenges = useApp((s) => s.challenges);
  useDocumentTitle(session ? `${session.kind === "exam" ? "Exam" : "Mock interview"} summary` : "Session not found");
  if (!session) {
    return (
      <div className="page">
        <h1>No such session</h1>
      </div>
    );
  }
  const rows = summaryRows(session);
  const solved = rows.filter((r) => r.solved).length;
  return (
    <div className="page session-summary">
      <header className="page-header">
        <h1>{session.kind === "exam" ? "Exam" : "Mock interview"} summary</h1>
      </header>
      <p role="status" className="summary-line">
        {solved} of {rows.length} solved ·{" "}
        {session.endedAt === null
          ? "in progress"
          : `finished in ${formatDuration(session.endedAt - session.startedAt)}`}{" "}
        of {formatDuration(session.durationMs)}
      </p>
      <div className="card table-scroll drill-table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Drill</th>
              <th scope="col">Result</th>
              <th scope="col">Time / target</th>
              <th scope="col">Hints</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const c = challenges.find((x) => x.id === r.challengeId);
              return (
                <tr key={r.challengeId}>
                  <td>
                    <a href={href({ page: "drill", id: r.challengeId })}>{c?.title ?? r.challengeId}</a>
                  </td>
                  <td className={r.total === 0 ? "muted" : r.solved ? "verdict-pass" : "verdict-fail"}>
                    {r.total === 0
                      ? "not submitted"
                      : `${r.solved ? "✓ solved" : "✗ not solved"} (${r.passed}/${r.total} tests)`}
                  </td>
                  <td>
                    {r.total === 0 ? "–" : formatDuration(r.elapsedMs)} / {c?.minutes ?? 0}:00
                  </td>
                  <td>{r.hintsUsed}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <SessionCardSummary session={session} />
      <SessionNextSteps session={session} />
    </div>
  );
}
