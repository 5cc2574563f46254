/**
 * `drill mutate`: would the hidden tests catch a plausible wrong answer? Makes one-change mutants
 * of the reference (src/python/drill_tools/mutate.py), grades each with the same harness and
 * runner as `check`, and compares each survivor with the reference on more generated inputs.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Challenge } from "../domain/challenge";
import type { RunReport, TestResult } from "../domain/results";
import { gradeJob } from "../runner/grade-job";
import type { GradeJob } from "../runner/protocol";
import { HARNESS_DIR, NATIVE_PYTHON, REPO_ROOT } from "./paths";
import type { RuntimeKind, Runtimes } from "./runtimes";

export const MARKS_FILE = "mutants.json";
/** A mutant's run gets this many times the reference's time (at least MIN_BUDGET_MS, at most the limit). */
const BUDGET_FACTOR = 10;
const MIN_BUDGET_MS = 2000;
/** The equivalence probe runs more inputs than the tests, so it gets a larger budget. */
const PROBE_BUDGET_FACTOR = 5;

export interface Mutant {
  id: string;
  operator: string;
  line: number;
  function: string;
  description: string;
  code: string;
  diff: string;
}

export type MutantStatus = "killed" | "survived" | "equivalent" | "marked";

export interface MutantOutcome extends Omit<Mutant, "code"> {
  status: MutantStatus;
  /** killed: the first test that failed. survived: the first generated input where it differs. */
  evidence?: string;
  /** Time spent grading it (not comparing it with the reference). */
  durationMs?: number;
}

export interface DrillMutation {
  id: string;
  source: string;
  runtime: RuntimeKind;
  note?: string;
  /** Set when the drill could not be mutated (reference fails, solution.py does not parse...). */
  problem?: string;
  mutants: number;
  killed: number;
  likelyEquivalent: number;
  markedEquivalent: number;
  surviving: number;
  /** killed / (mutants - likely and marked equivalents); 1 when nothing is left to kill. */
  score: number;
  durationMs: number;
  /** Marks in mutants.json that match no mutant any more (the code changed). */
  staleMarks: string[];
  outcomes: MutantOutcome[];
}

export interface Marks {
  equivalent: { id: string; why?: string }[];
}

export class MarksError extends Error {}

/** The author's marks: mutants.json next to challenge.json, `{"equivalent": [{"id", "why"}]}`. */
export function readMarks(dir: string): Marks {
  const file = path.join(dir, MARKS_FILE);
  if (!existsSync(file)) return { equivalent: [] };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new MarksError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const list = (data as { equivalent?: unknown } | null)?.equivalent;
  const keys = data && typeof data === "object" ? Object.keys(data) : [];
  if (!Array.isArray(list) || keys.some((k) => k !== "equivalent")) {
    throw new MarksError(`${file}: expected {"equivalent": [{"id": "...", "why": "..."}]}`);
  }
  for (const [i, m] of list.entries()) {
    const ok = m && typeof m === "object" && typeof m.id === "string" && /^[0-9a-f]{10}$/.test(m.id);
    if (!ok) throw new MarksError(`${file}: equivalent[${i}].id must be a mutant id from "drill mutate"`);
    if (m.why !== undefined && typeof m.why !== "string") {
      throw new MarksError(`${file}: equivalent[${i}].why must be a sentence saying why it is equivalent`);
    }
  }
  return { equivalent: list as Marks["equivalent"] };
}

export function challengeDir(challenge: Challenge): string {
  return path.resolve(REPO_ROOT, challenge.source);
}

