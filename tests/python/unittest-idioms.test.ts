// Existing unittest suites run unchanged: everyday idioms (type objects, Counter vs dict, two
// objects of the candidate's class, namedtuple, enums, dates, Decimal...) get the same verdict,
// test by test, under plain `python -m unittest` and under the harness in Pyodide and native
// CPython; objects that lie in __eq__ and tricks played on unittest itself pass nothing.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NATIVE_PYTHON } from "../../src/cli/paths";
import type { TestStatus } from "../../src/domain/results";
import type { PythonRunner } from "../../src/runner/python-runner";
import { grade, type InlineChallenge, py, type Runtime, startRunner } from "../support/grading";

const DIR = path.join(__dirname, "fixtures", "unittest-idioms");
const read = (file: string) => readFileSync(path.join(DIR, file), "utf8");

/** Each test's verdict under plain `python -m unittest -v`: ok, FAIL or ERROR (skipped counts as ok). */
function plainUnittest(testModule: string): Record<string, TestStatus> {
  const run = spawnSync(NATIVE_PYTHON, ["-m", "unittest", "-v", testModule], {
    cwd: DIR,
    encoding: "utf8",
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
  });
  const verdicts: Record<string, TestStatus> = {};
  const rank: Record<TestStatus, number> = { pass: 0, fail: 1, error: 2, timeout: 3 };
  for (const line of run.stderr.split("\n")) {
    const m = line.match(/^\s*(test_\w+) \(.*\) \.\.\. (ok|FAIL|ERROR|skipped)/);
    if (!m?.[1] || !m[2]) continue;
    const status: TestStatus = m[2] === "FAIL" ? "fail" : m[2] === "ERROR" ? "error" : "pass";
    const before = verdicts[m[1]];
    if (before === undefined || rank[status] > rank[before]) verdicts[m[1]] = status;
  }
  return verdicts;
}

const challenge = (module: string, testsFile: string, samples: string[] = []): InlineChallenge => ({
  kind: "unittest",
  module,
  entry: module === "idioms" ? "Clock" : "answer",
  testsFile,
  samples,
  tests: read(testsFile),
  reference: read(`${module}.py`),
  code: read(`${module}.py`),
  timeLimitMs: 30000,
});

const methodNames = (source: string) => [...source.matchAll(/^ {4}def (test_\w+)/gm)].map((m) => m[1] as string);

describe("plain unittest, as the reference for the verdicts", () => {
  it("runs the idioms suite with its deliberate failures, and the hostile solution passes everything", () => {
    const idioms = plainUnittest("test_idioms");
    expect(Object.keys(idioms).sort()).toEqual(methodNames(read("test_idioms.py")).sort());
    expect(Object.values(idioms).filter((s) => s === "pass").length).toBe(22);
    expect(Object.values(idioms).filter((s) => s !== "pass").length).toBe(11);
    const hostile = plainUnittest("test_hostile");
    expect(Object.keys(hostile)).toHaveLength(methodNames(read("test_hostile.py")).length);
    expect(Object.values(hostile).every((s) => s === "pass")).toBe(true);
  });
});

