/** Exams (one drill, a countdown) and mock interviews (several drills under one clock), as pure rules. */
import { BEHAVIOURAL_STAGE, type CardSummary } from "./cards";
import { type Challenge, type Difficulty, STAGES, type TrackId } from "./challenge";
import type { SessionCardResult, SessionDrillResult, SessionRecord } from "./progress";

export interface MockOptions {
  tracks: TrackId[];
  difficulties: Difficulty[];
  count: number;
  durationMinutes: number;
  /** Concept questions after the drills (drawn from the stages of the chosen tracks). */
  concepts?: number;
  /** End with one behavioural prompt. */
  behavioural?: boolean;
}

/** One part of a session: a drill, or a card (a concept question or the behavioural prompt). */
export type SessionPart = { kind: "drill"; id: string; index: number } | { kind: "card"; id: string; index: number };

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
  cards: readonly CardSummary[] = [],
): SessionRecord {
  const { matching, runnable: pool } = mockPool(challenges, options, runnable);
  if (matching.length === 0) throw new Error("No drills match these tracks and difficulties.");
  if (pool.length === 0) {
    throw new Error(
      `None of the ${matching.length} matching drills can run now: their packages are not on this device and cannot be downloaded.`,
    );
  }
  const shuffled = shuffleInPlace([...pool], random);
  const cardIds = pickCards(cards, options, random);
  return {
    id: newSessionId(now, random),
    kind: "mock",
    challengeIds: shuffled.slice(0, Math.max(1, options.count)).map((c) => c.id),
    startedAt: now,
    durationMs: Math.max(1, options.durationMinutes) * 60_000,
    current: 0,
    endedAt: null,
    results: [],
    ...(cardIds.length > 0 ? { cardIds, cardResults: [] } : {}),
  };
}

function shuffleInPlace<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** Concept cards from the chosen tracks' stages (all stages when none is chosen), then one behavioural prompt. */
export function pickCards(
  cards: readonly CardSummary[],
  options: Pick<MockOptions, "tracks" | "concepts" | "behavioural">,
  random = Math.random,
): string[] {
  const stages = new Set(
    STAGES.filter((s) => options.tracks.length === 0 || s.tracks.some((t) => options.tracks.includes(t))).map(
      (s) => s.id as string,
    ),
  );
  const concepts = shuffleInPlace(
    cards.filter((c) => c.kind === "concept" && stages.has(c.stage)),
    random,
  ).slice(0, Math.max(0, options.concepts ?? 0));
  const prompts = options.behavioural ? cards.filter((c) => c.stage === BEHAVIOURAL_STAGE) : [];
  const prompt = prompts.length > 0 ? prompts[Math.floor(random() * prompts.length)] : undefined;
  return [...concepts.map((c) => c.id), ...(prompt ? [prompt.id] : [])];
}

/** Drills, then cards. */
export function partCount(session: SessionRecord): number {
  return session.challengeIds.length + (session.cardIds?.length ?? 0);
}

export function partAt(session: SessionRecord, index: number): SessionPart | undefined {
  const drill = session.challengeIds[index];
  if (drill !== undefined) return { kind: "drill", id: drill, index };
  const card = session.cardIds?.[index - session.challengeIds.length];
  return card === undefined ? undefined : { kind: "card", id: card, index };
}

export function currentPart(session: SessionRecord): SessionPart | undefined {
  return partAt(session, session.current);
}

/** Keep the latest answer to a card of the session. */
export function withCardResult(session: SessionRecord, result: SessionCardResult): SessionRecord {
  const others = (session.cardResults ?? []).filter((r) => r.cardId !== result.cardId);
  return { ...session, cardResults: [...others, result] };
}

/** The card rows of the summary, in order; null where a card was not answered. */
export function cardSummaryRows(session: SessionRecord): { cardId: string; result: SessionCardResult | null }[] {
  return (session.cardIds ?? []).map((cardId) => ({
    cardId,
    result: session.cardResults?.find((r) => r.cardId === cardId) ?? null,
  }));
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

/** Move to any part of a running session (back and forth). */
export function goToDrill(session: SessionRecord, index: number): SessionRecord {
  if (session.endedAt !== null || index < 0 || index >= partCount(session)) return session;
  return index === session.current ? session : { ...session, current: index };
}

/** Move to the next part, or end the session after the last one. */
export function advance(session: SessionRecord, now: number): SessionRecord {
  if (session.current + 1 < partCount(session)) return { ...session, current: session.current + 1 };
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
