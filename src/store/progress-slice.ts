import type { StateCreator } from "zustand";
import type { Attempt, DrillProgress, ProgressSnapshot, ReviewRating } from "../domain/progress";
import { PROGRESS_SCHEMA_VERSION } from "../domain/progress";
import { recordAttempt, withHintsUsed, withRevealed } from "../domain/progress-rules";
import { mergeSnapshots, parseImport, serializeExport } from "../domain/progress-transfer";
import { canRate, rateReview } from "../domain/review-schedule";
import type { AppState, FullDeps } from "./app-store";
import { StorageError } from "./progress-storage";

export type ImportOutcome = { ok: true; message: string } | { ok: false; reason: string };

export interface ProgressSlice {
  progress: Record<string, DrillProgress>;
  /** False until saved progress has been read. */
  loaded: boolean;
  /** A storage problem in words, shown until dismissed. */
  storageError: string | null;
  loadSaved(): Promise<void>;
  saveAttempt(attempt: Attempt): Promise<void>;
  openHint(challengeId: string, count: number): void;
  revealSolution(challengeId: string): void;
  /** The candidate's rating of their last solve (again / hard / good / easy) sets the next review. */
  rateSolve(challengeId: string, rating: ReviewRating): void;
  exportProgress(): string;
  importProgress(text: string): Promise<ImportOutcome>;
  dismissStorageError(): void;
}

