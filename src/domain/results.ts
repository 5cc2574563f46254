/** What grading reports, test by test: the fields the Python harness emits. */

export const TEST_STATUSES = ["pass", "fail", "error", "timeout"] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];

export interface TracebackInfo {
  text: string;
  frames: { line: number; function: string }[];
  /** The candidate's line where the error surfaced, matching the editor. */
  line: number | null;
}

export interface TestResult {
  id: string;
  name: string;
  sample: boolean;
  status: TestStatus;
  durationMs: number;
  /** True for sample tests and the first failing hidden test: the fields below are filled. */
  detailed: boolean;
  message?: string;
  input?: string;
  expected?: string;
  actual?: string;
  diff?: string;
  stdout?: string;
  stderr?: string;
  outputTruncated?: boolean;
  traceback?: TracebackInfo;
}

export interface RunSummary {
  total: number;
  passed: number;
  failed: number;
  errors: number;
  timeouts: number;
  /** Time in the candidate's code: the sum of the tests' durationMs. */
  durationMs: number;
  /** The whole run, from the request to the report, start-up included. */
  wallMs?: number;
  /** Of wallMs, the time spent waiting for Python to start (0 when it was already running). */
  startupMs?: number;
}

/** A run that could not grade at all: the challenge is broken, or Python could not start. */
export interface RunProblem {
  kind: "challenge" | "harness" | "packages" | "runtime";
  message: string;
  file?: string;
  field?: string;
}

/** "Try your own input": one expression evaluated with the reference and with the candidate's code. */
export interface CustomResult {
  expression: string;
  /** The reference's answer; absent when expectedError explains why. */
  expected?: string;
  expectedError?: string;
  actual?: string;
  /** Whether actual equals expected under the drill's comparator. */
  matches?: boolean;
  diff?: string;
  stdout?: string;
  stderr?: string;
  outputTruncated?: boolean;
  durationMs?: number;
  error?: { message: string; traceback?: TracebackInfo };
}

/**
 * A visualisation drill's figures for one test, as PNG data URLs drawn in the worker: the
 * candidate's (null when their code gave no figure that could be checked) and the reference's.
 */
export interface FigurePair {
  testId: string;
  actual: string | null;
  expected: string | null;
}

/** Only PNG bytes cross from the worker to the page: a base64 PNG data URL, at most about 1 MB. */
export function isPngDataUrl(value: unknown): value is string {
  return (
    typeof value === "string" &&
    value.length < 1_400_000 &&
    /^data:image\/png;base64,iVBORw0KGgo[A-Za-z0-9+/]*={0,2}$/.test(value)
  );
}

/** The pair as the page may use it: anything but PNG data URLs is dropped. */
export function checkedFigures(value: unknown): FigurePair | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.testId !== "string") return undefined;
  const png = (x: unknown) => (isPngDataUrl(x) ? x : null);
  const pair = { testId: v.testId, actual: png(v.actual), expected: png(v.expected) };
  return pair.actual || pair.expected ? pair : undefined;
}

export interface RunReport {
  results: TestResult[];
  summary: RunSummary;
  /** The user pressed Stop: results hold the tests finished before that. */
  stopped: boolean;
  problem?: RunProblem;
  /** Plain-words notes from the runner: a restarted interpreter, truncated output. */
  notices: string[];
  /** The answer to a "custom" run. */
  custom?: CustomResult;
  /** Visualisation drills: the candidate's and the expected figure for the test shown first. */
  figures?: FigurePair;
}

export function summarize(results: TestResult[], wallMs: number, startupMs = 0): RunSummary {
  const count = (s: TestStatus) => results.filter((r) => r.status === s).length;
  const inCode = results.reduce((sum, r) => sum + r.durationMs, 0);
  return {
    total: results.length,
    passed: count("pass"),
    failed: count("fail"),
    errors: count("error"),
    timeouts: count("timeout"),
    durationMs: Math.round(inCode * 1000) / 1000,
    wallMs,
    startupMs,
  };
}