describe.each<Runtime>(["pyodide", "native"])("unittest idioms in %s", (runtime) => {
  let runner: PythonRunner;
  beforeAll(() => {
    runner = startRunner(runtime);
  });
  afterAll(() => runner.dispose());

  it("gives every idiom the verdict plain unittest gives", async () => {
    const expected = plainUnittest("test_idioms");
    const report = await grade(runner, challenge("idioms", "test_idioms.py"));
    expect(report.problem).toBeUndefined();
    expect(Object.fromEntries(report.results.map((r) => [r.name, r.status]))).toEqual(expected);
  });

  it("passes none of the hostile tests, saying why", async () => {
    const names = methodNames(read("test_hostile.py"));
    const report = await grade(runner, challenge("hostile", "test_hostile.py", names));
    expect(report.problem).toBeUndefined();
    expect(report.results).toHaveLength(names.length);
    expect(report.results.filter((r) => r.status === "pass").map((r) => r.name)).toEqual([]);
    const message = (name: string) => report.results.find((r) => r.name === name)?.message;
    expect(message("test_always_equal_object")).toMatch(/Lie object says it equals 42, but it also equals a made-up/);
    expect(message("test_always_equal_class_against_its_own_objects")).toMatch(/Clock object says it equals any value/);
    expect(message("test_lying_metaclass")).toMatch(/the class hostile\.Anything says it equals <class 'int'>/);
    expect(message("test_skip_raised_by_the_code")).toMatch(/raised unittest\.SkipTest/);
    expect(message("test_unittest_patched_by_the_code")).toBe("0 != 42");
  });

  it("shows a failing assertion's line in the test and both values", async () => {
    const report = await grade(runner, challenge("idioms", "test_idioms.py", ["test_fails_counter_with_other_counts"]));
    const failed = report.results.find((r) => r.name === "test_fails_counter_with_other_counts");
    const line =
      read("test_idioms.py").split("\n").indexOf('        self.assertEqual(word_count("a a"), {"a": 3})') + 1;
    expect(failed?.status).toBe("fail");
    expect(failed?.message).toBe("Counter({'a': 2}) != {'a': 3}");
    expect(failed?.diff).toBe(
      `test_idioms.py, line ${line}, in test_fails_counter_with_other_counts:\n` +
        `    self.assertEqual(word_count("a a"), {"a": 3})\n` +
        "Counter({'a': 2}) != {'a': 3}",
    );
  });

  it("names which assertion failed in a test with several", async () => {
    const tests = py`
      import unittest
      from game import score
      class GameTest(unittest.TestCase):
          def test_scores(self):
              self.assertEqual(score([1, 2]), 3)
              self.assertEqual(score([10, 5, 3]), 26)
              self.assertEqual(score([]), 0)
    `;
    const report = await grade(runner, {
      kind: "unittest",
      module: "game",
      entry: "score",
      testsFile: "test_game.py",
      samples: ["test_scores"],
      tests,
      reference: "def score(rolls):\n    return sum(rolls) + (rolls[1] + rolls[2] if rolls[:1] == [10] else 0)\n",
      code: "def score(rolls):\n    return sum(rolls)\n",
    });
    expect(report.results[0]).toMatchObject({
      status: "fail",
      message: "18 != 26",
      diff: "test_game.py, line 6, in test_scores:\n    self.assertEqual(score([10, 5, 3]), 26)\n18 != 26",
    });
  });

  it("reports a name the tests import but the code lacks as every test erroring, not a broken challenge", async () => {
    const tests = py`
      import unittest
      from atbash_cipher import encode, decode
      class AtbashTest(unittest.TestCase):
          def test_encode(self):
              self.assertEqual(encode("ab"), "zy")
          def test_decode(self):
              self.assertEqual(decode("zy"), "ab")
    `;
    const encode = "def encode(text):\n    return ''.join(chr(219 - ord(c)) for c in text)\n";
    const report = await grade(runner, {
      kind: "unittest",
      module: "atbash_cipher",
      entry: "encode",
      testsFile: "test_atbash_cipher.py",
      samples: ["test_encode"],
      tests,
      reference: `${encode}def decode(text):\n    return encode(text)\n`,
      code: encode,
    });
    expect(report.problem).toBeUndefined();
    expect(report.summary).toMatchObject({ total: 2, errors: 2, passed: 0 });
    for (const r of report.results) {
      expect(r.status).toBe("error");
      expect(r.message).toMatch(/^ImportError: cannot import name 'decode' from 'atbash_cipher'/);
    }
  });

  it("refuses a bare sample name that several test classes share, naming them", async () => {
    const tests = py`
      import unittest
      from solution import solve
      class A(unittest.TestCase):
          def test_one(self):
              self.assertEqual(solve(), 1)
      class B(unittest.TestCase):
          def test_one(self):
              self.assertEqual(solve(), 1)
    `;
    const one = "def solve():\n    return 1\n";
    const report = await grade(runner, {
      kind: "unittest",
      entry: "solve",
      samples: ["test_one"],
      tests,
      reference: one,
      code: one,
    });
    expect(report.problem).toMatchObject({ kind: "challenge", file: "challenge.json", field: "tests.samples" });
    expect(report.problem?.message).toBe(
      "'test_one' names a test in 2 classes (A.test_one, B.test_one): name one, e.g. 'A.test_one'",
    );
  });

  it("runs setUpClass once per class, and a skip the test itself asks for is not a failure", async () => {
    const tests = py`
      import unittest
      from solution import solve
      class Shared(unittest.TestCase):
          @classmethod
          def setUpClass(cls):
              cls.value = solve()
          def test_value(self):
              self.assertEqual(self.value, 1)
          def test_skipped_by_the_author(self):
              self.skipTest("not today")
          @unittest.skip("never")
          def test_decorated_skip(self):
              self.fail()
    `;
    const one = "def solve():\n    return 1\n";
    const report = await grade(runner, { kind: "unittest", entry: "solve", tests, reference: one, code: one });
    expect(report.results.map((r) => [r.name, r.status])).toEqual([
      ["test_value", "pass"],
      ["test_skipped_by_the_author", "pass"],
      ["test_decorated_skip", "pass"],
    ]);
  });
});
