import type { StateCreator } from "zustand";
import type { DrillTimer } from "../domain/progress";
import type { AppState, FullDeps } from "./app-store";
import { storageMessage } from "./progress-slice";

export interface TimerSlice {
  timers: Record<string, DrillTimer>;
  startTimer(challengeId: string): void;
  pauseTimer(challengeId: string): void;
  resetTimer(challengeId: string): void;
}

export const timerSlice =
  (deps: FullDeps): StateCreator<AppState, [], [], TimerSlice> =>
  (set, get) => {
    const save = (t: DrillTimer) => {
      set((s) => ({ timers: { ...s.timers, [t.challengeId]: t } }));
      deps.storage.saveTimer(t).catch((e: unknown) => set({ storageError: storageMessage(e) }));
    };
    return {
      timers: {},
      startTimer(id) {
        const t = get().timers[id] ?? { challengeId: id, elapsedMs: 0, runningSince: null };
        if (t.runningSince === null) save({ ...t, runningSince: deps.now() });
      },
      pauseTimer(id) {
        const t = get().timers[id];
        if (t && t.runningSince !== null) save({ ...t, elapsedMs: elapsedOf(t, deps.now()), runningSince: null });
      },
      resetTimer(id) {
        save({ challengeId: id, elapsedMs: 0, runningSince: null });
      },
    };
  };

export function elapsedOf(t: DrillTimer | undefined, now: number): number {
  if (!t) return 0;
  return t.elapsedMs + (t.runningSince === null ? 0 : Math.max(0, now - t.runningSince));
}
