import type { StateCreator } from "zustand";
import type { Challenge, Difficulty, TrackId } from "../domain/challenge";
import type { DrillProgress } from "../domain/progress";
import { isDue } from "../domain/progress-rules";
import type { AppState } from "./app-store";

export type StatusFilter = "new" | "attempted" | "solved" | "due";

export interface Filters {
  track: TrackId | "";
  difficulty: Difficulty | "";
  tag: string;
  status: StatusFilter | "";
  query: string;
}

export interface FiltersSlice {
  filters: Filters;
  setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void;
  clearFilters(): void;
}

const NONE: Filters = { track: "", difficulty: "", tag: "", status: "", query: "" };

export const filtersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filters: NONE,
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  clearFilters: () => set({ filters: NONE }),
});

export function statusOf(progress: DrillProgress | undefined): "new" | "attempted" | "solved" {
  return progress?.status ?? "new";
}

/** The drills that pass every filter, in catalog order. */
export function filterChallenges(
  challenges: Challenge[],
  filters: Filters,
  progress: Record<string, DrillProgress>,
  now: number,
): Challenge[] {
  const query = filters.query.trim().toLowerCase();
  return challenges.filter((c) => {
    const p = progress[c.id];
    if (filters.track && c.track !== filters.track) return false;
    if (filters.difficulty && c.difficulty !== filters.difficulty) return false;
    if (filters.tag && !c.tags.includes(filters.tag)) return false;
    if (filters.status === "due" ? !(p && isDue(p, now)) : filters.status && statusOf(p) !== filters.status) {
      return false;
    }
    return !query || c.title.toLowerCase().includes(query);
  });
}
