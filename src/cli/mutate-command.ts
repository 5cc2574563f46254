/** `drill mutate` for the terminal and for tools (--json): progress, per-drill scores, survivors. */
import type { Challenge } from "../domain/challenge";
import {
  challengeDir,
  type DrillMutation,
  MARKS_FILE,
  MarksError,
  type MutantOutcome,
  mutateChallenge,
  readMarks,
} from "./mutate";
import type { Runtimes } from "./runtimes";

export interface MutateOptions {
  json: boolean;
  out: (line: string) => void;
}

/** Exit code: 0 when no drill has a surviving non-equivalent mutant, 1 otherwise, 2 for a bad mutants.json. */
export async function mutateCommand(
  challenges: Challenge[],
  runtimes: Runtimes,
  options: MutateOptions,
): Promise<number> {
  try {
    for (const c of challenges) readMarks(challengeDir(c));
  } catch (e) {
    if (!(e instanceof MarksError)) throw e;
    process.stderr.write(`drill: ${e.message}\n`);
    return 2;
  }
  const drills: DrillMutation[] = [];
  const tty = process.stderr.isTTY;
  const progress = (id: string, done: number, total: number) => {
    if (tty) process.stderr.write(`\r\x1b[2K${id}: mutant ${Math.min(done + 1, total)}/${total}`);
  };
  try {
    for (const [i, c] of challenges.entries()) {
      if (!tty) process.stderr.write(`[${i + 1}/${challenges.length}] ${c.id}: mutating...\n`);
      const d = await mutateChallenge(c, runtimes, progress);
      if (tty) process.stderr.write("\r\x1b[2K");
      drills.push(d);
      if (!options.json) options.out(formatDrill(d));
    }
  } finally {
    runtimes.dispose();
  }
  const failed = drills.filter((d) => d.surviving > 0 || d.problem).length;
  const totals = {
    drills: drills.length,
    mutants: sum(drills, (d) => d.mutants),
    killed: sum(drills, (d) => d.killed),
    likelyEquivalent: sum(drills, (d) => d.likelyEquivalent),
    markedEquivalent: sum(drills, (d) => d.markedEquivalent),
    surviving: sum(drills, (d) => d.surviving),
    problems: drills.filter((d) => d.problem).length,
    durationMs: sum(drills, (d) => d.durationMs),
  };
  if (options.json) {
    options.out(JSON.stringify({ ok: failed === 0, totals, drills }, null, 2));
  } else if (drills.length > 1) {
    const live = totals.killed + totals.surviving;
    options.out(
      `mutate: ${drills.length} drills, ${totals.mutants} mutants, ${totals.killed} killed, ` +
        `${totals.likelyEquivalent} likely equivalent, ${totals.markedEquivalent} marked equivalent, ` +
        `${totals.surviving} surviving; score ${percent(totals.killed, live)} (${seconds(totals.durationMs)})`,
    );
  }
  return failed ? 1 : 0;
}

export function formatDrill(d: DrillMutation): string {
  const lines: string[] = [];
  const live = d.killed + d.surviving;
  const mark = d.problem ? "PROBLEM " : d.surviving ? "SURVIVED" : "ok      ";
  lines.push(
    `${mark} ${d.id} [${d.runtime}] ${d.mutants} mutants: ${d.killed} killed, ${d.likelyEquivalent} likely equivalent, ` +
      `${d.markedEquivalent} marked, ${d.surviving} surviving; score ${d.killed}/${live} ${percent(d.killed, live)} (${seconds(d.durationMs)})`,
  );
  if (d.problem) lines.push(indent(d.problem));
  for (const o of d.outcomes.filter((o) => o.status === "survived")) lines.push(formatOutcome(o, "survivor"));
  for (const o of d.outcomes.filter((o) => o.status === "equivalent")) {
    lines.push(formatOutcome(o, "likely equivalent (same answers on every generated input)"));
  }
  for (const id of d.staleMarks) lines.push(indent(`note: ${MARKS_FILE} marks ${id}, which is no longer a mutant`));
  return lines.join("\n");
}

function formatOutcome(o: MutantOutcome, what: string): string {
  const head = `${what} ${o.id} (${o.operator}, line ${o.line} in ${o.function}): ${o.description}`;
  const body = [head];
  if (o.evidence) body.push(`  ${o.evidence}`);
  body.push(
    ...o.diff
      .trimEnd()
      .split("\n")
      .map((l) => `  ${l}`),
  );
  return indent(body.join("\n"));
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");
}

function sum<T>(items: T[], f: (t: T) => number): number {
  return items.reduce((s, t) => s + f(t), 0);
}

function percent(a: number, b: number): string {
  return b ? `${((100 * a) / b).toFixed(1)}%` : "100%";
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
