// The card pages' routes: a card by id, the index (with a stage filter after "?"), the story bank.
import { describe, expect, it } from "vitest";
import { href, parseRoute } from "../../src/ui/router";

describe("concept routes", () => {
  it("parses and builds the concept, concepts and stories routes", () => {
    expect(parseRoute("#/concepts")).toEqual({ page: "concepts" });
    expect(parseRoute("#/concepts?stage=core-ml")).toEqual({ page: "concepts" });
    expect(parseRoute("#/concepts/bias-variance")).toEqual({ page: "concept", id: "bias-variance" });
    expect(parseRoute("#/stories")).toEqual({ page: "stories" });
    expect(href({ page: "concept", id: "a b" })).toBe("#/concepts/a%20b");
    expect(parseRoute(href({ page: "concept", id: "a b" }))).toEqual({ page: "concept", id: "a b" });
    expect(href({ page: "stories" })).toBe("#/stories");
  });
});
