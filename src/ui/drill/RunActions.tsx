/** Run (secondary) and Submit (primary); Stop takes Run's place while tests run. */
export function RunActions(props: {
  canRun: boolean;
  running: boolean;
  onRun(): void;
  onSubmit(): void;
  onStop(): void;
  /** The id of the notice that says why Run and Submit are off (packages that cannot load). */
  blockedBy?: string | undefined;
  /** A fresh Python for the next run is starting: a click now runs as soon as it is ready. */
  preparing?: boolean;
}) {
  const title = props.preparing ? "Preparing a fresh Python: the run starts as soon as it is ready" : undefined;
  return (
    <div className="run-actions">
      {props.running ? (
        <button key="stop" type="button" className="btn-stop" onClick={props.onStop}>
          <span aria-hidden="true" className="stop-square" />
          Stop
        </button>
      ) : (
        <button
          key="run"
          type="button"
          onClick={props.onRun}
          disabled={!props.canRun}
          title={title}
          aria-busy={props.preparing || undefined}
          aria-describedby={props.blockedBy}
          aria-keyshortcuts="Control+Enter"
        >
          <svg className="icon" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M4 2.5v11l9-5.5z" fill="currentColor" />
          </svg>
          Run
        </button>
      )}
      <button
        type="button"
        className="btn-primary"
        onClick={props.onSubmit}
        disabled={!props.canRun}
        title={title}
        aria-busy={props.preparing || undefined}
        aria-describedby={props.blockedBy}
        aria-keyshortcuts="Control+Shift+Enter"
      >
        Submit
      </button>
    </div>
  );
}
