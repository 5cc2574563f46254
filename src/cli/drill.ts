/**
 * The drill CLI: `npm run drill -- <list|check|validate> ...`. Grades with the same harness and
 * runner as the app, in Pyodide under Node or, with --python native, in CPython.
 * Exit codes: 0 all good, 1 a test or validation failed, 2 bad usage or an invalid challenge.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildCatalog } from "../catalog/catalog";
import type { Challenge } from "../domain/challenge";
import { gradeJob } from "../runner/grade-job";
import { formatReport } from "./format-report";
import { loadCatalog, readFolder, resolveChallengeDir } from "./load-challenges";
import { mutateCommand } from "./mutate-command";
import { NativePythonMissing } from "./native-python-port";
import { PackagesDirError, verifyPackagesDir } from "./packages-dir";
import { type PythonChoice, Runtimes } from "./runtimes";
import { cardReportLines, countCards, loadCardDeck } from "./validate-cards";
import { laneCount, validateInLanes } from "./validate-lanes";

const USAGE = `usage: npm run drill -- <command> [options]

commands:
  list [--json]                                   every challenge with id, track, difficulty, packages
  check <challenge-id | dir> <solution.py> [--json] [--isolated] [--details]
                                                  grade a file against all tests (exit 1 if any fails)
  validate [<challenge-id | dir>...] [--json]     reference passes, starter fails, deterministic, in time
                                                  (with no ids: the concept cards too, as "cards" does)
  cards [--json]                                  check every concept card and behavioural prompt
                                                  (challenges/concepts/) and count them per stage
  mutate [<challenge-id | dir>...] [--json]       mutants of the reference: do the tests kill them?

options:
  --python auto|pyodide|native   which Python grades (default auto: Pyodide, or native CPython for
                                 drills whose packages have no Pyodide wheels at hand)
  --packages-dir DIR             a folder of Pyodide wheels (also PYODIDE_PACKAGES_DIR), checked
                                 against pyodide-lock.json's SHA-256
  --isolated                     (check) for code you did not write: native CPython, the code runs in
                                 a process of its own that sees only each test's inputs and returns
                                 plain data; the grader compares (see README: "What each mode guarantees")
  --details                      (check) every failing hidden test with its input, expected and actual
                                 values (by default only the first, as the app shows a candidate)
  --json                         machine-readable output (see README: "drill --json output")`;

class UsageError extends Error {}

interface Args {
  command: string;
  positional: string[];
  json: boolean;
  python: PythonChoice;
  packagesDir: string | undefined;
  isolated: boolean;
  details: boolean;
}

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  let json = false;
  let isolated = false;
  let details = false;
  let python: PythonChoice = "auto";
  let packagesDir = process.env.PYODIDE_PACKAGES_DIR || undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--json") json = true;
    else if (a === "--isolated") isolated = true;
    else if (a === "--details") details = true;
    else if (a === "--python") {
      const v = argv[++i];
      if (v !== "auto" && v !== "pyodide" && v !== "native")
        throw new UsageError("--python takes auto, pyodide or native");
      python = v;
    } else if (a === "--packages-dir") {
      const v = argv[++i];
      if (!v) throw new UsageError("--packages-dir takes a folder");
      packagesDir = path.resolve(v);
    } else if (a === "--help" || a === "-h") throw new UsageError("");
    else if (a.startsWith("--")) throw new UsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  const command = positional.shift();
  if (!command) throw new UsageError("");
  if (isolated && command !== "check") throw new UsageError("--isolated is an option of check");
  if (details && command !== "check") throw new UsageError("--details is an option of check");
  if (isolated && python === "pyodide") throw new UsageError("--isolated grades with native CPython, not Pyodide");
  return { command, positional, json, python, packagesDir, isolated, details };
}

function out(text: string): void {
  process.stdout.write(`${text}\n`);
}

function loadOne(ref: string): Challenge {
  const dir = resolveChallengeDir(ref);
  if (!dir) throw new UsageError(`no challenge "${ref}" (give an id from "drill list" or a challenge folder)`);
  const catalog = buildCatalog([readFolder(dir)]);
  if (catalog.problems.length) {
    throw new InvalidChallenge(catalog.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join("\n"));
  }
  return catalog.challenges[0] as Challenge;
}

class InvalidChallenge extends Error {}

async function list(args: Args): Promise<number> {
  const catalog = loadCatalog();
  const rows = catalog.challenges.map((c) => ({
    id: c.id,
    title: c.title,
    track: c.track,
    stage: c.stage,
    difficulty: c.difficulty,
    minutes: c.minutes,
    packages: c.packages,
    tests: c.tests.kind,
  }));
  const deck = loadCardDeck(new Set(catalog.challenges.map((c) => c.id)));
  const problems = [...catalog.problems, ...deck.problems];
  if (args.json) out(JSON.stringify({ challenges: rows, cards: countCards(deck), problems }, null, 2));
  else {
    for (const r of rows) {
      out(`${r.id.padEnd(32)} ${r.track.padEnd(15)} ${r.difficulty.padEnd(7)} ${r.packages.join(",") || "-"}`);
    }
    for (const line of cardReportLines(deck)) if (!line.startsWith("INVALID")) out(line);
    for (const p of problems) out(`invalid: ${p.file}: ${p.field}: ${p.message}`);
  }
  return problems.length ? 2 : 0;
}

/** `drill cards`: every card checked (no Python needed), counted per stage; exit 1 when any is invalid. */
async function cards(args: Args): Promise<number> {
  if (args.positional.length) throw new UsageError("cards takes no arguments: it checks every card");
  const deck = loadCardDeck(new Set(loadCatalog().challenges.map((c) => c.id)));
  if (args.json)
    out(JSON.stringify({ ok: deck.problems.length === 0, ...countCards(deck), problems: deck.problems }, null, 2));
  else for (const line of cardReportLines(deck)) out(line);
  return deck.problems.length ? 1 : 0;
}

