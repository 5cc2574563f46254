import type { TestResult } from "../domain/results";
import { useApp } from "./store-context";

const STATUS_TEXT = { pass: "Passed", fail: "Wrong answer", error: "Error", timeout: "Time limit" } as const;
const STATUS_ICON = { pass: "✓", fail: "✗", error: "!", timeout: "⏱" } as const;

export function ResultsPanel() {
  const report = useApp((s) => s.report);
  const live = useApp((s) => s.live);
  const running = useApp((s) => s.running);
  const plan = useApp((s) => s.plan);
  const packagesLoading = useApp((s) => s.packagesLoading);
  const results = report?.results ?? live;
  if (!running && !report) return <section className="results" aria-label="Results" />;
  return (
    <section className="results" aria-label="Results">
      {packagesLoading.length > 0 && <p>Loading {packagesLoading.join(", ")}…</p>}
      {running && (
        <p>
          Running {running === "submit" ? "all tests" : "sample tests"}… {live.length}/{plan.length || "?"}
        </p>
      )}
      {report?.problem && (
        <p role="alert" className="problem">
          {report.problem.message}
        </p>
      )}
      {report && !report.problem && (
        <p className="summary" role="status">
          {report.summary.passed}/{report.summary.total} tests passed
          {report.stopped ? " (stopped)" : ""}
        </p>
      )}
      {report?.notices.map((n) => (
        <p key={n} className="notice">
          {n}
        </p>
      ))}
      <ol className="test-list">
        {results.map((r) => (
          <TestRow key={r.id} result={r} />
        ))}
      </ol>
    </section>
  );
}

function TestRow({ result: r }: { result: TestResult }) {
  return (
    <li className={`test test-${r.status}`} data-status={r.status}>
      <div className="test-head">
        <span aria-hidden="true">{STATUS_ICON[r.status]}</span> <strong>{STATUS_TEXT[r.status]}</strong> ·{" "}
        {r.sample ? "Sample" : "Hidden"}: {r.name} <span className="duration">{r.durationMs.toFixed(1)} ms</span>
      </div>
      {r.status !== "pass" && r.message && <p className="message">{r.message}</p>}
      {r.detailed && r.status !== "pass" && (
        <dl className="details">
          {r.input && <Field label="Input" text={r.input} />}
          {r.expected !== undefined && <Field label="Expected" text={r.expected} />}
          {r.actual !== undefined && <Field label="Your output" text={r.actual} />}
          {r.diff && <Field label="Difference" text={r.diff} />}
          {r.traceback && <Field label="Traceback" text={r.traceback.text} />}
          {r.stdout && <Field label="Printed" text={r.stdout + (r.outputTruncated ? "\n… output truncated" : "")} />}
          {r.stderr && <Field label="Errors printed" text={r.stderr} />}
        </dl>
      )}
    </li>
  );
}

function Field({ label, text }: { label: string; text: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <pre>{text}</pre>
      </dd>
    </>
  );
}
