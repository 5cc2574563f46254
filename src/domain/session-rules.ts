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

/** The drills a mock interview may draw from: matching the options, and able to run now. */
export function mockPool(
  challenges: readonly Challenge[],
  options: Pick<MockOptions, "tracks" | "difficulties">,
  runnable: (c: Challenge) => boolean = () => true,
): { matching: Challenge[]; runnable: Challenge[] } {
  const matching = challenges.filter(
    (c) =>
      (options.tracks.length === 0 || options.tracks.includes(c.track)) &&
      (options.difficulties.length === 0 || options.difficulties.includes(c.difficulty)),
  );
  return { matching, runnable: matching.filter(runnable) };
}

/** Drills matching the options that can run now, drawn at random; throws when none can. */
export function createMock(
  challenges: Challenge[],
  options: MockOptions,
  now: number,
  random = Math.random,
  runnable: (c: Challenge) => boolean = () => true,
): SessionRecord {
  const { matching, runnable: pool } = mockPool(challenges, options, runnable);
  if (matching.length === 0) throw new Error("No drills match these tracks and difficulties.");
  if (pool.length === 0) {
    throw new Error(
      `None of the ${matching.length} matching drills can run now: their packages are not on this device and cannot be downloaded.`,
    );
  }
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

/** Move to any drill of a running session (back and forth). */
export function goToDrill(session: SessionRecord, index: number): SessionRecord {
  if (session.endedAt !== null || index < 0 || index >= session.challengeIds.length) return session;
  return index === session.current ? session : { ...session, current: index };
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
