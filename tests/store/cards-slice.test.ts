// The store's concept cards and story bank: answers schedule the card, ratings can change, all saved and reloaded.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCardDeck } from "../../src/catalog/parse-card-deck";
import { cardSummary } from "../../src/domain/cards";
import { createMemoryStorage } from "../../src/persistence/memory-storage";
import { createAppStore } from "../../src/store/app-store";
import { cardsForDrill } from "../../src/store/cards-slice";
import type { RunnerClient } from "../../src/store/runner-client";
import { story, T0 } from "../domain/progress-fixtures";

const DAY = 86_400_000;
const runner = {
  state: "ready",
  detail: "",
  subscribe: () => () => {},
  start: async () => {},
} as unknown as RunnerClient;
const deck = buildCardDeck(
  [
    {
      source: "challenges/concepts/core-ml/fixture-bias-variance.md",
      text: readFileSync("tests/fixtures/concepts/core-ml/fixture-bias-variance.md", "utf8"),
    },
  ],
  new Set(["two-sum"]),
);

function setup() {
  const storage = createMemoryStorage();
  let now = T0;
  let fetches = 0;
  let indexFetches = 0;
  const store = createAppStore({
    catalog: { challenges: [], problems: [] },
    runner,
    storage,
    now: () => now,
    loadCards: async () => {
      fetches++;
      return deck;
    },
    loadCardIndex: async () => {
      indexFetches++;
      return deck.cards.map(cardSummary);
    },
  });
  return {
    store,
    storage,
    tick: (ms: number) => (now += ms),
    fetches: () => fetches,
    indexFetches: () => indexFetches,
  };
}

