// The drill CLI, run as a user runs it: exit codes, verdicts with diffs, and validate's findings.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tsx } from "../support/tsx";

function drill(...args: string[]) {
  const r = spawnSync(...tsx("src/cli/drill.ts", ...args), { encoding: "utf8", timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function attempt(code: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "drill-attempt-")), "attempt.py");
  writeFileSync(file, code);
  return file;
}

/** A copy of two-sum in a temporary challenges tree, with some files replaced. */
function twoSumCopy(replace: Record<string, string>): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "drill-challenges-")), "python", "two-sum");
  cpSync("challenges/python/two-sum", dir, { recursive: true });
  for (const [name, text] of Object.entries(replace)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** A small unittest drill ("atbash") in a temporary folder outside the catalogue. */
function atbashDrill(tests: string, samples: string[], extra: Record<string, unknown> = {}): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "drill-imported-")), "python", "atbash");
  mkdirSync(dir, { recursive: true });
  const meta = {
    id: "atbash",
    title: "Atbash cipher",
    track: "python",
    stage: "python-basics",
    difficulty: "easy",
    minutes: 10,
    tags: ["strings"],
    entry: "encode",
    module: "atbash_cipher",
    tests: { kind: "unittest", file: "test_atbash_cipher.py", samples, ...extra },
    hints: ["Map a to z, b to y.", "chr(219 - ord(c)) for lowercase letters."],
  };
  writeFileSync(path.join(dir, "challenge.json"), JSON.stringify(meta, null, 2));
  writeFileSync(path.join(dir, "test_atbash_cipher.py"), tests);
  writeFileSync(
    path.join(dir, "statement.md"),
    "# Atbash\n\nWrite encode and decode.\n\n## Example\n\nencode('ab') is 'zy'.\n\n## Output contract\n\nA str.\n",
  );
  writeFileSync(path.join(dir, "explanation.md"), "## Idea\n\nA reversed alphabet.\n");
  writeFileSync(path.join(dir, "starter.py"), "def encode(text):\n    pass\n\n\ndef decode(text):\n    pass\n");
  writeFileSync(path.join(dir, "solution.py"), `${ATBASH_ENCODE}\n\ndef decode(text):\n    return encode(text)\n`);
  return dir;
}

const ATBASH_ENCODE = "def encode(text):\n    return ''.join(chr(219 - ord(c)) for c in text)\n";

function atbashTests(count: number): string {
  const words = ["ab", "zy", "hello", "abc", "xyz", "mno", "k", "test", "drill", "unit"];
  const lines = [
    "import unittest",
    "from atbash_cipher import encode, decode",
    "",
    "",
    "class AtbashTest(unittest.TestCase):",
  ];
  for (let i = 0; i < count; i++) {
    const w = words[i % words.length];
    lines.push(`    def test_${i}(self):`, `        self.assertEqual(decode(encode("${w}")), "${w}")`, "");
  }
  return lines.join("\n");
}

const CORRECT =
  "def two_sum(nums, target):\n    seen = {}\n    for j, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], j]\n        seen.setdefault(x, j)\n    return []\n";

describe("drill list", () => {
  it("lists every challenge as JSON with id, track, difficulty and packages", () => {
    const r = drill("list", "--json");
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out).challenges as {
      id: string;
      track: string;
      difficulty: string;
      packages: string[];
    }[];
    expect(rows.find((c) => c.id === "two-sum")).toMatchObject({ track: "python", difficulty: "easy", packages: [] });
  });
});