async function check(args: Args): Promise<number> {
  const [ref, file, ...rest] = args.positional;
  if (!ref || !file || rest.length) throw new UsageError("check takes a challenge and a solution file");
  const challenge = loadOne(ref);
  let code: string;
  try {
    code = readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  if (args.isolated && challenge.tests.kind !== "cases") {
    throw new UsageError(
      `--isolated grades challenges whose tests are cases; ${challenge.id} has unittest tests, which run inside the candidate's interpreter`,
    );
  }
  const runtimes = new Runtimes(args.python, args.packagesDir, args.isolated);
  try {
    const pick = runtimes.pick(challenge);
    if (pick.note && !args.json) process.stderr.write(`${pick.note}\n`);
    const job = gradeJob(challenge, code, "submit");
    if (args.details) job.showEveryFailure = true;
    const report = await runtimes.runner(pick.kind).run(job);
    // a run that graded nothing is not a pass, whatever told it so
    const passed = !report.problem && report.results.length > 0 && report.results.every((r) => r.status === "pass");
    if (args.json) out(JSON.stringify({ challenge: challenge.id, runtime: pick.kind, passed, ...report }, null, 2));
    else out(formatReport(report));
    // the challenge is broken, or grading could not be trusted (the code interfered with the harness)
    if (report.problem?.kind === "challenge" || report.problem?.kind === "harness") return 2;
    if (!report.problem && report.results.length === 0) {
      process.stderr.write("drill: no test was graded, so this is not a pass\n");
      return 2;
    }
    return passed ? 0 : 1;
  } finally {
    runtimes.dispose();
  }
}

async function validate(args: Args): Promise<number> {
  let challenges: Challenge[];
  let invalid: string[] = [];
  if (args.positional.length) challenges = args.positional.map(loadOne);
  else {
    const catalog = loadCatalog();
    challenges = catalog.challenges;
    invalid = catalog.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
    const deck = loadCardDeck(new Set(catalog.challenges.map((c) => c.id)));
    invalid.push(...deck.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`));
    if (!args.json) out(cardReportLines(deck).at(-1) as string);
  }
  // Pyodide and native CPython, lane by lane side by side (DRILL_JOBS lanes; one per core by default)
  const validations = await validateInLanes(challenges, {
    lanes: laneCount(),
    runtimes: () => new Runtimes(args.python, args.packagesDir),
    onResult: (v) => {
      if (args.json) return;
      const head = `${v.ok ? "ok     " : "INVALID"} ${v.id} [${v.runtime}] ${v.samples} sample + ${v.hidden} hidden tests`;
      out(head + (v.note ? ` (${v.note})` : ""));
      for (const p of v.problems) out(`    ${p}`);
    },
  });
  const failed = validations.filter((v) => !v.ok).length + invalid.length;
  if (args.json) {
    out(JSON.stringify({ ok: failed === 0, invalid, challenges: validations }, null, 2));
  } else {
    for (const line of invalid) out(`INVALID ${line}`);
    const native = validations.filter((v) => v.runtime === "native").map((v) => v.id);
    if (native.length) out(`checked with native CPython: ${native.join(", ")}`);
    out(`validate: ${validations.length + invalid.length - failed} passed, ${failed} failed`);
  }
  return failed ? 1 : 0;
}

async function mutate(args: Args): Promise<number> {
  const challenges = args.positional.length ? args.positional.map(loadOne) : loadCatalog().challenges;
  return mutateCommand(challenges, new Runtimes(args.python, args.packagesDir), { json: args.json, out });
}

async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.packagesDir && args.command !== "list") verifyPackagesDir(args.packagesDir, []);
    if (args.command === "list") return await list(args);
    if (args.command === "check") return await check(args);
    if (args.command === "validate") return await validate(args);
    if (args.command === "mutate") return await mutate(args);
    if (args.command === "cards") return await cards(args);
    throw new UsageError(`unknown command "${args.command}"`);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message ? `drill: ${e.message}\n\n` : ""}${USAGE}\n`);
      return 2;
    }
    if (e instanceof InvalidChallenge || e instanceof PackagesDirError || e instanceof NativePythonMissing) {
      process.stderr.write(`drill: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

const exitCode = await main(process.argv.slice(2));
// Python threads ending after this (os._exit in Pyodide sets process.exitCode) must not change it.
process.exitCode = exitCode;
process.on("exit", () => {
  process.exitCode = exitCode;
});
