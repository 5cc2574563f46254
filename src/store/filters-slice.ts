import type { StateCreator } from "zustand";
import type { Challenge, Difficulty, TrackId } from "../domain/challenge";
import type { DrillProgress } from "../domain/progress";
import { isDue } from "../domain/progress-rules";
import { type SearchHit, searchChallenges } from "../domain/search";
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
  /** All filters at once (read from the page's URL). */
  setFilters(filters: Filters): void;
  clearFilters(): void;
}

export const NO_FILTERS: Filters = { track: "", difficulty: "", tag: "", status: "", query: "" };

export const filtersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filters: NO_FILTERS,
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  setFilters: (filters) => set((s) => (sameFilters(s.filters, filters) ? s : { filters })),
  clearFilters: () => set({ filters: NO_FILTERS }),
});

export function statusOf(progress: DrillProgress | undefined): "new" | "attempted" | "solved" {
  return progress?.status ?? "new";
}

export function sameFilters(a: Filters, b: Filters): boolean {
  return (Object.keys(a) as (keyof Filters)[]).every((k) => a[k] === b[k]);
}

/** The drills that pass every filter and match the search, best match first (catalog order without a search). */
export function findChallenges(
  challenges: Challenge[],
  filters: Filters,
  progress: Record<string, DrillProgress>,
  now: number,
): SearchHit[] {
  const passing = challenges.filter((c) => {
    const p = progress[c.id];
    if (filters.track && c.track !== filters.track) return false;
    if (filters.difficulty && c.difficulty !== filters.difficulty) return false;
    if (filters.tag && !c.tags.includes(filters.tag)) return false;
    if (filters.status === "due") return Boolean(p && isDue(p, now));
    return !filters.status || statusOf(p) === filters.status;
  });
  return searchChallenges(passing, filters.query);
}

/** The drills that pass every filter and match the search, best match first. */
export function filterChallenges(
  challenges: Challenge[],
  filters: Filters,
  progress: Record<string, DrillProgress>,
  now: number,
): Challenge[] {
  return findChallenges(challenges, filters, progress, now).map((h) => h.challenge);
}
