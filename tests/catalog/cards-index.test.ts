// The build's cards-index.json: every valid card, without the answer sections a list or a drill page never shows.
import { describe, expect, it } from "vitest";
import { cardDeck, cardsIndexJson, readChallengeFiles } from "../../scripts/vite-plugin-challenges";
import { CARD_SUMMARY_KEYS } from "../../src/domain/cards";

describe("cards-index.json", () => {
  const deck = cardDeck(["challenges"], readChallengeFiles(["challenges"]));
  const full = JSON.stringify(deck);
  const index = JSON.parse(cardsIndexJson(deck)) as { cards: Record<string, unknown>[] };

  it("lists every card of cards.json with only the summary fields", () => {
    expect(index.cards.map((c) => c.id)).toEqual(deck.cards.map((c) => c.id));
    expect(index.cards.length).toBeGreaterThanOrEqual(150);
    for (const card of index.cards) expect(Object.keys(card).sort()).toEqual([...CARD_SUMMARY_KEYS].sort());
    const source = deck.cards.find((c) => c.drills.length > 0);
    expect(index.cards.find((c) => c.id === source?.id)).toMatchObject({
      title: source?.title,
      drills: source?.drills,
      question: source?.question,
    });
  });

  it("is a small fraction of cards.json", () => {
    expect(cardsIndexJson(deck).length).toBeLessThan(full.length / 4);
  });
});
