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
    expect(await reloaded.getState().loadCardDraft(id)).toBe("bias is error from wrong assumptions");
    expect(await reloaded.getState().loadCardDraft("other-card")).toBe("something else");
    expect(await reloaded.getState().loadCardDraft("never-typed")).toBe("");

    const input = { text: "bias is error from wrong assumptions", aloud: false, elapsedMs: 1000 };
    reloaded.getState().answerCard(id, { ...input, pointsTicked: [], pointsTotal: 3 }, "good");
    await new Promise((r) => setTimeout(r, 0));
    expect(await store.getState().loadCardDraft(id)).toBe("");
    expect(await store.getState().loadCardDraft("other-card")).toBe("something else");
    // clearing the box forgets the draft too
    store.getState().saveCardDraft("other-card", "  ");
    await new Promise((r) => setTimeout(r, 0));
    expect(await storage.readMeta("cardDraft:other-card")).toBeUndefined();
  });
});
