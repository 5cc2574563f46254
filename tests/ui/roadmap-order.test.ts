import { describe, expect, it } from "vitest";
import type { Challenge } from "../../src/domain/challenge";
import type { DrillProgress } from "../../src/domain/progress";
import { nextDrill, roadmapOrder } from "../../src/ui/common/roadmap-order";

const drill = (id: string, stage: Challenge["stage"]) => ({ id, stage }) as Challenge;
const solved = (id: string) => ({ challengeId: id, status: "solved" }) as DrillProgress;
// the catalog lists tracks alphabetically, so a later stage can come first
const catalog = [
  drill("conv", "deep-learning"),
  drill("a", "python-basics"),
  drill("b", "python-basics"),
  drill("c", "data-handling"),
];

describe("the roadmap order and the next drill after a solve", () => {
  it("orders drills by stage, keeping the catalog's order within a stage", () => {
    expect(roadmapOrder(catalog).map((c) => c.id)).toEqual(["a", "b", "c", "conv"]);
  });

  it("suggests the next unsolved drill along the roadmap, wrapping round, or none when all are solved", () => {
    expect(nextDrill(catalog, { a: solved("a") }, "a")?.id).toBe("b");
    expect(nextDrill(catalog, { a: solved("a"), b: solved("b") }, "a")?.id).toBe("c");
    expect(nextDrill(catalog, { b: solved("b"), c: solved("c") }, "conv")?.id).toBe("a");
    const all = Object.fromEntries(catalog.map((c) => [c.id, solved(c.id)]));
    expect(nextDrill(catalog, all, "b")).toBeNull();
  });
});
