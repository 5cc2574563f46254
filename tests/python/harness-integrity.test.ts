// Code that changes the grader itself (issue 10): the run that does it is not a pass, and the
// next run, correct or wrong, is graded by an interpreter as it was at boot. Pyodide under Node.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunReport } from "../../src/domain/results";
import type { PythonRunner } from "../../src/runner/python-runner";
import { browserLikeRunner } from "../runner/support/persistent-session";
import { grade, py, startRunner } from "../support/grading";

const TESTS = py`
  from drill import case
  CASES = [
      case([1, 2, 3], expected=6, sample=True),
      case([], expected=0, sample=True),
      case([-5, 5, 10], sample=True),
      case([10**6] * 1000),
      case(list(range(50))),
  ]
`;
const REFERENCE = "def solve(xs):\n    return sum(xs)\n";
const CORRECT = "def solve(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total\n";
const WRONG = "def solve(xs):\n    return -1\n";

const TAMPERING: Record<string, string> = {
  "drill.compare._walk.__code__ replaced": py`
    import drill.compare
    drill.compare._walk.__code__ = (lambda *a: None).__code__
    def solve(xs):
        return -1
  `,
  "Grader._stop_requested made to return True": py`
    import drill.grade
    drill.grade.Grader._stop_requested.__code__ = (lambda self: True).__code__
    def solve(xs):
        return -1
  `,
  "drill.compare.COMPARATORS mutated in place": py`
    import drill.compare
    for name in list(drill.compare.COMPARATORS):
        factory, options = drill.compare.COMPARATORS[name]
        drill.compare.COMPARATORS[name] = ((lambda **k: (lambda e, a: None)), options)
    def solve(xs):
        return -1
  `,
  "drill.grade_loading._CASES_MODULES mutated in place": py`
    import drill.grade_loading
    for module in drill.grade_loading._CASES_MODULES.values():
        for c in module.CASES:
            c.check = lambda *a, **k: None  # every answer accepted, in every later run
    def solve(xs):
        return -1
  `,
};

function notAPass(r: RunReport) {
  const passedAll = r.results.length > 0 && r.results.every((t) => t.status === "pass") && !r.problem;
  expect(passedAll).toBe(false);
}

describe("code that changes the grader (Pyodide)", () => {
  let runner: PythonRunner;
  beforeAll(() => {
    runner = startRunner("pyodide");
  });
  afterAll(() => runner.dispose());

  for (const [name, code] of Object.entries(TAMPERING)) {
    it(`${name}: not a pass; then correct code passes and wrong code fails`, async () => {
      // warm the tests-module cache first, as a Run before a Submit would
      const warm = await grade(runner, { tests: TESTS, reference: REFERENCE, code: CORRECT });
      expect(warm.summary.passed).toBe(5);
      const hostile = await grade(runner, { tests: TESTS, reference: REFERENCE, code });
      notAPass(hostile);
      const wrong = await grade(runner, { tests: TESTS, reference: REFERENCE, code: WRONG });
      expect(wrong.summary.passed).toBe(0);
      expect(wrong.summary.total).toBe(5);
      const right = await grade(runner, { tests: TESTS, reference: REFERENCE, code: CORRECT });
      expect(right.results.map((t) => t.status)).toEqual(["pass", "pass", "pass", "pass", "pass"]);
    });
  }

  it("says in plain words that the run does not count", async () => {
    const r = await grade(runner, {
      tests: TESTS,
      reference: REFERENCE,
      code: TAMPERING["drill.compare._walk.__code__ replaced"] as string,
    });
    expect(r.problem?.message).toMatch(/changed the grader itself .* does not count/);
    expect(r.results).toEqual([]);
  });

  it("replaces Python after a loop of memory allocations, and says so", async () => {
    const bomb = py`
      def solve(xs):
          keep = []
          while True:
              keep.append(bytearray(50 * 10**6))
    `;
    // a time limit long enough for memory to run out first, even on a loaded machine
    const r = await grade(runner, { tests: TESTS, reference: REFERENCE, code: bomb, timeLimitMs: 90_000 });
    notAPass(r);
    expect(JSON.stringify(r)).not.toContain("\\u0000");
    expect(r.notices.join(" ")).toMatch(/memory/);
    const right = await grade(runner, { tests: TESTS, reference: REFERENCE, code: CORRECT });
    expect(right.summary.passed).toBe(5);
  }, 240_000);
});

/** Changes made where only the browser's kind of host can be fooled: one interpreter for many runs. */
const LATER: Record<string, string> = {
  "a cached input list changed in place": py`
    import drill.grade_loading
    for module in drill.grade_loading._CASES_MODULES.values():
        for c in module.CASES:
            if c.args and isinstance(c.args[0], list) and c.args[0]:
                c.args[0][0] += 1
    def solve(xs):
        return -1
  `,
  "a js.setTimeout callback that changes the grader after the run": py`
    import js
    from pyodide.ffi import create_proxy

    def later():
        import drill.compare
        for name in list(drill.compare.COMPARATORS):
            options = drill.compare.COMPARATORS[name][1]
            drill.compare.COMPARATORS[name] = ((lambda **k: (lambda e, a: None)), options)

    js.setTimeout(create_proxy(later), 0)
    js.setTimeout(create_proxy(later), 300)
    def solve(xs):
        return -1
  `,
  "a js.setTimeout callback that changes the cached tests after the run": py`
    import js
    from pyodide.ffi import create_proxy

    def later():
        import drill.grade_loading
        for module in drill.grade_loading._CASES_MODULES.values():
            for c in module.CASES:
                c.check = lambda *a, **k: None  # every answer accepted

    js.setTimeout(create_proxy(later), 0)
    def solve(xs):
        return -1
  `,
};

