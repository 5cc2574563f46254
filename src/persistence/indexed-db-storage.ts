/** Progress saved in the browser's IndexedDB; other tabs hear of each write over a BroadcastChannel. */
import type { CardProgress } from "../domain/cards";
import type { CardDraft, Draft, DrillProgress, DrillTimer, ProgressSnapshot, SessionRecord } from "../domain/progress";
import { PROGRESS_SCHEMA_VERSION } from "../domain/progress";
import type { Story } from "../domain/stories";
import type { DraftSave, ProgressStorage, StorageChange } from "../store/progress-storage";
import {
  CARD_DRAFT_PREFIX,
  DATA_STORES,
  type DataStore,
  openDatabase,
  pageIndexedDb,
  unavailable,
} from "./indexed-db-schema";
import { type Guard, transact, type Work } from "./indexed-db-transaction";

export { DATABASE_VERSION, upgradeDatabase } from "./indexed-db-schema";

const DEFAULT_NAME = "ai-interview-drills";

export interface IndexedDbOptions {
  /** Database name; default "ai-interview-drills". */
  name?: string;
  /** Defaults to the page's `indexedDB`. */
  indexedDB?: IDBFactory;
  /** BroadcastChannel name for cross-tab notices; default "ai-interview-drills". */
  channel?: string;
}

export type IndexedDbStorage = ProgressStorage & {
  /** Closes the database and the channel (tests; a page simply unloads). */
  close(): void;
};

/** Opens (creating or upgrading) the database. Rejects with a StorageError when the browser refuses storage. */
export async function openIndexedDbStorage(options: IndexedDbOptions = {}): Promise<IndexedDbStorage> {
  const factory = options.indexedDB ?? pageIndexedDb();
  if (!factory) throw unavailable("this browser offers no IndexedDB");
  const db = await openDatabase(factory, options.name ?? DEFAULT_NAME);
  const connection = { db, lost: false };
  // Let a newer version of the app in another tab upgrade the database instead of being blocked by us.
  db.onversionchange = () => {
    db.close();
    connection.lost = true;
  };
  db.onclose = () => {
    connection.lost = true;
  };
  const channel =
    typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(options.channel ?? DEFAULT_NAME);
  const listeners = new Set<(change: StorageChange) => void>();
  if (channel) channel.onmessage = (event: MessageEvent<unknown>) => deliver(listeners, event.data);

  const announce = (change: StorageChange) => {
    try {
      channel?.postMessage(change);
    } catch {
      // the write itself succeeded; a closed channel only means other tabs refresh later
    }
  };
  const write = async <T>(
    stores: readonly (DataStore | "meta")[],
    action: string,
    change: StorageChange,
    work: Work<T>,
  ) => {
    const result = await transact(connection, stores, "readwrite", action, work);
    announce(change);
    return result;
  };
  const put = (store: DataStore, value: unknown, action: string, change: StorageChange) =>
    write([store], action, change, (tx) => {
      tx.objectStore(store).put(value);
      return () => undefined;
    });

  return {
    load: () => transact(connection, [...DATA_STORES, "meta"], "readonly", "load your saved progress", readSnapshot),
    saveProgress: (progress) =>
      put("progress", progress, "save your progress", { kind: "progress", challengeId: progress.challengeId }),
    async saveDraft(draft, baseRev) {
      const saved = await transact(connection, ["drafts"], "readwrite", "save your draft", (tx, guard) =>
        writeDraft(tx, guard, draft, baseRev),
      );
      if (saved.ok) announce({ kind: "draft", challengeId: draft.challengeId });
      return saved;
    },
    forceDraft: (draft) =>
      write(["drafts"], "save your draft", { kind: "draft", challengeId: draft.challengeId }, (tx, guard) => {
        const saved = writeDraft(tx, guard, draft, "force");
        return () => {
          const result = saved(); // a forced write never conflicts
          return result.ok ? result.rev : result.conflict.rev;
        };
      }),
    deleteDraft: (challengeId) =>
      write(["drafts"], "delete your draft", { kind: "draft", challengeId }, (tx) => {
        tx.objectStore("drafts").delete(challengeId);
        return () => undefined;
      }),
    saveTimer: (timer) => put("timers", timer, "save the timer", { kind: "timer", challengeId: timer.challengeId }),
    saveSession: (session) => put("sessions", session, "save the session", { kind: "session", sessionId: session.id }),
    saveCard: (card) => put("cards", card, "save your answer", { kind: "card", cardId: card.cardId }),
    saveCardDraft: (draft) =>
      write(["meta"], "save your answer", { kind: "cardDraft", cardId: draft.cardId }, (tx) => {
        tx.objectStore("meta").put(draft, CARD_DRAFT_PREFIX + draft.cardId);
        return () => undefined;
      }),
    deleteCardDraft: (cardId) =>
      write(["meta"], "save your answer", { kind: "cardDraft", cardId }, (tx) => {
        tx.objectStore("meta").delete(CARD_DRAFT_PREFIX + cardId);
        return () => undefined;
      }),
    saveStory: (story) => put("stories", story, "save your story", { kind: "story", storyId: story.id }),
    deleteStory: (storyId) =>
      write(["stories"], "delete the story", { kind: "story", storyId }, (tx) => {
        tx.objectStore("stories").delete(storyId);
        return () => undefined;
      }),
    replaceAll: (snapshot) =>
      write([...DATA_STORES, "meta"], "replace your saved progress", { kind: "all" }, (tx, guard) => {
        // "meta" is not progress: it stays, but for the unrecorded card answers kept there
        for (const store of DATA_STORES) tx.objectStore(store).clear();
        replaceCardDrafts(tx, guard, snapshot.cardDrafts ?? {});
        const records: Record<DataStore, readonly unknown[]> = {
          progress: Object.values(snapshot.progress),
          drafts: Object.values(snapshot.drafts),
          timers: Object.values(snapshot.timers),
          sessions: snapshot.sessions,
          cards: Object.values(snapshot.cards ?? {}),
          stories: Object.values(snapshot.stories ?? {}),
        };
        for (const store of DATA_STORES) for (const record of records[store]) tx.objectStore(store).put(record);
        return () => undefined;
      }),
    readMeta: (key) =>
      transact(connection, ["meta"], "readonly", "read saved settings", (tx) => {
        const read = tx.objectStore("meta").get(key);
        return () => read.result as unknown;
      }),
    writeMeta: (key, value) =>
      transact(connection, ["meta"], "readwrite", "save settings", (tx) => {
        if (value === undefined) tx.objectStore("meta").delete(key);
        else tx.objectStore("meta").put(value, key);
        return () => undefined;
      }),
    onExternalChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      channel?.close();
      db.close();
      connection.lost = true;
    },
  };
}

