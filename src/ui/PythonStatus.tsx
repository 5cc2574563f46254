import { useEffect } from "react";
import { formatDuration, useNow } from "./common/use-now";
import { useApp } from "./store-context";

const LABEL = {
  booting: "Starting Python…",
  preparing: "Preparing a fresh Python…",
  ready: "Python ready",
  running: "Running",
  error: "Python could not start",
} as const;

/** Python's state in words (never colour alone), mirrored on <html data-python-state> for tests and monitoring. */
export function PythonStatus() {
  const { state, detail } = useApp((s) => s.python);
  const packages = useApp((s) => s.packagesLoading);
  const download = useApp((s) => s.packagesDownload);
  const startedAt = useApp((s) => s.runStartedAt);
  const now = useNow(200, state === "running");
  useEffect(() => {
    document.documentElement.dataset.pythonState = state;
  }, [state]);
  return (
    <output className={`python-status python-${state}`} aria-live="polite" title={LABEL[state]}>
      <span aria-hidden="true" className="dot" />
      <span className="python-label">
        {LABEL[state]}
        {state === "running" && startedAt ? ` ${formatDuration(now - startedAt)}` : ""}
        {state === "error" && detail ? `: ${detail}` : ""}
      </span>
      {state === "booting" && <progress aria-label="Starting Python" />}
      {packages.length > 0 && (
        <span className="python-label">
          · loading {packages.join(", ")}
          {download && download.bytes > 0 ? ` · ${downloadSize(download)}` : ""}{" "}
          <progress
            aria-label={`Loading ${packages.join(", ")}`}
            {...(download && download.total > 0 ? { value: download.bytes, max: download.total } : {})}
          />
        </span>
      )}
    </output>
  );
}

/** "3.1 of 7.9 MB" while a download runs ("1 kB" for the tiny wheels, never "0.0 MB"). */
function downloadSize({ bytes, total }: { bytes: number; total: number }): string {
  const size = (n: number) => (n < 1_048_576 ? `${Math.ceil(n / 1024)} kB` : `${(n / 1_048_576).toFixed(1)} MB`);
  return total > bytes ? `${size(bytes)} of ${size(total)}` : size(bytes);
}
