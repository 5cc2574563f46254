/** Report messages said once, in words: one syntax error for a whole run, a stop with its count, error kinds. */
import type { RunReport, TestResult } from "../../domain/results";

/**
 * When every failing test errored with the same message (code that does not compile, a name missing at
 * import), that message once, with its line; null otherwise.
 */
export function sharedError(results: readonly TestResult[]): { message: string; line: number | null } | null {
  const errors = results.filter((r) => r.status === "error");
  const detailed = errors.filter((r) => r.message);
  if (errors.length < 2 || errors.length !== results.filter((r) => r.status !== "pass").length) return null;
  const first = detailed[0];
  if (!first?.message || detailed.some((r) => r.message !== first.message)) return null;
  if (!/^Your code could not be loaded|^(SyntaxError|IndentationError|TabError)\b/.test(first.message)) return null;
  return { message: first.message, line: first.traceback?.line ?? null };
}

/** "Stopped after 3 of 12 tests" for a run stopped with Stop. */
export function stoppedText(report: RunReport, planned: number): string {
  const done = report.results.length;
  const total = Math.max(planned, done);
  return `Stopped after ${done} of ${total || "?"} test${total === 1 ? "" : "s"}`;
}

/** The message to show under a test, unless the diff below says the same thing. */
export function messageOnce(r: TestResult): string | null {
  if (!r.message) return null;
  if (r.diff && (r.diff === r.message || r.message.includes(r.diff))) return null;
  return r.message;
}

/** The kind of error, without details, for hidden tests in an exam: "ZeroDivisionError". */
export function errorKind(r: TestResult): string {
  if (r.status === "timeout") return "time limit";
  // a hidden test's message is the error's kind alone
  if (r.message && /^[A-Za-z_][\w.]*$/.test(r.message)) return r.message;
  const m = /^([A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning))\b/.exec(r.message ?? "");
  if (m?.[1]) return m[1];
  if (r.message?.startsWith("Your code called sys.exit")) return "SystemExit";
  return "an error";
}

/** What the editor's error marker says: the message's first line (in an exam, for a hidden test, only its kind). */
export function editorErrorMessage(r: TestResult | undefined, exam: boolean): string | undefined {
  if (!r) return undefined;
  if (exam && !r.sample) return `A hidden test failed with ${errorKind(r)} here`;
  return r.message?.split("\n")[0];
}
