/**
 * A believable history of practice, as a progress export file: six weeks of submissions, solves
 * fast and slow, a few failures and drills due for review. Built with the app's own progress
 * rules, for the screenshots and the stats browser tests (imported through the Your data page).
 */
import type { Challenge } from "../../src/domain/challenge";
import type { Attempt, DrillProgress, ProgressSnapshot } from "../../src/domain/progress";
import { emptySnapshot } from "../../src/domain/progress";
import { recordAttempt } from "../../src/domain/progress-rules";
import { serializeExport } from "../../src/domain/progress-transfer";

const DAY = 86_400_000;

/** Deterministic pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** The export file's text. `skip` names drills to leave untouched (the ones a test works on). */
export function seededProgress(challenges: Challenge[], now: number, skip: string[] = ["two-sum"]): string {
  const rand = random(7);
  const snapshot: ProgressSnapshot = emptySnapshot();
  // a few drills of every track in turn, so the history spans the roadmap however the catalogue grows
  const byTrack = new Map<string, Challenge[]>();
  for (const c of challenges.filter((c) => !skip.includes(c.id)))
    byTrack.set(c.track, [...(byTrack.get(c.track) ?? []), c]);
  const pool: Challenge[] = [];
  for (let round = 0; pool.length < 24 && round < challenges.length; round++) {
    for (const list of byTrack.values()) {
      const c = list[round];
      if (c && pool.length < 24) pool.push(c);
    }
  }
  let day = 42;
  pool.forEach((c, i) => {
    if (rand() < 0.3) day -= 1;
    // the last few land on consecutive days up to today: a current streak
    day = i >= pool.length - 4 ? pool.length - 1 - i : Math.max(4, day - (rand() < 0.5 ? 1 : 2));
    const tries = i % 5 === 3 ? 3 : i % 3 === 0 ? 2 : 1;
    const unsolved = i % 7 === 6;
    let progress: DrillProgress | undefined;
    for (let t = 0; t < tries; t++) {
      const at = now - day * DAY - (tries - t) * 2_400_000 - Math.floor(rand() * 600_000);
      const last = t === tries - 1;
      const solved = last && !unsolved;
      const targetMs = c.minutes * 60_000;
      const elapsedMs = Math.round(targetMs * (0.45 + rand() * (i % 4 === 0 ? 1.1 : 0.6)));
      const total = 14 + (i % 9);
      const attempt: Attempt = {
        id: `${c.id}:${at}:seed${t}`,
        challengeId: c.id,
        at,
        mode: "practice",
        code: c.starter,
        passed: solved ? total : Math.floor(total * (0.4 + rand() * 0.5)),
        total,
        solved,
        elapsedMs,
        targetMs,
        hintsUsed: i % 6 === 2 ? 1 : 0,
        revealed: false,
        tests: [],
      };
      progress = recordAttempt(progress, attempt, at);
    }
    if (progress) snapshot.progress[c.id] = progress;
  });
  const draftFor = challenges.find((c) => !skip.includes(c.id) && !snapshot.progress[c.id]);
  if (draftFor) {
    snapshot.drafts[draftFor.id] = {
      challengeId: draftFor.id,
      code: draftFor.starter,
      customInputs: [],
      updatedAt: now - 3_600_000,
      rev: 1,
    };
  }
  return serializeExport(snapshot, now);
}
