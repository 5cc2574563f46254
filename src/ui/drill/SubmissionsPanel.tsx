import type { Challenge } from "../../domain/challenge";
import { plural } from "../common/plural";
import { formatDuration } from "../common/use-now";
import { useApp } from "../store-context";

/** Every submission of this drill, newest first, with its code one click away. */
export function SubmissionsPanel({ challenge }: { challenge: Challenge }) {
  const progress = useApp((s) => s.progress[challenge.id]);
  const setCode = useApp((s) => s.setCode);
  const attempts = [...(progress?.attempts ?? [])].reverse();
  if (attempts.length === 0) {
    return (
      <div className="empty-state">
        <strong>No submissions yet</strong>
        <p>Each Submit is kept here with its code, time and result.</p>
      </div>
    );
  }
  return (
    <section className="submissions" aria-labelledby="submissions-heading">
      <h2 id="submissions-heading" className="pane-title">
        Your submissions{" "}
        <span className="muted">
          {plural(attempts.length, "submission")}
          {progress?.bestTimeMs != null && ` · best time ${formatDuration(progress.bestTimeMs)}`}
        </span>
      </h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Result</th>
            <th scope="col">When</th>
            <th scope="col" className="num">
              Time
            </th>
            <th scope="col">
              <span className="visually-hidden">Code</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((a) => (
            <tr key={a.id}>
              <td>
                <span className={a.solved ? "verdict verdict-pass" : "verdict verdict-fail"}>
                  {a.solved ? "✓ Accepted" : "✗ Not yet"}
                </span>
                <div className="muted small">
                  {a.passed}/{a.total} tests
                  {a.mode !== "practice" ? ` · ${a.mode}` : ""}
                  {a.hintsUsed > 0 ? ` · ${plural(a.hintsUsed, "hint")}` : ""}
                  {a.revealed ? " · solution revealed" : ""}
                </div>
              </td>
              <td className="small">
                {new Date(a.at).toLocaleString([], { dateStyle: "medium", timeStyle: "short" })}
              </td>
              <td className="num">{formatDuration(a.elapsedMs)}</td>
              <td>
                <button type="button" className="btn-sm" onClick={() => setCode(challenge.id, a.code)}>
                  Load code
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
