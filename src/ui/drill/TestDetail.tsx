import type { FigurePair, TestResult } from "../../domain/results";
import { FigureCompare } from "./FigureCompare";
import { messageOnce } from "./result-messages";
import { Traceback } from "./Traceback";
import { STATUS_ICON, STATUS_TEXT } from "./test-status";
import { ValueDiff } from "./ValueDiff";

/** Everything known about one test: input, expected against actual, the diff in words, traceback, output. */
export function TestDetail({
  result: r,
  onGoToLine,
  quiet = false,
  figures = null,
  figureDrill = false,
}: {
  result: TestResult;
  onGoToLine(line: number): void;
  /** A visualisation drill's figures, when they belong to this test. */
  figures?: FigurePair | null;
  /** The values are figure descriptions: long, so folded away below the figures. */
  figureDrill?: boolean;
  /** The error is said once above the chips (code that does not load): nothing more to show here. */
  quiet?: boolean;
}) {
  const message = quiet ? null : messageOnce(r);
  return (
    <section className={`test-detail test-${r.status}`} aria-label="Selected test" data-detail-status={r.status}>
      <header className="test-detail-head">
        <span className={`verdict verdict-${r.status}`}>
          <span aria-hidden="true">{STATUS_ICON[r.status]}</span> {STATUS_TEXT[r.status]}
        </span>
        <span className="test-detail-name">
          {r.sample ? "Sample" : "Hidden"}: {r.name}
        </span>
        <span className="muted duration">{r.durationMs.toFixed(1)} ms</span>
      </header>
      {r.status !== "pass" && message && <p className="message">{message}</p>}
      {quiet && <p className="muted">This test did not run: the error above stopped your code from loading.</p>}
      {!quiet && !r.detailed && (
        <p className="muted">
          {r.status === "pass"
            ? "A hidden test: its input stays hidden, as in a real interview."
            : "A hidden test: only the first failing hidden test shows its input and output."}
        </p>
      )}
      {!quiet && r.detailed && (
        <div className="details">
          {figures && <FigureCompare figures={figures} passed={r.status === "pass"} />}
          {r.input && (
            <div className="io">
              <span className="io-label">Input</span>
              <pre>{r.input}</pre>
            </div>
          )}
          {figureDrill && r.expected !== undefined ? (
            <details className="figure-values">
              <summary>What the tests read from the figures</summary>
              {r.actual !== undefined ? <ValueDiff expected={r.expected} actual={r.actual} /> : <pre>{r.expected}</pre>}
            </details>
          ) : r.status === "fail" && r.expected !== undefined && r.actual !== undefined ? (
            <ValueDiff expected={r.expected} actual={r.actual} />
          ) : (
            r.expected !== undefined && (
              <div className="io">
                <span className="io-label">Expected</span>
                <pre>{r.expected}</pre>
              </div>
            )
          )}
          {r.diff && (
            <div className="io">
              <span className="io-label">Where it differs</span>
              <pre className="diff-text">{r.diff}</pre>
            </div>
          )}
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
    </section>
  );
}
