/** Exams (one drill, a countdown) and mock interviews (several drills under one clock), as pure rules. */
import type { Challenge, Difficulty, TrackId } from "./challenge";
import type { SessionDrillResult, SessionRecord } from "./progress";

export interface MockOptions {
  tracks: TrackId[];
  difficulties: Difficulty[];
  count: number;
  durationMinutes: number;
}

export function newSessionId(now: number, random = Math.random): string {
  return `session-${now.toString(36)}-${Math.floor(random() * 1e9).toString(36)}`;
}

export function createExam(challenge: Challenge, now: number, random = Math.random): SessionRecord {
  return {
    id: newSessionId(now, random),
    kind: "exam",
    challengeIds: [challenge.id],
    startedAt: now,
    durationMs: challenge.minutes * 60_000,
    current: 0,
    endedAt: null,
    results: [],
  };
}

/** Drills matching the options, drawn at random; throws when none match. */
export function createMock(
  challenges: Challenge[],
  options: MockOptions,
  now: number,
  random = Math.random,
): SessionRecord {
  const pool = challenges.filter(
    (c) =>
      (options.tracks.length === 0 || options.tracks.includes(c.track)) &&
      (options.difficulties.length === 0 || options.difficulties.includes(c.difficulty)),
  );
  if (pool.length === 0) throw new Error("No drills match these tracks and difficulties.");
  const shuffled = [...pool];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as Challenge, shuffled[i] as Challenge];
  }
  return {
    id: newSessionId(now, random),
    kind: "mock",
    challengeIds: shuffled.slice(0, Math.max(1, options.count)).map((c) => c.id),
    startedAt: now,
    durationMs: Math.max(1, options.durationMinutes) * 60_000,
    current: 0,
    endedAt: null,
    results: [],
  };
}

export function remainingMs(session: SessionRecord, now: number): number {
  const end = session.endedAt ?? session.startedAt + session.durationMs;
  return Math.max(0, Math.min(end, session.startedAt + session.durationMs) - now);
}

export function isOver(session: SessionRecord, now: number): boolean {
  return session.endedAt !== null || now >= session.startedAt + session.durationMs;
}

export function currentChallengeId(session: SessionRecord): string | undefined {
  return session.challengeIds[session.current];
}

/** Keep the latest submission of a drill: in an exam the last submission counts. */
export function withDrillResult(session: SessionRecord, result: SessionDrillResult): SessionRecord {
  const others = session.results.filter((r) => r.challengeId !== result.challengeId);
  return { ...session, results: [...others, result] };
}

/** Move to the next drill, or end the session after the last one. */
export function advance(session: SessionRecord, now: number): SessionRecord {
  if (session.current + 1 < session.challengeIds.length) return { ...session, current: session.current + 1 };
  return end(session, now);
}

export function end(session: SessionRecord, now: number): SessionRecord {
  if (session.endedAt !== null) return session;
  return { ...session, endedAt: Math.min(now, session.startedAt + session.durationMs) };
}

/** The summary rows, one per drill in order; a drill never submitted counts as 0 passed. */
export function summaryRows(session: SessionRecord): SessionDrillResult[] {
  return session.challengeIds.map(
    (id) =>
      session.results.find((r) => r.challengeId === id) ?? {
        challengeId: id,
        passed: 0,
        total: 0,
        solved: false,
        elapsedMs: 0,
        targetMs: 0,
        hintsUsed: 0,
      },
  );
}
