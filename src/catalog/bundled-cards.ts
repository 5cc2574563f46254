/** The cards shipped with the app: cards.json, parsed and checked at build time (scripts/vite-plugin-challenges.ts). */
import type { CardSummary } from "../domain/cards";
import type { CardDeck } from "./parse-card-deck";

export async function fetchCardDeck(base: URL): Promise<CardDeck> {
  const response = await fetch(new URL("cards.json", base));
  if (!response.ok) throw new Error(`the concept cards could not be loaded (${response.status})`);
  const deck = (await response.json()) as Partial<CardDeck>;
  if (!Array.isArray(deck.cards)) throw new Error("the concept cards file is damaged");
  return { cards: deck.cards, problems: deck.problems ?? [] };
}

/** cards-index.json: every card without its answer sections, for lists and links. */
export async function fetchCardIndex(base: URL): Promise<CardSummary[]> {
  const response = await fetch(new URL("cards-index.json", base));
  if (!response.ok) throw new Error(`the concept cards could not be loaded (${response.status})`);
  const index = (await response.json()) as { cards?: unknown };
  if (!Array.isArray(index.cards)) throw new Error("the concept cards file is damaged");
  return index.cards as CardSummary[];
}
