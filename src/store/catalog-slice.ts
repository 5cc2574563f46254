import type { StateCreator } from "zustand";
import type { Catalog } from "../catalog/catalog";
import type { Challenge } from "../domain/challenge";
import type { AppState } from "./app-store";

export interface CatalogSlice {
  challenges: Challenge[];
  catalogProblems: Catalog["problems"];
  selectedId: string | null;
  select(id: string): void;
}

export const catalogSlice =
  (catalog: Catalog): StateCreator<AppState, [], [], CatalogSlice> =>
  (set) => ({
    challenges: catalog.challenges,
    catalogProblems: catalog.problems,
    selectedId: catalog.challenges[0]?.id ?? null,
    select: (id) => set({ selectedId: id, report: null, live: [], output: "" }),
  });

export function selectedChallenge(s: AppState): Challenge | undefined {
  return s.challenges.find((c) => c.id === s.selectedId);
}
