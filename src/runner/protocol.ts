/** The one boundary between the page (or CLI) and a Python worker: both directions, versioned. */
import type { TestsConfig } from "../domain/challenge";
import type { CustomResult, FigurePair, RunProblem, RunSummary, TestResult } from "../domain/results";

export const PROTOCOL_VERSION = 1;

/** Everything the harness needs to grade one piece of code; mirrors grade.py's job dict. */
export interface GradeJob {
  challenge: {
    id: string;
    entry: string;
    module: string;
    tests: TestsConfig;
    timeLimitMs: number;
    packages: string[];
  };
  /** The tests file and helper modules, by file name. */
  files: Record<string, string>;
  reference: string;
  code: string;
  /** "run": sample tests only; "submit": all tests; "custom": evaluate customInput. */
  mode: "run" | "submit" | "custom";
  /** For "custom": one expression such as "two_sum([3, 3], 6)". */
  customInput?: string;
  /** Only these test ids (resuming after the interpreter was replaced). */
  only?: string[];
  showFirstHiddenFailure?: boolean;
  /** Every failing hidden test shows its details, not only the first (`drill check --details`). */
  showEveryFailure?: boolean;
  /** End the run after the first test that does not pass (`drill mutate` needs one failure only). */
  stopAtFirstFailure?: boolean;
  /**
   * Cases form: build the tests and their expected values, announce the plan and grade nothing;
   * the run ends as stopped. `drill validate`'s second run only asks whether they are the same.
   */
  planOnly?: boolean;
  /** Load the tests module afresh rather than reuse it: validate needs two independent loads. */
  freshTests?: boolean;
  /**
   * Set by hosts that can interrupt from outside: the harness announces when it runs the
   * challenge's own code (challenge-timer messages), so a hang there is timed too.
   */
  challengeTimer?: boolean;
  /** Time the candidate's code already used in this run, before a restart. */
  budgetUsedMs?: number;
  limits?: { outputChars: number };
  /**
   * Visualisation drills (package matplotlib): draw the candidate's and the reference's figure of
   * the first failing test (or the first sample) to PNG, sent with run-finished. The app asks; the CLI does not.
   */
  showFigures?: boolean;
}

export interface BootOptions {
  /** Where pyodide.mjs, the wasm, the stdlib zip and pyodide-lock.json are. */
  indexURL: string;
  /** Where package wheels come from: Pyodide's distribution or a self-hosted folder. */
  packageBaseUrl?: string;
  lockFileURL?: string;
  /** Node only: a folder of verified wheels to load packages from. */
  packageCacheDir?: string;
  /** Key for a memory snapshot of the booted interpreter; it must change with the Pyodide build. */
  snapshotKey?: string;
  /**
   * The SHA-256 (hex) of the snapshot saved under `key`, as the host recorded it where the worker
   * cannot write: a stored snapshot is restored only when it has this hash.
   */
  trustedSnapshot?: { key: string; sha256: string };
  /**
   * Packages to load (and import) before the worker says it is booted: a spare worker readies the
   * drill's packages in the background, before any candidate code, so its run does not wait for them.
   */
  preload?: string[];
  /**
   * A drill to prepare for before the worker says it is booted, before any candidate code: what
   * a run of it builds first (its tests module, the samples' expected values, the restore's
   * copies), so the run only grades. The job's code is unused.
   */
  prepare?: GradeJob;
}

/** Set by the worker (not the harness) on a run's last message: this interpreter must not grade again. */
export interface Retire {
  /** tampered: the run changed the grader; memory: it ran out. */
  reason: "tampered" | "memory";
  /** What changed, in words. */
  detail: string;
}

export type HostMessage =
  | { type: "boot"; protocol: number; options: BootOptions; interruptBuffer: SharedArrayBuffer | null }
  | { type: "run"; runId: string; job: GradeJob };

export type WorkerMessage =
  | {
      type: "booted";
      protocol: number;
      runtime: "pyodide" | "native";
      pythonVersion: string;
      bootMs: number;
      /** Booted from a memory snapshot rather than from scratch. */
      fromSnapshot?: boolean;
      /** Milliseconds from the boot message to the end of each boot phase, for the benchmark. */
      phases?: Record<string, number>;
    }
  /** A memory snapshot was saved: the host keeps its hash, to check it before the next restore. */
  | { type: "snapshot-saved"; key: string; sha256: string }
  | { type: "boot-failed"; message: string }
  /** Packages are loading; `bytes` received of `totalBytes` announced so far, where the host can count them. */
  | { type: "packages-loading"; runId: string; packages: string[]; bytes?: number; totalBytes?: number }
  | { type: "plan"; runId: string; tests: PlannedTest[] }
  | { type: "test-started"; runId: string; testId: string; timeLimitMs: number }
  /** The candidate's call returned: what follows (comparing a large result) is not timed against it. */
  | { type: "test-returned"; runId: string; testId: string }
  /** The harness runs the challenge's own code (tests file, reference) for at most this long; 0 when done. */
  | { type: "challenge-timer"; runId: string; file: string; timeLimitMs: number }
  | { type: "output"; runId: string; testId: string | null; stream: "stdout" | "stderr"; text: string }
  | { type: "test-finished"; runId: string; result: TestResult }
  | { type: "custom-result"; runId: string; result: CustomResult }
  | {
      type: "run-finished";
      runId: string;
      summary: RunSummary;
      stopped: boolean;
      retire?: Retire;
      figures?: FigurePair;
    }
  | { type: "run-failed"; runId: string; error: RunProblem; retire?: Retire }
  | { type: "fatal"; runId: string | null; message: string };

export interface PlannedTest {
  id: string;
  name: string;
  sample: boolean;
  /** A hash of the test's input and expected value: equal across runs when tests are deterministic. */
  fingerprint: string;
}

/** The test id announced while the candidate's module is being imported. */
export const LOAD_PHASE = "__load__";
/** The test id announced while a "custom" input is evaluated. */
export const CUSTOM_PHASE = "__custom__";

/**
 * Shared control words: [0] is Pyodide's interrupt buffer (write 2 to raise KeyboardInterrupt),
 * [1] is the stop flag the harness polls between tests.
 */
export const CONTROL_WORDS = 2;
export const STOP_FLAG = 1;

/** Pyodide package names that have a different import name. */
export const IMPORT_NAMES: Record<string, string> = { "scikit-learn": "sklearn" };
