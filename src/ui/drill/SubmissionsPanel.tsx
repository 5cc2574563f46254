import type { Challenge } from "../../domain/challenge";
import { formatDuration } from "../common/use-now";
import { useApp } from "../store-context";

/** Every submission of this drill, newest first, with its code one click away. */
export function SubmissionsPanel({ challenge }: { challenge: Challenge }) {
  const progress = useApp((s) => s.progress[challenge.id]);
  const setCode = useApp((s) => s.setCode);
  const attempts = [...(progress?.attempts ?? [])].reverse();
  if (attempts.length === 0) return null;
  return (
    <details className="submissions">
      <summary>
        Your submissions ({attempts.length})
        {progress?.bestTimeMs != null && ` · best time ${formatDuration(progress.bestTimeMs)}`}
      </summary>
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Result</th>
            <th scope="col">Time</th>
            <th scope="col">Hints</th>
            <th scope="col">Code</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((a) => (
            <tr key={a.id}>
              <td>{new Date(a.at).toLocaleString()}</td>
              <td>
                {a.solved ? "✓ solved" : "✗"} {a.passed}/{a.total}
                {a.mode !== "practice" ? ` (${a.mode})` : ""}
                {a.revealed ? " · solution revealed" : ""}
              </td>
              <td>{formatDuration(a.elapsedMs)}</td>
              <td>{a.hintsUsed}</td>
              <td>
                <button type="button" onClick={() => setCode(challenge.id, a.code)}>
                  Load this code
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
