/** Prove a challenge correct: schema, reference passes, starter fails, deterministic, fast enough. */
import type { Challenge } from "../domain/challenge";
import type { RunReport } from "../domain/results";
import { gradeJob } from "../runner/grade-job";
import type { GradeJob, PlannedTest } from "../runner/protocol";
import { readLock } from "./packages-dir";
import type { RuntimeKind, Runtimes } from "./runtimes";

export const MIN_SAMPLE_TESTS = 3;
export const MIN_HIDDEN_TESTS = 8;
/** The reference may use at most this share of the run's time limit, leaving candidates headroom. */
export const REFERENCE_TIME_SHARE = 0.5;

export interface Validation {
  id: string;
  source: string;
  runtime: RuntimeKind;
  note?: string;
  ok: boolean;
  problems: string[];
  samples: number;
  hidden: number;
  reference: RunReport;
  starter: RunReport;
}

/** Where validation spends its time, per step (ms); filled when given (scripts/profile-validate.ts). */
export type StepTimes = Record<string, number>;

export async function validateChallenge(
  challenge: Challenge,
  runtimes: Runtimes,
  times?: StepTimes,
): Promise<Validation> {
  const pick = runtimes.pick(challenge);
  const runner = runtimes.runner(pick.kind);
  const problems: string[] = [];
  const grade = async (code: string, step: string, only: Pick<GradeJob, "stopAtFirstFailure" | "planOnly"> = {}) => {
    let plan: PlannedTest[] = [];
    // fresh tests modules, so that two runs can show whether the tests are deterministic
    const job = { ...gradeJob(challenge, code, "submit"), freshTests: true, ...only };
    const report = await runner.run(job, { onPlan: (t) => (plan = t) });
    if (times) {
      const { wallMs = 0, startupMs = 0 } = report.summary;
      times[`${step}.startup`] = startupMs;
      times[`${step}.run`] = wallMs - startupMs;
      times[`${step}.tests`] = Math.round(report.results.reduce((sum, r) => sum + r.durationMs, 0));
    }
    return { report, plan };
  };

  const lock = readLock();
  for (const p of challenge.packages) {
    if (!lock[p.toLowerCase()]) problems.push(`challenge.json: packages: "${p}" is not in Pyodide's pyodide-lock.json`);
  }
  const first = await grade(challenge.solution, "reference");
  const reference = first.report;
  if (reference.problem) problems.push(describeProblem(reference.problem));
  for (const r of reference.results) {
    if (r.status !== "pass") {
      problems.push(`solution.py fails "${r.name}": ${r.status}${r.message ? `: ${r.message}` : ""}`);
    }
  }
  // the crosscheck (native, often importing scikit-learn) runs while the starter runs
  const crossStarted = performance.now();
  const crosscheck = reference.problem
    ? Promise.resolve(null)
    : runtimes.crosscheck(challenge).then((disagreement) => {
        if (times && challenge.crosscheck) times.crosscheck = Math.round(performance.now() - crossStarted);
        return disagreement;
      });
  // the starter has only to fail one test: the rest of its run would be spent for nothing
  const starterRun = await grade(challenge.starter, "starter", { stopAtFirstFailure: true });
  const starter = starterRun.report;
  if (!reference.problem && !starter.problem && starter.results.every((r) => r.status === "pass")) {
    problems.push("starter.py passes every test: it must fail at least one");
  }
  const samples = first.plan.filter((t) => t.sample).length;
  const hidden = first.plan.length - samples;
  let note = pick.note;
  if (!reference.problem) {
    const few = testCountProblems(challenge, samples, hidden);
    if (few.problem) problems.push(few.problem);
    if (few.note) note = note ? `${note}; ${few.note}` : few.note;
    // Are the tests deterministic? A case's fingerprint covers its input and the reference's
    // expected value, and the starter's run (a fresh interpreter) built them all again before its
    // code ran: comparing the two plans is enough. A unittest suite's tests show themselves only
    // in their results, so its reference runs again (as does a cases drill whose starter's run
    // ended before its plan).
    const cases = challenge.tests.kind === "cases";
    const second =
      cases && starterRun.plan.length > 0 ? starterRun : await grade(challenge.solution, "rerun", { planOnly: cases });
    problems.push(...compareRuns(first, second, cases));
    const disagreement = await crosscheck;
    if (disagreement) problems.push(disagreement);
    const used = reference.results.reduce((sum, r) => sum + r.durationMs, 0);
    if (used > challenge.timeLimitMs * REFERENCE_TIME_SHARE) {
      problems.push(
        `solution.py uses ${Math.round(used)} ms of the ${challenge.timeLimitMs} ms limit: keep the reference under ${REFERENCE_TIME_SHARE * 100}% so candidates have headroom`,
      );
    }
  }
  const v: Validation = {
    id: challenge.id,
    source: challenge.source,
    runtime: pick.kind,
    ok: problems.length === 0,
    problems,
    samples,
    hidden,
    reference,
    starter,
  };
  if (note) v.note = note;
  return v;
}

/** The catalogue's drills need MIN_SAMPLE_TESTS + MIN_HIDDEN_TESTS; an existing unittest suite
 * marked "imported" keeps its own size anywhere else. */
export function testCountProblems(
  challenge: Challenge,
  samples: number,
  hidden: number,
): { problem?: string; note?: string } {
  if (samples >= MIN_SAMPLE_TESTS && hidden >= MIN_HIDDEN_TESTS) return {};
  const counts = `${samples} sample and ${hidden} hidden tests`;
  const minimum = `at least ${MIN_SAMPLE_TESTS} sample and ${MIN_HIDDEN_TESTS} hidden tests`;
  const inCatalogue = challenge.source.startsWith("challenges/");
  const imported = challenge.tests.kind === "unittest" && challenge.tests.imported === true;
  if (imported && !inCatalogue) return { note: `an imported suite of ${counts}` };
  if (inCatalogue) return { problem: `only ${counts}: the catalogue's drills need ${minimum}` };
  if (challenge.tests.kind !== "unittest") return { problem: `only ${counts}: give ${minimum}` };
  return {
    problem:
      `only ${counts}: drills need ${minimum}. For an existing suite kept at its own size, mark it ` +
      `in challenge.json: "tests": {"kind": "unittest", "file": "${challenge.tests.file}", "samples": [...], "imported": true}`,
  };
}

function compareRuns(
  a: { report: RunReport; plan: PlannedTest[] },
  b: { report: RunReport; plan: PlannedTest[] },
  plansOnly: boolean,
): string[] {
  const problems: string[] = [];
  const fa = a.plan.map((t) => `${t.id}:${t.fingerprint}`).join("\n");
  const fb = b.plan.map((t) => `${t.id}:${t.fingerprint}`).join("\n");
  if (fa !== fb) {
    const differing = a.plan.find((t, i) => b.plan[i]?.fingerprint !== t.fingerprint);
    problems.push(
      `not deterministic: two runs generated different tests${differing ? ` (first: "${differing.name}")` : ""}; seed the random data`,
    );
  }
  if (plansOnly) return problems;
  const sa = a.report.results.map((r) => `${r.id}:${r.status}`).join(",");
  const sb = b.report.results.map((r) => `${r.id}:${r.status}`).join(",");
  if (sa !== sb) problems.push("not deterministic: two runs of solution.py gave different results");
  return problems;
}

function describeProblem(p: NonNullable<RunReport["problem"]>): string {
  return p.file ? `${p.file}: ${p.field ?? ""}: ${p.message}` : `${p.kind}: ${p.message}`;
}
