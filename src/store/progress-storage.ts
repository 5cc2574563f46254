/** Where progress lives: IndexedDB in the app, memory in tests. The store only knows this interface. */
import type { CardProgress } from "../domain/cards";
import type { CardDraft, Draft, DrillProgress, DrillTimer, ProgressSnapshot, SessionRecord } from "../domain/progress";
import type { Story } from "../domain/stories";

export type StorageChange =
  | { kind: "progress" | "draft" | "timer"; challengeId: string }
  | { kind: "session"; sessionId: string }
  | { kind: "card" | "cardDraft"; cardId: string }
  | { kind: "story"; storyId: string }
  | { kind: "all" };

export type DraftSave = { ok: true; rev: number } | { ok: false; conflict: Draft };

export interface ProgressStorage {
  /** Everything saved, migrated to the current schema. */
  load(): Promise<ProgressSnapshot>;
  saveProgress(progress: DrillProgress): Promise<void>;
  /**
   * Save a draft edited from `baseRev`. When another tab saved a newer rev meanwhile, nothing is
   * written and the stored draft comes back as the conflict, for the user to choose.
   */
  saveDraft(draft: Draft, baseRev: number): Promise<DraftSave>;
  /** Write a draft whatever is stored (the user chose this version in a conflict). */
  forceDraft(draft: Draft): Promise<number>;
  deleteDraft(challengeId: string): Promise<void>;
  saveTimer(timer: DrillTimer): Promise<void>;
  saveSession(session: SessionRecord): Promise<void>;
  /** A concept card's answers and schedule. */
  saveCard(card: CardProgress): Promise<void>;
  /** An answer typed on a card's page and not yet recorded; deleteCardDraft forgets it. */
  saveCardDraft(draft: CardDraft): Promise<void>;
  deleteCardDraft(cardId: string): Promise<void>;
  saveStory(story: Story): Promise<void>;
  deleteStory(storyId: string): Promise<void>;
  /** Replace everything in one transaction (an import after merging): all or nothing. */
  replaceAll(snapshot: ProgressSnapshot): Promise<void>;
  /**
   * A value kept beside progress under `key` (IndexedDB's "meta" store): not progress, so an
   * import's replaceAll leaves it alone. undefined when nothing is kept.
   */
  readMeta(key: string): Promise<unknown>;
  /** Keep `value` under `key`, or forget the key when value is undefined. */
  writeMeta(key: string, value: unknown): Promise<void>;
  /** Changes made by other tabs. */
  onExternalChange(listener: (change: StorageChange) => void): () => void;
}

export type StorageFailure = "quota" | "unavailable" | "unknown";

/** A storage problem in words a user understands, e.g. the quota is full or private mode blocks it. */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly reason: StorageFailure,
  ) {
    super(message);
    this.name = "StorageError";
  }
}
