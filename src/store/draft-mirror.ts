/** A synchronous last-moment copy of unsaved drafts (localStorage in browsers): IndexedDB writes
 * started while a page unloads may never finish, so a reload right after typing would lose code. */
import type { Draft } from "../domain/progress";

export interface DraftMirror {
  save(drafts: Draft[]): void;
  /** The mirrored drafts, removed from the mirror. */
  take(): Draft[];
}

export const noMirror: DraftMirror = { save: () => {}, take: () => [] };
