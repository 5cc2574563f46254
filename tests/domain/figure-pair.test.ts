// What the page accepts as a visualisation drill's figures: base64 PNG data URLs only, so nothing
// the worker sends can be a script, an SVG with its own code, or a link elsewhere.
import { describe, expect, it } from "vitest";
import { checkedFigures, isPngDataUrl } from "../../src/domain/results";

const PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";

describe("figures from the worker", () => {
  it("accepts a base64 PNG data URL and nothing else", () => {
    expect(isPngDataUrl(PNG)).toBe(true);
    for (const bad of [
      "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=",
      "javascript:alert(1)",
      "https://example.com/figure.png",
      "data:image/png;base64,R0lGODlhAQABAAAAACw=", // a GIF's bytes under a PNG label
      `${PNG}"><script>`,
      `data:image/png;base64,iVBORw0KGgo${"A".repeat(1_400_000)}`,
      42,
      null,
    ])
      expect(isPngDataUrl(bad)).toBe(false);
  });

  it("keeps a pair's PNGs, drops anything else, and drops a pair with no PNG at all", () => {
    expect(checkedFigures({ testId: "case-1", actual: PNG, expected: PNG })).toEqual({
      testId: "case-1",
      actual: PNG,
      expected: PNG,
    });
    expect(checkedFigures({ testId: "case-2", actual: "javascript:alert(1)", expected: PNG })).toEqual({
      testId: "case-2",
      actual: null,
      expected: PNG,
    });
    expect(checkedFigures({ testId: "case-3", actual: null, expected: "x" })).toBeUndefined();
    expect(checkedFigures({ actual: PNG, expected: PNG })).toBeUndefined();
    expect(checkedFigures("figures")).toBeUndefined();
  });
});
