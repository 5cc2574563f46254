/** All cards checked as a set: unique ids (also against drills), related drills exist, each roadmap question once. */
import type { ConceptCard } from "../domain/cards";
import { CardFormatError, type CardProblem, parseCard } from "./parse-card";

export interface CardFile {
  /** "challenges/concepts/<stage>/<id>.md" */
  source: string;
  text: string;
}

export interface CardDeck {
  cards: ConceptCard[];
  problems: CardProblem[];
}

/** Parse every file; a broken card is reported and left out, the rest still load. */
export function buildCardDeck(files: readonly CardFile[], drillIds: ReadonlySet<string>): CardDeck {
  const cards: ConceptCard[] = [];
  const problems: CardProblem[] = [];
  const seen = new Map<string, string>();
  const roadmap = new Map<string, string>();
  for (const file of [...files].sort((a, b) => a.source.localeCompare(b.source))) {
    let card: ConceptCard;
    try {
      card = parseCard(file.source, file.text);
    } catch (e) {
      if (!(e instanceof CardFormatError)) throw e;
      problems.push(...e.problems);
      continue;
    }
    const fail = (field: string, message: string) => problems.push({ file: file.source, field, message });
    const before = problems.length;
    const first = seen.get(card.id);
    if (first) fail("id", `duplicate id "${card.id}" (also used by ${first})`);
    else seen.set(card.id, file.source);
    if (drillIds.has(card.id)) fail("id", `"${card.id}" is also a drill id`);
    for (const d of card.drills) if (!drillIds.has(d)) fail("drills", `"${d}" is not the id of an existing drill`);
    if (card.roadmap) {
      const other = roadmap.get(card.roadmap);
      if (other) fail("roadmap", `${card.roadmap} is already covered by ${other}`);
      else roadmap.set(card.roadmap, file.source);
    }
    if (problems.length === before) cards.push(card);
  }
  return { cards, problems };
}
