import type { StateCreator } from "zustand";
import type { Catalog } from "../catalog/catalog";
import type { Challenge } from "../domain/challenge";
import type { AppState } from "./app-store";

export interface CatalogSlice {
  challenges: Challenge[];
  catalogProblems: Catalog["problems"];
  /** The drill on screen, or null on other pages. */
  selectedId: string | null;
  select(id: string | null): void;
}

export const catalogSlice =
  (catalog: Catalog): StateCreator<AppState, [], [], CatalogSlice> =>
  (set, get) => ({
    challenges: catalog.challenges,
    catalogProblems: catalog.problems,
    selectedId: null,
    select: (id) => {
      if (get().selectedId === id) return;
      set({ selectedId: id, report: null, live: [], plan: [], output: "", custom: null });
    },
  });

export function selectedChallenge(s: AppState): Challenge | undefined {
  return s.challenges.find((c) => c.id === s.selectedId);
}

export function challengeById(s: AppState, id: string): Challenge | undefined {
  return s.challenges.find((c) => c.id === id);
}