/**
 * Changes to the worker's JavaScript realm, which Python reaches through `js` and `pyodide_js`:
 * no check inside the interpreter can see them, so they would outlive the run in a worker that
 * graded again. Each run gets a worker of its own instead.
 */
const JS_REALM: Record<string, string> = {
  "Array.prototype[Symbol.iterator] made to yield nothing, and the comparators changed": py`
    from pyodide.code import run_js
    import drill.compare
    for name in list(drill.compare.COMPARATORS):
        options = drill.compare.COMPARATORS[name][1]
        drill.compare.COMPARATORS[name] = ((lambda **k: (lambda e, a: None)), options)
    run_js("Array.prototype[Symbol.iterator] = function* () {}")
    def solve(xs):
        return -1
  `,
  "JSON.parse (which reads every harness event) made to turn failures into passes": py`
    from pyodide.code import run_js
    run_js("""
      const parse = JSON.parse;
      JSON.parse = function (text, reviver) {
        const value = parse(text, reviver);
        if (value && value.type === "test-finished") {
          value.result.status = "pass";
          delete value.result.message;
        }
        return value;
      };
    """)
    def solve(xs):
        return -1
  `,
  "pyodide_js.setInterruptBuffer given a buffer that always says stop": py`
    import js
    import pyodide_js
    from pyodide.ffi import create_proxy
    buffer = js.Int32Array.new(js.SharedArrayBuffer.new(8))
    js.setInterval(create_proxy(lambda: js.Atomics.store(buffer, 0, 2)), 1)
    pyodide_js.setInterruptBuffer(buffer)
    def solve(xs):
        return -1
  `,
};

describe("code that changes the grader, one interpreter for many runs (as in the browser)", () => {
  let runner: PythonRunner;
  beforeAll(() => {
    runner = browserLikeRunner({ graceMs: 1000 });
  });
  afterAll(() => runner.dispose());

  for (const [name, code] of Object.entries({ ...TAMPERING, ...LATER, ...JS_REALM })) {
    it(`${name}: not a pass; then wrong code fails and correct code passes`, async () => {
      const warm = await grade(runner, { tests: TESTS, reference: REFERENCE, code: CORRECT });
      expect(warm.summary.passed).toBe(5);
      const hostile = await grade(runner, { tests: TESTS, reference: REFERENCE, code });
      notAPass(hostile);
      await new Promise((r) => setTimeout(r, 600)); // the callbacks' time to fire
      const wrong = await grade(runner, { tests: TESTS, reference: REFERENCE, code: WRONG });
      expect(wrong.problem).toBeUndefined();
      expect(wrong.summary.passed).toBe(0);
      expect(wrong.summary.total).toBe(5);
      const right = await grade(runner, { tests: TESTS, reference: REFERENCE, code: CORRECT });
      expect(right.problem).toBeUndefined();
      expect(right.results.map((t) => t.status)).toEqual(["pass", "pass", "pass", "pass", "pass"]);
    }, 120_000);
  }

  it("finds a cached input changed in place, and says the run does not count", async () => {
    await grade(runner, { tests: TESTS, reference: REFERENCE, code: CORRECT });
    const r = await grade(runner, {
      tests: TESTS,
      reference: REFERENCE,
      code: LATER["a cached input list changed in place"] as string,
    });
    expect(r.problem?.message).toMatch(/changed the grader itself .* does not count/);
  }, 60_000);

  it("grades two runs in a row in two workers: what run 1 left in the worker is not there in run 2", async () => {
    const threads: { id: number; exited: boolean }[] = [];
    const own = browserLikeRunner({ graceMs: 1000 }, (thread) => {
      const t = { id: thread.threadId, exited: false };
      thread.on("exit", () => {
        t.exited = true;
      });
      threads.push(t);
    });
    try {
      // passes only where no earlier run has left its mark in the worker's globals
      const marks = py`
        import js
        seen = getattr(js, "drillRanHere", None)
        js.drillRanHere = 1
        def solve(xs):
            return sum(xs) if seen is None else -1
      `;
      for (let i = 0; i < 2; i++) {
        const r = await grade(own, { tests: TESTS, reference: REFERENCE, code: marks });
        expect(r.problem).toBeUndefined();
        expect(r.summary.passed).toBe(5);
      }
      // two graders, both ended (a thread's exit can take a while on a loaded machine), and a
      // third waiting for the next run
      await expect.poll(() => threads.map((t) => t.exited), { timeout: 15_000 }).toEqual([true, true, false]);
      expect(new Set(threads.map((t) => t.id)).size).toBe(3);
    } finally {
      own.dispose();
    }
  }, 120_000);

  it("runs of two challenges in turn reuse nothing stale and blame nobody", async () => {
    const other = py`
      from drill import case
      CASES = [case(list(range(1000)), sample=True), case([7] * 300, expected=2100)]
    `;
    for (const tests of [TESTS, other, TESTS, other, other]) {
      const r = await grade(runner, { tests, reference: REFERENCE, code: CORRECT });
      expect(r.problem).toBeUndefined();
      expect(r.notices).toEqual([]);
      expect(r.summary.passed).toBe(r.summary.total);
    }
  }, 120_000);
});
