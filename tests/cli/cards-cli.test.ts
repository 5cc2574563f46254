// `drill cards` and `drill list --json` over the repository's real cards, and over a broken card.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCardDeck } from "../../src/catalog/parse-card-deck";
import { loadCatalog } from "../../src/cli/load-challenges";
import { readCardFiles } from "../../src/cli/validate-cards";
import { tsx } from "../support/tsx";

function drill(...args: string[]) {
  const r = spawnSync(...tsx("src/cli/drill.ts", ...args), { encoding: "utf8", timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("drill cards", () => {
  it("checks every card of the repository and counts them per stage; list --json reports the counts", () => {
    const r = drill("cards", "--json");
    const report = JSON.parse(r.out);
    expect(report.problems).toEqual([]);
    expect(r.code).toBe(0);
    expect(Object.keys(report.byStage)).toEqual([
      "python-basics",
      "data-handling",
      "core-ml",
      "deep-learning",
      "advanced-ai",
      "end-to-end",
    ]);
    const list = JSON.parse(drill("list", "--json").out);
    expect(list.cards.concepts).toBe(report.concepts);
    expect(list.cards.behavioural).toBe(report.behavioural);
    // the concepts folder is not a track: no drill comes from it
    expect(list.challenges.some((c: { id: string }) => c.id === "concepts")).toBe(false);
  });

  it("the drill loader skips challenges/concepts, so cards never show up as broken drills", () => {
    expect(loadCatalog().problems.filter((p) => p.file.includes("/concepts/"))).toEqual([]);
  });

  it("names the file and field of a broken card and leaves only that card out", () => {
    const root = mkdtempSync(path.join(tmpdir(), "cards-"));
    cpSync("tests/fixtures/concepts", path.join(root, "concepts"), { recursive: true });
    const file = path.join(root, "concepts", "core-ml", "fixture-bias-variance.md");
    writeFileSync(
      file,
      spawnSync("cat", ["tests/fixtures/concepts/core-ml/fixture-bias-variance.md"], {
        encoding: "utf8",
      }).stdout.replace("tags:", "colour: blue\ntags:"),
    );
    const deck = buildCardDeck(readCardFiles(root), new Set(["two-sum"]));
    expect(deck.problems).toEqual([
      expect.objectContaining({
        file: "challenges/concepts/core-ml/fixture-bias-variance.md",
        field: "colour",
      }),
    ]);
    expect(deck.cards.map((c) => c.id)).toEqual(["fixture-disagreement"]);
  });
});
