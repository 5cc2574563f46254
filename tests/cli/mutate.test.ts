// `drill mutate` as an author runs it, on a fixture drill whose tests never put a value on the
// threshold: the `>` -> `>=` mutant survives and is shown with its diff; a dropped early return
// that changes nothing is reported as likely equivalent; marking a mutant silences it.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeMutants } from "../../src/cli/mutate";
import { formatDrill } from "../../src/cli/mutate-command";
import { tsx } from "../support/tsx";

const FIXTURE = "tests/fixtures/mutate/python/count-above";

function drill(...args: string[]) {
  const r = spawnSync(...tsx("src/cli/drill.ts", ...args), { encoding: "utf8", timeout: 180_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function fixtureCopy(extra: Record<string, string> = {}): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "drill-mutate-")), "python", "count-above");
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(dir, name), text);
  return dir;
}

interface Outcome {
  id: string;
  operator: string;
  status: string;
  description: string;
  diff: string;
  evidence?: string;
}

/** The `>` -> `>=` mutant's id: a hash of its function, kind and text, stable across runs and edits elsewhere. */
const SURVIVOR = "4518c359fc";
/**
 * Each test runs the CLI once or twice: slow on a loaded machine. The first grades its mutants in
 * Pyodide, as an author's default run does; the others grade in native Python, which finds the
 * same outcomes in a fraction of the time (the runtime is not what they check).
 */
const SLOW = 180_000;

describe("drill mutate", () => {
  it(
    "reports the surviving mutant with its diff and where it differs, and exits 1",
    () => {
      const r = drill("mutate", FIXTURE);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(
        /^SURVIVED count-above \[pyodide\] \d+ mutants: \d+ killed, 1 likely equivalent, 0 marked, 1 surviving/,
      );
      expect(r.out).toContain(`survivor ${SURVIVOR} (compare, line 7 in count_above): v > threshold -> v >= threshold`);
      expect(r.out).toContain("-        if v > threshold:\n");
      expect(r.out).toContain("+        if v >= threshold:\n");
      // the evidence: a generated input with a tie, where the mutant's answer differs
      expect(r.out).toMatch(
        /fail "random_values \(more inputs\) #\d+" on count_above\(\[.*\): result: expected \d, got \d/,
      );
      expect(r.out).toMatch(/likely equivalent .* drop `return 0`/);
    },
    SLOW,
  );

  it(
    "--json gives per-drill figures and every mutant's outcome",
    () => {
      const r = drill("mutate", FIXTURE, "--json", "--python", "native");
      expect(r.code).toBe(1);
      const report = JSON.parse(r.out);
      expect(report.ok).toBe(false);
      expect(report.totals).toMatchObject({ drills: 1, likelyEquivalent: 1, markedEquivalent: 0, surviving: 1 });
      const d = report.drills[0];
      expect(d).toMatchObject({ id: "count-above", runtime: "native", likelyEquivalent: 1, surviving: 1 });
      expect(d.mutants).toBe(d.killed + d.likelyEquivalent + d.surviving);
      expect(d.mutants).toBeGreaterThanOrEqual(10);
      expect(d.score).toBeCloseTo(d.killed / (d.killed + 1));
      const statuses = new Set((d.outcomes as Outcome[]).map((o) => o.status));
      expect(statuses).toEqual(new Set(["killed", "survived", "equivalent"]));
      const killed = (d.outcomes as Outcome[]).find((o) => o.status === "killed");
      expect(killed?.evidence).toMatch(/^(fail|error|timeout) "/);
      expect(typeof d.durationMs).toBe("number");
    },
    SLOW,
  );

  it(
    "stops reporting a mutant the author marked equivalent in mutants.json, and exits 0",
    () => {
      const id = SURVIVOR;
      const dir = fixtureCopy({ "mutants.json": JSON.stringify({ equivalent: [{ id, why: "for the test" }] }) });
      const r = drill("mutate", dir, "--json", "--python", "native");
      expect(r.code).toBe(0);
      const d = JSON.parse(r.out).drills[0];
      expect(d).toMatchObject({ surviving: 0, markedEquivalent: 1, staleMarks: [] });
      expect(d.outcomes.find((o: Outcome) => o.id === id).status).toBe("marked");
      // the terminal's line for the same drill (the text command prints formatDrill of each drill;
      // a second mutation run just to read it cost a minute on a loaded machine)
      const text = formatDrill(d);
      expect(text).toMatch(/^ok {7}count-above .* 1 marked, 0 surviving/);
      expect(text).not.toContain("survivor");
    },
    SLOW,
  );

  it(
    "a test with a value on the threshold kills the survivor",
    () => {
      const tests = `from drill import case\n\nCASES = [\n    case([1, 5, 3], 2, expected=2),\n    case([], 0, expected=0),\n    case([2, 3], 2, expected=1, name="a value equal to the threshold is not above it"),\n]\n`;
      const r = drill("mutate", fixtureCopy({ "tests.py": tests }), "--json", "--python", "native");
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).drills[0]).toMatchObject({ surviving: 0 });
    },
    SLOW,
  );

  it(
    "exits 2 for an unknown drill and for a mutants.json that is not a list of ids",
    () => {
      expect(drill("mutate", "no-such-drill").code).toBe(2);
      const bad = drill("mutate", fixtureCopy({ "mutants.json": '{"equivalent": ["4518c359fc"]}' }));
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/mutants\.json: equivalent\[0\]\.id must be a mutant id/);
    },
    SLOW,
  );
});

describe("mutant generator", () => {
  const SOURCE = `import numpy as np


def f(xs, k=2, strict=False):
    """docstring: not mutated"""
    best = max(xs)
    low = np.min(xs)
    if k > 1 and strict:
        xs = xs[1:k]
        best = best * 2
    else:
        xs = xs[:k - 1]
    return sorted(xs) + [best - low]
`;

  it("makes one-change mutants of every kind, each with a one-line diff and a stable id", () => {
    const mutants = makeMutants(SOURCE);
    const kinds = new Set(mutants.map((m) => m.operator));
    for (const k of [
      "compare",
      "constant",
      "slice",
      "and-or",
      "min-max",
      "drop",
      "default",
      "return",
      "arithmetic",
      "call",
    ]) {
      expect(kinds, k).toContain(k);
    }
    const descriptions = mutants.map((m) => m.description);
    expect(descriptions).toContain("k > 1 -> k >= 1");
    expect(descriptions).toContain("and -> or");
    expect(descriptions).toContain("max -> min");
    expect(descriptions).toContain(".min -> .max");
    expect(descriptions).toContain("default 2 -> 3");
    expect(descriptions).toContain("default False -> True");
    expect(descriptions).toContain("drop `best = best * 2`");
    expect(descriptions).toContain("slice bound k - 1 -> k - 1 + 1");
    expect(descriptions).toContain("sorted(xs) -> xs");
    for (const m of mutants) {
      expect(m.diff.split("\n").filter((l) => /^[-+][^-+]/.test(l))).toHaveLength(2);
      expect(m.code).not.toBe(SOURCE);
    }
    expect(new Set(mutants.map((m) => m.id)).size).toBe(mutants.length);
    // ids ignore line numbers: the same code one line lower keeps them
    const shifted = makeMutants(`# a comment\n${SOURCE}`);
    expect(shifted.map((m) => m.id)).toEqual(mutants.map((m) => m.id));
  });
});