describe("cards slice", () => {
  it("fetches the cards once, on first need", async () => {
    const { store, fetches } = setup();
    expect(store.getState().deck).toBeNull();
    await Promise.all([store.getState().loadDeck(), store.getState().loadDeck()]);
    await store.getState().loadDeck();
    expect(store.getState().deck?.cards.map((c) => c.id)).toEqual(["fixture-bias-variance"]);
    expect(fetches()).toBe(1);
  });

  it("lists and links use the card index (no answer sections), fetched once; a loaded deck serves it without a fetch", async () => {
    const { store, fetches, indexFetches } = setup();
    await Promise.all([store.getState().loadCardIndex(), store.getState().loadCardIndex()]);
    const index = store.getState().cardIndex;
    expect(index?.map((c) => c.id)).toEqual(["fixture-bias-variance"]);
    expect(index?.[0]).not.toHaveProperty("answer");
    expect(index?.[0]).not.toHaveProperty("keyPoints");
    expect(cardsForDrill(index, "two-sum").map((c) => c.title)).toEqual(["Bias and variance"]);
    expect([fetches(), indexFetches()]).toEqual([0, 1]);

    const other = setup();
    await other.store.getState().loadDeck();
    expect((await other.store.getState().loadCardIndex())?.map((c) => c.id)).toEqual(["fixture-bias-variance"]);
    expect([other.fetches(), other.indexFetches()]).toEqual([1, 0]);
  });

  it("an answer with its rating schedules the card; changing the rating re-schedules it; both are saved", async () => {
    const { store, storage } = setup();
    const input = {
      text: "bias + variance + noise",
      aloud: false,
      elapsedMs: 90_000,
      pointsTicked: [2, 0, 9],
      pointsTotal: 3,
    };
    store.getState().answerCard("fixture-bias-variance", input, "hard");
    const hard = store.getState().cardProgress["fixture-bias-variance"];
    expect(hard?.review?.dueAt).toBe(T0 + 3 * DAY);
    expect(hard?.answers[0]?.pointsTicked).toEqual([0, 2]);
    store.getState().rerateCard("fixture-bias-variance", "good", [0, 1, 2]);
    const good = store.getState().cardProgress["fixture-bias-variance"];
    expect(good?.review?.dueAt).toBe(T0 + 14 * DAY);
    expect(good?.answers).toHaveLength(1);
    expect(good?.answers[0]).toMatchObject({
      rating: "good",
      pointsTicked: [0, 1, 2],
      text: "bias + variance + noise",
    });
    await Promise.resolve();
    expect(storage.snapshot().cards?.["fixture-bias-variance"]?.review?.dueAt).toBe(T0 + 14 * DAY);
  });

  it("stories are saved, reloaded and deleted", async () => {
    const { store, storage, tick } = setup();
    tick(5000);
    store.getState().saveStory(story());
    await Promise.resolve();
    expect(storage.snapshot().stories?.["story-1"]?.updatedAt).toBe(T0 + 5000);
    const other = createAppStore({ catalog: { challenges: [], problems: [] }, runner, storage });
    await other.getState().loadSaved();
    expect(other.getState().stories["story-1"]?.title).toBe(story().title);
    other.getState().deleteStory("story-1");
    await Promise.resolve();
    expect(storage.snapshot().stories).toEqual({});
  });

  it("an answer being typed is kept per card across a reload, and forgotten once the answer is recorded", async () => {
    const { store, storage } = setup();
    const id = "fixture-bias-variance";
    store.getState().saveCardDraft(id, "bias is");
    store.getState().saveCardDraft(id, "bias is error from wrong assumptions");
    store.getState().saveCardDraft("other-card", "something else");
    await new Promise((r) => setTimeout(r, 0));
    const reloaded = createAppStore({ catalog: { challenges: [], problems: [] }, runner, storage });
    await reloaded.getState().loadSaved();
    const text = (store: typeof reloaded, cardId: string) => store.getState().cardDrafts[cardId]?.text;
    expect(text(reloaded, id)).toBe("bias is error from wrong assumptions");
    expect(text(reloaded, "other-card")).toBe("something else");
    expect(text(reloaded, "never-typed")).toBeUndefined();

    const input = { text: "bias is error from wrong assumptions", aloud: false, elapsedMs: 1000 };
    reloaded.getState().answerCard(id, { ...input, pointsTicked: [], pointsTotal: 3 }, "good");
    await new Promise((r) => setTimeout(r, 0));
    const again = createAppStore({ catalog: { challenges: [], problems: [] }, runner, storage });
    await again.getState().loadSaved();
    expect(text(again, id)).toBeUndefined();
    expect(text(again, "other-card")).toBe("something else");
    // clearing the box forgets the draft too
    store.getState().saveCardDraft("other-card", "  ");
    await new Promise((r) => setTimeout(r, 0));
    expect(storage.snapshot().cardDrafts).toEqual({});
  });

  it("an answer being typed travels in the export file to another device", async () => {
    const { store } = setup();
    store.getState().saveCardDraft(CARD, "typed on the laptop");
    await settle();
    const file = store.getState().exportProgress();
    expect(JSON.parse(file).cardDrafts).toEqual({
      [CARD]: { cardId: CARD, text: "typed on the laptop", updatedAt: T0 },
    });

    const phone = setup();
    const outcome = await phone.store.getState().importProgress(file);
    expect(outcome.ok && outcome.message).toContain("1 unrecorded card answers taken");
    expect(phone.store.getState().cardDrafts[CARD]?.text).toBe("typed on the laptop");
    expect(phone.storage.snapshot().cardDrafts?.[CARD]?.text).toBe("typed on the laptop");
  });

  it("a broken file is refused and leaves the answers being typed as they were", async () => {
    const { store, storage } = setup();
    store.getState().saveCardDraft(CARD, "mine");
    await settle();
    const file = JSON.parse(store.getState().exportProgress());
    file.cardDrafts = { [CARD]: { cardId: CARD, text: "x".repeat(20_001), updatedAt: T0 } };
    const outcome = await store.getState().importProgress(JSON.stringify(file));
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringContaining("cardDrafts") });
    expect(store.getState().cardDrafts[CARD]?.text).toBe("mine");
    expect(storage.snapshot().cardDrafts?.[CARD]?.text).toBe("mine");
  });

  it("an import never replaces a different answer being typed here: both are kept until the user chooses, across a reload", async () => {
    const { store, storage, tick } = setup();
    store.getState().saveCardDraft(CARD, "typed here");
    await settle();
    const file = JSON.parse(store.getState().exportProgress());
    file.cardDrafts[CARD] = { cardId: CARD, text: "typed on the laptop", updatedAt: T0 + DAY };
    tick(2 * DAY);
    const outcome = await store.getState().importProgress(JSON.stringify(file));
    expect(outcome.ok && outcome.message).toMatch(
      /1 unrecorded card answer in the file differ from this device's \(fixture-bias-variance\): both are kept/,
    );
    expect(store.getState().cardDrafts[CARD]?.text).toBe("typed here");
    expect(storage.snapshot().cardDrafts?.[CARD]?.text).toBe("typed here");
    expect(store.getState().cardDraftConflicts).toMatchObject([
      { cardId: CARD, mine: { text: "typed here" }, theirs: { text: "typed on the laptop" } },
    ]);

    const reload = async () => {
      const page = createAppStore({
        catalog: { challenges: [], problems: [] },
        runner,
        storage,
        now: () => T0 + 3 * DAY,
      });
      await page.getState().loadSaved();
      return page;
    };
    const reloaded = await reload();
    expect(reloaded.getState().cardDrafts[CARD]?.text).toBe("typed here");
    expect(reloaded.getState().cardDraftConflicts).toHaveLength(1);
    await reloaded.getState().resolveCardDraftConflict(CARD, "theirs");
    expect(reloaded.getState().cardDrafts[CARD]?.text).toBe("typed on the laptop");
    expect(storage.snapshot().cardDrafts?.[CARD]).toEqual({
      cardId: CARD,
      text: "typed on the laptop",
      updatedAt: T0 + 3 * DAY,
    });
    const after = await reload();
    expect(after.getState().cardDraftConflicts).toEqual([]);
    // importing the same file again offers nothing: the chosen answer is now the newer one
    await after.getState().importProgress(JSON.stringify(file));
    expect(after.getState().cardDraftConflicts).toEqual([]);
    expect(after.getState().cardDrafts[CARD]?.text).toBe("typed on the laptop");
  });

  it("keeping this device's answer in a conflict keeps what was typed here since the import", async () => {
    const { store, storage, tick } = setup();
    store.getState().saveCardDraft(CARD, "typed here");
    await settle();
    const file = JSON.parse(store.getState().exportProgress());
    file.cardDrafts[CARD] = { cardId: CARD, text: "typed on the laptop", updatedAt: T0 + DAY };
    tick(2 * DAY);
    await store.getState().importProgress(JSON.stringify(file));
    store.getState().saveCardDraft(CARD, "typed here, and more");
    await store.getState().resolveCardDraftConflict(CARD, "mine");
    expect(store.getState().cardDraftConflicts).toEqual([]);
    expect(storage.snapshot().cardDrafts?.[CARD]?.text).toBe("typed here, and more");
  });

  it("an answer typed in another tab reaches this one", async () => {
    const { store, storage } = setup();
    await storage.saveCardDraft({ cardId: CARD, text: "from the other tab", updatedAt: T0 });
    storage.simulateExternalChange({ kind: "cardDraft", cardId: CARD });
    await settle();
    expect(store.getState().cardDrafts[CARD]?.text).toBe("from the other tab");
  });
});

const CARD = "fixture-bias-variance";
const settle = () => new Promise((r) => setTimeout(r, 0));
