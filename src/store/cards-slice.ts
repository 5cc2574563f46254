/** Concept cards (loaded on demand), the candidate's answers and their schedule, and the story bank. */
import type { StateCreator } from "zustand";
import type { CardDeck } from "../catalog/parse-card-deck";
import {
  type CardAnswer,
  type CardProgress,
  type CardSummary,
  type ConceptCard,
  cardSummary,
  MAX_ANSWERS_PER_CARD,
} from "../domain/cards";
import type { ReviewRating } from "../domain/progress";
import { rateReview, scheduleCardAnswer } from "../domain/review-schedule";
import type { Story } from "../domain/stories";
import type { AppState, FullDeps } from "./app-store";
import { storageMessage } from "./progress-slice";

export type CardAnswerInput = Pick<CardAnswer, "text" | "aloud" | "elapsedMs" | "pointsTicked" | "pointsTotal"> & {
  sessionId?: string;
};

export interface CardsSlice {
  /** null until loadDeck() has fetched the cards. */
  deck: CardDeck | null;
  deckError: string | null;
  loadDeck(): Promise<CardDeck | null>;
  /** Every card without its answer sections (cards-index.json): null until loadCardIndex() has it. */
  cardIndex: CardSummary[] | null;
  cardIndexError: string | null;
  loadCardIndex(): Promise<CardSummary[] | null>;
  cardProgress: Record<string, CardProgress>;
  /** Record an answer with its self-rating: the rating schedules the card's next review. */
  answerCard(cardId: string, input: CardAnswerInput, rating: ReviewRating): CardAnswer;
  /** The answer being typed on the card's page, kept on the device until it is recorded ("" when none). */
  loadCardDraft(cardId: string): Promise<string>;
  saveCardDraft(cardId: string, text: string): void;
  /** Change the rating of the card's latest answer (re-schedules from the state before it). */
  rerateCard(cardId: string, rating: ReviewRating, pointsTicked?: number[]): void;
  stories: Record<string, Story>;
  saveStory(story: Story): void;
  deleteStory(storyId: string): void;
}

export const cardsSlice =
  (deps: FullDeps): StateCreator<AppState, [], [], CardsSlice> =>
  (set, get) => {
    let loading: Promise<CardDeck | null> | null = null;
    let loadingIndex: Promise<CardSummary[] | null> | null = null;
    const persistCard = (card: CardProgress) => {
      set((s) => ({ cardProgress: { ...s.cardProgress, [card.cardId]: card } }));
      deps.storage.saveCard(card).catch((e: unknown) => set({ storageError: storageMessage(e) }));
    };
    const writeDraft = (cardId: string, text: string) => {
      deps.storage
        .writeMeta(cardDraftKey(cardId), text.trim() === "" ? undefined : text)
        .catch((e: unknown) => set({ storageError: storageMessage(e) }));
    };
    return {
      deck: null,
      deckError: null,
      loadDeck() {
        const loaded = get().deck;
        if (loaded) return Promise.resolve(loaded);
        loading ??= deps
          .loadCards()
          .then((deck) => {
            set((s) => ({ deck, deckError: null, cardIndex: s.cardIndex ?? deck.cards.map(cardSummary) }));
            return deck;
          })
          .catch((e: unknown) => {
            loading = null;
            set({ deckError: e instanceof Error ? e.message : String(e) });
            return null;
          });
        return loading;
      },
      cardIndex: null,
      cardIndexError: null,
      loadCardIndex() {
        const loaded = get().cardIndex;
        if (loaded) return Promise.resolve(loaded);
        loadingIndex ??= deps
          .loadCardIndex()
          .then((cardIndex) => {
            set((s) => ({ cardIndex: s.cardIndex ?? cardIndex, cardIndexError: null }));
            return get().cardIndex;
          })
          .catch((e: unknown) => {
            loadingIndex = null;
            set({ cardIndexError: e instanceof Error ? e.message : String(e) });
            return null;
          });
        return loadingIndex;
      },
      cardProgress: {},
      async loadCardDraft(cardId) {
        try {
          const kept = await deps.storage.readMeta(cardDraftKey(cardId));
          return typeof kept === "string" ? kept : "";
        } catch (e) {
          set({ storageError: storageMessage(e) });
          return "";
        }
      },
      saveCardDraft(cardId, text) {
        writeDraft(cardId, text);
      },
      answerCard(cardId, input, rating) {
        const now = deps.now();
        const current = get().cardProgress[cardId];
        const answer: CardAnswer = {
          id: `${cardId}:${now}:${Math.floor(Math.random() * 1e9).toString(36)}`,
          at: now,
          text: input.text,
          aloud: input.aloud,
          elapsedMs: Math.max(0, Math.round(input.elapsedMs)),
          pointsTicked: [...new Set(input.pointsTicked)].filter((i) => i >= 0 && i < input.pointsTotal).sort(),
          pointsTotal: input.pointsTotal,
          rating,
          ...(input.sessionId ? { sessionId: input.sessionId } : {}),
        };
        writeDraft(cardId, "");
        persistCard({
          cardId,
          answers: [...(current?.answers ?? []), answer].slice(-MAX_ANSWERS_PER_CARD),
          review: scheduleCardAnswer(current?.review ?? null, rating, now),
          updatedAt: now,
        });
        return answer;
      },
      rerateCard(cardId, rating, pointsTicked) {
        const current = get().cardProgress[cardId];
        const last = current?.answers.at(-1);
        if (!current?.review || !last || current.review.attemptAt !== last.at) return;
        persistCard({
          ...current,
          answers: [
            ...current.answers.slice(0, -1),
            { ...last, rating, ...(pointsTicked ? { pointsTicked: [...pointsTicked].sort() } : {}) },
          ],
          review: rateReview(current.review, rating),
          updatedAt: deps.now(),
        });
      },
      stories: {},
      saveStory(story) {
        const saved = { ...story, updatedAt: deps.now() };
        set((s) => ({ stories: { ...s.stories, [story.id]: saved } }));
        deps.storage.saveStory(saved).catch((e: unknown) => set({ storageError: storageMessage(e) }));
      },
      deleteStory(storyId) {
        set((s) => {
          const { [storyId]: _gone, ...rest } = s.stories;
          return { stories: rest };
        });
        deps.storage.deleteStory(storyId).catch((e: unknown) => set({ storageError: storageMessage(e) }));
      },
    };
  };

/** Where a card's unrecorded answer is kept: the storage's meta store (not progress: imports leave it alone). */
export function cardDraftKey(cardId: string): string {
  return `cardDraft:${cardId}`;
}

export function cardById(s: AppState, id: string): ConceptCard | undefined {
  return s.deck?.cards.find((c) => c.id === id);
}

/** Cards whose `drills` list this drill: the drill page's "Related concepts". */
export function cardsForDrill(cards: readonly CardSummary[] | null, drillId: string): CardSummary[] {
  return cards?.filter((c) => c.drills.includes(drillId)) ?? [];
}
