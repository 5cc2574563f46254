import type { StateCreator } from "zustand";
import type { RunReport, TestResult } from "../domain/results";
import { gradeJob } from "../runner/grade-job";
import type { PlannedTest } from "../runner/protocol";
import type { RunnerState } from "../runner/python-runner";
import type { AppState } from "./app-store";
import { selectedChallenge } from "./catalog-slice";
import { codeFor } from "./drafts-slice";
import type { RunnerClient } from "./runner-client";

export const LIVE_OUTPUT_CAP = 100_000;

export interface RunSlice {
  python: { state: RunnerState; detail: string };
  running: "run" | "submit" | null;
  plan: PlannedTest[];
  live: TestResult[];
  output: string;
  packagesLoading: string[];
  report: RunReport | null;
  run(mode: "run" | "submit"): Promise<void>;
  stop(): void;
}

export const runSlice =
  (runner: RunnerClient): StateCreator<AppState, [], [], RunSlice> =>
  (set, get) => {
    runner.subscribe((state, detail) => set({ python: { state, detail } }));
    return {
      python: { state: runner.state, detail: runner.detail },
      running: null,
      plan: [],
      live: [],
      output: "",
      packagesLoading: [],
      report: null,
      async run(mode) {
        const challenge = selectedChallenge(get());
        if (!challenge || get().running) return;
        set({ running: mode, plan: [], live: [], output: "", report: null, packagesLoading: [] });
        const code = codeFor(get(), challenge.id, challenge.starter);
        try {
          const report = await runner.run(gradeJob(challenge, code, mode), {
            onPlan: (plan) => set({ plan }),
            onPackages: (packagesLoading) => set({ packagesLoading }),
            onTestFinished: (r) => set((s) => ({ live: [...s.live, r], packagesLoading: [] })),
            onOutput: (_id, _stream, text) =>
              set((s) =>
                s.output.length < LIVE_OUTPUT_CAP ? { output: (s.output + text).slice(0, LIVE_OUTPUT_CAP) } : s,
              ),
          });
          set({ report });
        } finally {
          set({ running: null, packagesLoading: [] });
        }
      },
      stop: () => runner.stop(),
    };
  };
