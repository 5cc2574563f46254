/** The IndexedDB database's schema: its object stores, the upgrade steps between versions, and opening it. */
import { StorageError } from "../store/progress-storage";

export const DATABASE_VERSION = 2;
export const DATA_STORES = ["progress", "drafts", "timers", "sessions", "cards", "stories"] as const;
export type DataStore = (typeof DATA_STORES)[number];
/**
 * Unrecorded concept-card answers live in the "meta" store under `cardDraft:<card id>` (a plain
 * string in data kept before they were dated, `CardDraft` since).
 */
export const CARD_DRAFT_PREFIX = "cardDraft:";

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

export function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
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

export function unavailable(cause: string): StorageError {
  return new StorageError(
    `This browser does not let the app save progress on this device (${cause}); private browsing can cause this. ` +
      "Progress lasts only until this tab closes: export it to a file to keep it.",
    "unavailable",
  );
}

export function describe(error: unknown): string {
  if (error === null || error === undefined) return "the browser gave no reason";
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export function pageIndexedDb(): IDBFactory | undefined {
  try {
    return (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  } catch {
    return undefined; // some private modes throw on mere access
  }
}
