import { useEffect } from "react";
import { useApp } from "../store-context";

/** The concept cards, fetched on first use (cards.json, precached for offline use). */
export function useDeck() {
  const deck = useApp((s) => s.deck);
  const error = useApp((s) => s.deckError);
  const load = useApp((s) => s.loadDeck);
  useEffect(() => {
    if (!deck) void load();
  }, [deck, load]);
  return { deck, error, retry: load };
}

/** The cards without their answers (cards-index.json), for lists and links; fetched on first use. */
export function useCardIndex(wanted = true) {
  const cards = useApp((s) => s.cardIndex);
  const error = useApp((s) => s.cardIndexError);
  const load = useApp((s) => s.loadCardIndex);
  useEffect(() => {
    if (wanted && !cards) void load();
  }, [wanted, cards, load]);
  return { cards, error, retry: load };
}