describe("drill check", () => {
  it("exits 0 for a correct solution", () => {
    const r = drill("check", "two-sum", attempt(CORRECT));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/22\/22 passed\n$/);
  });

  it("exits 1 for a wrong one, with the diff", () => {
    const r = drill(
      "check",
      "two-sum",
      attempt(CORRECT.replace("return [seen[target - x], j]", "return [j, seen[target - x]]")),
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain("FAIL    sample case 1");
    expect(r.out).toContain("diff:     result[0]: expected 0, got 1");
  });

  it("shows the first failing hidden test's details, and every one's with --details", () => {
    // passes the samples, fails every hidden case that has a pair
    const wrong = attempt(
      CORRECT.replace("return [seen[target - x], j]", "return [seen[target - x], j] if len(nums) < 5 else [0, 0]"),
    );
    const first = drill("check", "two-sum", wrong);
    expect(first.code).toBe(1);
    const every = drill("check", "two-sum", wrong, "--details");
    expect(every.code).toBe(1);
    const inputs = (text: string) => text.split("\n").filter((l) => /^FAIL +hidden/.test(l)).length;
    const detailed = (text: string) => (text.match(/^ {4}input: /gm) ?? []).length;
    expect(inputs(first.out)).toBeGreaterThan(2);
    expect(inputs(every.out)).toBe(inputs(first.out));
    expect(detailed(first.out)).toBe(1);
    expect(detailed(every.out)).toBe(inputs(every.out));
  });

  it("stops a looping solution at the time limit", () => {
    const meta = JSON.parse(readFileSync("challenges/python/two-sum/challenge.json", "utf8"));
    const dir = twoSumCopy({ "challenge.json": JSON.stringify({ ...meta, timeLimitMs: 1500 }) });
    const r = drill("check", dir, attempt("def two_sum(nums, target):\n    while True:\n        pass\n"));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^TIMEOUT sample case 1 .*\n( {4}input: .*\n)? {4}Time limit exceeded/m);
    expect(r.out).toMatch(/0\/22 passed, 22 timeouts\n$/);
  });

  it("reports a crash with the traceback line, as JSON", () => {
    const r = drill(
      "check",
      "challenges/python/two-sum",
      attempt("def two_sum(nums, target):\n    return nums[0] / 0\n"),
      "--json",
    );
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ challenge: "two-sum", runtime: "pyodide", passed: false });
    expect(report.results[0].traceback.line).toBe(2);
    expect(report.results[0].status).toBe("error");
  });

  it("exits 1, not 2, when the tests import a name the candidate's code lacks: every test errors", () => {
    const dir = atbashDrill(atbashTests(11), ["test_0", "test_1", "test_2"]);
    const r = drill("check", dir, attempt(ATBASH_ENCODE), "--json");
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.problem).toBeUndefined();
    expect(report.summary).toMatchObject({ total: 11, errors: 11, passed: 0 });
    expect(report.results[0].message).toMatch(/^ImportError: cannot import name 'decode' from 'atbash_cipher'/);
  });

  it("reports the time in the candidate's code apart from Python's start-up", () => {
    const r = drill("check", "two-sum", attempt(CORRECT), "--json");
    const { summary, results } = JSON.parse(r.out);
    const inCode = results.reduce((sum: number, t: { durationMs: number }) => sum + t.durationMs, 0);
    expect(summary.durationMs).toBeCloseTo(inCode, 2);
    expect(summary.startupMs).toBeGreaterThan(0);
    expect(summary.wallMs).toBeGreaterThanOrEqual(summary.startupMs + summary.durationMs);
  });

  it("exits 2 with a clear message on bad usage or an invalid challenge", () => {
    expect(drill("check", "two-sum").code).toBe(2);
    const unknown = drill("check", "no-such-drill", attempt(CORRECT));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('no challenge "no-such-drill"');
    const broken = drill("check", twoSumCopy({ "challenge.json": "{" }), attempt(CORRECT));
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/two-sum\/challenge.json: \(json\): not valid JSON/);
  });
});

