/** One zustand store made of typed slices; the runner and catalog are injected so tests can fake them. */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { Catalog } from "../catalog/catalog";
import { type CatalogSlice, catalogSlice } from "./catalog-slice";
import { type DraftsSlice, draftsSlice } from "./drafts-slice";
import { type RunSlice, runSlice } from "./run-slice";
import type { RunnerClient } from "./runner-client";

export type AppState = CatalogSlice & DraftsSlice & RunSlice;
export type AppStore = StoreApi<AppState>;

export function createAppStore(deps: { catalog: Catalog; runner: RunnerClient }): AppStore {
  return createStore<AppState>()((...a) => ({
    ...catalogSlice(deps.catalog)(...a),
    ...draftsSlice(...a),
    ...runSlice(deps.runner)(...a),
  }));
}
