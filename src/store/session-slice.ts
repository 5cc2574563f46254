import type { StateCreator } from "zustand";
import type { Challenge } from "../domain/challenge";
import type { SessionCardResult, SessionRecord } from "../domain/progress";
import type { RunReport } from "../domain/results";
import {
  advance,
  createExam,
  createMock,
  currentChallengeId,
  currentPart,
  end,
  goToDrill,
  isOver,
  type MockOptions,
  withCardResult,
  withDrillResult,
} from "../domain/session-rules";
import type { AppState, FullDeps } from "./app-store";
import { challengeById } from "./catalog-slice";
import { isRunnable } from "./offline-slice";
import { storageMessage } from "./progress-slice";

export interface SessionSlice {
  sessions: SessionRecord[];
  /** Sessions that ended in this tab and still show their drill read-only until dismissed. */
  endedHere: string[];
  dismissSession(sessionId: string): void;
  startExam(challengeId: string): SessionRecord | null;
  startMock(options: MockOptions): SessionRecord;
  recordSessionSubmit(challenge: Challenge, report: RunReport): void;
  recordSessionResult(sessionId: string, challenge: Challenge, report: RunReport, at: number): void;
  nextDrill(sessionId: string): void;
  /** A concept question or the behavioural prompt of a mock interview was answered. */
  recordSessionCard(sessionId: string, result: SessionCardResult): void;
  /** Move to any drill of a running mock interview, back or forth. */
  goToSessionDrill(sessionId: string, index: number): void;
  /** Sessions whose time ran out and whose editors' code is being graded. */
  finalizing: string[];
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
        const session = createMock(
          get().challenges,
          options,
          deps.now(),
          Math.random,
          (c) => isRunnable(get(), c.packages),
          get().cardIndex ?? [],
        );
        save(session);
        return session;
      },
      recordSessionSubmit(challenge, report) {
        const active = activeSessionFor(get(), challenge.id, deps.now());
        if (active) get().recordSessionResult(active.session.id, challenge, report, deps.now());
      },
      recordSessionResult(sessionId, challenge, report, at) {
        withSession(sessionId, (s) =>
          withDrillResult(s, {
            challengeId: challenge.id,
            passed: report.summary.passed,
            total: report.summary.total,
            solved: report.summary.total > 0 && report.summary.passed === report.summary.total,
            elapsedMs: at - s.startedAt,
            targetMs: challenge.minutes * 60_000,
            hintsUsed: get().progress[challenge.id]?.hintsUsed ?? 0,
          }),
        );
      },
      nextDrill: (id) => withSession(id, (s) => advance(s, deps.now())),
      recordSessionCard: (id, result) => withSession(id, (s) => (s.endedAt === null ? withCardResult(s, result) : s)),
      goToSessionDrill: (id, index) => withSession(id, (s) => goToDrill(s, index)),
      endSession: (id) => withSession(id, (s) => end(s, deps.now())),
      finalizing: [],
      expireSessions() {
        const now = deps.now();
        for (const s of get().sessions) {
          if (s.endedAt !== null || !isOver(s, now) || get().finalizing.includes(s.id)) continue;
          set((st) => ({ finalizing: [...st.finalizing, s.id] }));
          void get()
            .gradeFinal(s)
            .finally(() => {
              const latest = get().sessions.find((x) => x.id === s.id) ?? s;
              save(end(latest, deps.now()));
              set((st) => ({ finalizing: st.finalizing.filter((x) => x !== s.id) }));
            });
        }
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

/** The session in which this card is the current part: running, or ended in this tab and not dismissed. */
export function activeSessionForCard(
  sessions: SessionRecord[],
  endedHere: string[],
  cardId: string,
  now: number,
): ActiveSession | null {
  const session = [...sessions].reverse().find((x) => {
    const part = currentPart(x);
    return part?.kind === "card" && part.id === cardId && (x.endedAt === null || endedHere.includes(x.id));
  });
  return session ? { session, readOnly: isOver(session, now) } : null;
}

export function runningSession(s: AppState, now: number): SessionRecord | undefined {
  return s.sessions.find((x) => !isOver(x, now));
}
