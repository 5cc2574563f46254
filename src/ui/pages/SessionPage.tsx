import { summaryRows } from "../../domain/session-rules";
import { formatDuration } from "../common/use-now";
import { SessionNextSteps } from "../drill/SessionNextSteps";
import { href } from "../router";
import { useApp } from "../store-context";

/** The end-of-session summary: each drill's result, time against target and hints used. */
export function SessionPage({ id }: { id: string }) {
  const session = useApp((s) => s.sessions.find((x) => x.id === id));
  const challenges = useApp((s) => s.challenges);
  if (!session) return <h1>No such session</h1>;
  const rows = summaryRows(session);
  const solved = rows.filter((r) => r.solved).length;
  return (
    <div className="session-summary">
      <h1>{session.kind === "exam" ? "Exam" : "Mock interview"} summary</h1>
      <p role="status">
        {solved} of {rows.length} solved ·{" "}
        {session.endedAt === null
          ? "in progress"
          : `finished in ${formatDuration(session.endedAt - session.startedAt)}`}{" "}
        of {formatDuration(session.durationMs)}
      </p>
      <table>
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
                <td>
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
      <SessionNextSteps session={session} />
    </div>
  );
}
