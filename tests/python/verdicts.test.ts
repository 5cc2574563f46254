// Correct, wrong, crashing, slow and looping code get the right verdict, with the details a
// candidate needs; the same in Pyodide under Node and in native CPython.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pyodideThreadFactory } from "../../src/cli/node-pyodide-port";
import { PYODIDE_DIR } from "../../src/cli/paths";
import { PythonRunner } from "../../src/runner/python-runner";
import { grade, py, type Runtime, startRunner } from "../support/grading";

const TESTS = py`
  from drill import case, generate
  COMPARE = "exact"
  CASES = [
      case([3, 1, 2], expected=[1, 2, 3], sample=True),
      case([], expected=[], sample=True, name="empty"),
      case([5, 5, 1], sample=True),
      case(list(range(6000, 0, -1)), time_limit=0.5, name="large"),
  ]
  @generate(count=4, seed=11)
  def random_lists(rng):
      return case([rng.randint(-9, 9) for _ in range(rng.randint(0, 12))])
`;
const REFERENCE = "def solve(xs):\n    return sorted(xs)\n";

describe.each<Runtime>(["pyodide", "native"])("verdicts in %s", (runtime) => {
  let runner: PythonRunner;
  beforeAll(() => {
    runner = startRunner(runtime);
  });
  afterAll(() => runner.dispose());
  const run = (code: string, extra: Partial<Parameters<typeof grade>[1]> = {}) =>
    grade(runner, { tests: TESTS, reference: REFERENCE, code, ...extra });

  it("passes a correct solution on every test, samples first in the plan", async () => {
    const r = await run("def solve(xs):\n    return sorted(xs)\n");
    expect(r.summary).toMatchObject({ total: 8, passed: 8 });
    expect(r.results.slice(0, 3).every((t) => t.sample)).toBe(true);
  });

  it("keeps a recursion limit raised at the top of the solution for its tests, and not after", async () => {
    const deep = py`
      from drill import case
      CASES = [case(3000, expected=3000, sample=True)]
    `;
    const recursive = "def solve(n):\n    return 0 if n == 0 else 1 + solve(n - 1)\n";
    const gradeDeep = (code: string) =>
      grade(runner, { tests: deep, reference: "def solve(n):\n    return n\n", code });
    const raised = await gradeDeep(`import sys\nsys.setrecursionlimit(8000)\n${recursive}`);
    expect(raised.results.map((t) => t.status)).toEqual(["pass"]);
    const plain = await gradeDeep(recursive);
    expect(plain.results[0]?.status).toBe("error");
    expect(plain.results[0]?.message).toMatch(/RecursionError/);
  });

  it("runs only the samples for Run", async () => {
    const r = await run(REFERENCE, { mode: "run" });
    expect(r.results.map((t) => t.name)).toEqual(["case 1", "empty", "case 3"]);
  });

  it("explains a wrong answer: input, expected, actual and where they differ", async () => {
    const r = await run("def solve(xs):\n    return sorted(xs, reverse=True)\n");
    const first = r.results[0];
    expect(first).toMatchObject({
      status: "fail",
      input: "solve([3, 1, 2])",
      expected: "[1, 2, 3]",
      actual: "[3, 2, 1]",
    });
    expect(first?.diff).toBe("result[0]: expected 1, got 3");
  });

  it("shows details for the first failing hidden test only", async () => {
    const r = await run("def solve(xs):\n    return sorted(xs)[:2]\n");
    const hiddenFails = r.results.filter((t) => !t.sample && t.status !== "pass");
    expect(hiddenFails.length).toBeGreaterThan(1);
    expect(hiddenFails[0]?.detailed).toBe(true);
    expect(hiddenFails[0]?.input).toBeDefined();
    expect(hiddenFails.slice(1).every((t) => !t.detailed && t.input === undefined)).toBe(true);
  });

  it("gives a traceback trimmed to the candidate's code, with editor line numbers", async () => {
    const code = "def helper(x):\n    return 10 // (x - 3)\n\ndef solve(xs):\n    return [helper(x) for x in xs]\n";
    const r = await run(code);
    const first = r.results[0];
    expect(first?.status).toBe("error");
    expect(first?.message).toMatch(/^ZeroDivisionError: .*by zero$/);
    expect(first?.traceback?.line).toBe(2);
    expect(first?.traceback?.text).toContain('File "solution.py", line 5, in solve');
    expect(first?.traceback?.text).not.toMatch(/drill|grade\.py|execute\.py/);
    expect(r.results.find((t) => t.name === "empty")?.status).toBe("pass");
  });

  it("reports a syntax error at its line, for every test", async () => {
    const r = await run("def solve(xs)\n    return xs\n");
    expect(r.results.every((t) => t.status === "error")).toBe(true);
    expect(r.results[0]?.message).toBe("Your code could not be loaded: SyntaxError: expected ':' (line 1)");
    expect(r.results[0]?.traceback?.line).toBe(1);
  });

  it("names a missing entry function", async () => {
    const r = await run("def sort_it(xs):\n    return sorted(xs)\n");
    expect(r.results[0]?.message).toContain("does not define solve");
  });

  it("fails a quadratic solution on the large case as too slow, not wrong", async () => {
    const bubble = py`
      def solve(xs):
          xs = list(xs)
          for i in range(len(xs)):
              for j in range(len(xs) - 1 - i):
                  if xs[j] > xs[j + 1]:
                      xs[j], xs[j + 1] = xs[j + 1], xs[j]
          return xs
    `;
    const r = await run(bubble);
    const large = r.results.find((t) => t.name === "large");
    expect(large?.status).toBe("timeout");
    expect(large?.message).toMatch(/^Too slow: stopped after .* this case allows 0.5 s/);
    expect(r.results.filter((t) => t.status === "pass")).toHaveLength(7);
  });

  it("stops an infinite loop at the run's time limit and reports the rest as not run", async () => {
    const r = await run("def solve(xs):\n    while True:\n        pass\n", { timeLimitMs: 1000 });
    expect(r.results[0]?.status).toBe("timeout");
    expect(r.results[0]?.message).toMatch(/Time limit exceeded/);
    expect(r.results.slice(1).every((t) => t.status === "timeout" && /Not run/.test(t.message ?? ""))).toBe(true);
  });

  it("stops a loop at the top level of the file", async () => {
    const r = await run("while True:\n    pass\n", { timeLimitMs: 1000 });
    expect(r.results.every((t) => t.status === "timeout")).toBe(true);
    expect(r.results[0]?.message).toMatch(/did not finish loading/);
  });

  it("captures what each test printed, separately", async () => {
    const r = await run("def solve(xs):\n    print('got', len(xs))\n    return sorted(xs)\n", { mode: "run" });
    expect(r.results.map((t) => t.stdout)).toEqual(["got 3\n", "got 0\n", "got 3\n"]);
  });

  it("streams output while the run is going", async () => {
    const chunks: string[] = [];
    await run("def solve(xs):\n    print('live', len(xs))\n    return sorted(xs)\n", { mode: "run" }).then(() => {});
    await grade(
      runner,
      { tests: TESTS, reference: REFERENCE, code: "def solve(xs):\n    print('x')\n    return []\n", mode: "run" },
      { onOutput: (_id, _s, text) => chunks.push(text) },
    );
    expect(chunks.join("")).toBe("x\nx\nx\n");
  });

  it("answers 'try your own input' with the reference's answer, the candidate's and their output", async () => {
    const custom = (code: string, customInput: string) => run(code, { mode: "custom", customInput });
    const ok = await custom("def solve(xs):\n    print('sorting', xs)\n    return sorted(xs)\n", "solve([3, 3, 1])");
    expect(ok.custom).toMatchObject({
      expected: "[1, 3, 3]",
      actual: "[1, 3, 3]",
      matches: true,
      stdout: "sorting [3, 3, 1]\n",
    });
    const wrong = await custom("def solve(xs):\n    return xs\n", "solve([2, 1])");
    expect(wrong.custom).toMatchObject({
      expected: "[1, 2]",
      actual: "[2, 1]",
      matches: false,
      diff: "result[0]: expected 1, got 2",
    });
    const crash = await custom("def solve(xs):\n    return xs[9]\n", "solve([1])");
    expect(crash.custom?.error?.message).toBe("IndexError: list index out of range");
    expect(crash.custom?.error?.traceback?.line).toBe(2);
    const typo = await custom(REFERENCE, "solve([1, 2]");
    expect(typo.custom?.error?.message).toMatch(/^Not a Python expression/);
    const invalid = await custom(REFERENCE, "solve(None)");
    expect(invalid.custom?.expectedError).toMatch(/^The reference solution raised TypeError/);
    const loop = await custom("def solve(xs):\n    while True:\n        pass\n", "solve([1])");
    expect(loop.custom?.error?.message).toMatch(/time limit exceeded/);
    expect(loop.results).toEqual([]);
  });

  it("fingerprints cases that take functions the same way on every run", async () => {
    const tests = py`
      from drill import case
      def double(x):
          return 2 * x
      CASES = [case([1, 2], double, sample=True)]
    `;
    const prints: string[][] = [];
    for (let i = 0; i < 2; i++) {
      await grade(
        runner,
        {
          tests,
          reference: "def solve(xs, f):\n    return [f(x) for x in xs]\n",
          code: "def solve(xs, f):\n    return []\n",
        },
        { onPlan: (plan) => prints.push(plan.map((t) => t.fingerprint)) },
      );
    }
    expect(prints[0]).toEqual(prints[1]);
  });

  it("generates the same seeded cases on every run", async () => {
    const a = await run("def solve(xs):\n    print(xs)\n    return sorted(xs)\n");
    const b = await run("def solve(xs):\n    print(xs)\n    return sorted(xs)\n");
    expect(a.results.map((t) => t.stdout)).toEqual(b.results.map((t) => t.stdout));
  });
});

