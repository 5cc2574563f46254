import type { Challenge } from "../../domain/challenge";
import type { TestResult, TracebackInfo } from "../../domain/results";
import { formatDuration } from "../common/use-now";
import { useApp } from "../store-context";
import { errorKind, messageOnce, sharedError, stoppedText } from "./result-messages";
import { ValueDiff } from "./ValueDiff";

const STATUS_TEXT = { pass: "Passed", fail: "Wrong answer", error: "Error", timeout: "Time limit" } as const;
const STATUS_ICON = { pass: "✓", fail: "✗", error: "!", timeout: "⏱" } as const;

export interface ResultsProps {
  challenge: Challenge;
  /** Exam mode: hidden tests are reported as passed/total only. */
  hideHidden: boolean;
  /** Time spent on the drill when the report came, for "time against target". */
  elapsedMs: number;
  onGoToLine(line: number): void;
}

export function ResultsPanel({ challenge, hideHidden, elapsedMs, onGoToLine }: ResultsProps) {
  const report = useApp((s) => s.report);
  const kind = useApp((s) => s.reportKind);
  const live = useApp((s) => s.live);
  const running = useApp((s) => s.running);
  const plan = useApp((s) => s.plan);
  const seq = useApp((s) => s.reportSeq);
  if (running === "custom") return null;
  const results = report?.results ?? live;
  const visible = hideHidden ? results.filter((r) => r.sample) : results;
  const hidden = results.filter((r) => !r.sample);
  const shared = sharedError(results);
  return (
    <section className="results" aria-label="Results">
      <h2 className="visually-hidden">Results</h2>
      {running && (
        <p aria-live="polite">
          Running {running === "submit" ? "all tests" : "sample tests"}… {live.length}/{plan.length || "?"}
        </p>
      )}
      {report?.problem && (
        <p role="alert" className="problem">
          {report.problem.message}
        </p>
      )}
      {report && !report.problem && (
        <p className="summary" role="status" data-report={seq}>
          {report.stopped
            ? `${stoppedText(report, plan.length)}: ${report.summary.passed} passed`
            : `${report.summary.passed}/${report.summary.total} tests passed`}
          {kind === "submit" && ` · time ${formatDuration(elapsedMs)} of ${challenge.minutes}:00 target`}
        </p>
      )}
      {report?.notices.map((n) => (
        <p key={n} className="notice">
          ℹ {n}
        </p>
      ))}
      {shared && (
        <p role="alert" className="problem shared-error">
          {shared.message}
          {shared.line !== null && (
            <>
              {" "}
              <button type="button" className="link" onClick={() => onGoToLine(shared.line as number)}>
                Go to line {shared.line}
              </button>
            </>
          )}
        </p>
      )}
      <ol className="test-list">
        {visible.map((r) => (
          <TestRow key={r.id} result={r} onGoToLine={onGoToLine} quiet={shared !== null && r.status === "error"} />
        ))}
      </ol>
      {hideHidden && hidden.length > 0 && (
        <p className="hidden-count">
          Hidden tests: {hidden.filter((r) => r.status === "pass").length}/{hidden.length} passed
        </p>
      )}
      {hideHidden && hidden.some((r) => r.status !== "pass") && (
        <ul className="hidden-failures" aria-label="Hidden tests that did not pass">
          {hidden
            .filter((r) => r.status !== "pass")
            .map((r) => (
              <li key={r.id}>
                Hidden test {r.name}: {r.status === "fail" ? "wrong answer" : errorKind(r)}
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}

function TestRow({
  result: r,
  onGoToLine,
  quiet = false,
}: {
  result: TestResult;
  onGoToLine(line: number): void;
  /** The error is shown once above the list (a syntax error). */
  quiet?: boolean;
}) {
  const message = quiet ? null : messageOnce(r);
  return (
    <li className={`test test-${r.status}`} data-status={r.status}>
      <div className="test-head">
        <span aria-hidden="true">{STATUS_ICON[r.status]}</span> <strong>{STATUS_TEXT[r.status]}</strong> ·{" "}
        {r.sample ? "Sample" : "Hidden"}: {r.name} <span className="duration">{r.durationMs.toFixed(1)} ms</span>
      </div>
      {r.status !== "pass" && message && <p className="message">{message}</p>}
      {r.detailed && !quiet && (r.status !== "pass" || r.stdout) && (
        <div className="details">
          {r.input && (
            <p>
              <span className="label">Input</span> <code>{r.input}</code>
            </p>
          )}
          {r.status === "fail" && r.expected !== undefined && r.actual !== undefined && (
            <ValueDiff expected={r.expected} actual={r.actual} />
          )}
          {r.diff && <pre className="diff-text">{r.diff}</pre>}
          {r.traceback && <Traceback traceback={r.traceback} onGoToLine={onGoToLine} />}
          {r.stdout && (
            <details open={r.status !== "pass"}>
              <summary>Printed output</summary>
              <pre>{r.stdout + (r.outputTruncated ? "\n… output truncated" : "")}</pre>
            </details>
          )}
          {r.stderr && (
            <details open>
              <summary>Printed to stderr</summary>
              <pre>{r.stderr}</pre>
            </details>
          )}
        </div>
      )}
    </li>
  );
}

export function Traceback({ traceback, onGoToLine }: { traceback: TracebackInfo; onGoToLine(line: number): void }) {
  const lines = traceback.text.split("\n");
  return (
    <pre className="traceback">
      {lines.map((line, i) => {
        const m = /^ {2}File "[^"]+", line (\d+)/.exec(line);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: traceback lines are positional
          <span key={i}>
            {m ? (
              <button type="button" className="link" onClick={() => onGoToLine(Number(m[1]))}>
                {line.trim()}
              </button>
            ) : (
              line
            )}
            {"\n"}
          </span>
        );
      })}
    </pre>
  );
}
