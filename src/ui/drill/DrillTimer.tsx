import type { Challenge } from "../../domain/challenge";
import { elapsedOf } from "../../store/timer-slice";
import { formatDuration, useNow } from "../common/use-now";
import { useApp } from "../store-context";

/** Practice timer against the drill's target; pausable, and it survives reloads. */
export function DrillTimer({ challenge }: { challenge: Challenge }) {
  const timer = useApp((s) => s.timers[challenge.id]);
  const start = useApp((s) => s.startTimer);
  const pause = useApp((s) => s.pauseTimer);
  const loaded = useApp((s) => s.loaded);
  const running = timer?.runningSince != null;
  const now = useNow(1000, running);
  const elapsed = elapsedOf(timer, now);
  const target = challenge.minutes * 60_000;
  return (
    <div className="timer" role="timer" aria-label="Practice timer">
      <span className={elapsed > target ? "over" : ""}>
        {/* until saved timers are read, a 0:00 here would be wrong */}
        Time {loaded ? formatDuration(elapsed) : "…"} / {challenge.minutes}:00{elapsed > target ? " (over target)" : ""}
      </span>{" "}
      {running ? (
        <button type="button" onClick={() => pause(challenge.id)}>
          Pause timer
        </button>
      ) : (
        <button type="button" onClick={() => start(challenge.id)}>
          Resume timer
        </button>
      )}
    </div>
  );
}
