// IndexedDB specifics: reloads, two tabs, atomic import, storage failures, upgrades. fake-indexeddb
// stands in for the browser; each test gets a fresh factory and its own BroadcastChannel name.
import { IDBFactory, IDBObjectStore } from "fake-indexeddb";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DrillProgress } from "../../src/domain/progress";
import {
  DATABASE_VERSION,
  type IndexedDbStorage,
  openIndexedDbStorage,
  upgradeDatabase,
} from "../../src/persistence/indexed-db-storage";
import { type StorageChange, StorageError } from "../../src/store/progress-storage";
import { cardDraft, cardProgress, draft, drill, richSnapshot, story, T0 } from "../domain/progress-fixtures";

const opened: IndexedDbStorage[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const storage of opened.splice(0)) storage.close();
});

/** A browser profile: one IndexedDB and one channel name that its tabs share. */
function profile() {
  const factory = new IDBFactory();
  const channel = `idb-test-${Math.random()}`;
  const openTab = async () => {
    const storage = await openIndexedDbStorage({ indexedDB: factory, channel });
    opened.push(storage);
    return storage;
  };
  return { factory, openTab };
}

function changes(storage: IndexedDbStorage): () => Promise<StorageChange> {
  const queue: StorageChange[] = [];
  const waiting: ((c: StorageChange) => void)[] = [];
  storage.onExternalChange((c) => {
    const resolve = waiting.shift();
    if (resolve) resolve(c);
    else queue.push(c);
  });
  return () => {
    const queued = queue.shift();
    return queued ? Promise.resolve(queued) : new Promise((resolve) => waiting.push(resolve));
  };
}