export const progressSlice =
  (deps: FullDeps): StateCreator<AppState, [], [], ProgressSlice> =>
  (set, get) => {
    const persist = (p: DrillProgress) => {
      deps.storage.saveProgress(p).catch((e: unknown) => set({ storageError: storageMessage(e) }));
    };
    const update = (id: string, next: DrillProgress) => {
      set((s) => ({ progress: { ...s.progress, [id]: next } }));
      persist(next);
    };
    deps.storage.onExternalChange((change) => {
      if (change.kind !== "draft" && change.kind !== "cardDraft") void get().loadSaved();
    });
    return {
      progress: {},
      loaded: false,
      storageError: null,
      async loadSaved() {
        try {
          const snap = await deps.storage.load();
          set((s) => ({
            progress: snap.progress,
            sessions: snap.sessions,
            cardProgress: snap.cards ?? {},
            stories: snap.stories ?? {},
            drafts: { ...snap.drafts, ...unsaved(s) },
            cardDrafts: { ...snap.cardDrafts, ...unsavedCardDrafts(s) },
            loaded: true,
          }));
          get().adoptStoredTimers(snap.timers);
          get().rescueDrafts();
          await get().restoreImportConflicts();
          await get().restoreCardDraftConflicts();
        } catch (e) {
          set({ storageError: storageMessage(e), loaded: true });
        }
      },
      async saveAttempt(attempt) {
        const recorded = recordAttempt(get().progress[attempt.challengeId], attempt, deps.now());
        // a solve closes this round: the next try (a review) starts with no hints and no reveal
        const next = attempt.solved ? { ...recorded, hintsUsed: 0, revealed: false } : recorded;
        set((s) => ({ progress: { ...s.progress, [attempt.challengeId]: next } }));
        await deps.storage.saveProgress(next).catch((e: unknown) => set({ storageError: storageMessage(e) }));
      },
      openHint(challengeId, count) {
        const current = get().progress[challengeId];
        if ((current?.hintsUsed ?? 0) >= count) return;
        update(challengeId, withHintsUsed(current, challengeId, count, deps.now()));
      },
      revealSolution(challengeId) {
        update(challengeId, withRevealed(get().progress[challengeId], challengeId, deps.now()));
      },
      rateSolve(challengeId, rating) {
        const current = get().progress[challengeId];
        if (!current?.review || !canRate(current)) return;
        update(challengeId, { ...current, review: rateReview(current.review, rating), updatedAt: deps.now() });
      },
      exportProgress() {
        return serializeExport(snapshotOf(get()), deps.now());
      },
      async importProgress(text) {
        const parsed = parseImport(text);
        if (!parsed.ok) return { ok: false, reason: parsed.reason };
        const { snapshot, summary, conflicts, cardDraftConflicts } = mergeSnapshots(
          snapshotOf(get()),
          parsed.snapshot,
          {
            now: deps.now(),
            knownIds: new Set(get().challenges.map((c) => c.id)),
          },
        );
        try {
          await deps.storage.replaceAll(snapshot);
        } catch (e) {
          return { ok: false, reason: `Nothing was changed: ${storageMessage(e)}` };
        }
        set({
          progress: snapshot.progress,
          drafts: snapshot.drafts,
          timers: snapshot.timers,
          sessions: snapshot.sessions,
          cardProgress: snapshot.cards ?? {},
          stories: snapshot.stories ?? {},
          cardDrafts: snapshot.cardDrafts ?? {},
          cardDraftConflicts: [
            ...get().cardDraftConflicts.filter((c) => !cardDraftConflicts.some((n) => n.cardId === c.cardId)),
            ...cardDraftConflicts,
          ],
          importConflicts: [
            ...get().importConflicts.filter((c) => !conflicts.some((n) => n.challengeId === c.challengeId)),
            ...conflicts.map((c) => ({ ...c, source: "import" as const })),
          ],
        });
        await get().saveImportConflicts();
        await get().saveCardDraftConflicts();
        const differing = conflicts.map((c) => c.challengeId).join(", ");
        const differingCards = cardDraftConflicts.map((c) => c.cardId).join(", ");
        return {
          ok: true,
          message:
            `Imported: ${summary.attemptsAdded} new attempts, ${summary.drillsAdded} new and ` +
            `${summary.drillsUpdated} updated drills, ${summary.draftsTaken} drafts taken ` +
            `(${summary.draftsKept} newer drafts kept), ${summary.sessionsAdded} sessions, ` +
            `${summary.cardsAdded} new and ${summary.cardsUpdated} updated concept cards, ` +
            `${summary.storiesAdded} new and ${summary.storiesUpdated} updated stories, ` +
            `${summary.cardDraftsTaken} unrecorded card answers taken (${summary.cardDraftsKept} kept as they were here).` +
            (conflicts.length
              ? ` ${conflicts.length} draft${conflicts.length === 1 ? "" : "s"} in the file differ from this ` +
                `device's (${differing}): both are kept; open the drill to choose one.`
              : "") +
            (cardDraftConflicts.length
              ? ` ${cardDraftConflicts.length} unrecorded card answer${cardDraftConflicts.length === 1 ? "" : "s"} in ` +
                `the file differ from this device's (${differingCards}): both are kept; open the card to choose one.`
              : "") +
            (summary.unknownDrills.length
              ? ` Kept but not counted: ${summary.unknownDrills.join(", ")} (not drills of this version).`
              : ""),
        };
      },
      dismissStorageError: () => set({ storageError: null }),
    };
  };

export function snapshotOf(s: AppState): ProgressSnapshot {
  return {
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    progress: s.progress,
    drafts: s.drafts,
    timers: s.timers,
    sessions: s.sessions,
    cards: s.cardProgress,
    stories: s.stories,
    cardDrafts: s.cardDrafts,
  };
}

/** Drafts typed in this tab but not yet written: a reload of saved data must not drop them. */
function unsaved(s: AppState) {
  return Object.fromEntries(Object.entries(s.drafts).filter(([id]) => s.pendingDrafts.includes(id)));
}

/** Card answers typed in this tab whose write is still under way: a reload of saved data must not drop them. */
function unsavedCardDrafts(s: AppState) {
  return Object.fromEntries(Object.entries(s.cardDrafts).filter(([id]) => s.pendingCardDrafts.includes(id)));
}

export function storageMessage(e: unknown): string {
  if (e instanceof StorageError) return e.message;
  return `Your progress could not be saved: ${e instanceof Error ? e.message : String(e)}`;
}
