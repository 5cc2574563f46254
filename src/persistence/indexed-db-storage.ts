/** Progress saved in the browser's IndexedDB; other tabs hear of each write over a BroadcastChannel. */
import type { CardProgress } from "../domain/cards";
import type { Draft, DrillProgress, DrillTimer, ProgressSnapshot, SessionRecord } from "../domain/progress";
import { PROGRESS_SCHEMA_VERSION } from "../domain/progress";
import type { Story } from "../domain/stories";
import type { DraftSave, ProgressStorage, StorageChange } from "../store/progress-storage";
import { StorageError } from "../store/progress-storage";

export const DATABASE_VERSION = 2;
const DATA_STORES = ["progress", "drafts", "timers", "sessions", "cards", "stories"] as const;
type DataStore = (typeof DATA_STORES)[number];
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
  const write = async <T>(stores: readonly DataStore[], action: string, change: StorageChange, work: Work<T>) => {
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
    load: () => transact(connection, DATA_STORES, "readonly", "load your saved progress", readSnapshot),
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
    saveStory: (story) => put("stories", story, "save your story", { kind: "story", storyId: story.id }),
    deleteStory: (storyId) =>
      write(["stories"], "delete the story", { kind: "story", storyId }, (tx) => {
        tx.objectStore("stories").delete(storyId);
        return () => undefined;
      }),
    replaceAll: (snapshot) =>
      write(DATA_STORES, "replace your saved progress", { kind: "all" }, (tx) => {
        for (const store of DATA_STORES) tx.objectStore(store).clear(); // "meta" is not progress: it stays
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

/**
 * Runs every upgrade step from `oldVersion` (0: no database yet) to `newVersion`, one case per
 * step. A step that moves data uses the upgrade transaction (`request.transaction`).
 */
export function upgradeDatabase(db: IDBDatabase, oldVersion: number, newVersion: number): void {
  for (let version = oldVersion; version < newVersion; version++) {
    switch (version) {
      case 0:
        db.createObjectStore("progress", { keyPath: "challengeId" });
        db.createObjectStore("drafts", { keyPath: "challengeId" });
        db.createObjectStore("timers", { keyPath: "challengeId" });
        db.createObjectStore("sessions", { keyPath: "id" });
        db.createObjectStore("meta");
        break;
      case 1:
        // concept card answers and schedules; the behavioural story bank
        db.createObjectStore("cards", { keyPath: "cardId" });
        db.createObjectStore("stories", { keyPath: "id" });
        break;
      // case 2: the step from version 2 to 3 goes here; raise DATABASE_VERSION with it.
    }
  }
}

type Guard = (step: () => void) => () => void;
/** Queues requests on the transaction and returns how to read the result once it has committed. */
type Work<T> = (tx: IDBTransaction, guard: Guard) => () => T;
type Connection = { db: IDBDatabase; lost: boolean };

/** One transaction: resolves after it commits; on any failure it aborts, so nothing is written. */
function transact<T>(
  connection: Connection,
  stores: readonly (DataStore | "meta")[],
  mode: IDBTransactionMode,
  action: string,
  work: Work<T>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    if (connection.lost) {
      reject(new StorageError(`Could not ${action}: ${LOST_CONNECTION}`, "unavailable"));
      return;
    }
    let tx: IDBTransaction | undefined;
    let failure: unknown;
    const abortWith = (error: unknown) => {
      failure ??= error;
      try {
        tx?.abort();
      } catch {
        // already finished
      }
    };
    // A throw inside a request callback would abort with a bare AbortError; keep the real cause.
    const guard: Guard = (step) => () => {
      try {
        step();
      } catch (error) {
        abortWith(error);
      }
    };
    try {
      const current = connection.db.transaction([...stores], mode);
      tx = current;
      const result = work(current, guard);
      current.oncomplete = () => resolve(result());
      current.onabort = () => reject(toStorageError(failure ?? current.error, action));
    } catch (error) {
      abortWith(error);
      reject(toStorageError(error, action));
    }
  });
}

function readSnapshot(tx: IDBTransaction): () => ProgressSnapshot {
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

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let blocked = false;
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DATABASE_VERSION);
    } catch (error) {
      reject(unavailable(describe(error)));
      return;
    }
    request.onupgradeneeded = (event) => upgradeDatabase(request.result, event.oldVersion, DATABASE_VERSION);
    request.onsuccess = () => {
      if (blocked) request.result.close();
      else resolve(request.result);
    };
    request.onerror = () => reject(unavailable(describe(request.error)));
    request.onblocked = () => {
      blocked = true;
      reject(new StorageError(BLOCKED_BY_OLDER_TAB, "unavailable"));
    };
  });
}

const BLOCKED_BY_OLDER_TAB =
  "Another tab has an older version of the app open, so this one cannot open your saved progress: " +
  "close that tab, then reload this one.";

const LOST_CONNECTION =
  "this tab lost its connection to saved data (the app was updated in another tab, or site data was cleared). " +
  "Reload the page to keep saving.";

function unavailable(cause: string): StorageError {
  return new StorageError(
    `This browser does not let the app save progress on this device (${cause}); private browsing can cause this. ` +
      "Progress lasts only until this tab closes: export it to a file to keep it.",
    "unavailable",
  );
}

function toStorageError(error: unknown, action: string): StorageError {
  if (error instanceof StorageError) return error;
  if (errorName(error) === "QuotaExceededError") {
    return new StorageError(
      `Your browser's storage for this site is full: could not ${action}. Free space by clearing other sites' ` +
        "data in the browser settings, or export your progress to a file to keep it.",
      "quota",
    );
  }
  return new StorageError(
    `Could not ${action} (${describe(error)}). Your work is still in this tab; try again, or export your progress.`,
    "unknown",
  );
}

function errorName(error: unknown): string {
  return typeof error === "object" && error !== null && "name" in error ? String(error.name) : "";
}

function describe(error: unknown): string {
  if (error === null || error === undefined) return "the browser gave no reason";
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function pageIndexedDb(): IDBFactory | undefined {
  try {
    return (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  } catch {
    return undefined; // some private modes throw on mere access
  }
}

function deliver(listeners: Set<(change: StorageChange) => void>, data: unknown): void {
  const kinds = ["progress", "draft", "timer", "session", "card", "story", "all"];
  if (typeof data !== "object" || data === null || !kinds.includes(String((data as { kind?: unknown }).kind))) return;
  for (const listener of listeners) listener(data as StorageChange);
}
