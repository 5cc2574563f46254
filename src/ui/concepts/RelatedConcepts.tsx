import { cardsForDrill } from "../../store/cards-slice";
import { href } from "../router";
import { useCardIndex } from "./use-deck";
import "./related-concepts.css";

/** On a drill: the concept cards that list it, to say out loud what the code does. */
export function RelatedConcepts({ drillId }: { drillId: string }) {
  const cards = cardsForDrill(useCardIndex().cards, drillId);
  if (cards.length === 0) return null;
  return (
    <aside className="related-concepts" aria-labelledby="related-concepts-heading">
      <h2 id="related-concepts-heading">Related concepts</h2>
      <ul>
        {cards.map((c) => (
          <li key={c.id}>
            <a href={href({ page: "concept", id: c.id })}>{c.title}</a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
