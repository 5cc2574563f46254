// The behaviour the store relies on, checked against both storages: IndexedDB and the in-memory fallback.
import { IDBFactory } from "fake-indexeddb";
import { afterEach, describe, expect, it } from "vitest";
import { emptySnapshot } from "../../src/domain/progress";
import { openIndexedDbStorage } from "../../src/persistence/indexed-db-storage";
import { createMemoryStorage } from "../../src/persistence/memory-storage";
import type { ProgressStorage } from "../../src/store/progress-storage";
import { cardDraft, draft, drill, failed, richSnapshot, session, T0 } from "../domain/progress-fixtures";

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const storage of opened.splice(0)) storage.close();
});

const storages: [string, () => Promise<ProgressStorage>][] = [
  ["memory", async () => createMemoryStorage()],
  [
    "IndexedDB",
    async () => {
      const storage = await openIndexedDbStorage({ indexedDB: new IDBFactory(), channel: `contract-${Math.random()}` });
      opened.push(storage);
      return storage;
    },
  ],
];

describe.each(storages)("%s storage", (_name, open) => {
  it("starts empty", async () => {
    expect(await (await open()).load()).toEqual(emptySnapshot());
  });

  it("keeps a meta value beside progress: an import's replaceAll leaves it, undefined forgets it", async () => {
    const storage = await open();
    expect(await storage.readMeta("importConflicts")).toBeUndefined();
    await storage.writeMeta("importConflicts", [{ challengeId: "two-sum", n: 1 }]);
    await storage.replaceAll(richSnapshot());
    expect(await storage.readMeta("importConflicts")).toEqual([{ challengeId: "two-sum", n: 1 }]);
    await storage.writeMeta("importConflicts", undefined);
    expect(await storage.readMeta("importConflicts")).toBeUndefined();
  });

  it("gives back what was saved", async () => {
    const storage = await open();
    const { progress, timers, sessions, cards = {}, stories = {}, cardDrafts = {} } = richSnapshot();
    for (const p of Object.values(progress)) await storage.saveProgress(p);
    for (const d of Object.values(cardDrafts)) await storage.saveCardDraft(d);
    for (const c of Object.values(cards)) await storage.saveCard(c);
    for (const s of Object.values(stories)) await storage.saveStory(s);
    for (const t of Object.values(timers)) await storage.saveTimer(t);
    for (const s of sessions) await storage.saveSession(s);
    const saved = await storage.saveDraft(draft({ rev: 0 }), 0);
    expect(saved).toEqual({ ok: true, rev: 1 });
    expect(await storage.load()).toEqual({ ...richSnapshot(), drafts: { "two-sum": draft({ rev: 1 }) } });
  });

  it("later saves replace earlier ones for the same drill or session", async () => {
    const storage = await open();
    await storage.saveProgress(drill({ status: "attempted", attempts: [failed()] }));
    await storage.saveProgress(drill({ status: "solved" }));
    await storage.saveSession(session({ endedAt: null }));
    await storage.saveSession(session({ endedAt: T0 + 1 }));
    const loaded = await storage.load();
    expect(loaded.progress["two-sum"]?.status).toBe("solved");
    expect(loaded.sessions).toEqual([session({ endedAt: T0 + 1 })]);
  });

  it("refuses a draft edited from an older rev and returns the stored one, writing nothing", async () => {
    const storage = await open();
    expect(await storage.saveDraft(draft({ code: "first" }), 0)).toEqual({ ok: true, rev: 1 });
    expect(await storage.saveDraft(draft({ code: "second" }), 1)).toEqual({ ok: true, rev: 2 });
    const stale = await storage.saveDraft(draft({ code: "stale" }), 1);
    expect(stale).toEqual({ ok: false, conflict: draft({ code: "second", rev: 2 }) });
    expect((await storage.load()).drafts["two-sum"]?.code).toBe("second");
  });

  it("a forced draft is written above the stored rev, so the other version now conflicts", async () => {
    const storage = await open();
    await storage.saveDraft(draft({ code: "tab A" }), 0);
    await storage.saveDraft(draft({ code: "tab A again" }), 1);
    const rev = await storage.forceDraft(draft({ code: "tab B", rev: 1 }));
    expect(rev).toBe(3);
    expect((await storage.load()).drafts["two-sum"]).toMatchObject({ code: "tab B", rev: 3 });
    expect((await storage.saveDraft(draft({ code: "tab A" }), 2)).ok).toBe(false);
  });

  it("deletes a draft", async () => {
    const storage = await open();
    await storage.saveDraft(draft(), 0);
    await storage.deleteDraft("two-sum");
    expect((await storage.load()).drafts).toEqual({});
  });

  it("keeps an unrecorded card answer per card until it is deleted", async () => {
    const storage = await open();
    await storage.saveCardDraft(cardDraft({ text: "first" }));
    await storage.saveCardDraft(cardDraft({ text: "second", updatedAt: T0 + 1 }));
    await storage.saveCardDraft(cardDraft({ cardId: "other-card" }));
    expect((await storage.load()).cardDrafts).toEqual({
      [cardDraft().cardId]: cardDraft({ text: "second", updatedAt: T0 + 1 }),
      "other-card": cardDraft({ cardId: "other-card" }),
    });
    await storage.deleteCardDraft("other-card");
    expect(Object.keys((await storage.load()).cardDrafts ?? {})).toEqual([cardDraft().cardId]);
  });

  it("replaceAll swaps everything for the given snapshot", async () => {
    const storage = await open();
    await storage.saveProgress(drill({ challengeId: "gone" }));
    await storage.saveDraft(draft({ challengeId: "gone" }), 0);
    await storage.saveCardDraft(cardDraft({ cardId: "gone" }));
    await storage.replaceAll(richSnapshot());
    expect(await storage.load()).toEqual(richSnapshot());
  });
});
