// The NumPy and pandas comparators explain differences in words. Run natively (numpy 2.4, pandas 3.0)
// and, when a folder of verified Pyodide wheels is given (PYODIDE_PACKAGES_DIR), in Pyodide too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nativeFactory } from "../../src/cli/native-python-port";
import { pyodideThreadFactory } from "../../src/cli/node-pyodide-port";
import { PYODIDE_DIR } from "../../src/cli/paths";
import { PythonRunner } from "../../src/runner/python-runner";
import { grade, py } from "../support/grading";

const wheels = process.env.PYODIDE_PACKAGES_DIR;
const runtimes: [string, () => PythonRunner][] = [
  ["native", () => new PythonRunner(nativeFactory(), { indexURL: `${PYODIDE_DIR}/` })],
];
if (wheels) {
  runtimes.push([
    "pyodide",
    () => new PythonRunner(pyodideThreadFactory(), { indexURL: `${PYODIDE_DIR}/`, packageCacheDir: wheels }),
  ]);
}

const ARRAYS = py`
  import numpy as np
  from drill import case
  COMPARE = {"name": "ndarray", "atol": 1e-6}
  CASES = [
      case(np.array([[1.0, 2.0], [3.0, np.nan]]), sample=True),
      case(np.array([1, 2, 3]), sample=True, name="ints"),
  ]
`;
const FRAMES = py`
  import numpy as np
  import pandas as pd
  from drill import case
  df = pd.DataFrame({"city": ["a", "b", "a", "c"], "sales": [1.5, 2.0, 2.5, np.nan]})
  CASES = [
      case(df, compare={"name": "frame", "ignore_row_order": True}, sample=True, name="any row order"),
      case(df, compare="frame", sample=True, name="exact order"),
  ]
`;
const FRAME_REF = py`
  def solve(df):
      out = df.groupby("city", as_index=False)["sales"].sum(min_count=1)
      return out
`;

// 300,000 rows x 8 columns of every common kind, with missing values; the index is even numbers.
const BIG = py`
  import numpy as np
  import pandas as pd
  from drill import case
  COMPARE = "frame"
  n = 300_000
  big = pd.DataFrame({
      "id": pd.Series([f"k{i}" for i in range(n)], dtype="str"),
      "when": pd.Timestamp("2024-01-01") + pd.to_timedelta(np.arange(n), unit="min"),
      "x": np.arange(n) / 4,
      "y": np.arange(n) * 1e6,
      "count": pd.array(np.arange(n) % 9, dtype="Int64"),
      "ok": np.arange(n) % 3 == 0,
      "tag": pd.Series(np.array(["a", "b", None], dtype=object)[np.arange(n) % 3], dtype=object),
      "small": np.arange(n) % 5,
  })
  big.index = np.arange(n) * 2
  big.loc[big.index[::7], "x"] = np.nan
  big.loc[big.index[::11], "count"] = pd.NA
  big.loc[big.index[::13], "when"] = pd.NaT
  CASES = [case(big, sample=True)]
`;
const BIG_SERIES = py`
  import numpy as np
  import pandas as pd
  from drill import case
  COMPARE = {"name": "series", "check_name": True}
  n = 300_000
  s = pd.Series(np.arange(n) / 8, index=pd.Index([f"r{i}" for i in range(n)], dtype="str"), name="v")
  CASES = [case(s, sample=True)]
`;
// Each case compares its argument, returned unchanged, with its expected value.
const EDGES = py`
  import numpy as np
  import pandas as pd
  from drill import case
  NAN, INF = float("nan"), float("inf")
  def f(**cols):
      return pd.DataFrame(cols)
  CASES = [
      case(f(x=[1.0 + 5e-8, 1e6 * (1 + 5e-8)]), expected=f(x=[1.0, 1e6]), sample=True, name="within rtol"),
      case(f(x=[1.0, 2.000001]), expected=f(x=[1.0, 2.0]), sample=True, name="beyond rtol"),
      case(f(x=[0.005, -0.009]), expected=f(x=[0.0, 0.0]), compare={"name": "frame", "atol": 0.01},
           sample=True, name="within atol"),
      case(f(x=[0.0, 0.02]), expected=f(x=[0.0, 0.0]), compare={"name": "frame", "atol": 0.01},
           sample=True, name="beyond atol"),
      case(f(x=[INF, -INF, 1.0]), expected=f(x=[INF, -INF, 1.0]), sample=True, name="infinities"),
      case(f(x=[INF, -INF]), expected=f(x=[INF, INF]), sample=True, name="opposite infinity"),
      case(f(x=[NAN, 1.0]), expected=f(x=[NAN, 1.0]), sample=True, name="NaN matches NaN"),
      case(f(x=[0.0, 1.0]), expected=f(x=[NAN, 1.0]), sample=True, name="a number where NaN is expected"),
      case(f(x=[NAN]), expected=f(x=[NAN]), compare={"name": "frame", "equal_nan": False},
           sample=True, name="equal_nan false"),
      case(f(o=["a", None, NAN]), expected=f(o=["a", NAN, None]), sample=True, name="None and NaN are both missing"),
      case(f(o=[1.0, "x", 2]), expected=f(o=[1, "x", 2.0]), sample=True, name="ints and floats mix in object cells"),
      case(f(o=[1, True]), expected=f(o=pd.Series([1, 1], dtype=object)), sample=True,
           name="True is not 1"),
      case(f(n=pd.array([1, None], dtype="Int64")), expected=f(n=[1.0, NAN]),
           compare={"name": "frame", "dtype": "any"}, sample=True, name="Int64 <NA> and float NaN with dtype any"),
      case(f(t=pd.to_datetime(["2024-01-01", None]).as_unit("s")),
           expected=f(t=pd.to_datetime(["2024-01-01", None])), sample=True, name="datetimes in other units, NaT"),
      case(f(x=[1, 2 + 10**-3]), expected=f(x=[1, 2]), sample=True, name="int against float column"),
  ]
`;

