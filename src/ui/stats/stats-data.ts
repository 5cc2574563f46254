/** What the stats page shows, computed from saved progress. Pure: `now` is a parameter. */
import { type Challenge, STAGES, TRACKS } from "../../domain/challenge";
import type { Attempt, DrillProgress } from "../../domain/progress";
import { trackLabel } from "../common/track-label";

export interface TimePoint {
  at: number;
  elapsedMs: number;
  targetMs: number;
  label: string;
}

export interface BarDatum {
  label: string;
  value: number;
  max: number;
  text: string;
}

const DAY_MS = 86_400_000;

/** A local calendar day as "YYYY-MM-DD". */
export function dayKey(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export function allAttempts(progress: Record<string, DrillProgress>): Attempt[] {
  return Object.values(progress)
    .flatMap((p) => p.attempts)
    .sort((a, b) => a.at - b.at);
}

/** Submissions per local day. */
export function practiceDays(attempts: Attempt[]): Map<string, number> {
  const days = new Map<string, number>();
  for (const a of attempts) days.set(dayKey(a.at), (days.get(dayKey(a.at)) ?? 0) + 1);
  return days;
}

/** Consecutive practice days up to today; a streak still counts until a whole day is missed. */
export function currentStreak(days: Map<string, number>, now: number): number {
  let at = days.has(dayKey(now)) ? now : now - DAY_MS;
  let streak = 0;
  while (days.has(dayKey(at))) {
    streak++;
    at -= DAY_MS;
  }
  return streak;
}

export function longestStreak(days: Map<string, number>): number {
  const sorted = [...days.keys()].sort();
  let best = 0;
  let run = 0;
  let previous: number | null = null;
  for (const key of sorted) {
    const [y, m, d] = key.split("-").map(Number) as [number, number, number];
    const day = Date.UTC(y, m - 1, d) / DAY_MS;
    run = previous !== null && day - previous === 1 ? run + 1 : 1;
    best = Math.max(best, run);
    previous = day;
  }
  return best;
}

export function timePoints(attempts: Attempt[], challenges: Challenge[]): TimePoint[] {
  const title = new Map(challenges.map((c) => [c.id, c.title]));
  return attempts
    .filter((a) => a.solved && a.targetMs > 0)
    .map((a) => ({
      at: a.at,
      elapsedMs: a.elapsedMs,
      targetMs: a.targetMs,
      label: title.get(a.challengeId) ?? a.challengeId,
    }));
}

export function solvedPerStage(challenges: Challenge[], progress: Record<string, DrillProgress>): BarDatum[] {
  return STAGES.map((stage) => {
    const ids = challenges.filter((c) => c.stage === stage.id).map((c) => c.id);
    const solved = ids.filter((id) => progress[id]?.status === "solved").length;
    return { label: stage.title, value: solved, max: ids.length, text: `${solved} of ${ids.length}` };
  });
}

/** Per track, the share of submissions that passed every test. */
export function accuracyPerTrack(attempts: Attempt[], challenges: Challenge[]): BarDatum[] {
  const track = new Map(challenges.map((c) => [c.id, c.track]));
  return TRACKS.map((t) => {
    const mine = attempts.filter((a) => track.get(a.challengeId) === t);
    const solved = mine.filter((a) => a.solved).length;
    const pct = mine.length ? Math.round((solved / mine.length) * 100) : 0;
    return {
      label: trackLabel(t),
      value: pct,
      max: 100,
      text: mine.length ? `${pct}% of ${mine.length}` : "no submissions",
    };
  });
}
