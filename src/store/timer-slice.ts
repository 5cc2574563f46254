import type { StateCreator } from "zustand";
import type { DrillTimer } from "../domain/progress";
import {
  elapsedOf,
  mergeTimer,
  newTimer,
  paused,
  resumed,
  started,
  TIMER_HEARTBEAT_MS,
  withHeartbeat,
} from "../domain/timer-rules";
import type { AppState, FullDeps } from "./app-store";
import { storageMessage } from "./progress-slice";

export { elapsedOf } from "../domain/timer-rules";

export interface TimerSlice {
  timers: Record<string, DrillTimer>;
  /** Drills shown in this tab in practice mode: their timers run, and this tab keeps confirming it. */
  heldTimers: string[];
  /** The drill page opened: start (or go on with) its timer, once saved timers have been read. */
  openTimer(challengeId: string): void;
  /** The drill page closed: pause its timer (not as a user pause: another tab showing it goes on). */
  closeTimer(challengeId: string): void;
  /** The Resume button. */
  startTimer(challengeId: string): void;
  /** The Pause button, and a solve. */
  pauseTimer(challengeId: string): void;
  resetTimer(challengeId: string): void;
  /** Saved timers were (re)read: keep the truer of each pair, and resume the ones this tab shows. */
  adoptStoredTimers(stored: Record<string, DrillTimer>): void;
}

export const timerSlice =
  (deps: FullDeps): StateCreator<AppState, [], [], TimerSlice> =>
  (set, get) => {
    /** Opened before saved timers were read: resumed (as an opening) when they are. */
    const opening = new Set<string>();
    let beat: ReturnType<typeof setInterval> | null = null;
    const save = (t: DrillTimer) => {
      set((s) => ({ timers: { ...s.timers, [t.challengeId]: t } }));
      deps.storage.saveTimer(t).catch((e: unknown) => set({ storageError: storageMessage(e) }));
    };
    const heartbeat = () => {
      const now = deps.now();
      for (const id of get().heldTimers) {
        const t = get().timers[id];
        if (t?.runningSince != null) save(withHeartbeat(t, now));
      }
    };
    const hold = (id: string, on: boolean) => {
      set((s) => ({
        heldTimers: on ? [...s.heldTimers.filter((x) => x !== id), id] : s.heldTimers.filter((x) => x !== id),
      }));
      if (get().heldTimers.length > 0 && beat === null) beat = setInterval(heartbeat, TIMER_HEARTBEAT_MS);
      if (get().heldTimers.length === 0 && beat !== null) {
        clearInterval(beat);
        beat = null;
      }
    };
    const resume = (id: string, isOpening: boolean) => {
      const next = resumed(get().timers[id], id, deps.now(), isOpening);
      if (next) save(next);
    };
    return {
      timers: {},
      heldTimers: [],
      openTimer(id) {
        hold(id, true);
        if (get().loaded) resume(id, true);
        else opening.add(id);
      },
      closeTimer(id) {
        hold(id, false);
        opening.delete(id);
        const t = get().timers[id];
        if (t && t.runningSince !== null) save(paused(t, deps.now(), false));
      },
      startTimer(id) {
        save(started(get().timers[id] ?? newTimer(id), deps.now()));
      },
      pauseTimer(id) {
        const t = get().timers[id];
        if (t) save(paused(t, deps.now(), true));
      },
      resetTimer(id) {
        const fresh = newTimer(id);
        save(get().heldTimers.includes(id) ? started(fresh, deps.now()) : fresh);
      },
      adoptStoredTimers(stored) {
        const now = deps.now();
        const mine = get().timers;
        const merged: Record<string, DrillTimer> = { ...stored };
        for (const [id, t] of Object.entries(mine)) {
          const m = mergeTimer(stored[id], t, now);
          if (m) merged[id] = m;
        }
        set({ timers: merged });
        for (const id of get().heldTimers) {
          const isOpening = opening.delete(id);
          const before = get().timers[id];
          resume(id, isOpening);
          // this tab's running timer beat a paused one from another tab that left: store it again
          if (get().timers[id] === before && before && before !== stored[id] && before.runningSince !== null) {
            save(before);
          }
        }
      },
    };
  };

/** The drill's time spent as this tab shows it. */
export function timerElapsed(s: AppState, challengeId: string, now: number): number {
  return elapsedOf(s.timers[challengeId], now);
}