describe.each(runtimes)("comparators in %s", (_name, make) => {
  let runner: PythonRunner;
  beforeAll(() => {
    runner = make();
    void runner.start();
  });
  afterAll(() => runner.dispose());
  const arrays = (code: string) =>
    grade(runner, { tests: ARRAYS, reference: "def solve(a):\n    return a * 2\n", code, packages: ["numpy"] });
  const frames = (code: string) =>
    grade(runner, { tests: FRAMES, reference: FRAME_REF, code, packages: ["numpy", "pandas"] });

  it("passes equal arrays, NaN included, within tolerance", async () => {
    const r = await arrays("def solve(a):\n    return a * 2 + (1e-9 if a.dtype.kind == 'f' else 0)\n");
    expect(r.results.map((t) => t.status)).toEqual(["pass", "pass"]);
  });

  it("names a shape mismatch", async () => {
    const r = await arrays("def solve(a):\n    return (a * 2).ravel()\n");
    expect(r.results[0]?.diff).toBe("shape: expected (2, 2), got (4,)");
  });

  it("names a dtype-kind mismatch", async () => {
    const r = await arrays(
      "import numpy as np\ndef solve(a):\n    return (a * 2).astype(np.float32) if a.dtype.kind == 'i' else a * 2\n",
    );
    expect(r.results[1]?.diff).toBe("dtype: expected integer values (int64), got float values (float32)");
  });

  it("lists the positions that differ", async () => {
    const r = await arrays("def solve(a):\n    b = a * 2\n    b[0, 1] = 5\n    return b\n");
    expect(r.results[0]?.diff).toBe(
      "values: 1 of 4 differ (tolerance: absolute 1e-06, relative 1e-07)\n  at [0, 1]: expected 4.0, got 5.0",
    );
  });

  it("refuses an ndarray subclass and a plain list where an array is required", async () => {
    const sub = await arrays(
      "import numpy as np\nclass A(np.ndarray):\n    def __eq__(self, o): return True\ndef solve(a):\n    return (a * 2).view(A)\n",
    );
    expect(sub.results[0]?.message).toMatch(/A object, which cannot be checked/);
    const list = await arrays("def solve(a):\n    return (a * 2).tolist()\n");
    expect(list.results[1]?.diff).toMatch(/^result: expected a numpy.ndarray, got list/);
  });

  it("compares frames cell by cell, with row order ignored when asked", async () => {
    const ok = await frames(FRAME_REF);
    expect(ok.results.map((t) => t.status)).toEqual(["pass", "pass"]);
    const shuffled = await frames(`${FRAME_REF}\n_solve = solve\ndef solve(df):\n    return _solve(df).iloc[::-1]\n`);
    expect(shuffled.results.map((t) => t.status)).toEqual(["pass", "fail"]);
    expect(shuffled.results[1]?.diff).toMatch(/^index: expected \[0, 1, 2\], got \[2, 1, 0\]/);
  });

  it("describes missing columns and differing cells", async () => {
    const missing = await frames("def solve(df):\n    return df.groupby('city', as_index=False).size()\n");
    expect(missing.results[0]?.diff).toBe("columns: missing 'sales'; unexpected 'size'");
    const nan = await frames("def solve(df):\n    return df.groupby('city', as_index=False)['sales'].sum()\n");
    expect(nan.results[1]?.diff).toBe("column 'sales': 1 of 3 values differ\n  row 2: expected nan, got 0.0");
  });

  it("does not count comparing a large result against the candidate's time limit", async () => {
    const tests = py`
      import numpy as np
      import pandas as pd
      from drill import case
      COMPARE = {"name": "frame", "check_index": False}
      big = pd.DataFrame({c: np.arange(150_000, dtype=float) for c in "abcd"})
      CASES = [case(big, time_limit=0.5, sample=True)]
    `;
    const r = await grade(runner, {
      tests,
      reference: "def solve(df):\n    return df * 2\n",
      code: "def solve(df):\n    return df * 2\n",
      packages: ["numpy", "pandas"],
    });
    expect(r.results.map((t) => t.status)).toEqual(["pass"]);
  });

  it("keeps lazily imported NumPy submodules working from one test to the next", async () => {
    const tests = py`
      from drill import case
      CASES = [case(1, sample=True), case(2, sample=True), case(3, sample=True)]
    `;
    const code = py`
      import numpy as np
      def solve(x):
          if x == 1:
              return int(np.random.default_rng(0).integers(0, 1))
          return len(np.setdiff1d([1, 2, 3], [x]))
    `;
    const r = await grade(runner, { tests, reference: code, code, packages: ["numpy"] });
    expect(r.results.map((t) => t.status)).toEqual(["pass", "pass", "pass"]);
  });

  it("applies the close comparator's tolerances to arrays inside tuples", async () => {
    const tests = py`
      import numpy as np
      from drill import case
      COMPARE = {"name": "close", "abs_tol": 1e-3, "rel_tol": 1e-3}
      CASES = [case(1.0, sample=True)]
    `;
    const reference = "import numpy as np\ndef solve(x):\n    return (np.array([x]), x)\n";
    const near = "import numpy as np\ndef solve(x):\n    return (np.array([x + 5e-4]), x)\n";
    const far = "import numpy as np\ndef solve(x):\n    return (np.array([x + 5e-2]), x)\n";
    const ok = await grade(runner, { tests, reference, code: near, packages: ["numpy"] });
    expect(ok.results[0]?.status).toBe("pass");
    const bad = await grade(runner, { tests, reference, code: far, packages: ["numpy"] });
    expect(bad.results[0]?.status).toBe("fail");
  });
  describe("pandas comparisons at scale", () => {
    const big = (code: string) =>
      grade(runner, { tests: BIG, reference: "def solve(df):\n    return df\n", code, packages: ["numpy", "pandas"] });
    const changed = (edit: string) =>
      big(`import pandas as pd\ndef solve(df):\n    out = df.copy()\n    ${edit}\n    return out\n`);

    it("compares 300,000 rows x 8 columns: a wrong type is named, an equal frame passes", async () => {
      const wrongType = await big("def solve(df):\n    return None\n");
      expect(wrongType.results[0]?.diff).toMatch(/^result: expected a pandas.DataFrame, got NoneType/);
      const same = await big("def solve(df):\n    return df.copy()\n");
      expect(same.results.map((t) => t.status)).toEqual(["pass"]);
    });

    it("reports a single differing cell with its column and row label", async () => {
      const r = await changed("out.iloc[123_456, 2] = 99.0");
      expect(r.results[0]?.diff).toBe(
        "column 'x': 1 of 300000 values differ\n  row 246912: expected 30864.0, got 99.0",
      );
      const s = await changed("out.iloc[299_999, 0] = 'k?'");
      expect(s.results[0]?.diff).toBe(
        "column 'id': 1 of 300000 values differ\n  row 599998: expected 'k299999', got 'k?'",
      );
    });

    it("counts every difference and lists the first five", async () => {
      const r = await changed("out['x'] = out['x'].fillna(0.0)");
      // every 7th value is NaN: rows 0, 14, 28, ... of the even-numbered index
      const rows = [0, 14, 28, 42, 56].map((row) => `  row ${row}: expected nan, got 0.0`);
      expect(r.results[0]?.diff).toBe(["column 'x': 42858 of 300000 values differ", ...rows].join("\n"));
    });

    it("applies the relative tolerance to large values and not beyond it", async () => {
      const near = await changed("out['y'] = out['y'] * (1 + 5e-8)");
      expect(near.results[0]?.status).toBe("pass");
      const far = await changed("out['y'] = out['y'] + 0.5");
      // 0.5 is beyond 1e-7 of the first five values (0 to 4e6) only
      expect(far.results[0]?.diff).toBe(
        [
          "column 'y': 5 of 300000 values differ",
          "  row 0: expected 0.0, got 0.5",
          "  row 2: expected 1000000.0, got 1000000.5",
          "  row 4: expected 2000000.0, got 2000000.5",
          "  row 6: expected 3000000.0, got 3000000.5",
          "  row 8: expected 4000000.0, got 4000000.5",
        ].join("\n"),
      );
    });

    it("shows the labels around the first index difference of a long index", async () => {
      const r = await changed("out.index = out.index.where(out.index != 200_000, -1)");
      expect(r.results[0]?.diff).toBe(
        "index: expected [..., 199994, 199996, 199998, 200000, 200002, 200004, 200006, ...], " +
          "got [..., 199994, 199996, 199998, -1, 200002, 200004, 200006, ...] (first difference at position 100000)",
      );
    });

    it.each([
      [
        "out['small'] = out['small'].astype(float)",
        "column 'small': expected integer values (int64), got float values (float64)",
      ],
      [
        "out.loc[out.index[5], 'count'] = None",
        "column 'count': 1 of 300000 values differ\n  row 10: expected 5, got <NA>",
      ],
      [
        "out['when'] = out['when'].fillna(pd.Timestamp('2024-01-01'))",
        "column 'when': 23077 of 300000 values differ\n  row 0: expected NaT, got Timestamp('2024-01-01 00:00:00')",
      ],
    ])("checks dtype kinds and missing values per column: %s", async (edit, start) => {
      const r = await changed(edit);
      expect(r.results[0]?.diff?.split("\n").slice(0, 2).join("\n")).toBe(start);
    });

    it("compares a large Series with its index and name", async () => {
      const series = (code: string) =>
        grade(runner, {
          tests: BIG_SERIES,
          reference: "def solve(s):\n    return s\n",
          code: `def solve(s):\n    out = s.copy()\n    ${code}\n    return out\n`,
          packages: ["numpy", "pandas"],
        });
      expect((await series("pass")).results[0]?.status).toBe("pass");
      const value = await series("out.iloc[7] = -1.0");
      expect(value.results[0]?.diff).toBe("values: 1 of 300000 values differ\n  row 'r7': expected 0.875, got -1.0");
      const name = await series("out.name = 'w'");
      expect(name.results[0]?.diff).toBe("name: expected 'v', got 'w'");
      const index = await series("out.index = range(len(out))");
      expect(index.results[0]?.diff).toBe(
        "index: expected ['r0', 'r1', 'r2', 'r3', ...], got [0, 1, 2, 3, ...] (first difference at position 0)",
      );
    });
  });

  it("handles tolerance, infinities and missing values cell by cell as documented", async () => {
    const r = await grade(runner, {
      tests: EDGES,
      reference: "def solve(x):\n    return x\n",
      code: "def solve(x):\n    return x\n",
      packages: ["numpy", "pandas"],
    });
    const byName = Object.fromEntries(r.results.map((t) => [t.name, t.diff ?? t.status]));
    expect(byName).toEqual({
      "within rtol": "pass",
      "beyond rtol": "column 'x': 1 of 2 values differ\n  row 1: expected 2.0, got 2.000001",
      "within atol": "pass",
      "beyond atol": "column 'x': 1 of 2 values differ\n  row 1: expected 0.0, got 0.02",
      infinities: "pass",
      "opposite infinity": "column 'x': 1 of 2 values differ\n  row 1: expected inf, got -inf",
      "NaN matches NaN": "pass",
      "a number where NaN is expected": "column 'x': 1 of 2 values differ\n  row 0: expected nan, got 0.0",
      "equal_nan false": "column 'x': 1 of 1 values differ\n  row 0: expected nan, got nan",
      "None and NaN are both missing": "pass",
      "ints and floats mix in object cells": "pass",
      "True is not 1": "column 'o': 1 of 2 values differ\n  row 1: expected 1, got True",
      "Int64 <NA> and float NaN with dtype any": "pass",
      "datetimes in other units, NaT": "pass",
      "int against float column": "column 'x': expected integer values (int64), got float values (float64)",
    });
  });

  it("refuses index labels, column labels and names that could lie about equality", async () => {
    const liar = py`
      import pandas as pd
      class Liar:
          def __eq__(self, other): return True
          def __ne__(self, other): return False
          def __hash__(self): return 0
          def __lt__(self, other): return False
    `;
    const tests = py`
      import pandas as pd
      from drill import case
      COMPARE = {"name": "series", "check_name": True}
      CASES = [case(kind, sample=True) for kind in ("index", "name", "categories")]
    `;
    const reference = "import pandas as pd\ndef solve(kind):\n    return pd.Series([1.0, 2.0], name='v')\n";
    const code = `${liar}\ndef solve(kind):\n    s = pd.Series([1.0, 2.0], name='v')\n    if kind == 'index':\n        s.index = [Liar(), Liar()]\n    elif kind == 'name':\n        s.name = Liar()\n    else:\n        s.index = pd.CategoricalIndex([Liar(), Liar()])\n    return s\n`;
    const r = await grade(runner, { tests, reference, code, packages: ["numpy", "pandas"] });
    expect(r.results.map((t) => t.status)).toEqual(["fail", "fail", "fail"]);
    expect(r.results.map((t) => t.message)).toEqual([
      expect.stringMatching(/^result index is a .*Liar object, which cannot be checked/),
      expect.stringMatching(/^result name is a .*Liar object, which cannot be checked/),
      expect.stringMatching(/^result index is a .*Liar object, which cannot be checked/),
    ]);
    const frames = py`
      import pandas as pd
      from drill import case
      COMPARE = "frame"
      CASES = [case(sample=True)]
    `;
    const columns = await grade(runner, {
      tests: frames,
      reference: "import pandas as pd\ndef solve():\n    return pd.DataFrame({'a': [1]})\n",
      code: `${liar}\ndef solve():\n    return pd.DataFrame({Liar(): [1]})\n`,
      packages: ["numpy", "pandas"],
    });
    expect(columns.results[0]?.message).toMatch(/^result columns is a .*Liar object, which cannot be checked/);
  });
});