function rawOpen(factory: IDBFactory, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open("ai-interview-drills", version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function failure(promise: Promise<unknown>): Promise<StorageError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a StorageError, but it succeeded");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageError);
  return error as StorageError;
}

describe("IndexedDB storage", () => {
  it("keeps everything across a reload", async () => {
    const { openTab } = profile();
    const before = await openTab();
    await before.replaceAll(richSnapshot());
    before.close();
    expect(await (await openTab()).load()).toEqual(richSnapshot());
  });

  it("two tabs: a draft saved in one is a conflict for the other, which can then choose its own", async () => {
    const { openTab } = profile();
    const tabA = await openTab();
    const tabB = await openTab();
    expect(await tabA.saveDraft(draft({ code: "from A" }), 0)).toEqual({ ok: true, rev: 1 });
    const fromB = await tabB.saveDraft(draft({ code: "from B" }), 0);
    expect(fromB).toEqual({ ok: false, conflict: draft({ code: "from A", rev: 1 }) });
    expect((await tabB.load()).drafts["two-sum"]?.code).toBe("from A");

    expect(await tabB.forceDraft(draft({ code: "from B", rev: 0 }))).toBe(2);
    expect(await tabA.saveDraft(draft({ code: "A again" }), 1)).toMatchObject({ ok: false });
  });

  it("tells other tabs about each write, but not the tab that wrote", async () => {
    const { openTab } = profile();
    const tabA = await openTab();
    const tabB = await openTab();
    const heardByA = changes(tabA);
    const heardByB = changes(tabB);

    await tabA.saveProgress(drill({ challengeId: "knn" }));
    expect(await heardByB()).toEqual({ kind: "progress", challengeId: "knn" });
    await tabA.saveDraft(draft(), 0);
    expect(await heardByB()).toEqual({ kind: "draft", challengeId: "two-sum" });

    await tabB.saveDraft(draft(), 0); // a conflict writes nothing, so it announces nothing
    await tabB.saveTimer({ challengeId: "knn", elapsedMs: 5, runningSince: null });
    expect(await heardByA()).toEqual({ kind: "timer", challengeId: "knn" });
  });

  it("an answer typed on a card before answers were dated (a bare string) still loads, dated 0", async () => {
    const { openTab } = profile();
    const storage = await openTab();
    await storage.writeMeta("cardDraft:fixture-bias-variance", "typed by an older version");
    await storage.writeMeta("cardDraft:blank-card", "   ");
    expect((await storage.load()).cardDrafts).toEqual({
      "fixture-bias-variance": cardDraft({ text: "typed by an older version", updatedAt: 0 }),
    });
    await storage.replaceAll(richSnapshot());
    expect((await storage.load()).cardDrafts).toEqual(richSnapshot().cardDrafts);
    expect(await storage.readMeta("cardDraft:blank-card")).toBeUndefined();
  });

  it("other tabs hear of an unrecorded card answer's save", async () => {
    const { openTab } = profile();
    const tabA = await openTab();
    const heardByB = changes(await openTab());
    await tabA.saveCardDraft(cardDraft());
    expect(await heardByB()).toEqual({ kind: "cardDraft", cardId: "fixture-bias-variance" });
  });

  it("an import that fails part-way changes nothing", async () => {
    const { openTab } = profile();
    const storage = await openTab();
    await storage.replaceAll(richSnapshot());
    const broken = {
      ...richSnapshot(),
      progress: {
        a: drill({ challengeId: "a" }),
        b: { ...drill(), challengeId: undefined } as unknown as DrillProgress, // not a valid key: the put throws
      },
    };
    const error = await failure(storage.replaceAll(broken));
    expect(error.reason).toBe("unknown");
    expect(await storage.load()).toEqual(richSnapshot());
  });

  it("a full disk becomes a StorageError the user can read, and nothing is written", async () => {
    const { openTab } = profile();
    const storage = await openTab();
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    for (const write of [storage.saveProgress(drill()), storage.saveDraft(draft(), 0)]) {
      const error = await failure(write);
      expect(error.reason).toBe("quota");
      expect(error.message).toMatch(/^Your browser's storage for this site is full: /);
    }
    vi.restoreAllMocks();
    expect(await storage.load()).toMatchObject({ progress: {}, drafts: {} });
  });

  it("without IndexedDB, or when the browser refuses it, opening fails as unavailable", async () => {
    expect((await failure(openIndexedDbStorage())).reason).toBe("unavailable");
    const refusing = {
      open() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    } as unknown as IDBFactory;
    const error = await failure(openIndexedDbStorage({ indexedDB: refusing }));
    expect(error.reason).toBe("unavailable");
    expect(error.message).toMatch(/private browsing/);
  });

  it("steps aside when a newer app version in another tab upgrades the database", async () => {
    const { factory, openTab } = profile();
    const oldTab = await openTab();
    const newer = await rawOpen(factory, DATABASE_VERSION + 1);
    newer.close();
    const error = await failure(oldTab.saveProgress(drill()));
    expect(error.reason).toBe("unavailable");
    expect(error.message).toMatch(/Reload the page/);
  });
});

describe("database upgrades", () => {
  const olderVersions = Array.from({ length: DATABASE_VERSION }, (_, version) => version);

  it.each(olderVersions)("upgrades a version %i database (0: none yet) to every store, keeping data", async (from) => {
    const { factory, openTab } = profile();
    if (from > 0) (await rawOpen(factory, from, (db) => upgradeDatabase(db, 0, from))).close();

    const storage = await openTab();
    await storage.replaceAll(richSnapshot());
    storage.close();

    const db = await rawOpen(factory);
    expect(db.version).toBe(DATABASE_VERSION);
    const keyPaths = Object.fromEntries(
      [...db.objectStoreNames].map((name) => [name, db.transaction(name).objectStore(name).keyPath]),
    );
    db.close();
    expect(keyPaths).toEqual({
      cards: "cardId",
      drafts: "challengeId",
      meta: null,
      progress: "challengeId",
      sessions: "id",
      stories: "id",
      timers: "challengeId",
    });
    expect(await (await openTab()).load()).toEqual(richSnapshot());
  });

  it("a version 1 database (before concept cards) keeps its progress and gains empty card and story stores", async () => {
    const { factory, openTab } = profile();
    const old = await rawOpen(factory, 1, (db) => upgradeDatabase(db, 0, 1));
    await new Promise<void>((resolve, reject) => {
      const tx = old.transaction("progress", "readwrite");
      tx.objectStore("progress").put(drill({ updatedAt: T0 + 7 }));
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    old.close();
    const storage = await openTab();
    const loaded = await storage.load();
    expect(loaded.progress["two-sum"]?.updatedAt).toBe(T0 + 7);
    expect(loaded.cards).toEqual({});
    expect(loaded.stories).toEqual({});
    await storage.saveStory(story());
    await storage.saveCard(cardProgress());
    const again = await storage.load();
    expect(again.stories?.["story-1"]?.title).toBe("The churn model that shipped late");
    expect(again.cards?.["fixture-bias-variance"]?.answers).toHaveLength(1);
    await storage.deleteStory("story-1");
    expect((await storage.load()).stories).toEqual({});
  });

  it("reopening at the same version keeps what was saved", async () => {
    const { openTab } = profile();
    const first = await openTab();
    await first.saveProgress(drill({ updatedAt: T0 + 1 }));
    first.close();
    expect((await (await openTab()).load()).progress["two-sum"]?.updatedAt).toBe(T0 + 1);
  });
});
