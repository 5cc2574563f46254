import { describe, expect, it } from "vitest";
import type { Challenge } from "../../src/domain/challenge";
import { sampleCases } from "../../src/ui/drill/sample-cases";

const drill = (tests: Challenge["tests"], source = "") =>
  ({ entry: "two_sum", tests, testFiles: { "tests.py": source } }) as unknown as Challenge;

describe("the sample tests listed before the first run", () => {
  it("reads sample case() calls with their inputs, expected values and names, in file order", () => {
    const source = `from drill import case
CASES = [
    case([2, 7, 11, 15], 9, expected=[0, 1], sample=True),
    case([3, 2, 4], 6,
         expected=[1, 2], sample=True),  # a comment, (with a paren
    case([1, 2, 3], 7, expected=[], sample=True, name="no pair, at all"),
    case([], 0, expected=[], name="hidden: empty"),
    case("a, (b", 1, expected=[], sample=True),
]
`;
    expect(sampleCases(drill({ kind: "cases", file: "tests.py" }, source))).toEqual([
      { name: "case 1", input: "two_sum([2, 7, 11, 15], 9)", expected: "[0, 1]" },
      { name: "case 2", input: "two_sum([3, 2, 4], 6)", expected: "[1, 2]" },
      { name: "no pair, at all", input: "two_sum([1, 2, 3], 7)", expected: "[]" },
      { name: "case 5", input: 'two_sum("a, (b", 1)', expected: "[]" },
    ]);
  });

  it("shows helper calls as written, naming them by their label", () => {
    const source = `CASES = [dataset_case(0.77, "600 customers", sample=True, seed=1), dataset_case(0.5, "hidden")]`;
    expect(sampleCases(drill({ kind: "cases", file: "tests.py" }, source))).toEqual([
      { name: "600 customers", input: "dataset_case(0.77, seed=1)", expected: null },
    ]);
  });

  it("lists unittest sample methods by name", () => {
    const tests = { kind: "unittest" as const, file: "test_x.py", samples: ["BowlingTest.test_gutter_game"] };
    expect(sampleCases(drill(tests))).toEqual([{ name: "test gutter game", input: null, expected: null }]);
  });
});
