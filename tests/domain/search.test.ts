import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/catalog/catalog";
import { readFolder } from "../../src/cli/load-challenges";
import type { Challenge } from "../../src/domain/challenge";
import { highlightParts, queryTerms, searchChallenges, snippet, termMatch } from "../../src/domain/search";

const folders = readdirSync("challenges", { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((track) =>
    readdirSync(`challenges/${track.name}`, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => readFolder(`challenges/${track.name}/${d.name}`)),
  );
const all: Challenge[] = buildCatalog(folders).challenges;
const ids = (query: string) => searchChallenges(all, query).map((h) => h.challenge.id);

describe("search", () => {
  it('"numpy" finds every NumPy drill, and they rank above drills that only mention it', () => {
    const numpy = all.filter((c) => c.track === "numpy").map((c) => c.id);
    expect(numpy.length).toBeGreaterThan(5);
    const found = ids("numpy");
    expect(found.slice(0, numpy.length).sort()).toEqual([...numpy].sort());
    expect(found.length).toBeGreaterThanOrEqual(numpy.length);
  });

  it("matches tags, packages and statement text, not only titles", () => {
    const tagged = all.find((c) => c.tags.length > 0) as Challenge;
    const tag = tagged.tags[0] as string;
    expect(ids(tag)).toContain(tagged.id);
    expect(ids("pandas")).toEqual(
      expect.arrayContaining(all.filter((c) => c.packages.includes("pandas")).map((c) => c.id)),
    );
  });

  it("ranks a title match first", () => {
    expect(ids("two sum")[0]).toBe("two-sum");
    expect(ids("merge intervals")[0]).toBe("merge-intervals");
  });

  it("needs every word to match somewhere", () => {
    expect(ids("two sum zzzunmatched")).toEqual([]);
  });

  it("an empty query keeps every drill in catalog order", () => {
    expect(ids("  ")).toEqual(all.map((c) => c.id));
  });

  it("scores a whole word above a word start above a match inside a word", () => {
    expect(termMatch("Top-K per row", "top")).toBe(1);
    expect(termMatch("Normalization", "normal")).toBe(0.7);
    expect(termMatch("denormalize", "normal")).toBe(0.35);
    expect(termMatch("abc", "x")).toBe(0);
  });

  it("splits a query into unique lower-case words", () => {
    expect(queryTerms('  NumPy, "top-k"  numpy ')).toEqual(["numpy", "top-k"]);
  });

  it("marks every occurrence of the words for highlighting", () => {
    expect(highlightParts("NumPy and numpy", ["numpy"])).toEqual([
      { text: "NumPy", match: true },
      { text: " and ", match: false },
      { text: "numpy", match: true },
    ]);
  });

  it("cuts a statement excerpt around the first mention", () => {
    const text = `# Title\n\n${"word ".repeat(60)}the needle is here ${"more ".repeat(60)}`;
    const s = snippet(text, ["needle"]) ?? "";
    expect(s).toContain("needle");
    expect(s.startsWith("…")).toBe(true);
    expect(s.endsWith("…")).toBe(true);
    expect(snippet("nothing", ["needle"])).toBeNull();
  });
});
