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
import type { CardDraft, ReviewRating } from "../domain/progress";
import type { CardDraftConflict } from "../domain/progress-transfer-cards";
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
  /** The answers being typed on cards' pages, kept on the device (and in the export) until recorded. */
  cardDrafts: Record<string, CardDraft>;
  /** Card drafts typed here and not yet written: a reload of saved data keeps them. */
  pendingCardDrafts: string[];
  saveCardDraft(cardId: string, text: string): void;
  /** Unrecorded answers from an imported file that differ from this device's newer-looking ones: one per card. */
  cardDraftConflicts: CardDraftConflict[];
  /** Settle a card's import conflict: keep this device's answer or take the file's. */
  resolveCardDraftConflict(cardId: string, keep: "mine" | "theirs"): Promise<void>;
  /** Keep the card import conflicts as they are now, so they outlive a reload until resolved. */
  saveCardDraftConflicts(): Promise<void>;
  restoreCardDraftConflicts(): Promise<void>;
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
    const writeDraft = (cardId: string, text: string, updatedAt = deps.now()) => {
      const blank = text.trim() === "";
      const draft: CardDraft = { cardId, text, updatedAt };
      set((s) => {
        const { [cardId]: _old, ...others } = s.cardDrafts;
        return {
          cardDrafts: blank ? others : { ...others, [cardId]: draft },
          pendingCardDrafts: [...s.pendingCardDrafts.filter((id) => id !== cardId), cardId],
        };
      });
      const written = blank ? deps.storage.deleteCardDraft(cardId) : deps.storage.saveCardDraft(draft);
      return written
        .then(() => true)
        .catch((e: unknown) => {
          set({ storageError: storageMessage(e) });
          return false;
        })
        .finally(() => {
          // a later keystroke's write is still under way when this draft is no longer the latest
          if (get().cardDrafts[cardId] === (blank ? undefined : draft))
            set((s) => ({ pendingCardDrafts: s.pendingCardDrafts.filter((id) => id !== cardId) }));
        });
    };
    deps.storage.onExternalChange((change) => {
      if (change.kind !== "cardDraft" || get().pendingCardDrafts.includes(change.cardId)) return;
      void deps.storage.load().then((snap) => {
        const theirs = snap.cardDrafts?.[change.cardId];
        set((s) => {
          const { [change.cardId]: _old, ...others } = s.cardDrafts;
          return { cardDrafts: theirs ? { ...others, [change.cardId]: theirs } : others };
        });
      });
    });
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
      cardDrafts: {},
      pendingCardDrafts: [],
      saveCardDraft(cardId, text) {
        void writeDraft(cardId, text);
      },
      cardDraftConflicts: [],
      async resolveCardDraftConflict(cardId, keep) {
        const conflict = get().cardDraftConflicts.find((c) => c.cardId === cardId);
        if (!conflict) return;
        // "mine" is what this device has now: it may have been edited since the import
        const text = keep === "theirs" ? conflict.theirs.text : (get().cardDrafts[cardId]?.text ?? conflict.mine.text);
        set((s) => ({ cardDraftConflicts: s.cardDraftConflicts.filter((c) => c !== conflict) }));
        if (await writeDraft(cardId, text)) await get().saveCardDraftConflicts();
        else set((s) => ({ cardDraftConflicts: [...s.cardDraftConflicts, conflict] })); // both stay on offer
      },
      async saveCardDraftConflicts() {
        const conflicts = get().cardDraftConflicts;
        try {
          await deps.storage.writeMeta(CARD_IMPORT_CONFLICTS_KEY, conflicts.length ? conflicts : undefined);
        } catch (e) {
          set({ storageError: storageMessage(e) });
        }
      },
      async restoreCardDraftConflicts() {
        let kept: unknown;
        try {
          kept = await deps.storage.readMeta(CARD_IMPORT_CONFLICTS_KEY);
        } catch {
          return; // the drafts themselves are safe; only the offer to choose is not shown
        }
        set({ cardDraftConflicts: Array.isArray(kept) ? kept.filter(isCardDraftConflict) : [] });
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

/** Where the card import conflicts are kept: the storage's meta store, which imports leave alone. */
export const CARD_IMPORT_CONFLICTS_KEY = "cardImportConflicts";

function isCardDraft(d: unknown): d is CardDraft {
  const draft = d as Partial<CardDraft> | null;
  return typeof draft?.cardId === "string" && typeof draft.text === "string" && typeof draft.updatedAt === "number";
}

function isCardDraftConflict(c: unknown): c is CardDraftConflict {
  const conflict = c as Partial<CardDraftConflict> | null;
  return typeof conflict?.cardId === "string" && isCardDraft(conflict.mine) && isCardDraft(conflict.theirs);
}

export function cardById(s: AppState, id: string): ConceptCard | undefined {
  return s.deck?.cards.find((c) => c.id === id);
}

/** Cards whose `drills` list this drill: the drill page's "Related concepts". */
export function cardsForDrill(cards: readonly CardSummary[] | null, drillId: string): CardSummary[] {
  return cards?.filter((c) => c.drills.includes(drillId)) ?? [];
}
