/**
 * Where `drill validate` spends its time: validates each drill (all, or the ids given) exactly as
 * the command does, in the same lanes, and prints per-step times per drill, then totals per step
 * and runtime. Steps: <run>.startup (waiting for the lane's first interpreter), <run>.run (the
 * rest of the run: a fresh interpreter, loading the tests, grading), <run>.tests (time inside the
 * tests), crosscheck (alongside the starter), total; the runs are reference, starter and, for a unittest
 * suite, rerun.
 *   DRILL_JOBS=1 npx tsx scripts/profile-validate.ts [--python auto|pyodide|native] [id...]
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { loadCatalog } from "../src/cli/load-challenges";
import { type PythonChoice, Runtimes } from "../src/cli/runtimes";
import { REFERENCE_TIME_SHARE } from "../src/cli/validate";
import { laneCount, validateInLanes } from "../src/cli/validate-lanes";

/**
 * CPU seconds used so far by this process (all its threads) and its finished children (the native
 * Pythons and crosschecks): on a shared machine this, not the wall clock, says what a drill costs.
 */
function cpuSeconds(): number {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]?.split(" ") ?? [];
  // utime, stime, cutime, cstime are fields 14-17 of stat; fields[0] here is field 3
  const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
  return ticks / 100;
}

const argv = process.argv.slice(2);
let python: PythonChoice = "auto";
const ids: string[] = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === "--python") python = argv[++i] as PythonChoice;
  else ids.push(argv[i] as string);
}
const all = loadCatalog().challenges;
const challenges = ids.length ? all.filter((c) => ids.includes(c.id)) : all;
const lanes = laneCount();
const times: Record<string, number>[] = [];
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
console.log(`${challenges.length} drills, ${lanes} lanes, load average ${load()}`);
const started = performance.now();
const cpuStarted = cpuSeconds();
const validations = await validateInLanes(challenges, {
  lanes,
  runtimes: () => new Runtimes(python, process.env.PYODIDE_PACKAGES_DIR),
  onTimes: (t, i) => {
    times[i] = t;
  },
  onResult: (v, i) => {
    const steps = Object.entries(times[i] ?? {}).map(([k, ms]) => `${k}=${ms}`);
    console.log(`${v.ok ? "ok" : "INVALID"} ${v.id} [${v.runtime}] ${steps.join(" ")}`);
    for (const p of v.problems) console.log(`    ${p}`);
  },
});
const wall = Math.round(performance.now() - started);
const cpu = cpuSeconds() - cpuStarted;
console.log(`cpu ${cpu.toFixed(1)} s for ${challenges.length} drills (${(cpu / challenges.length).toFixed(2)} s each)`);
console.log(
  `wall ${wall} ms for ${challenges.length} drills (${Math.round(wall / challenges.length)} ms each); load average ${load()}`,
);
for (const runtime of ["pyodide", "native"]) {
  const mine = validations.flatMap((v, i) => (v.runtime === runtime ? [times[i] ?? {}] : []));
  if (!mine.length) continue;
  const sum: Record<string, number> = {};
  for (const t of mine) for (const [k, ms] of Object.entries(t)) sum[k] = (sum[k] ?? 0) + ms;
  const steps = Object.entries(sum).map(([k, ms]) => `${k}=${ms} (${Math.round(ms / mine.length)}/drill)`);
  console.log(`total [${runtime}] ${mine.length} drills: ${steps.join(" ")}`);
}
// how close the references come to the time-share check: the largest share of the limit used
const shares = challenges.map((c, i) => ({
  id: c.id,
  share: (validations[i]?.reference.results ?? []).reduce((s, r) => s + r.durationMs, 0) / c.timeLimitMs,
}));
const top = shares.sort((a, b) => b.share - a.share).slice(0, 3);
console.log(
  `largest reference share of its time limit (check: ${REFERENCE_TIME_SHARE}): ${top.map((t) => `${t.id} ${t.share.toFixed(3)}`).join(", ")}`,
);
