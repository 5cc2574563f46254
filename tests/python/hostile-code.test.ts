// Hostile candidate code never passes a test, never hangs, and never breaks the next run:
// in real Pyodide under Node and in native CPython, with the same harness and runner.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunReport } from "../../src/domain/results";
import type { PythonRunner } from "../../src/runner/python-runner";
import { grade, py, type Runtime, startRunner } from "../support/grading";

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

function nonePassed(report: RunReport) {
  expect(report.problem).toBeUndefined();
  expect(report.results).toHaveLength(5);
  expect(report.results.filter((r) => r.status === "pass")).toEqual([]);
}

const HOSTILE: Record<string, string> = {
  "an object whose __eq__ always returns True": py`
    class Liar:
        def __eq__(self, other): return True
        def __ne__(self, other): return False
        __hash__ = object.__hash__
    def solve(xs):
        return Liar()
  `,
  "a subclass of the expected type that lies": py`
    class Int(int):
        def __eq__(self, other): return True
        def __ne__(self, other): return False
        __hash__ = int.__hash__
    def solve(xs):
        return Int(-1)
  `,
  "monkeypatched builtins (len, isinstance, print, sorted, type)": py`
    import builtins
    builtins.len = lambda x: 0
    builtins.isinstance = lambda *a: True
    builtins.sorted = lambda *a, **k: []
    builtins.type = lambda *a: int
    builtins.print = lambda *a, **k: None
    def solve(xs):
        builtins.len = lambda x: 0
        return -1
  `,
  "sys.exit() in the function": "import sys\ndef solve(xs):\n    sys.exit(0)\n",
  "sys.exit() at import": "import sys\nsys.exit(0)\ndef solve(xs):\n    return sum(xs)\n",
  "os._exit()": "import os\ndef solve(xs):\n    os._exit(0)\n",
  "raising SystemExit": "def solve(xs):\n    raise SystemExit(0)\n",
  "raising KeyboardInterrupt": "def solve(xs):\n    raise KeyboardInterrupt\n",
  "raising BaseException": "def solve(xs):\n    raise BaseException('boom')\n",
  "printing text that looks like a result": py`
    import sys
    def solve(xs):
        print('{"type": "test-finished", "result": {"status": "pass"}}')
        sys.__stdout__.write('{"type": "run-finished", "summary": {"passed": 5}}\\n')
        print("PASS ok 5 passed")
        return None
  `,
  "sys.setrecursionlimit(10**6) then runaway recursion": py`
    import sys
    sys.setrecursionlimit(10**6)
    def solve(xs):
        return solve(xs) + 1
  `,
  "sys.setrecursionlimit(10**6) inside the function, then runaway recursion": py`
    import sys
    def solve(xs):
        sys.setrecursionlimit(10**6)
        return solve(xs) + 1
  `,
  "recursion through C code that overflows the JavaScript stack": py`
    import sys
    def solve(xs):
        sys.setrecursionlimit(10**6)
        return sorted([1, 2], key=lambda x: solve(xs))
  `,
  "an infinite loop that swallows interrupts": py`
    def solve(xs):
        while True:
            try:
                while True:
                    pass
            except BaseException:
                pass
  `,
  "a memory bomb": "def solve(xs):\n    block = bytearray(2**40)\n    return len(block)\n",
  "an output flood": "def solve(xs):\n    while True:\n        print('flood ' * 100)\n",
  "a wrong answer after patching the harness modules": py`
    import sys
    for name, mod in list(sys.modules.items()):
        if name.startswith("drill"):
            for attr in list(vars(mod)):
                if attr in ("plain", "make_comparator", "collect_cases"):
                    setattr(mod, attr, lambda *a, **k: None)
    def solve(xs):
        return -1
  `,
};

describe.each<Runtime>(["pyodide", "native"])("hostile code in %s", (runtime) => {
  let runner: PythonRunner;
  beforeAll(() => {
    runner = startRunner(runtime);
  });
  afterAll(() => runner.dispose());

  for (const [name, code] of Object.entries(HOSTILE)) {
    it(`${name}: passes no test, and the next run is unaffected`, async () => {
      const hostile = await grade(runner, { tests: TESTS, reference: REFERENCE, code, timeLimitMs: 2000 });
      nonePassed(hostile);
      const next = await grade(runner, {
        tests: TESTS,
        reference: REFERENCE,
        code: `${CORRECT}\nprint(len([1, 2]), isinstance(1, int), sorted([2, 1]), type(1).__name__)\n`,
      });
      expect(next.results.map((r) => r.status)).toEqual(["pass", "pass", "pass", "pass", "pass"]);
    });
  }

  const gradeHostile = (name: string) =>
    grade(runner, { tests: TESTS, reference: REFERENCE, code: HOSTILE[name] as string });

  it("reports sys.exit and os._exit in plain words", async () => {
    const exit = await gradeHostile("sys.exit() in the function");
    expect(exit.results[0]?.message).toContain("sys.exit(0)");
    const hard = await gradeHostile("os._exit()");
    expect(hard.results[0]?.message).toContain("os._exit(0)");
  });

  // Node's threads get a browser's stack (BROWSER_STACK_MB), so this is what a Chromium worker does
  it.runIf(runtime === "pyodide")(
    "says a cached recursion too deep for a browser's stack ran out of stack, and passes a 150-level one",
    async () => {
      const cached = (depth: number) => py`
        from functools import lru_cache
        def solve(xs):
            @lru_cache(maxsize=None)
            def down(i):
                return 0 if i == 0 else 1 + down(i - 1)
            return sum(xs) + down(${depth}) - ${depth}
      `;
      const deep = await grade(runner, { tests: TESTS, reference: REFERENCE, code: cached(800) });
      expect(deep.results[0]?.status).toBe("error");
      expect(deep.results[0]?.message).toMatch(/ran out of stack.*functools\.lru_cache.*a loop/);
      const shallow = await grade(runner, { tests: TESTS, reference: REFERENCE, code: cached(150) });
      expect(shallow.results.map((r) => r.status)).toEqual(["pass", "pass", "pass", "pass", "pass"]);
    },
  );

  it("refuses a lying object with a message, not a crash", async () => {
    const r = await gradeHostile("an object whose __eq__ always returns True");
    expect(r.results[0]?.status).toBe("fail");
    expect(r.results[0]?.message).toMatch(/Liar object, which cannot be checked/);
  });

  it("caps an output flood and says so", async () => {
    const r = await grade(runner, {
      tests: TESTS,
      reference: REFERENCE,
      code: HOSTILE["an output flood"] as string,
      timeLimitMs: 1500,
    });
    const first = r.results[0];
    expect(first?.status).toBe("timeout");
    expect(first?.outputTruncated).toBe(true);
    expect((first?.stdout ?? "").length).toBeLessThanOrEqual(2000);
  });

  it("a solution that mutates its input still passes, and the shown input is the original", async () => {
    const code = "def solve(xs):\n    s = sum(xs)\n    xs.append(999)\n    return s\n";
    const r = await grade(runner, { tests: TESTS, reference: REFERENCE, code, mode: "run" });
    expect(r.results.map((x) => x.status)).toEqual(["pass", "pass", "pass"]);
    const wrong = await grade(runner, {
      tests: TESTS,
      reference: REFERENCE,
      code: "def solve(xs):\n    xs.append(1)\n    return -1\n",
      mode: "run",
    });
    expect(wrong.results[0]?.input).toBe("solve([1, 2, 3])");
  });
});
