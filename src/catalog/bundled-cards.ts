/** The cards shipped with the app: cards.json, parsed and checked at build time (scripts/vite-plugin-challenges.ts). */
import type { CardDeck } from "./parse-card-deck";

export async function fetchCardDeck(base: URL): Promise<CardDeck> {
  const response = await fetch(new URL("cards.json", base));
  if (!response.ok) throw new Error(`the concept cards could not be loaded (${response.status})`);
  const deck = (await response.json()) as Partial<CardDeck>;
  if (!Array.isArray(deck.cards)) throw new Error("the concept cards file is damaged");
  return { cards: deck.cards, problems: deck.problems ?? [] };
}
