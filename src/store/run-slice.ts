import type { StateCreator } from "zustand";
import type { Challenge } from "../domain/challenge";
import type { Attempt, SessionRecord } from "../domain/progress";
import { newAttemptId } from "../domain/progress-rules";
import type { CustomResult, RunReport, TestResult } from "../domain/results";
import { gradeJob } from "../runner/grade-job";
import type { PlannedTest } from "../runner/protocol";
import type { RunnerState } from "../runner/python-runner";
import type { AppState, FullDeps } from "./app-store";
import { challengeById, selectedChallenge } from "./catalog-slice";
import { codeFor } from "./drafts-slice";
import { activeSessionFor } from "./session-slice";
import { timerElapsed } from "./timer-slice";

export const LIVE_OUTPUT_CAP = 100_000;

export type RunKind = "run" | "submit" | "custom";

export interface RunSlice {
  python: { state: RunnerState; detail: string };
  running: RunKind | null;
  /** Epoch ms when the current run started, for the elapsed time display. */
  runStartedAt: number | null;
  plan: PlannedTest[];
  live: TestResult[];
  output: string;
  packagesLoading: string[];
  /** Bytes of the loading packages received, and announced, so far (when the worker can count them). */
  packagesDownload: { bytes: number; total: number } | null;
  report: RunReport | null;
  /** What kind of run produced `report`. */
  reportKind: RunKind | null;
  /** Counts finished reports, so a new one is told apart from an identical older one. */
  reportSeq: number;
  custom: CustomResult | null;
  run(mode: "run" | "submit"): Promise<void>;
  /**
   * Time is up in an exam or mock interview: the code in the editor of each of its drills, when
   * changed since its last Submit, is graded as the final submission (as HackerRank does).
   */
  gradeFinal(session: SessionRecord): Promise<void>;
  runCustom(expression: string): Promise<void>;
  stop(): void;
}

export const runSlice =
  (deps: FullDeps): StateCreator<AppState, [], [], RunSlice> =>
  (set, get) => {
    deps.runner.subscribe((state, detail) => set({ python: { state, detail } }));

    const grade = async (challenge: Challenge, kind: RunKind, customInput?: string) => {
      set({
        running: kind,
        runStartedAt: deps.now(),
        plan: [],
        live: [],
        output: "",
        packagesLoading: [],
        packagesDownload: null,
        ...(kind === "custom" ? { custom: null } : { report: null, reportKind: null }),
      });
      const job = gradeJob(challenge, codeFor(get(), challenge.id, challenge.starter), kind, { figures: true });
      if (customInput !== undefined) job.customInput = customInput;
      try {
        return await deps.runner.run(job, {
          onPlan: (plan) => set({ plan }),
          onPackages: (packagesLoading, download) => set({ packagesLoading, packagesDownload: download ?? null }),
          onTestFinished: (r) => set((s) => ({ live: [...s.live, r], packagesLoading: [], packagesDownload: null })),
          onOutput: (_id, _stream, text) =>
            set((s) =>
              s.output.length < LIVE_OUTPUT_CAP ? { output: (s.output + text).slice(0, LIVE_OUTPUT_CAP) } : s,
            ),
        });
      } finally {
        set({ running: null, runStartedAt: null, packagesLoading: [], packagesDownload: null });
      }
    };

    return {
      python: { state: deps.runner.state, detail: deps.runner.detail },
      running: null,
      runStartedAt: null,
      plan: [],
      live: [],
      output: "",
      packagesLoading: [],
      packagesDownload: null,
      report: null,
      reportKind: null,
      reportSeq: 0,
      custom: null,
      async run(mode) {
        const challenge = selectedChallenge(get());
        if (!challenge || get().running) return;
        const session = activeSessionFor(get(), challenge.id, deps.now());
        if (session?.readOnly) return;
        const report = await grade(challenge, mode);
        set((s) => ({ report, reportKind: mode, reportSeq: s.reportSeq + 1 }));
        if (mode === "submit" && !report.problem && !report.stopped) {
          await get().saveAttempt(attemptFrom(get(), challenge, report, deps.now()));
          if (session) get().recordSessionSubmit(challenge, report);
          else if (report.summary.passed === report.summary.total && report.summary.total > 0) {
            get().pauseTimer(challenge.id);
          }
        }
      },
      async gradeFinal(session) {
        if (get().running) {
          deps.runner.stop();
          for (let i = 0; i < 300 && get().running; i++) await new Promise((r) => setTimeout(r, 100));
        }
        const selected = get().selectedId;
        const ids = [...session.challengeIds].sort((a, b) => Number(b === selected) - Number(a === selected));
        for (const id of ids) {
          const challenge = challengeById(get(), id);
          const draft = get().drafts[id];
          if (!challenge || !draft || !changedSinceSubmit(session, id, draft.updatedAt)) continue;
          const report = await grade(challenge, "submit");
          if (get().selectedId === id) set((s) => ({ report, reportKind: "submit", reportSeq: s.reportSeq + 1 }));
          if (report.problem || report.stopped) continue;
          const now = Math.min(deps.now(), session.startedAt + session.durationMs);
          const attempt = attemptFrom(get(), challenge, report, now, session);
          await get().saveAttempt(attempt);
          get().recordSessionResult(session.id, challenge, report, now);
        }
      },
      async runCustom(expression) {
        const challenge = selectedChallenge(get());
        if (!challenge || get().running || !expression.trim()) return;
        const report = await grade(challenge, "custom", expression);
        set({ custom: report.custom ?? { expression, error: { message: report.problem?.message ?? "No answer" } } });
      },
      stop: () => deps.runner.stop(),
    };
  };

function changedSinceSubmit(session: SessionRecord, id: string, draftUpdatedAt: number): boolean {
  const result = session.results.find((r) => r.challengeId === id);
  return !result || draftUpdatedAt > session.startedAt + result.elapsedMs;
}

function attemptFrom(
  s: AppState,
  challenge: Challenge,
  report: RunReport,
  now: number,
  final?: SessionRecord,
): Attempt {
  const progress = s.progress[challenge.id];
  const session = final ? { session: final } : activeSessionFor(s, challenge.id, now);
  const { passed, total } = report.summary;
  return {
    id: newAttemptId(challenge.id, now),
    challengeId: challenge.id,
    at: now,
    mode: session ? session.session.kind : "practice",
    code: codeFor(s, challenge.id, challenge.starter),
    passed,
    total,
    solved: total > 0 && passed === total,
    elapsedMs: session ? now - session.session.startedAt : timerElapsed(s, challenge.id, now),
    targetMs: challenge.minutes * 60_000,
    hintsUsed: progress?.hintsUsed ?? 0,
    revealed: progress?.revealed ?? false,
    tests: report.results.map((r) => ({ id: r.id, name: r.name, sample: r.sample, status: r.status })),
  };
}
