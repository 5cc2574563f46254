import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/catalog/catalog";
import { ChallengeFormatError, parseChallenge } from "../../src/catalog/parse-challenge";
import { loadCatalog, readFolder } from "../../src/cli/load-challenges";

const SOURCE = "challenges/python/two-sum";
const valid = () => readFolder("challenges/python/two-sum").files;

function problemsOf(files: Record<string, string>, source = SOURCE) {
  try {
    parseChallenge(source, files);
  } catch (e) {
    if (e instanceof ChallengeFormatError) return e.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
    throw e;
  }
  return [];
}

function withMeta(patch: Record<string, unknown>, drop: string[] = []): Record<string, string> {
  const files = valid();
  const meta = { ...JSON.parse(files["challenge.json"] as string), ...patch };
  for (const k of drop) delete meta[k];
  return { ...files, "challenge.json": JSON.stringify(meta) };
}

describe("parseChallenge", () => {
  it("reads a valid challenge with its defaults", () => {
    const c = parseChallenge(SOURCE, valid());
    expect(c).toMatchObject({
      id: "two-sum",
      track: "python",
      stage: "python-basics",
      module: "solution",
      timeLimitMs: 10000,
    });
    expect(Object.keys(c.testFiles)).toEqual(["tests.py"]);
  });

  it("names a missing reference solution", () => {
    const { "solution.py": _gone, ...files } = valid();
    expect(problemsOf(files)).toEqual([`${SOURCE}/solution.py: (file): missing`]);
  });

  it("names malformed JSON", () => {
    const problems = problemsOf({ ...valid(), "challenge.json": "{ id: 1" });
    expect(problems[0]).toMatch(new RegExp(`^${SOURCE}/challenge.json: \\(json\\): not valid JSON`));
  });

  it("names each bad field, and every one of them at once", () => {
    const problems = problemsOf(withMeta({ difficulty: "brutal", packages: ["Tensor Flow"], minutes: 0, extra: 1 }));
    expect(problems).toEqual([
      `${SOURCE}/challenge.json: extra: unknown field (known: id, title, track, stage, difficulty, minutes, tags, packages, entry, module, timeLimitMs, tests, helpers, crosscheck, hints)`,
      `${SOURCE}/challenge.json: difficulty: unknown value "brutal"; one of: easy, medium, hard`,
      `${SOURCE}/challenge.json: minutes: must be a whole number from 1 to 120`,
      `${SOURCE}/challenge.json: packages: "Tensor Flow" is not a package name (e.g. numpy, pandas, scikit-learn)`,
    ]);
  });

  it("requires the id and track to match the folders and the stage to match the track", () => {
    expect(problemsOf(withMeta({ id: "two-sums", stage: "core-ml" }))).toEqual([
      `${SOURCE}/challenge.json: id: must match the folder name "two-sum"`,
      `${SOURCE}/challenge.json: stage: track "python" belongs to stage "python-basics"`,
    ]);
  });

  it("refuses a crosscheck.py that challenge.json does not name (it would never run)", () => {
    expect(problemsOf({ ...withMeta({}), "crosscheck.py": "def crosscheck(solution, rng):\n    pass\n" })).toEqual([
      `${SOURCE}/challenge.json: crosscheck: crosscheck.py is in the folder but not named: add "crosscheck": "crosscheck.py"`,
    ]);
  });

  it("names an unknown tests kind and a missing tests file", () => {
    expect(problemsOf(withMeta({ tests: { kind: "pytest" } }))).toEqual([
      `${SOURCE}/challenge.json: tests.kind: must be "cases" or "unittest", got "pytest"`,
    ]);
    expect(problemsOf(withMeta({ tests: { kind: "cases", file: "cases.py" } }))).toEqual([
      `${SOURCE}/cases.py: (file): missing (named in challenge.json)`,
    ]);
  });

  it("asks for two hints, a worked example and an output contract", () => {
    const files = withMeta({ hints: ["only one"] });
    files["statement.md"] = "# Two Sum\n\nDo it.\n";
    expect(problemsOf(files)).toEqual([
      `${SOURCE}/challenge.json: hints: give at least 2 progressive hints`,
      `${SOURCE}/statement.md: Example: add a "## Example" section`,
      `${SOURCE}/statement.md: Output contract: add an "## Output contract" section`,
    ]);
  });
});

describe("buildCatalog", () => {
  it("refuses a duplicate id, naming both places, and keeps the rest", () => {
    const files = valid();
    const catalog = buildCatalog([
      { source: SOURCE, files },
      { source: "challenges/python/two-sum", files },
    ]);
    expect(catalog.challenges).toHaveLength(1);
    expect(catalog.problems).toEqual([
      { file: `${SOURCE}/challenge.json`, field: "id", message: `duplicate id "two-sum" (also used by ${SOURCE})` },
    ]);
  });

  it("loads every challenge in the repository without a problem, in roadmap order", () => {
    const catalog = loadCatalog();
    expect(catalog.problems).toEqual([]);
    expect(catalog.challenges.length).toBeGreaterThanOrEqual(6);
    expect(catalog.challenges[0]?.stage).toBe("python-basics");
  });
});
