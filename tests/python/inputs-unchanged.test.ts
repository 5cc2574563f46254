// INPUTS_UNCHANGED: where a statement says "do not modify the inputs", a solution that changes its
// arguments in place fails, naming the argument; plain Python in Pyodide and natively, NumPy and
// pandas natively (no wheels for Pyodide here).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PythonRunner } from "../../src/runner/python-runner";
import { grade, py, type Runtime, startRunner } from "../support/grading";

const LISTS = py`
  from drill import case
  INPUTS_UNCHANGED = True
  CASES = [
      case([3, 1, 2], expected=[1, 2, 3], sample=True),
      case([2.0, 1.0, float("nan")], kwargs={"key": None}, compare="close", sample=True),
  ]
`;
/** An object equal to anything: put into an input, it must count as a change, never be trusted. */
const LIAR =
  "class Same:\n    def __eq__(self, other):\n        return True\n    def __hash__(self):\n        return 0\n";
const SORTED = "def solve(xs, key=None):\n    return sorted(xs, key=key)\n";
const IN_PLACE = "def solve(items, key=None):\n    items.sort(key=key)\n    return items\n";

describe.each<Runtime>(["pyodide", "native"])("inputs unchanged in %s", (runtime) => {
  let runner: PythonRunner;
  beforeAll(() => {
    runner = startRunner(runtime);
  });
  afterAll(() => runner.dispose());
  const run = (code: string, tests = LISTS) => grade(runner, { tests, reference: SORTED, code });

  it("fails a list sorted in place, naming the argument and what changed", async () => {
    const r = await run(IN_PLACE);
    const first = r.results[0];
    expect(first?.status).toBe("fail");
    expect(first?.message).toBe(
      "Your function changed its argument `items` (element [0]: 3 -> 1); " +
        "the statement asks you not to modify the inputs: work on a copy.",
    );
  });

  it("passes a call that leaves its inputs alone, NaN included", async () => {
    const r = await run("def solve(xs, key=None):\n    ys = list(xs)\n    ys.sort(key=key)\n    return ys\n");
    expect(r.results.map((t) => t.status)).toEqual(["pass", "pass"]);
  });

  it("grades as before when the flag is off, module-wide or for one case", async () => {
    const off = LISTS.replace("INPUTS_UNCHANGED = True", "INPUTS_UNCHANGED = False");
    expect((await run(IN_PLACE, off)).results.map((t) => t.status)).toEqual(["pass", "pass"]);
    const oneCase = LISTS.replace("expected=[1, 2, 3],", "expected=[1, 2, 3], inputs_unchanged=False,");
    expect((await run(IN_PLACE, oneCase)).results.map((t) => t.status)).toEqual(["pass", "fail"]);
  });

  it("names a keyword argument changed in place", async () => {
    const tests = py`
      from drill import case
      INPUTS_UNCHANGED = True
      CASES = [case([1], kwargs={"extra": {"a": 1}}, expected=1, sample=True)]
    `;
    const r = await grade(runner, {
      tests,
      reference: "def solve(xs, extra):\n    return len(xs)\n",
      code: "def solve(xs, extra):\n    extra['a'] = 2\n    return len(xs)\n",
    });
    expect(r.results[0]?.message).toMatch(/^Your function changed its argument `extra` \(element \['a'\]: 1 -> 2\)/);
  });

  it("fails an argument given an object that lies in __eq__, without trusting it", async () => {
    const code =
      LIAR +
      py`
      def solve(xs, key=None):
          out = sorted(xs, key=key)
          xs[0] = Same()
          return out
    `;
    const r = await run(code);
    expect(r.results.map((t) => t.status)).toEqual(["fail", "fail"]);
    expect(r.results[0]?.message).toMatch(/changed its argument `xs` \(element \[0\] is a .*Same object\)/);
  });

  it("finds a change deep in rows of numbers, and a row given an object that lies in __eq__", async () => {
    // rows of plain numbers are compared at C speed; anything else falls back to the full comparison
    const tests = py`
      from drill import case
      INPUTS_UNCHANGED = True
      CASES = [case([(1, 2), (3, 4), (5, 6)], [[0.5, 1.5], [2.5, 3.5]], sample=True)]
    `;
    const reference = "def solve(pairs, grid):\n    return len(pairs) + len(grid)\n";
    const changes = {
      "pairs[2] = (5, 7)": /`pairs` \(element \[2\]\[1\]: 6 -> 7\)/,
      "grid[1][0] = 9.5": /`grid` \(element \[1\]\[0\]: 2\.5 -> 9\.5\)/,
      "grid[0][1] = Same()": /`grid` \(element \[0\]\[1\] is a .*Same object\)/,
      "pairs.append((7, 8))": /`pairs`/,
    };
    for (const [change, message] of Object.entries(changes)) {
      const code =
        LIAR +
        py`
        def solve(pairs, grid):
            n = len(pairs) + len(grid)
            ${change}
            return n
      `;
      const r = await grade(runner, { tests, reference, code });
      expect(r.results[0]?.status, change).toBe("fail");
      expect(r.results[0]?.message, change).toMatch(message);
    }
    const untouched = await grade(runner, { tests, reference, code: reference });
    expect(untouched.results[0]?.status).toBe("pass");
  });

  it("still reports an error when the function raises after changing its input", async () => {
    const r = await run("def solve(xs, key=None):\n    xs.append(0)\n    raise ValueError('no')\n");
    expect(r.results[0]?.status).toBe("error");
  });
});

