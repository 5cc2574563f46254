// The NumPy and pandas comparators explain differences in words. Run natively (numpy 2.4, pandas 3.0)
// and, when a folder of verified Pyodide wheels is given (PYODIDE_PACKAGES_DIR), in Pyodide too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nativeFactory, pyodideThreadFactory } from "../../src/cli/node-ports";
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
});
