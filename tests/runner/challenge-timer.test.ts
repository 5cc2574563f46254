// A tests.py or reference that hangs is the challenge's fault, reported within the run's time
// limit as a problem naming the file, on a host that interrupts from outside (the browser's way:
// one interpreter for many runs, messages passed through as they are). Pyodide under Node.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PYODIDE_DIR } from "../../src/cli/paths";
import { PythonRunner } from "../../src/runner/python-runner";
import { grade, type InlineChallenge, py } from "../support/grading";
import { persistentSessionFactory } from "./support/persistent-session";

const TESTS = py`
  from drill import case
  CASES = [case([1, 2, 3], expected=6, sample=True), case([4], sample=True)]
`;
const REFERENCE = "def solve(xs):\n    return sum(xs)\n";
const CORRECT = "def solve(xs):\n    return sum(xs)\n";
const base: InlineChallenge = { tests: TESTS, reference: REFERENCE, code: CORRECT, timeLimitMs: 1000 };

let runner: PythonRunner;
beforeAll(() => {
  // the watchdog (time limit + 60 s) comes after the tests' own timeout: only the challenge
  // timer can end these runs in time
  runner = new PythonRunner(
    persistentSessionFactory(),
    { indexURL: `${PYODIDE_DIR}/` },
    { graceMs: 1000, watchdogExtraMs: 60_000 },
  );
  void runner.start();
});
afterAll(() => runner.dispose());

async function expectCorrectCodePasses() {
  const right = await grade(runner, base);
  expect(right.problem).toBeUndefined();
  expect(right.summary.passed).toBe(2);
}

describe("challenge code that hangs, with the browser's runner and worker session", () => {
  it("a tests.py that loops at import is a problem naming tests.py, not the candidate's timeout", async () => {
    const r = await grade(runner, { ...base, tests: `while True:\n    pass\n${TESTS}` });
    expect(r.problem).toMatchObject({ kind: "challenge", file: "tests.py" });
    expect(r.problem?.message).toMatch(/did not finish within 1 s/);
    expect(r.results).toEqual([]);
    await expectCorrectCodePasses();
  }, 50_000);

  it("a reference that hangs while expected values are computed names solution.py", async () => {
    const r = await grade(runner, { ...base, reference: "def solve(xs):\n    while True:\n        pass\n" });
    expect(r.problem).toMatchObject({ kind: "challenge", file: "solution.py" });
    expect(r.problem?.message).toMatch(/did not finish within 1 s/);
    await expectCorrectCodePasses();
  }, 50_000);

  it("a tests.py that swallows every interrupt still ends in time, names the file, and Python is replaced", async () => {
    const stubborn = py`
      while True:
          try:
              while True:
                  pass
          except BaseException:
              pass
    `;
    const r = await grade(runner, { ...base, tests: `${stubborn}\n${TESTS}` });
    expect(r.problem).toMatchObject({ kind: "challenge", file: "tests.py" });
    expect(r.problem?.message).toMatch(/did not finish within 1 s/);
    await expectCorrectCodePasses();
  }, 50_000);

  it("a unittest tests.py that hangs after the candidate's code loaded names tests.py", async () => {
    const tests = py`
      import unittest
      from solution import solve
      while True:
          pass
      class T(unittest.TestCase):
          def test_sum(self):
              self.assertEqual(solve([1, 2]), 3)
    `;
    const r = await grade(runner, { ...base, kind: "unittest", tests, samples: ["T.test_sum"] });
    expect(r.problem).toMatchObject({ kind: "challenge", file: "tests.py" });
    await expectCorrectCodePasses();
  }, 50_000);
});
