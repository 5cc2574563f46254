import { useEffect } from "react";
import { useApp } from "./store-context";

const LABEL = {
  booting: "Python is starting…",
  ready: "Python ready",
  running: "Running…",
  error: "Python could not start",
} as const;

/** Python's state in words, mirrored on <html data-python-state> for tests and monitoring. */
export function PythonStatus() {
  const { state, detail } = useApp((s) => s.python);
  useEffect(() => {
    document.documentElement.dataset.pythonState = state;
  }, [state]);
  return (
    <output className={`python-status python-${state}`} aria-live="polite">
      <span aria-hidden="true" className="dot" /> {LABEL[state]}
      {state === "error" && detail ? `: ${detail}` : ""}
    </output>
  );
}
