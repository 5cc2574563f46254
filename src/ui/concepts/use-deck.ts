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