describe.each<Runtime>(["pyodide", "native"])("test forms and challenge errors in %s", (runtime) => {
  let runner: PythonRunner;
  beforeAll(() => {
    runner = startRunner(runtime);
  });
  afterAll(() => runner.dispose());

  const UNITTEST = py`
    import unittest
    from counter import Counter
    from fixtures import START

    class CounterTest(unittest.TestCase):
        def test_starts_at_zero(self):
            self.assertEqual(Counter().value, START)

        def test_increments(self):
            c = Counter()
            c.inc(); c.inc()
            self.assertEqual(c.value, 2, "two increments make 2")

        def test_rejects_negative_steps(self):
            with self.assertRaises(ValueError):
                Counter().inc(-1)

        def test_reset(self):
            c = Counter()
            c.inc()
            c.reset()
            self.assertEqual(c.value, 0)
  `;
  const COUNTER = py`
    class Counter:
        def __init__(self):
            self.value = 0
        def inc(self, step=1):
            if step < 0:
                raise ValueError("step must be positive")
            self.value += step
        def reset(self):
            self.value = 0
  `;
  const unittestChallenge = (code: string) => ({
    kind: "unittest" as const,
    module: "counter",
    entry: "Counter",
    testsFile: "test_counter.py",
    samples: ["test_starts_at_zero", "test_increments"],
    tests: UNITTEST,
    helpers: { "fixtures.py": "START = 0\n" },
    reference: COUNTER,
    code,
  });

  it("reports one result per unittest method, with the assertion message", async () => {
    const buggy = COUNTER.replace("self.value += step", "self.value += 2 * step");
    const r = await grade(runner, unittestChallenge(buggy));
    expect(r.results.map((t) => [t.id, t.sample, t.status])).toEqual([
      ["CounterTest.test_starts_at_zero", true, "pass"],
      ["CounterTest.test_increments", true, "fail"],
      ["CounterTest.test_rejects_negative_steps", false, "pass"],
      ["CounterTest.test_reset", false, "pass"],
    ]);
    expect(r.results[1]?.message).toBe("4 != 2 : two increments make 2");
  });

  it("passes a correct class and runs only samples for Run", async () => {
    const all = await grade(runner, unittestChallenge(COUNTER));
    expect(all.summary).toMatchObject({ total: 4, passed: 4 });
    const samples = await grade(runner, { ...unittestChallenge(COUNTER), mode: "run" });
    expect(samples.results.map((t) => t.name)).toEqual(["test_starts_at_zero", "test_increments"]);
  });

  it("does not let a lying value pass a unittest assertion", async () => {
    const liar = py`
      class Lie:
          def __eq__(self, o): return True
          def __ne__(self, o): return False
      class Counter:
          def __init__(self):
              self.value = Lie()
          def inc(self, step=1):
              if step < 0:
                  raise ValueError()
          def reset(self):
              pass
    `;
    const r = await grade(runner, unittestChallenge(liar));
    expect(r.results.find((t) => t.name === "test_increments")?.status).toBe("fail");
    expect(r.results.find((t) => t.name === "test_starts_at_zero")?.message).toMatch(
      /Lie object says it equals 0, but it also equals a made-up value/,
    );
  });

  it("reports errors inside the candidate's class with its line", async () => {
    const broken = COUNTER.replace("self.value += step", "self.value += undefined_name");
    const r = await grade(runner, unittestChallenge(broken));
    const inc = r.results.find((t) => t.name === "test_increments");
    expect(inc?.status).toBe("error");
    expect(inc?.message).toBe("NameError: name 'undefined_name' is not defined");
    expect(inc?.traceback?.line).toBe(7);
  });

  it("runs ordinary unittest idioms unchanged: sequences, membership in the candidate's class, Decimal, dates", async () => {
    const tests = py`
      import datetime
      import unittest
      from decimal import Decimal
      from box import Box

      class BoxTest(unittest.TestCase):
          def test_sequences(self):
              self.assertEqual(Box().items, [1, 2])
              self.assertEqual((1, 2), (1, 2))
              self.assertSequenceEqual(Box().items, [1, 2])
          def test_membership(self):
              self.assertIn(1, Box())
              self.assertNotIn(3, Box())
          def test_values(self):
              self.assertEqual(Box().total(), Decimal("1.10"))
              self.assertEqual(Box().day(), datetime.date(2024, 1, 1))
    `;
    const box = py`
      import datetime
      from decimal import Decimal
      class Box:
          def __init__(self):
              self.items = [1, 2]
          def __contains__(self, x):
              return x in self.items
          def total(self):
              return Decimal("1.10")
          def day(self):
              return datetime.date(2024, 1, 1)
    `;
    const challenge = {
      kind: "unittest" as const,
      module: "box",
      entry: "Box",
      testsFile: "test_box.py",
      samples: ["test_sequences"],
      tests,
      reference: box,
    };
    const ok = await grade(runner, { ...challenge, code: box });
    expect(ok.results.map((t) => t.status)).toEqual(["pass", "pass", "pass"]);
    const lying = await grade(runner, {
      ...challenge,
      code: box.replace("return x in self.items", "return True").replace('Decimal("1.10")', 'Decimal("1.1")'),
    });
    expect(lying.results.map((t) => t.status)).toEqual(["pass", "fail", "pass"]);
  });

  it("grades properties with a custom check function", async () => {
    const tests = py`
      from drill import case
      def is_permutation_sorted(actual, expected, xs):
          assert isinstance(actual, list), "return a list"
          assert sorted(actual) == sorted(xs), "must contain the same items"
          assert all(a <= b for a, b in zip(actual, actual[1:])), "must be in ascending order"
      CASES = [case([3, 1, 2], check=is_permutation_sorted, sample=True)]
    `;
    const ok = await grade(runner, { tests, reference: REFERENCE, code: REFERENCE });
    expect(ok.results[0]?.status).toBe("pass");
    const bad = await grade(runner, { tests, reference: REFERENCE, code: "def solve(xs):\n    return list(xs)\n" });
    expect(bad.results[0]).toMatchObject({ status: "fail", message: "must be in ascending order" });
  });

  it("names the file and field of a broken test module", async () => {
    const identity = "def solve(x):\n    return x\n";
    const withTests = (tests: string) => grade(runner, { tests, reference: identity, code: identity });
    const unknown = await withTests("from drill import case\nCASES = [case(1, compare='exactly')]\n");
    expect(unknown.problem).toMatchObject({ kind: "challenge", file: "tests.py", field: "CASES[0].compare" });
    expect(unknown.problem?.message).toContain("unknown comparator 'exactly'");
    const option = await withTests(
      "from drill import case\nCOMPARE = {'name': 'close', 'tol': 1}\nCASES = [case(1)]\n",
    );
    expect(option.problem).toMatchObject({ file: "tests.py", field: "COMPARE" });
    expect(option.problem?.message).toContain("has no option 'tol'");
  });

  it("names the reference solution when it raises", async () => {
    const r = await grade(runner, {
      tests: "from drill import case\nCASES = [case(0, sample=True)]\n",
      reference: "def solve(x):\n    return 1 / x\n",
      code: "def solve(x):\n    return 0\n",
    });
    expect(r.problem).toMatchObject({ kind: "challenge", file: "solution.py", field: "case-1" });
    expect(r.problem?.message).toContain("ZeroDivisionError");
  });
});

describe("packages in Pyodide", () => {
  it("says in plain words when a package cannot be downloaded, instead of an ImportError", async () => {
    const runner = new PythonRunner(pyodideThreadFactory(), {
      indexURL: `${PYODIDE_DIR}/`,
      packageBaseUrl: "http://127.0.0.1:9/",
      // Pyodide under Node would otherwise make a cache folder named after the URL in the checkout
      packageCacheDir: mkdtempSync(path.join(tmpdir(), "drill-no-packages-")),
    });
    try {
      const r = await grade(runner, {
        tests: "from drill import case\nCASES = [case(1, sample=True)]\n",
        reference: "def solve(x):\n    return x\n",
        code: "import numpy\ndef solve(x):\n    return x\n",
        packages: ["numpy"],
      });
      expect(r.problem?.kind).toBe("packages");
      expect(r.problem?.message).toMatch(/^numpy could not be loaded \(offline\?\)/);
      expect(r.results).toEqual([]);
    } finally {
      runner.dispose();
    }
  });
});
