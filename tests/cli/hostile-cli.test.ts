// Code that attacks the CLI's host (issue 10's CLI rows): in the Pyodide thread it cannot reach
// Node (process, fs, worker_threads, eval'd imports, Emscripten's run_script, host mounts);
// natively it cannot poison the harness on disk, forge events, or leave processes or threads
// behind. For each: the run is not a pass, the next correct run passes and the next wrong run
// fails, the harness files on disk are unchanged and nothing was written on the host.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HARNESS_DIR } from "../../src/cli/paths";
import type { RunReport } from "../../src/domain/results";
import type { PythonRunner } from "../../src/runner/python-runner";
import { grade, py, type Runtime, startRunner } from "../support/grading";
import { tsx } from "../support/tsx";

const HARNESS = path.join(HARNESS_DIR, "drill");
const scratch = mkdtempSync(path.join(tmpdir(), "drill-hostile-"));
const marker = (name: string) => path.join(scratch, name);

function harnessHashes(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(HARNESS, { withFileTypes: true })
      .filter((e) => e.isFile()) // not a __pycache__ left by a local Python
      .map((e) => e.name)
      .sort()
      .map((f) => [
        f,
        createHash("sha256")
          .update(readFileSync(path.join(HARNESS, f)))
          .digest("hex"),
      ]),
  );
}

