import type { Challenge } from "../../domain/challenge";
import { elapsedOf } from "../../store/timer-slice";
import { formatDuration, useNow } from "../common/use-now";
import { useApp } from "../store-context";

/** Practice timer against the drill's target; pausable, it survives reloads and stops on a solve. */
export function DrillTimer({ challenge }: { challenge: Challenge }) {
  const timer = useApp((s) => s.timers[challenge.id]);
  const solved = useApp((s) => s.progress[challenge.id]?.status === "solved");
  const start = useApp((s) => s.startTimer);
  const pause = useApp((s) => s.pauseTimer);
  const loaded = useApp((s) => s.loaded);
  const running = timer?.runningSince != null;
  const now = useNow(1000, running);
  const elapsed = elapsedOf(timer, now);
  const target = challenge.minutes * 60_000;
  const over = elapsed > target;
  if (!running && solved && loaded) {
    return (
      <div className="timer timer-done" role="timer" aria-label="Practice timer">
        <span aria-hidden="true">✓</span> Solved in {formatDuration(elapsed)}
      </div>
    );
  }
  return (
    <div className={`timer ${over ? "timer-over" : ""}`} role="timer" aria-label="Practice timer">
      <span className="timer-value">
        {/* until saved timers are read, a 0:00 here would be wrong */}
        {loaded ? formatDuration(elapsed) : "…"}
        <span className="muted"> / {challenge.minutes}:00</span>
        {over && <span className="visually-hidden"> (over target)</span>}
      </span>
      {running ? (
        <button
          type="button"
          className="btn-ghost btn-sm"
          aria-label="Pause timer"
          title="Pause timer"
          onClick={() => pause(challenge.id)}
        >
          ❚❚
        </button>
      ) : (
        <button type="button" className="btn-sm" onClick={() => start(challenge.id)}>
          Resume timer
        </button>
      )}
    </div>
  );
}
