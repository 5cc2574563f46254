// Honest code must never look like tampering: a run whose code raises, fails or prints leaves an
// interpreter the next run accepts as it is (no restart, no notice). The browser's runner and
// worker session, one interpreter for many runs, Pyodide under Node.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PythonRunner } from "../../src/runner/python-runner";
import { grade, type InlineChallenge, py } from "../support/grading";
import { browserLikeRunner } from "./support/persistent-session";

const TESTS = py`
  from drill import case
  CASES = [case([2, 7, 11, 15], 9, expected=[0, 1], sample=True), case([], 0, expected=[], sample=True),
           case([3, 3], 6, expected=[0, 1])]
`;
const REFERENCE = py`
  def two_sum(nums, target):
      seen = {}
      for i, x in enumerate(nums):
          if target - x in seen:
              return [seen[target - x], i]
          seen[x] = i
      return []
`;
const RAISES = "def two_sum(nums, target):\n    if not nums:\n        return nums[0]\n    return [1, 0]\n";
const PRINTS =
  "import warnings\ndef two_sum(nums, target):\n    print('trying', nums)\n    warnings.warn('slow')\n    return [0, 1]\n";

let runner: PythonRunner;
beforeAll(() => {
  runner = browserLikeRunner();
});
afterAll(() => runner.dispose());

describe("honest code, run after run in one interpreter", () => {
  it("a traceback, a wrong answer, prints and warnings never restart Python", async () => {
    const base: InlineChallenge = {
      entry: "two_sum",
      mode: "submit",
      tests: TESTS,
      reference: REFERENCE,
      code: RAISES,
    };
    for (const code of [RAISES, RAISES, PRINTS, REFERENCE, RAISES]) {
      const r = await grade(runner, { ...base, code });
      expect(r.problem).toBeUndefined();
      expect(r.notices).toEqual([]);
      expect(r.results.map((t) => t.message ?? "").join("\n")).not.toMatch(/does not define/);
    }
    const right = await grade(runner, { ...base, code: REFERENCE });
    expect(right.summary.passed).toBe(3);
  }, 120_000);
});
