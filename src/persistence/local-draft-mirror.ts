/** DraftMirror in localStorage, which writes synchronously even while the page unloads. */
import type { Draft } from "../domain/progress";
import type { DraftMirror } from "../store/draft-mirror";

const KEY = "ai-interview-drills/unsaved-drafts";

export function localDraftMirror(storage: Storage = localStorage): DraftMirror {
  return {
    save(drafts) {
      try {
        if (drafts.length) storage.setItem(KEY, JSON.stringify(drafts));
      } catch {
        // storage full or blocked: IndexedDB still has everything but the last keystrokes
      }
    },
    take() {
      try {
        const raw = storage.getItem(KEY);
        storage.removeItem(KEY);
        const parsed: unknown = raw ? JSON.parse(raw) : [];
        return Array.isArray(parsed)
          ? parsed.filter((d): d is Draft => typeof d?.challengeId === "string" && typeof d?.code === "string")
          : [];
      } catch {
        return [];
      }
    },
  };
}
