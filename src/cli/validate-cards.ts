/** The concept cards and behavioural prompts on disk: read, checked as a deck against the drills, counted. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { buildCardDeck, type CardDeck, type CardFile } from "../catalog/parse-card-deck";
import { BEHAVIOURAL_STAGE } from "../domain/cards";
import { STAGES } from "../domain/challenge";
import { CHALLENGES_DIR } from "./paths";

/** The folder under challenges/ that holds cards, not drills. */
export const CONCEPTS_FOLDER = "concepts";

/** Every .md file under <root>/concepts/<stage>/, with its repository-style path. */
export function readCardFiles(root = CHALLENGES_DIR): CardFile[] {
  const dir = path.join(root, CONCEPTS_FOLDER);
  if (!existsSync(dir)) return [];
  const files: CardFile[] = [];
  for (const stage of readdirSync(dir).sort()) {
    const stageDir = path.join(dir, stage);
    if (!statSync(stageDir).isDirectory()) continue;
    for (const name of readdirSync(stageDir).sort()) {
      const full = path.join(stageDir, name);
      if (!name.endsWith(".md") || !statSync(full).isFile()) continue;
      files.push({ source: `challenges/${CONCEPTS_FOLDER}/${stage}/${name}`, text: readFileSync(full, "utf8") });
    }
  }
  return files;
}

export function loadCardDeck(drillIds: ReadonlySet<string>, root = CHALLENGES_DIR): CardDeck {
  return buildCardDeck(readCardFiles(root), drillIds);
}

export interface CardCounts {
  /** Concept cards per stage id, every stage listed. */
  byStage: Record<string, number>;
  concepts: number;
  behavioural: number;
  /** Behavioural prompts per area. */
  byArea: Record<string, number>;
  /** Q1..Q10 covered by a card. */
  roadmap: string[];
}

export function countCards(deck: CardDeck): CardCounts {
  const byStage: Record<string, number> = Object.fromEntries(STAGES.map((s) => [s.id, 0]));
  const byArea: Record<string, number> = {};
  for (const c of deck.cards) {
    if (c.stage === BEHAVIOURAL_STAGE) byArea[c.area ?? "?"] = (byArea[c.area ?? "?"] ?? 0) + 1;
    else byStage[c.stage] = (byStage[c.stage] ?? 0) + 1;
  }
  const behavioural = deck.cards.filter((c) => c.kind === "behavioural").length;
  const roadmap = deck.cards
    .map((c) => c.roadmap)
    .filter((q): q is string => q !== null)
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  return { byStage, concepts: deck.cards.length - behavioural, behavioural, byArea, roadmap };
}

/** The `drill cards` report lines; the last one is the summary. */
export function cardReportLines(deck: CardDeck): string[] {
  const counts = countCards(deck);
  const lines = deck.problems.map((p) => `INVALID ${p.file}: ${p.field}: ${p.message}`);
  lines.push(
    `concept cards: ${counts.concepts} (${Object.entries(counts.byStage)
      .map(([s, n]) => `${s} ${n}`)
      .join(", ")})`,
    `behavioural prompts: ${counts.behavioural} (${
      Object.entries(counts.byArea)
        .map(([a, n]) => `${a} ${n}`)
        .join(", ") || "none"
    })`,
    `roadmap questions covered: ${counts.roadmap.length} of 10${counts.roadmap.length ? ` (${counts.roadmap.join(", ")})` : ""}`,
    `cards: ${deck.cards.length} valid, ${new Set(deck.problems.map((p) => p.file)).size} invalid`,
  );
  return lines;
}