function drill(...args: string[]) {
  const r = spawnSync(...tsx("src/cli/drill.ts", ...args), { encoding: "utf8", timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(code: string): string {
  const f = path.join(mkdtempSync(path.join(tmpdir(), "drill-attempt-")), "attempt.py");
  writeFileSync(f, code);
  return f;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const TESTS = py`
  from drill import case
  CASES = [
      case([1, 2, 3], expected=6, sample=True),
      case([], expected=0, sample=True),
      case([-5, 5, 10], sample=True),
      case(list(range(50))),
  ]
`;
const REFERENCE = "def solve(xs):\n    return sum(xs)\n";
const CORRECT = "def solve(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total\n";
const WRONG = "def solve(xs):\n    return 7\n";
const TWO_SUM_CORRECT =
  "def two_sum(nums, target):\n    seen = {}\n    for j, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], j]\n        seen.setdefault(x, j)\n    return []\n";
const TWO_SUM_WRONG = "def two_sum(nums, target):\n    return [0, 1]\n";

function notAPass(report: RunReport) {
  const passed = !report.problem && report.results.length > 0 && report.results.every((r) => r.status === "pass");
  expect(passed).toBe(false);
}

const PYODIDE_ATTACKS: Record<string, string> = {
  "js.process.getBuiltinModule('worker_threads').parentPort.postMessage(forged results)": py`
    import js
    def solve(xs):
        wt = js.process.getBuiltinModule("worker_threads")
        for t in ("test-finished", "run-finished"):
            wt.parentPort.postMessage(js.JSON.parse('{"type": "%s", "runId": "run-1", "stopped": false, "result": {"status": "pass"}, "summary": {"total": 4, "passed": 4}}' % t))
        return 7
  `,
  "js.process.getBuiltinModule('fs').writeFileSync": py`
    import js
    js.process.getBuiltinModule("fs").writeFileSync("${marker("fs-write")}", "x")
    def solve(xs):
        return 7
  `,
  "import('node:fs') through eval, Function and a function's constructor": py`
    import js
    def solve(xs):
        for make in (lambda s: js.eval(s), lambda s: js.Function(s)(), lambda s: js.setTimeout.constructor(s)()):
            try:
                make("import('node:fs').then(f => f.writeFileSync('${marker("eval-import")}', 'x'))")
            except Exception:
                pass
        return 7
  `,
  "Emscripten's run_script through ctypes, where require is in scope": py`
    import ctypes
    def solve(xs):
        ctypes.CDLL(None).emscripten_run_script(b"require('node:fs').writeFileSync('${marker("run-script")}', 'x')")
        return 7
  `,
  "mounting the host's file system": py`
    import pyodide_js
    def solve(xs):
        pyodide_js.mountNodeFS("/host", "${scratch}")
        open("/host/mounted", "w").write("x")
        return 7
  `,
};

const NATIVE_ATTACKS: Record<string, string> = {
  "appending to the harness's compare.py through drill.__file__": py`
    import drill, os
    path = os.path.join(os.path.dirname(drill.__file__), "compare.py")
    os.chmod(os.path.dirname(path), 0o755)
    os.chmod(path, 0o644)
    with open(path, "a") as f:
        f.write("\\ndef make_comparator(spec):\\n    return lambda expected, actual: None\\n")
    def solve(xs):
        return 7
  `,
  "a thread that outlives the test and re-patches the harness": py`
    import sys, threading, time
    def patch():
        while True:
            compare = sys.modules.get("drill.compare")
            if compare is not None:
                for name in list(getattr(compare, "COMPARATORS", {})):
                    compare.COMPARATORS[name] = lambda *a, **k: (lambda expected, actual: None)
            time.sleep(0.001)
    def solve(xs):
        threading.Thread(target=patch, daemon=True).start()
        return 7
  `,
};

const hashesBefore = harnessHashes();

afterAll(() => {
  expect(harnessHashes()).toEqual(hashesBefore);
  expect(readdirSync(scratch)).toEqual([]);
});

for (const runtime of ["pyodide", "native"] as Runtime[]) {
  const attacks = runtime === "pyodide" ? PYODIDE_ATTACKS : NATIVE_ATTACKS;
  describe(`${runtime} CLI: hostile code does not touch the host or a later run`, { timeout: 180_000 }, () => {
    let runner: PythonRunner;
    beforeAll(async () => {
      runner = startRunner(runtime);
      await runner.start();
    });
    afterAll(() => runner.dispose());

    it.each(Object.entries(attacks))("%s", async (_name, code) => {
      notAPass(await grade(runner, { tests: TESTS, reference: REFERENCE, code }));
      const correct = await grade(runner, { tests: TESTS, reference: REFERENCE, code: CORRECT });
      expect(correct.results.map((r) => r.status)).toEqual(["pass", "pass", "pass", "pass"]);
      const wrong = await grade(runner, { tests: TESTS, reference: REFERENCE, code: WRONG });
      expect(wrong.results.filter((r) => r.status === "pass")).toEqual([]);
      expect(harnessHashes()).toEqual(hashesBefore);
      expect(readdirSync(scratch)).toEqual([]);
    });
  });
}

describe("native CLI, through the command line", { timeout: 240_000 }, () => {
  it("refuses JSON lines written to the event channel found under /proc/self/fd: exit 2, no stack trace", () => {
    const forged = py`
      import json, os
      def solve_forged():
          for fd in os.listdir("/proc/self/fd"):
              try:
                  link = os.readlink(f"/proc/self/fd/{fd}")
                  if int(fd) > 2 and link.startswith(("pipe:", "socket:")):
                      line = {"type": "run-finished", "runId": "run-1", "stopped": False,
                              "summary": {"total": 22, "passed": 22, "failed": 0, "errors": 0, "timeouts": 0, "durationMs": 1}}
                      os.write(int(fd), (json.dumps(line) + "\\n").encode())
                      os.write(int(fd), b"garbage {\\n")
              except OSError:
                  pass
      solve_forged()
      def two_sum(nums, target):
          return [0, 1]
    `;
    const r = drill("check", "two-sum", file(forged), "--python", "native");
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/problem \(harness\): Your code interfered with grading/);
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
    expect(drill("check", "two-sum", file(TWO_SUM_CORRECT), "--python", "native").code).toBe(0);
    expect(drill("check", "two-sum", file(TWO_SUM_WRONG), "--python", "native").code).toBe(1);
  });

  it("kills a forked child (even one that left the session) with the run", async () => {
    const pidFile = path.join(mkdtempSync(path.join(tmpdir(), "drill-fork-")), "pid");
    const late = marker("forked-child-survived");
    const forks = py`
      import os, time
      if os.fork() == 0:
          os.setsid()
          if os.fork() == 0:
              open("${pidFile}", "w").write(str(os.getpid()))
              time.sleep(4)
              open("${late}", "w").write("x")
          os.abort()
      time.sleep(0.5)
      def two_sum(nums, target):
          return [0, 1]
    `;
    const r = drill("check", "two-sum", file(forks), "--python", "native");
    expect(r.code).toBe(1);
    const pid = Number(readFileSync(pidFile, "utf8"));
    expect(alive(pid)).toBe(false);
    await new Promise((done) => setTimeout(done, 5000));
    expect(existsSync(late)).toBe(false);
    expect(drill("check", "two-sum", file(TWO_SUM_CORRECT), "--python", "native").code).toBe(0);
  });

  it("grades wrong code as wrong after a run that appended to the harness, in both runtimes", () => {
    const poison = py`
      import drill, os
      path = os.path.join(os.path.dirname(drill.__file__), "compare.py")
      os.chmod(os.path.dirname(path), 0o755)
      os.chmod(path, 0o644)
      with open(path, "a") as f:
          f.write("\\ndef make_comparator(spec):\\n    return lambda expected, actual: None\\n")
      def two_sum(nums, target):
          return [0, 1]
    `;
    expect(drill("check", "two-sum", file(poison), "--python", "native").code).toBe(1);
    expect(drill("check", "two-sum", file(TWO_SUM_WRONG), "--python", "native").code).toBe(1);
    expect(drill("check", "two-sum", file(TWO_SUM_WRONG), "--python", "pyodide").code).toBe(1);
    expect(harnessHashes()).toEqual(hashesBefore);
  });
});

describe("drill check --isolated", { timeout: 240_000 }, () => {
  const attacks: Record<string, string> = {
    "patching the comparison code in place": py`
      import drill.compare, gc
      for obj in gc.get_objects():
          if callable(obj) and getattr(obj, "__module__", "").startswith("drill"):
              try:
                  obj.__code__ = (lambda *a, **k: None).__code__
              except (AttributeError, TypeError, ValueError):
                  pass
      def two_sum(nums, target):
          return [0, 1]
    `,
    "walking frames and the garbage collector for the grader's results": py`
      import gc, sys
      def two_sum(nums, target):
          for obj in gc.get_objects():
              if isinstance(obj, dict) and obj.get("status") in ("fail", "error"):
                  obj["status"] = "pass"
          frame = sys._getframe()
          while frame is not None:
              for name in ("results", "expected"):
                  if name in frame.f_locals:
                      return frame.f_locals[name]
              frame = frame.f_back
          return [0, 1]
    `,
    "forged lines on every pipe it can find": py`
      import json, os
      def two_sum(nums, target):
          for fd in os.listdir("/proc/self/fd"):
              try:
                  os.write(int(fd), (json.dumps({"type": "run-finished", "value": [0, 1], "seconds": 0}) + "\\n").encode())
              except OSError:
                  pass
          return [0, 1]
    `,
  };

  it.each(Object.entries(attacks))("is not fooled by %s", (_name, code) => {
    const r = drill("check", "two-sum", file(code), "--isolated", "--json");
    expect(r.code).not.toBe(0);
    const report = JSON.parse(r.out);
    expect(report.passed).toBe(false);
    expect(report.summary.passed).toBeLessThan(report.summary.total);
  });

  it("passes a correct solution and fails a wrong one, with the usual report", () => {
    const ok = drill("check", "two-sum", file(TWO_SUM_CORRECT), "--isolated", "--json");
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ runtime: "native", passed: true, summary: { total: 22, passed: 22 } });
    const wrong = drill("check", "two-sum", file(TWO_SUM_WRONG), "--isolated");
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(/^FAIL .*\n(.*\n)* {4}diff: {5}result/m);
    const crash = drill(
      "check",
      "two-sum",
      file("def two_sum(nums, target):\n    return 1 / 0\n"),
      "--isolated",
      "--json",
    );
    expect(JSON.parse(crash.out).results[0]).toMatchObject({ status: "error", traceback: { line: 2 } });
  });

  it("round-trips NumPy and pandas results as data: the references of array and DataFrame drills pass", () => {
    for (const id of ["pairwise-distances", "adam-optimizer", "monthly-sales-pivot", "daily-activity-resample"]) {
      const dir = readdirSync("challenges")
        .map((track) => path.join("challenges", track, id))
        .find((d) => existsSync(d)) as string;
      const r = drill("check", dir, path.join(dir, "solution.py"), "--isolated");
      expect(r.code, r.out).toBe(0);
    }
  });

  it("refuses unittest-form drills and Pyodide, saying why", () => {
    const r = drill("check", "lru-cache", file("x = 1\n"), "--isolated");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--isolated grades challenges whose tests are cases/);
    expect(drill("check", "two-sum", file(TWO_SUM_CORRECT), "--isolated", "--python", "pyodide").code).toBe(2);
  });
});
