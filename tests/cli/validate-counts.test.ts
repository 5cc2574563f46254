// The minimum test counts: the catalogue's drills always need them; an existing unittest suite
// marked "imported" keeps its own size elsewhere, and an unmarked one is told how to mark it.
import { describe, expect, it } from "vitest";
import { testCountProblems } from "../../src/cli/validate";
import type { Challenge, TestsConfig } from "../../src/domain/challenge";

const drill = (source: string, tests: TestsConfig) => ({ source, tests }) as Challenge;
const imported: TestsConfig = { kind: "unittest", file: "test_x.py", samples: ["test_a"], imported: true };

describe("minimum test counts", () => {
  it("keeps them for the catalogue's own drills, imported or not", () => {
    expect(testCountProblems(drill("challenges/python/x", imported), 1, 4)).toEqual({
      problem: "only 1 sample and 4 hidden tests: the catalogue's drills need at least 3 sample and 8 hidden tests",
    });
  });

  it("accepts a marked imported suite outside the catalogue, with a note", () => {
    expect(testCountProblems(drill("/home/me/drills/x", imported), 1, 4)).toEqual({
      note: "an imported suite of 1 sample and 4 hidden tests",
    });
  });

  it("says how to mark an unmarked short unittest suite; cases drills just need more tests", () => {
    const { imported: _, ...plain } = imported as Extract<TestsConfig, { kind: "unittest" }>;
    expect(testCountProblems(drill("/home/me/drills/x", plain), 1, 4).problem).toMatch(/"imported": true\}$/);
    expect(testCountProblems(drill("/home/me/drills/x", { kind: "cases", file: "tests.py" }), 1, 4)).toEqual({
      problem: "only 1 sample and 4 hidden tests: give at least 3 sample and 8 hidden tests",
    });
    expect(testCountProblems(drill("challenges/python/x", { kind: "cases", file: "tests.py" }), 3, 8)).toEqual({});
  });
});
