// A spare interpreter prepares for the drill on screen before any candidate code (its tests
// module, the samples' expected values, the restore's copies), so a click only grades. What the
// prepare built is the harness's own, checked like anything else the run may change. Pyodide
// under Node, the browser's PythonSession.
import { loadPyodide, type PyodideAPI, type PyodideConfig } from "pyodide";
import { describe, expect, it } from "vitest";
import { readHarnessFiles } from "../../src/cli/harness-files";
import { PYODIDE_DIR } from "../../src/cli/paths";
import type { GradeJob, WorkerMessage } from "../../src/runner/protocol";
import type { PythonRunner } from "../../src/runner/python-runner";
import { PythonSession } from "../../src/runner/python-session";
import { grade, inlineJob, py } from "../support/grading";
import { browserLikeRunner } from "./support/persistent-session";

// counts its own imports in a file, so a test can tell a reused module from a reloaded one
const TESTS = py`
  with open("/tmp/tests-module-loads", "a") as f:
      f.write("x")
  from drill import case
  CASES = [case([1, 2, 3], expected=6, sample=True), case([5], expected=5, sample=True),
           case([2, 2], expected=4)]
`;
const REFERENCE = "def solve(xs):\n    return sum(xs)\n";

function job(code: string, overrides: Partial<Parameters<typeof inlineJob>[0]> = {}): GradeJob {
  return inlineJob({ tests: TESTS, reference: REFERENCE, code, mode: "run", ...overrides });
}

async function bootSession(prepare?: GradeJob) {
  const messages: WorkerMessage[] = [];
  let pyodide: PyodideAPI | null = null;
  const load = async (config: PyodideConfig) => {
    pyodide = await loadPyodide(config);
    return pyodide;
  };
  const session = new PythonSession(load, readHarnessFiles(), (m) => messages.push(m));
  await session.boot({ indexURL: `${PYODIDE_DIR}/`, ...(prepare ? { prepare } : {}) }, null);
  const loads = () => {
    const fs = (pyodide as PyodideAPI | null)?.FS;
    return fs?.analyzePath("/tmp/tests-module-loads").exists ? fs.readFile("/tmp/tests-module-loads").length : 0;
  };
  const end = () => messages.find((m) => m.type === "run-finished" || m.type === "run-failed");
  return { session, messages, loads, end };
}

describe("a prepared interpreter", () => {
  it("loads the tests module while booting, and the run reuses it and passes honest code", async () => {
    const s = await bootSession(job(""));
    const booted = s.messages.find((m) => m.type === "booted");
    expect(booted?.type === "booted" && booted.phases?.prepared).toBeGreaterThan(0);
    expect(s.loads()).toBe(1);
    await s.session.run("r1", job(REFERENCE));
    expect(s.loads()).toBe(1);
    expect(s.end()).toMatchObject({ type: "run-finished", summary: { total: 2, passed: 2 } });
    expect(s.end()).not.toHaveProperty("retire");
  }, 120_000);

  it("still finds a run that changes the prepared tests module's inputs", async () => {
    const s = await bootSession(job(""));
    const tamper = py`
      import drill.grade_loading
      for module in drill.grade_loading._CASES_MODULES.values():
          for c in module.CASES:
              c.args[0].append(100)
      def solve(xs):
          return -1
    `;
    await s.session.run("r1", job(tamper));
    expect(s.loads()).toBe(1);
    expect(s.end()).toMatchObject({ retire: { reason: "tampered" } });
  }, 120_000);

  it("still finds a run that changes the generated cases the tests module keeps", async () => {
    const tests = py`
      from drill import case, generate
      CASES = [case([1, 2, 3], expected=6, sample=True)]
      @generate(count=3, seed=7)
      def lists(rng):
          return case([rng.randint(0, 9) for _ in range(4)])
    `;
    const tamper = py`
      import drill.grade_loading
      for module in drill.grade_loading._CASES_MODULES.values():
          for entry in module.__drill_generated__:
              entry[2].args[0].append(100)
      def solve(xs):
          return sum(xs)
    `;
    const s = await bootSession(job("", { tests, mode: "submit" }));
    await s.session.run("r1", job(tamper, { tests, mode: "submit" }));
    expect(s.end()).toMatchObject({ retire: { reason: "tampered" } });
    const honest = await bootSession(job("", { tests, mode: "submit" }));
    await honest.session.run("r1", job(REFERENCE, { tests, mode: "submit" }));
    expect(honest.end()).toMatchObject({ type: "run-finished", summary: { total: 4, passed: 4 } });
    expect(honest.end()).not.toHaveProperty("retire");
  }, 120_000);

  it("prepared for one drill, grades another: that drill's tests are loaded, recorded and checked", async () => {
    const s = await bootSession(job(""));
    const other = py`
      with open("/tmp/tests-module-loads", "a") as f:
          f.write("y")
      from drill import case
      CASES = [case([4, 4], expected=8, sample=True)]
    `;
    const tamper = py`
      import drill.grade_loading
      for module in drill.grade_loading._CASES_MODULES.values():
          module.CASES[0].args[0][0] = 0
      def solve(xs):
          return 8
    `;
    await s.session.run("r1", job(tamper, { tests: other }));
    expect(s.loads()).toBe(2);
    expect(s.end()).toMatchObject({ retire: { reason: "tampered" } });
    const honest = await bootSession(job(""));
    await honest.session.run("r1", job(REFERENCE, { tests: other }));
    expect(honest.end()).toMatchObject({ type: "run-finished", summary: { total: 1, passed: 1 } });
    expect(honest.end()).not.toHaveProperty("retire");
  }, 120_000);

  it("leaves a broken tests module for the run to report, naming the file", async () => {
    const broken = job("", { tests: "raise ValueError('bad fixture')\n" });
    const s = await bootSession(broken);
    expect(s.messages.some((m) => m.type === "booted")).toBe(true);
    await s.session.run("r1", { ...broken, code: REFERENCE });
    const end = s.end();
    expect(end?.type).toBe("run-failed");
    expect(end?.type === "run-failed" && end.error.message).toMatch(/bad fixture/);
  }, 120_000);
});

describe("the app's runner", () => {
  const waitReady = (runner: PythonRunner) =>
    new Promise<void>((resolve) => {
      if (runner.state === "ready") return resolve();
      const stop = runner.subscribe((state) => {
        if (state === "ready") {
          stop();
          resolve();
        }
      });
    });

  it("prepares the next interpreter for the drill just run, but not for one whose tests hang", async () => {
    const runner = browserLikeRunner({ graceMs: 1000, watchdogExtraMs: 60_000 });
    try {
      const base = { tests: TESTS, reference: REFERENCE, code: REFERENCE, mode: "run" as const };
      expect((await grade(runner, base)).summary.passed).toBe(2);
      await waitReady(runner);
      expect(runner.bootPhases.prepared).toBeGreaterThan(0);

      const hangs = await grade(runner, { ...base, tests: `while True:\n    pass\n${TESTS}`, timeLimitMs: 1000 });
      expect(hangs.problem).toMatchObject({ kind: "challenge", file: "tests.py" });
      await waitReady(runner);
      expect(runner.bootPhases.prepared).toBeUndefined();
      expect((await grade(runner, base)).summary.passed).toBe(2);
    } finally {
      runner.dispose();
    }
  }, 120_000);
});