// validate grades three times, each in a fresh interpreter: slow on a loaded machine
describe("drill validate", { timeout: 240_000 }, () => {
  it("passes a good challenge", () => {
    const r = drill("validate", "two-sum");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ok +two-sum \[pyodide\] 3 sample \+ 19 hidden tests/m);
  });

  it("fails, naming the problem, when the reference is broken or the starter already passes", () => {
    const brokenRef = drill("validate", twoSumCopy({ "solution.py": "def two_sum(nums, target):\n    return []\n" }));
    expect(brokenRef.code).toBe(1);
    expect(brokenRef.out).toContain('solution.py fails "case 1": fail: result: expected length 2, got 0');
    const passingStarter = drill("validate", twoSumCopy({ "starter.py": CORRECT }), "--json");
    expect(passingStarter.code).toBe(1);
    const v = JSON.parse(passingStarter.out);
    expect(v.ok).toBe(false);
    expect(v.challenges[0].problems).toEqual(["starter.py passes every test: it must fail at least one"]);
  });

  it("stops the starter's run at its first failing test: one failure is all it has to show", () => {
    // right on the samples, wrong on every hidden test: the run ends at the first hidden one
    const starter = CORRECT.replace("    seen = {}\n", "    if len(nums) > 4:\n        return []\n    seen = {}\n");
    const r = drill("validate", twoSumCopy({ "starter.py": starter }), "--json");
    expect(r.code).toBe(0);
    const statuses = JSON.parse(r.out).challenges[0].starter.results.map((t: { status: string }) => t.status);
    expect(statuses.at(-1)).toBe("fail");
    expect(statuses.slice(0, -1).every((s: string) => s === "pass")).toBe(true);
    expect(statuses.length).toBeLessThan(22);
  });

  it("fails when crosscheck.py finds the reference disagreeing with scikit-learn", () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "drill-challenges-")), "metrics", "macro-f1");
    cpSync("challenges/metrics/macro-f1", dir, { recursive: true });
    const check = readFileSync(path.join(dir, "crosscheck.py"), "utf8").replaceAll(
      'average="macro"',
      'average="micro"',
    );
    writeFileSync(path.join(dir, "crosscheck.py"), check);
    const r = drill("validate", dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/crosscheck.py: trial 0: scikit-learn gives/);
  });

  it("catches tests that change from run to run", () => {
    const tests =
      "import random\nfrom drill import case\nCASES = [case([1, 2], 3, sample=True)] * 3 + [case([random.randint(0, 9), 5], 99) for _ in range(8)]\n";
    const r = drill("validate", twoSumCopy({ "tests.py": tests }));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/not deterministic: two runs generated different tests/);
  });

  it("tells the author of a short imported suite how to mark it, and accepts it marked", () => {
    const short = atbashDrill(atbashTests(5), ["test_0", "test_1"]);
    const r = drill("validate", short);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'only 2 sample and 3 hidden tests: drills need at least 3 sample and 8 hidden tests. For an existing suite kept at its own size, mark it in challenge.json: "tests": {"kind": "unittest", "file": "test_atbash_cipher.py", "samples": [...], "imported": true}',
    );
    const marked = drill("validate", atbashDrill(atbashTests(5), ["test_0", "test_1"], { imported: true }));
    expect(marked.code).toBe(0);
    expect(marked.out).toMatch(
      /^ok +atbash \[pyodide\] 2 sample \+ 3 hidden tests \(an imported suite of 2 sample and 3 hidden tests\)/m,
    );
  });

  it("refuses a bare sample name that two test classes share, naming both", () => {
    const tests = `${atbashTests(10)}\n\nclass MoreTest(unittest.TestCase):\n    def test_0(self):\n        self.assertEqual(encode("a"), "z")\n`;
    const r = drill("validate", atbashDrill(tests, ["test_0", "test_1", "test_2"]));
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      "challenge.json: tests.samples: 'test_0' names a test in 2 classes (AtbashTest.test_0, MoreTest.test_0): name one, e.g. 'AtbashTest.test_0'",
    );
  });

  it("refuses a packages folder whose wheel does not match pyodide-lock.json", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "wheels-"));
    writeFileSync(path.join(dir, "numpy-2.4.6-cp314-cp314-pyemscripten_2026_0_wasm32.whl"), "not a wheel");
    const r = drill("validate", "two-sum", "--packages-dir", dir);
    expect(r.code).toBe(0);
    const numpy = drill("check", "pairwise-distances", attempt(CORRECT), "--packages-dir", dir, "--python", "pyodide");
    expect(numpy.code).toBe(2);
    expect(numpy.err).toMatch(/numpy-2\.4\.6-.*\.whl: SHA-256 mismatch/);
  });
});

describe("challenge faults are the challenge's", () => {
  const meta = JSON.parse(readFileSync("challenges/python/two-sum/challenge.json", "utf8"));
  const quick = JSON.stringify({ ...meta, timeLimitMs: 1500 });
  const tests = readFileSync("challenges/python/two-sum/tests.py", "utf8");
  const reference = readFileSync("challenges/python/two-sum/solution.py", "utf8");
  const faults: [string, Record<string, string>, RegExp][] = [
    [
      "tests.py that hangs",
      { "tests.py": `while True:\n    pass\n${tests}` },
      /tests\.py: module: did not finish within 1\.5 s/,
    ],
    [
      "tests.py that calls sys.exit",
      { "tests.py": `import sys\nsys.exit(3)\n${tests}` },
      /tests\.py: module: called sys\.exit\(3\)/,
    ],
    [
      "tests.py that raises KeyboardInterrupt",
      { "tests.py": `raise KeyboardInterrupt\n${tests}` },
      /tests\.py: module: raised KeyboardInterrupt/,
    ],
    [
      "a reference that hangs",
      { "solution.py": reference.replace(/(def two_sum\(nums, target\):\n)/, "$1    while True:\n        pass\n") },
      /solution\.py: module: did not finish within 1\.5 s/,
    ],
    [
      "a reference that calls sys.exit",
      { "solution.py": `import sys\n${reference.replace(/(def two_sum\(nums, target\):\n)/, "$1    sys.exit(0)\n")}` },
      /solution\.py: module: called sys\.exit\(0\)/,
    ],
  ];
  for (const runtime of ["pyodide", "native"]) {
    it.each(faults)(`reports %s as a problem naming the file, exit 2 (${runtime})`, (_label, files, message) => {
      const r = drill(
        "check",
        twoSumCopy({ "challenge.json": quick, ...files }),
        attempt(CORRECT),
        "--python",
        runtime,
      );
      expect(r.code).toBe(2);
      expect(r.out).toMatch(message);
      expect(r.out).not.toMatch(/did not give control back/);
    });
  }
});

describe("a challenge with no tests", () => {
  it("is refused (exit 2), never an empty pass", () => {
    const r = drill("check", twoSumCopy({ "tests.py": "from drill import case\nCASES = []\n" }), attempt(CORRECT));
    expect(r.code).toBe(2);
  });
});
