/** Progress kept in memory: for tests, and the app's fallback when the browser refuses IndexedDB. */
import { emptySnapshot, type ProgressSnapshot } from "../domain/progress";
import type { ProgressStorage, StorageChange } from "../store/progress-storage";

export type MemoryStorage = ProgressStorage & {
  /** A copy of everything stored. */
  snapshot(): ProgressSnapshot;
  /** Delivers a change as if another tab had made it. */
  simulateExternalChange(change: StorageChange): void;
};

export function createMemoryStorage(initial?: ProgressSnapshot): MemoryStorage {
  // Copies in and out, like a real store: callers never share objects with what is saved.
  let state = structuredClone({ ...emptySnapshot(), ...initial });
  const meta = new Map<string, unknown>();
  const listeners = new Set<(change: StorageChange) => void>();

  return {
    load: async () => structuredClone(state),
    async saveProgress(progress) {
      state.progress[progress.challengeId] = structuredClone(progress);
    },
    async saveDraft(draft, baseRev) {
      const stored = state.drafts[draft.challengeId];
      if (stored && stored.rev > baseRev) return { ok: false, conflict: structuredClone(stored) };
      const rev = Math.max(stored?.rev ?? 0, baseRev) + 1;
      state.drafts[draft.challengeId] = { ...structuredClone(draft), rev };
      return { ok: true, rev };
    },
    async forceDraft(draft) {
      const rev = Math.max(state.drafts[draft.challengeId]?.rev ?? 0, draft.rev) + 1;
      state.drafts[draft.challengeId] = { ...structuredClone(draft), rev };
      return rev;
    },
    async deleteDraft(challengeId) {
      delete state.drafts[challengeId];
    },
    async saveTimer(timer) {
      state.timers[timer.challengeId] = structuredClone(timer);
    },
    async saveSession(session) {
      const others = state.sessions.filter((s) => s.id !== session.id);
      state.sessions = [...others, structuredClone(session)].sort((a, b) => a.startedAt - b.startedAt);
    },
    async saveCard(card) {
      state.cards = { ...state.cards, [card.cardId]: structuredClone(card) };
    },
    async saveCardDraft(draft) {
      state.cardDrafts = { ...state.cardDrafts, [draft.cardId]: structuredClone(draft) };
    },
    async deleteCardDraft(cardId) {
      const { [cardId]: _gone, ...rest } = state.cardDrafts ?? {};
      state.cardDrafts = rest;
    },
    async saveStory(story) {
      state.stories = { ...state.stories, [story.id]: structuredClone(story) };
    },
    async deleteStory(storyId) {
      const { [storyId]: _gone, ...rest } = state.stories ?? {};
      state.stories = rest;
    },
    async replaceAll(snapshot) {
      state = structuredClone(snapshot);
    },
    readMeta: async (key) => structuredClone(meta.get(key)),
    async writeMeta(key, value) {
      if (value === undefined) meta.delete(key);
      else meta.set(key, structuredClone(value));
    },
    onExternalChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => structuredClone(state),
    simulateExternalChange(change) {
      for (const listener of listeners) listener(change);
    },
  };
}
