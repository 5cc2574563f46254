/** Turns the files of one challenge folder into a Challenge, or names every problem found. */
import {
  type Challenge,
  DEFAULT_TIME_LIMIT_MS,
  DIFFICULTIES,
  type Difficulty,
  PACKAGES,
  type PackageName,
  STAGES,
  type StageId,
  stageOfTrack,
  type TestsConfig,
  TRACKS,
  type TrackId,
} from "../domain/challenge";

export interface ChallengeProblem {
  /** Path of the file at fault, relative to the repository: "challenges/python/two-sum/challenge.json". */
  file: string;
  field: string;
  message: string;
}

export class ChallengeFormatError extends Error {
  constructor(readonly problems: ChallengeProblem[]) {
    super(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join("\n"));
    this.name = "ChallengeFormatError";
  }
}

const KNOWN_KEYS = [
  "id",
  "title",
  "track",
  "stage",
  "difficulty",
  "minutes",
  "tags",
  "packages",
  "entry",
  "module",
  "timeLimitMs",
  "tests",
  "helpers",
  "crosscheck",
  "hints",
] as const;
const REQUIRED_FILES = ["statement.md", "starter.py", "solution.py", "explanation.md"] as const;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PY_FILE = /^[A-Za-z_][A-Za-z0-9_]*\.py$/;
/** A Pyodide package name; `drill validate` checks it is in the pinned lock file. */
const PACKAGE_NAME = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * Parse the folder `source` (for example "challenges/python/two-sum") from its files by name.
 * Throws ChallengeFormatError listing every problem, each naming the file and the field.
 */
export function parseChallenge(source: string, files: Record<string, string>): Challenge {
  const problems: ChallengeProblem[] = [];
  const at = (file: string) => `${source}/${file}`;
  const fail = (file: string, field: string, message: string) => {
    problems.push({ file: at(file), field, message });
  };

  const metaText = files["challenge.json"];
  if (metaText === undefined) {
    throw new ChallengeFormatError([{ file: at("challenge.json"), field: "(file)", message: "missing" }]);
  }
  let meta: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(metaText);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw new Error("the top level must be an object");
    }
    meta = parsed as Record<string, unknown>;
  } catch (e) {
    throw new ChallengeFormatError([
      { file: at("challenge.json"), field: "(json)", message: `not valid JSON: ${(e as Error).message}` },
    ]);
  }
  const m = new MetaReader(meta, (field, message) => fail("challenge.json", field, message));

  for (const key of Object.keys(meta)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      fail("challenge.json", key, `unknown field (known: ${KNOWN_KEYS.join(", ")})`);
    }
  }
  const folder = source.split("/").filter(Boolean);
  const id = m.string("id", (v) => SLUG.test(v) || "must be kebab-case, like two-sum");
  if (id && folder.length > 0 && folder[folder.length - 1] !== id) {
    fail("challenge.json", "id", `must match the folder name "${folder[folder.length - 1]}"`);
  }
  const title = m.string("title");
  const track = m.oneOf("track", TRACKS);
  if (track && folder.length > 1 && folder[folder.length - 2] !== track) {
    fail("challenge.json", "track", `must match the parent folder "${folder[folder.length - 2]}"`);
  }
  const stage = m.oneOf(
    "stage",
    STAGES.map((s) => s.id),
  );
  if (track && stage && stageOfTrack(track) !== stage) {
    fail("challenge.json", "stage", `track "${track}" belongs to stage "${stageOfTrack(track)}"`);
  }
  const difficulty = m.oneOf("difficulty", DIFFICULTIES);
  const minutes = m.integer("minutes", 1, 120);
  const tags = m.stringList("tags", true);
  const packages = (m.stringList("packages", false) ?? []) as PackageName[];
  for (const p of packages) {
    if (!PACKAGE_NAME.test(p))
      fail("challenge.json", "packages", `"${p}" is not a package name (e.g. ${PACKAGES.join(", ")})`);
  }
  const entry = m.string("entry", (v) => IDENTIFIER.test(v) || "must be a Python identifier");
  const module = m.optionalString("module", "solution", (v) => IDENTIFIER.test(v) || "must be a Python identifier");
  const timeLimitMs = m.optionalInteger("timeLimitMs", DEFAULT_TIME_LIMIT_MS, 100, 120_000);
  const hints = m.stringList("hints", true);
  if (hints && hints.length < 2) fail("challenge.json", "hints", "give at least 2 progressive hints");
  const helpers = m.stringList("helpers", false) ?? [];
  const crosscheckFile =
    meta.crosscheck === undefined ? null : m.string("crosscheck", (v) => PY_FILE.test(v) || "must be a .py file name");
  if (crosscheckFile && files[crosscheckFile] === undefined)
    fail(crosscheckFile, "(file)", "missing (named in challenge.json)");
  // a cross-check that is never run would look like evidence: it must be named to count
  if (!crosscheckFile && files["crosscheck.py"] !== undefined)
    fail(
      "challenge.json",
      "crosscheck",
      'crosscheck.py is in the folder but not named: add "crosscheck": "crosscheck.py"',
    );
  const tests = readTests(meta.tests, (field, message) => fail("challenge.json", field, message));

  for (const name of REQUIRED_FILES) {
    if (!files[name]?.trim()) fail(name, "(file)", files[name] === undefined ? "missing" : "empty");
  }
  const statement = files["statement.md"] ?? "";
  if (statement.trim()) {
    if (!/^#+ .*example/im.test(statement)) fail("statement.md", "Example", 'add a "## Example" section');
    if (!/^#+ .*output/im.test(statement)) {
      fail("statement.md", "Output contract", 'add an "## Output contract" section');
    }
  }
  const testFiles: Record<string, string> = {};
  if (tests) {
    for (const name of [tests.file, ...helpers]) {
      if (!PY_FILE.test(name)) fail("challenge.json", "tests.file", `"${name}" must be a Python module file name`);
      const text = files[name];
      if (text === undefined) fail(name, "(file)", "missing (named in challenge.json)");
      else testFiles[name] = text;
    }
    if (module && (tests.file === `${module}.py` || helpers.includes(`${module}.py`))) {
      fail("challenge.json", "module", `"${module}" clashes with a test file name`);
    }
  }

  if (problems.length > 0) throw new ChallengeFormatError(problems);
  return {
    id: id as string,
    title: title as string,
    track: track as TrackId,
    stage: stage as StageId,
    difficulty: difficulty as Difficulty,
    minutes: minutes as number,
    tags: tags as string[],
    packages,
    entry: entry as string,
    module: module as string,
    timeLimitMs: timeLimitMs as number,
    tests: tests as TestsConfig,
    hints: hints as string[],
    statement,
    starter: files["starter.py"] as string,
    solution: files["solution.py"] as string,
    explanation: files["explanation.md"] as string,
    testFiles,
    crosscheck: crosscheckFile ? (files[crosscheckFile] ?? null) : null,
    source,
  };
}