/** The mutants of a reference solution; throws with Python's message when it cannot. */
export function makeMutants(source: string): Mutant[] {
  const python = existsSync(NATIVE_PYTHON) ? NATIVE_PYTHON : "python3";
  const r = spawnSync(python, ["-m", "drill_tools.mutate"], {
    cwd: HARNESS_DIR,
    env: { ...process.env, PYTHONPATH: HARNESS_DIR, PYTHONDONTWRITEBYTECODE: "1" },
    input: JSON.stringify({ source }),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  let parsed: { mutants?: Mutant[]; error?: string };
  try {
    parsed = JSON.parse(r.stdout);
  } catch {
    throw new Error(`the mutant generator failed: ${(r.stderr || r.error?.message || "no output").slice(-500)}`);
  }
  if (parsed.error || !parsed.mutants) throw new Error(parsed.error ?? "the mutant generator gave no mutants");
  return parsed.mutants;
}

const PROBE_EPILOGUE = readFileSync(path.join(HARNESS_DIR, "drill_tools", "probe.py"), "utf8");

export type MutateProgress = (challenge: string, done: number, total: number) => void;

export async function mutateChallenge(
  challenge: Challenge,
  runtimes: Runtimes,
  progress: MutateProgress = () => {},
): Promise<DrillMutation> {
  const started = performance.now();
  const pick = runtimes.pick(challenge);
  const runner = runtimes.runner(pick.kind);
  const result: DrillMutation = {
    id: challenge.id,
    source: challenge.source,
    runtime: pick.kind,
    mutants: 0,
    killed: 0,
    likelyEquivalent: 0,
    markedEquivalent: 0,
    surviving: 0,
    score: 1,
    durationMs: 0,
    staleMarks: [],
    outcomes: [],
  };
  if (pick.note) result.note = pick.note;
  const done = (problem?: string) => {
    if (problem) result.problem = problem;
    const live = result.mutants - result.likelyEquivalent - result.markedEquivalent;
    result.score = live > 0 ? result.killed / live : 1;
    result.durationMs = Math.round(performance.now() - started);
    return result;
  };

  let mutants: Mutant[];
  let marks: Marks;
  try {
    marks = readMarks(challengeDir(challenge));
    mutants = makeMutants(challenge.solution);
  } catch (e) {
    return done((e as Error).message);
  }
  const marked = new Map(marks.equivalent.map((m) => [m.id, m.why ?? ""]));
  result.staleMarks = [...marked.keys()].filter((id) => !mutants.some((m) => m.id === id));
  result.mutants = mutants.length;

  const reference = await runner.run(gradeJob(challenge, challenge.solution, "submit"));
  const refProblem = failure(reference);
  if (refProblem) return done(`the reference does not pass its own tests (${refProblem}): run "drill validate"`);
  const refMs = reference.results.reduce((sum, r) => sum + r.durationMs, 0);
  const budgetMs = Math.min(challenge.timeLimitMs, Math.max(MIN_BUDGET_MS, Math.ceil(refMs * BUDGET_FACTOR)));

  const survivors: { mutant: Mutant; outcome: MutantOutcome }[] = [];
  for (const [i, mutant] of mutants.entries()) {
    progress(challenge.id, i, mutants.length);
    const { code, ...rest } = mutant;
    const outcome: MutantOutcome = { ...rest, status: "killed" };
    result.outcomes.push(outcome);
    if (marked.has(mutant.id)) {
      outcome.status = "marked";
      const why = marked.get(mutant.id);
      if (why) outcome.evidence = why;
      result.markedEquivalent++;
      continue;
    }
    const t0 = performance.now();
    let killedBy = failure(await runner.run(mutantJob(challenge, code, budgetMs)));
    // a kill by the shortened run budget alone (not a case's own time_limit) is confirmed with
    // the drill's real time limit
    if (killedBy?.startsWith("timeout") && !killedBy.includes("Too slow") && budgetMs < challenge.timeLimitMs) {
      killedBy = failure(await runner.run(mutantJob(challenge, code, challenge.timeLimitMs)));
    }
    outcome.durationMs = Math.round(performance.now() - t0);
    if (killedBy) {
      outcome.evidence = killedBy;
      result.killed++;
    } else {
      outcome.status = "survived";
      survivors.push({ mutant, outcome });
    }
  }
  // probes after all grading, so the harness keeps reusing one loaded tests module per phase
  for (const { mutant, outcome } of survivors) {
    const differs = await probe(challenge, mutant.code, runner);
    if (differs === null) {
      outcome.status = "equivalent";
      result.likelyEquivalent++;
    } else {
      outcome.evidence = differs;
      result.surviving++;
    }
  }
  progress(challenge.id, mutants.length, mutants.length);
  return done();
}

function mutantJob(challenge: Challenge, code: string, timeLimitMs: number): GradeJob {
  const job = gradeJob(challenge, code, "submit");
  return { ...job, challenge: { ...job.challenge, timeLimitMs }, stopAtFirstFailure: true };
}

/**
 * null when the mutant gives the reference's answers on every case and on more generated inputs;
 * otherwise where it differs. A `unittest` suite has no generated inputs to compare on.
 */
async function probe(
  challenge: Challenge,
  code: string,
  runner: ReturnType<Runtimes["runner"]>,
): Promise<string | null> {
  if (challenge.tests.kind !== "cases") return "not compared: unittest tests have no generated inputs";
  const job = gradeJob(challenge, code, "submit");
  const file = challenge.tests.file;
  const probeJob: GradeJob = {
    ...job,
    challenge: { ...job.challenge, timeLimitMs: challenge.timeLimitMs * PROBE_BUDGET_FACTOR },
    files: { ...job.files, [file]: `${job.files[file] ?? ""}\n${PROBE_EPILOGUE}` },
    stopAtFirstFailure: true,
  };
  const report = await runner.run(probeJob);
  if (report.problem) return `the comparison could not run: ${report.problem.message}`;
  const bad = report.results.find((r) => r.status !== "pass");
  if (!bad) return null;
  return describe(bad, true);
}

/** null when every test passed, else the first failure in one line. */
function failure(report: RunReport): string | null {
  if (report.problem) return `${report.problem.kind}: ${report.problem.message}`;
  const bad = report.results.find((r) => r.status !== "pass");
  return bad ? describe(bad, false) : null;
}

function describe(r: TestResult, withInput: boolean): string {
  const why = (r.message ?? r.diff ?? "").split("\n")[0] ?? "";
  const input = withInput && r.input ? ` on ${clip(r.input.replace(/\s+/g, " "), 160)}` : "";
  return `${r.status} "${r.name}"${input}${why ? `: ${clip(why, 200)}` : ""}`;
}

function clip(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}
