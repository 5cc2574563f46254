/** Plain-text rendering of a grading report for the terminal. */
import type { RunReport, TestResult } from "../domain/results";

const MARK: Record<TestResult["status"], string> = { pass: "PASS", fail: "FAIL", error: "ERROR", timeout: "TIMEOUT" };

export function formatReport(report: RunReport): string {
  const lines: string[] = [];
  if (report.problem) {
    const where = report.problem.file ? `${report.problem.file}: ${report.problem.field ?? ""}: ` : "";
    lines.push(`problem (${report.problem.kind}): ${where}${report.problem.message}`);
  }
  for (const r of report.results) {
    const kind = r.sample ? "sample" : "hidden";
    lines.push(`${MARK[r.status].padEnd(7)} ${kind} ${r.name} (${r.durationMs.toFixed(1)} ms)`);
    if (r.status === "pass" || !r.detailed) {
      if (r.status !== "pass" && r.message) lines.push(indent(r.message));
      continue;
    }
    if (r.input) lines.push(indent(`input:    ${r.input}`));
    if (r.expected !== undefined) lines.push(indent(`expected: ${r.expected}`));
    if (r.actual !== undefined) lines.push(indent(`actual:   ${r.actual}`));
    if (r.diff) lines.push(indent(`diff:     ${r.diff.replace(/\n/g, "\n          ")}`));
    else if (r.message) lines.push(indent(r.message));
    if (r.traceback) lines.push(indent(r.traceback.text));
    if (r.stdout) lines.push(indent(`stdout:\n${indent(r.stdout.trimEnd())}`));
    if (r.stderr) lines.push(indent(`stderr:\n${indent(r.stderr.trimEnd())}`));
    if (r.outputTruncated) lines.push(indent("(output truncated)"));
  }
  for (const n of report.notices) lines.push(`note: ${n}`);
  const s = report.summary;
  lines.push(
    `${s.passed}/${s.total} passed` +
      (s.failed ? `, ${s.failed} failed` : "") +
      (s.errors ? `, ${s.errors} errors` : "") +
      (s.timeouts ? `, ${s.timeouts} timeouts` : "") +
      (report.stopped ? " (stopped)" : ""),
  );
  return lines.join("\n");
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");
}