function readTests(raw: unknown, fail: (field: string, message: string) => void): TestsConfig | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    fail("tests", 'required: {"kind": "cases", "file": "tests.py"} or {"kind": "unittest", ...}');
    return undefined;
  }
  const t = raw as Record<string, unknown>;
  const file = t.file ?? "tests.py";
  if (typeof file !== "string") {
    fail("tests.file", "must be a file name");
    return undefined;
  }
  if (t.kind === "cases") {
    for (const key of Object.keys(t)) if (key !== "kind" && key !== "file") fail(`tests.${key}`, "unknown field");
    return { kind: "cases", file };
  }
  if (t.kind === "unittest") {
    const samples = t.samples;
    if (!Array.isArray(samples) || samples.length === 0 || !samples.every((s) => typeof s === "string")) {
      fail("tests.samples", 'list the visible test methods, for example ["test_gutter_game"]');
      return undefined;
    }
    for (const key of Object.keys(t)) {
      if (!["kind", "file", "samples", "imported"].includes(key)) fail(`tests.${key}`, "unknown field");
    }
    if (t.imported !== undefined && typeof t.imported !== "boolean") {
      fail("tests.imported", "must be true or false (true: an existing suite, kept at its own size)");
    }
    const config: TestsConfig = { kind: "unittest", file, samples: samples as string[] };
    if (t.imported === true) config.imported = true;
    return config;
  }
  fail("tests.kind", `must be "cases" or "unittest", got ${JSON.stringify(t.kind)}`);
  return undefined;
}

class MetaReader {
  constructor(
    private readonly meta: Record<string, unknown>,
    private readonly fail: (field: string, message: string) => void,
  ) {}

  string(field: string, check?: (v: string) => true | string): string | undefined {
    const v = this.meta[field];
    if (typeof v !== "string" || !v.trim()) {
      this.fail(field, v === undefined ? "required" : "must be a non-empty string");
      return undefined;
    }
    return this.checked(field, v, check);
  }

  optionalString(field: string, fallback: string, check?: (v: string) => true | string): string | undefined {
    return this.meta[field] === undefined ? fallback : this.string(field, check);
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T | undefined {
    const v = this.meta[field];
    if (typeof v !== "string" || !(allowed as readonly string[]).includes(v)) {
      this.fail(
        field,
        `${v === undefined ? "required" : `unknown value ${JSON.stringify(v)}`}; one of: ${allowed.join(", ")}`,
      );
      return undefined;
    }
    return v as T;
  }

  integer(field: string, min: number, max: number): number | undefined {
    const v = this.meta[field];
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
      this.fail(field, v === undefined ? "required" : `must be a whole number from ${min} to ${max}`);
      return undefined;
    }
    return v;
  }

  optionalInteger(field: string, fallback: number, min: number, max: number): number | undefined {
    return this.meta[field] === undefined ? fallback : this.integer(field, min, max);
  }

  stringList(field: string, required: boolean, allowed?: readonly string[]): string[] | undefined {
    const v = this.meta[field];
    if (v === undefined && !required) return undefined;
    if (!Array.isArray(v) || !v.every((s) => typeof s === "string" && s.trim())) {
      this.fail(field, v === undefined ? "required (a list of strings)" : "must be a list of non-empty strings");
      return undefined;
    }
    if (allowed) {
      const bad = v.find((s) => !allowed.includes(s));
      if (bad !== undefined) {
        this.fail(field, `unknown value ${JSON.stringify(bad)}; one of: ${allowed.join(", ")}`);
        return undefined;
      }
    }
    return v as string[];
  }

  private checked(field: string, v: string, check?: (v: string) => true | string): string | undefined {
    const verdict = check ? check(v) : true;
    if (verdict !== true) {
      this.fail(field, verdict);
      return undefined;
    }
    return v;
  }
}
