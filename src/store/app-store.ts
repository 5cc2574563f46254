/** One zustand store made of typed slices; runner, storage and clock are injected so tests can fake them. */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { Catalog } from "../catalog/catalog";
import type { CardDeck } from "../catalog/parse-card-deck";
import { type CardSummary, cardSummary } from "../domain/cards";
import { type CardsSlice, cardsSlice } from "./cards-slice";
import { type CatalogSlice, catalogSlice } from "./catalog-slice";
import { type DraftMirror, noMirror } from "./draft-mirror";
import { type DraftsSlice, draftsSlice } from "./drafts-slice";
import { type FiltersSlice, filtersSlice } from "./filters-slice";
import { noOffline, type OfflineClient } from "./offline-client";
import { type OfflineSlice, offlineSlice } from "./offline-slice";
import { type ProgressSlice, progressSlice } from "./progress-slice";
import type { ProgressStorage } from "./progress-storage";
import { type RunSlice, runSlice } from "./run-slice";
import type { RunnerClient } from "./runner-client";
import { type SessionSlice, sessionSlice } from "./session-slice";
import { type TimerSlice, timerSlice } from "./timer-slice";

export type AppState = CatalogSlice &
  FiltersSlice &
  ProgressSlice &
  DraftsSlice &
  TimerSlice &
  RunSlice &
  SessionSlice &
  OfflineSlice &
  CardsSlice;
export type AppStore = StoreApi<AppState>;

export interface AppDeps {
  catalog: Catalog;
  runner: RunnerClient;
  storage: ProgressStorage;
  /** Keeps unsaved drafts across an unload (localStorage in the app). */
  mirror?: DraftMirror;
  /** Service worker and package cache; absent in tests and the dev server. */
  offline?: OfflineClient;
  /** Epoch milliseconds; tests pass a fake clock. */
  now?: () => number;
  /** Delay before a draft is written after the last keystroke. */
  draftSaveDelayMs?: number;
  /** Fetches the concept cards (cards.json in the app), only when a page needs them. */
  loadCards?: () => Promise<CardDeck>;
  /** Fetches the cards without their answers (cards-index.json); by default derived from loadCards. */
  loadCardIndex?: () => Promise<CardSummary[]>;
}

export function createAppStore(deps: AppDeps): AppStore {
  const loadCards = deps.loadCards ?? noCards;
  const full = {
    now: Date.now,
    draftSaveDelayMs: 400,
    mirror: noMirror,
    loadCards,
    loadCardIndex: () => loadCards().then((d) => d.cards.map(cardSummary)),
    ...deps,
  };
  return createStore<AppState>()((...a) => ({
    ...catalogSlice(full.catalog)(...a),
    ...filtersSlice(...a),
    ...progressSlice(full)(...a),
    ...draftsSlice(full)(...a),
    ...timerSlice(full)(...a),
    ...runSlice(full)(...a),
    ...sessionSlice(full)(...a),
    ...offlineSlice(full.offline ?? noOffline)(...a),
    ...cardsSlice(full)(...a),
  }));
}

const noCards = async (): Promise<CardDeck> => ({ cards: [], problems: [] });

export type FullDeps = Required<Pick<AppDeps, "now" | "draftSaveDelayMs" | "mirror" | "loadCards" | "loadCardIndex">> &
  AppDeps;
