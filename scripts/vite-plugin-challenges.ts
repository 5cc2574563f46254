/**
 * The drills are data, not code: every file under challenges/<track>/<id>/ goes into one
 * challenges.json asset (served fresh by the dev server), which the app fetches and parses.
 * The concept cards (challenges/concepts/<stage>/<id>.md) are parsed here and go into cards.json,
 * fetched only when a card page needs them; cards-index.json (no answer sections) serves the lists, the
 * drill page's "Related concepts", the review queue and mock interviews.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import { buildCardDeck, type CardDeck, type CardFile } from "../src/catalog/parse-card-deck.ts";
import { cardSummary } from "../src/domain/cards.ts";

export const CHALLENGES_ASSET = "challenges.json";
export const CARDS_ASSET = "cards.json";
export const CARDS_INDEX_ASSET = "cards-index.json";
const CONCEPTS = "concepts";

/** "challenges/<track>/<id>/<file>" -> text, for each root (the e2e-offline build adds its fixtures). */
export function readChallengeFiles(roots: string[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const root of roots) {
    for (const track of readdirSync(root)) {
      const trackDir = path.join(root, track);
      if (track === CONCEPTS || !statSync(trackDir).isDirectory()) continue;
      for (const id of readdirSync(trackDir)) {
        const dir = path.join(trackDir, id);
        if (!statSync(dir).isDirectory()) continue;
        for (const name of readdirSync(dir)) {
          const file = path.join(dir, name);
          if (statSync(file).isFile()) files[`challenges/${track}/${id}/${name}`] = readFileSync(file, "utf8");
        }
      }
    }
  }
  return files;
}

/** The cards of every root, parsed and checked against the drills; broken cards are left out (`drill cards` names them). */
export function cardDeck(roots: string[], drillFiles: Record<string, string>): CardDeck {
  const files: CardFile[] = [];
  for (const root of roots) {
    const dir = path.join(root, CONCEPTS);
    if (!existsSync(dir)) continue;
    for (const stage of readdirSync(dir)) {
      const stageDir = path.join(dir, stage);
      if (!statSync(stageDir).isDirectory()) continue;
      for (const name of readdirSync(stageDir)) {
        if (!name.endsWith(".md")) continue;
        files.push({
          source: `challenges/${CONCEPTS}/${stage}/${name}`,
          text: readFileSync(path.join(stageDir, name), "utf8"),
        });
      }
    }
  }
  const drillIds = new Set(Object.keys(drillFiles).map((f) => f.split("/")[2] as string));
  return buildCardDeck(files, drillIds);
}

/** The cards without their answers, for lists and links: what a drill page fetches for "Related concepts". */
export function cardsIndexJson(deck: CardDeck): string {
  return JSON.stringify({ cards: deck.cards.map(cardSummary) });
}

export function challengesData(roots: () => string[]): Plugin {
  const both = () => {
    const files = readChallengeFiles(roots());
    const deck = cardDeck(roots(), files);
    return { challenges: JSON.stringify(files), cards: JSON.stringify(deck), cardsIndex: cardsIndexJson(deck) };
  };
  return {
    name: "drill-challenges",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? "").split("?")[0];
        const asset =
          url === `${server.config.base}${CHALLENGES_ASSET}`
            ? "challenges"
            : url === `${server.config.base}${CARDS_ASSET}`
              ? "cards"
              : url === `${server.config.base}${CARDS_INDEX_ASSET}`
                ? "cardsIndex"
                : null;
        if (!asset) return next();
        res.setHeader("Content-Type", "application/json");
        res.end(both()[asset]);
      });
    },
    generateBundle() {
      const data = both();
      this.emitFile({ type: "asset", fileName: CHALLENGES_ASSET, source: data.challenges });
      this.emitFile({ type: "asset", fileName: CARDS_ASSET, source: data.cards });
      this.emitFile({ type: "asset", fileName: CARDS_INDEX_ASSET, source: data.cardsIndex });
    },
  };
}
