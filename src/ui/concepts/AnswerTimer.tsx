import { formatDuration } from "../common/use-now";

export interface AnswerClock {
  /** Time counted so far. */
  elapsedMs: number;
  limitMs: number;
  running: boolean;
}

/** The answer's countdown (2 minutes, as in an interview): visible, pausable, extendable; past zero it counts over. */
export function AnswerTimer(props: {
  clock: AnswerClock;
  onPause(): void;
  onResume(): void;
  onExtend(): void;
  /** In a mock interview the clock is the interview's: no pause. */
  fixed?: boolean;
}) {
  const { clock } = props;
  const left = clock.limitMs - clock.elapsedMs;
  const over = left < 0;
  return (
    <div className={`timer answer-timer${over ? " timer-over" : ""}`}>
      <span role="timer" aria-label="Answer timer" className="timer-value">
        {over ? `${formatDuration(-left)} over` : `${formatDuration(left)} left`}
        <span className="muted"> of {formatDuration(clock.limitMs)}</span>
      </span>
      {!props.fixed &&
        (clock.running ? (
          <button type="button" className="btn-ghost btn-sm" onClick={props.onPause}>
            Pause
          </button>
        ) : (
          <button type="button" className="btn-sm" onClick={props.onResume}>
            Resume
          </button>
        ))}
      {!props.fixed && (
        <button type="button" className="btn-ghost btn-sm" onClick={props.onExtend}>
          +1 min
        </button>
      )}
    </div>
  );
}