function replaceCardDrafts(tx: IDBTransaction, guard: Guard, drafts: Record<string, CardDraft>): void {
  const meta = tx.objectStore("meta");
  const keys = meta.getAllKeys();
  keys.onsuccess = guard(() => {
    for (const key of keys.result) if (isCardDraftKey(key)) meta.delete(key);
    for (const draft of Object.values(drafts)) meta.put(draft, CARD_DRAFT_PREFIX + draft.cardId);
  });
}

function isCardDraftKey(key: IDBValidKey): key is string {
  return typeof key === "string" && key.startsWith(CARD_DRAFT_PREFIX);
}

/** A card draft as kept: a bare string before drafts were dated (then dated 0, so any dated copy is newer). */
function toCardDraft(key: string, value: unknown): CardDraft | null {
  const cardId = key.slice(CARD_DRAFT_PREFIX.length);
  if (typeof value === "string") return value.trim() === "" ? null : { cardId, text: value, updatedAt: 0 };
  const kept = value as Partial<CardDraft> | null;
  if (typeof kept?.text !== "string" || kept.text.trim() === "") return null;
  return { cardId, text: kept.text, updatedAt: typeof kept.updatedAt === "number" ? kept.updatedAt : 0 };
}

function readSnapshot(tx: IDBTransaction): () => ProgressSnapshot {
  const metaKeys = tx.objectStore("meta").getAllKeys();
  const metaValues = tx.objectStore("meta").getAll();
  const all = <T>(store: DataStore) => tx.objectStore(store).getAll() as IDBRequest<T[]>;
  const progress = all<DrillProgress>("progress");
  const drafts = all<Draft>("drafts");
  const timers = all<DrillTimer>("timers");
  const sessions = all<SessionRecord>("sessions");
  const cards = all<CardProgress>("cards");
  const stories = all<Story>("stories");
  return () => ({
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    progress: Object.fromEntries(progress.result.map((p) => [p.challengeId, p])),
    drafts: Object.fromEntries(drafts.result.map((d) => [d.challengeId, d])),
    timers: Object.fromEntries(timers.result.map((t) => [t.challengeId, t])),
    sessions: sessions.result.sort((a, b) => a.startedAt - b.startedAt),
    cards: Object.fromEntries(cards.result.map((c) => [c.cardId, c])),
    stories: Object.fromEntries(stories.result.map((s) => [s.id, s])),
    cardDrafts: Object.fromEntries(
      metaKeys.result.flatMap((key, i) => {
        const draft = isCardDraftKey(key) ? toCardDraft(key, metaValues.result[i]) : null;
        return draft ? [[draft.cardId, draft]] : [];
      }),
    ),
  });
}

/**
 * Reads the stored rev and writes in the same transaction, so two tabs cannot both pass the check.
 * "force" writes whatever is stored, still above the stored rev so other tabs see a conflict.
 */
function writeDraft(tx: IDBTransaction, guard: Guard, draft: Draft, baseRev: number | "force"): () => DraftSave {
  const store = tx.objectStore("drafts");
  const read = store.get(draft.challengeId) as IDBRequest<Draft | undefined>;
  const newerThanBase = (stored: Draft) => baseRev !== "force" && stored.rev > baseRev;
  let rev = 0;
  read.onsuccess = guard(() => {
    const stored = read.result;
    if (stored && newerThanBase(stored)) return;
    rev = Math.max(stored?.rev ?? 0, baseRev === "force" ? draft.rev : baseRev) + 1;
    store.put({ ...draft, rev });
  });
  return () => {
    const stored = read.result;
    return stored && newerThanBase(stored) ? { ok: false, conflict: stored } : { ok: true, rev };
  };
}

function deliver(listeners: Set<(change: StorageChange) => void>, data: unknown): void {
  const kinds = ["progress", "draft", "timer", "session", "card", "cardDraft", "story", "all"];
  if (typeof data !== "object" || data === null || !kinds.includes(String((data as { kind?: unknown }).kind))) return;
  for (const listener of listeners) listener(data as StorageChange);
}