describe("inputs unchanged with NumPy and pandas (native)", () => {
  let runner: PythonRunner;
  beforeAll(() => {
    runner = startRunner("native");
  });
  afterAll(() => runner.dispose());

  const ARRAYS = py`
    import numpy as np
    from drill import case
    COMPARE = "ndarray"
    INPUTS_UNCHANGED = True
    CASES = [case(np.array([[0.5, 0.5], [1.0, np.nan]]), 0.25, sample=True)]
  `;
  const arrays = (code: string) =>
    grade(runner, {
      tests: ARRAYS,
      reference: "def solve(weights, lr):\n    return weights - lr\n",
      code,
      packages: ["numpy"],
    });

  it("fails an array changed in place, naming the element", async () => {
    const r = await arrays(
      "def solve(weights, lr):\n    weights[0, 1] -= lr\n    return weights - [[lr, 0], [lr, lr]]\n",
    );
    expect(r.results[0]?.status).toBe("fail");
    expect(r.results[0]?.message).toBe(
      "Your function changed its argument `weights` (element [0, 1]: 0.5 -> 0.25); " +
        "the statement asks you not to modify the inputs: work on a copy.",
    );
  });

  it("passes an array left alone, NaN included, even when the result is a view", async () => {
    const r = await arrays("def solve(weights, lr):\n    out = weights - lr\n    return out\n");
    expect(r.results[0]?.status).toBe("pass");
  });

  it("passes inputs holding NumPy scalars left alone, and fails one changed", async () => {
    const tests = py`
      import numpy as np
      from drill import case
      INPUTS_UNCHANGED = True
      CASES = [case({"a": [np.float64(0.5), np.int64(2)]}, sample=True)]
    `;
    const reference = "def solve(cols):\n    return sum(float(v) for v in cols['a'])\n";
    const kept = await grade(runner, { tests, reference, code: reference, packages: ["numpy"] });
    expect(kept.results[0]?.status).toBe("pass");
    const code = "def solve(cols):\n    cols['a'][0] *= 2\n    return 2.5\n";
    const changed = await grade(runner, { tests, reference, code, packages: ["numpy"] });
    expect(changed.results[0]?.message).toMatch(
      /^Your function changed its argument `cols` \(element \['a'\]\[0\]: 0\.5 -> 1\.0\)/,
    );
  });

  it("fails a DataFrame given a new column, and passes one left alone", async () => {
    const tests = py`
      import pandas as pd
      from drill import case
      COMPARE = "frame"
      INPUTS_UNCHANGED = True
      CASES = [case(pd.DataFrame({"x": [1.0, float("nan")]}), sample=True)]
    `;
    const reference = "def solve(df):\n    return df.assign(y=df['x'] * 2)\n";
    const changed = await grade(runner, {
      tests,
      reference,
      code: "def solve(df):\n    df['y'] = df['x'] * 2\n    return df\n",
      packages: ["numpy", "pandas"],
    });
    expect(changed.results[0]?.status).toBe("fail");
    expect(changed.results[0]?.message).toMatch(/^Your function changed its argument `df` \(columns: .*'y'/);
    const kept = await grade(runner, { tests, reference, code: reference, packages: ["numpy", "pandas"] });
    expect(kept.results[0]?.status).toBe("pass");
  });

  // a frame left alone is told apart column by column at C speed; anything else takes the full comparison
  const FRAMES = py`
    import numpy as np
    import pandas as pd
    from drill import case
    COMPARE = "frame"
    INPUTS_UNCHANGED = True
    INDEX = pd.MultiIndex.from_tuples([("a", 1), ("a", 2), ("b", 1)], names=["k", "n"])
    FRAME = pd.DataFrame({"name": pd.Series(["x", None, "z"], dtype="str", index=INDEX),
                          "tags": pd.Series([[np.str_("p"), "q"], None, []], dtype="object", index=INDEX),
                          "n": [1, 2, 3], "v": [0.5, np.nan, 2.0]}, index=INDEX)
    CASES = [case(FRAME, sample=True)]
  `;
  const frames = (change: string) =>
    grade(runner, {
      tests: FRAMES,
      reference: "def solve(df):\n    return df.copy()\n",
      code: `class Same:\n    def __eq__(self, other):\n        return True\n    def __hash__(self):\n        return 0\n\ndef solve(df):\n    out = df.copy()\n    ${change}\n    return out\n`,
      packages: ["numpy", "pandas"],
    });

  it("passes a frame of strings, lists of NumPy strings, NaN and a MultiIndex left alone", async () => {
    expect((await frames("pass")).results[0]?.status).toBe("pass");
  });

  it.each([
    ["a string cell", 'df.iloc[0, 0] = "y"'],
    ["a number cell", "df.iloc[1, 2] = 7"],
    ["NaN filled", "df.iloc[1, 3] = 0.0"],
    ["a cell made an object equal to anything", 'df["tags"] = [Same(), None, []]'],
    ["an index label", 'df.index = df.index.set_levels(["a", "c"], level=0)'],
    ["a column renamed", 'df.rename(columns={"v": "w"}, inplace=True)'],
    ["a column's dtype", 'df["n"] = df["n"].astype("float64")'],
  ])("fails a frame with %s changed in place", async (_, change) => {
    const r = await frames(change);
    expect(r.results[0]?.status, change).toBe("fail");
    expect(r.results[0]?.message, change).toMatch(/^Your function changed its argument `df`/);
  });
});
