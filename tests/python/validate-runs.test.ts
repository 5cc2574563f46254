// The two shortened runs `drill validate` asks for: a starter's run that ends at its first
// failure, and a second run that only builds the tests (to see they come out the same).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlannedTest } from "../../src/runner/protocol";
import type { PythonRunner } from "../../src/runner/python-runner";
import { inlineJob, py, type Runtime, startRunner } from "../support/grading";

const TESTS = py`
  import random
  from drill import case
  rng = random.Random(7)
  CASES = [case([1, 2, 3], expected=6, sample=True), case([4], sample=True)]
  CASES += [case([rng.randint(-9, 9) for _ in range(5)]) for _ in range(4)]
`;
const REFERENCE = "def solve(xs):\n    return sum(xs)\n";

describe.each<Runtime>(["pyodide", "native"])("validate's shortened runs in %s", (runtime) => {
  let runner: PythonRunner;
  beforeAll(() => {
    runner = startRunner(runtime);
  });
  afterAll(() => runner.dispose());

  it("stops at the first test that does not pass", async () => {
    const wrongAfterSamples = "def solve(xs):\n    return sum(xs) if len(xs) < 5 else 0\n";
    const job = {
      ...inlineJob({ tests: TESTS, reference: REFERENCE, code: wrongAfterSamples }),
      stopAtFirstFailure: true,
    };
    const report = await runner.run(job);
    expect(report.problem).toBeUndefined();
    expect(report.results.map((r) => r.status)).toEqual(["pass", "pass", "fail"]);
  });

  it("builds every test with its expected value and grades nothing", async () => {
    const job = { ...inlineJob({ tests: TESTS, reference: REFERENCE, code: "raise SystemExit(3)\n" }), planOnly: true };
    let plan: PlannedTest[] = [];
    const report = await runner.run(job, { onPlan: (t) => (plan = t) });
    expect(report.problem).toBeUndefined();
    expect(report.results).toEqual([]);
    expect(plan).toHaveLength(6);
    // the same fingerprints as a full run's: inputs and expected values, not the code graded
    let full: PlannedTest[] = [];
    await runner.run(inlineJob({ tests: TESTS, reference: REFERENCE, code: REFERENCE }), { onPlan: (t) => (full = t) });
    expect(plan.map((t) => t.fingerprint)).toEqual(full.map((t) => t.fingerprint));
  });
});
