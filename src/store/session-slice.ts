import type { StateCreator } from "zustand";
import type { Challenge } from "../domain/challenge";
import type { SessionRecord } from "../domain/progress";
import type { RunReport } from "../domain/results";
import {
  advance,
  createExam,
  createMock,
  currentChallengeId,
  end,
  isOver,
  type MockOptions,
  withDrillResult,
} from "../domain/session-rules";
import type { AppState, FullDeps } from "./app-store";
import { challengeById } from "./catalog-slice";
import { storageMessage } from "./progress-slice";

export interface SessionSlice {
  sessions: SessionRecord[];
  /** Sessions that ended in this tab and still show their drill read-only until dismissed. */
  endedHere: string[];
  dismissSession(sessionId: string): void;
  startExam(challengeId: string): SessionRecord | null;
  startMock(options: MockOptions): SessionRecord;
  recordSessionSubmit(challenge: Challenge, report: RunReport): void;
  nextDrill(sessionId: string): void;
  endSession(sessionId: string): void;
  /** End sessions whose time is up (called by the clock). */
  expireSessions(): void;
}

export const sessionSlice =
  (deps: FullDeps): StateCreator<AppState, [], [], SessionSlice> =>
  (set, get) => {
    const save = (session: SessionRecord) => {
      set((s) => ({
        sessions: [...s.sessions.filter((x) => x.id !== session.id), session],
        endedHere:
          session.endedAt !== null && !s.endedHere.includes(session.id) ? [...s.endedHere, session.id] : s.endedHere,
      }));
      deps.storage.saveSession(session).catch((e: unknown) => set({ storageError: storageMessage(e) }));
    };
    const withSession = (id: string, change: (s: SessionRecord) => SessionRecord) => {
      const session = get().sessions.find((s) => s.id === id);
      if (session) save(change(session));
    };
    return {
      sessions: [],
      endedHere: [],
      dismissSession: (id) => set((s) => ({ endedHere: s.endedHere.filter((x) => x !== id) })),
      startExam(challengeId) {
        const challenge = challengeById(get(), challengeId);
        if (!challenge) return null;
        const session = createExam(challenge, deps.now());
        save(session);
        return session;
      },
      startMock(options) {
        const session = createMock(get().challenges, options, deps.now());
        save(session);
        return session;
      },
      recordSessionSubmit(challenge, report) {
        const active = activeSessionFor(get(), challenge.id, deps.now());
        if (!active) return;
        const now = deps.now();
        withSession(active.session.id, (s) =>
          withDrillResult(s, {
            challengeId: challenge.id,
            passed: report.summary.passed,
            total: report.summary.total,
            solved: report.summary.total > 0 && report.summary.passed === report.summary.total,
            elapsedMs: now - s.startedAt,
            targetMs: challenge.minutes * 60_000,
            hintsUsed: get().progress[challenge.id]?.hintsUsed ?? 0,
          }),
        );
      },
      nextDrill: (id) => withSession(id, (s) => advance(s, deps.now())),
      endSession: (id) => withSession(id, (s) => end(s, deps.now())),
      expireSessions() {
        const now = deps.now();
        for (const s of get().sessions) if (s.endedAt === null && isOver(s, now)) save(end(s, now));
      },
    };
  };

export interface ActiveSession {
  session: SessionRecord;
  /** Time is up or the session ended: the editor is read-only and the last submission counts. */
  readOnly: boolean;
}

/** The session in which this drill is the current one: running, or ended in this tab and not dismissed. */
export function activeSessionFor(s: AppState, challengeId: string, now: number): ActiveSession | null {
  return activeSessionIn(s.sessions, s.endedHere, challengeId, now);
}

export function activeSessionIn(
  sessions: SessionRecord[],
  endedHere: string[],
  challengeId: string,
  now: number,
): ActiveSession | null {
  const session = [...sessions]
    .reverse()
    .find((x) => currentChallengeId(x) === challengeId && (x.endedAt === null || endedHere.includes(x.id)));
  if (!session) return null;
  return { session, readOnly: isOver(session, now) };
}

export function runningSession(s: AppState, now: number): SessionRecord | undefined {
  return s.sessions.find((x) => !isOver(x, now));
}
