// drill.testkit, the helpers drill tests share: importable from a tests.py in both runtimes, and
// each helper does what its docstring promises (checked with native NumPy/pandas).
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HARNESS_DIR, NATIVE_PYTHON } from "../../src/cli/paths";
import type { PythonRunner } from "../../src/runner/python-runner";
import { grade, py, startRunner } from "../support/grading";

function python(code: string): string {
  const r = spawnSync(NATIVE_PYTHON, ["-c", code], {
    cwd: HARNESS_DIR,
    env: { ...process.env, PYTHONPATH: HARNESS_DIR },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

const GRADIENT_TESTS = py`
  import numpy as np
  from drill import case
  from drill.testkit import gradient_problem, well_conditioned

  A = well_conditioned(3, 4, 3, cond=5.0)

  def matches_finite_differences(actual, expected, x):
      return gradient_problem("grad", actual, lambda v: float(np.sum((A @ v) ** 2)), x)

  CASES = [case(np.array([1.0, -2.0, 0.5]), check=matches_finite_differences, sample=True)]
`;
const GRADIENT_REF = py`
  from tests_support import A

  def solve(x):
      return 2 * A.T @ (A @ x)
`;

describe("drill.testkit in a tests.py (native)", () => {
  let runner: PythonRunner;
  beforeAll(() => {
    runner = startRunner("native");
  });
  afterAll(() => runner.dispose());
  const run = (code: string) =>
    grade(runner, {
      tests: GRADIENT_TESTS,
      reference: GRADIENT_REF,
      code,
      packages: ["numpy"],
      helpers: {
        "tests_support.py": "from drill.testkit import well_conditioned\nA = well_conditioned(3, 4, 3, cond=5.0)\n",
      },
    });

  it("gradient_problem passes a right gradient and names the first wrong entry of a wrong one", async () => {
    expect((await run(GRADIENT_REF)).results[0]?.status).toBe("pass");
    const wrong = await run(GRADIENT_REF.replace("2 * A.T", "A.T"));
    expect(wrong.results[0]?.status).toBe("fail");
    expect(wrong.results[0]?.message).toMatch(
      /^grad\[0\] is -?[\d.e-]+, but the finite-difference estimate is -?[\d.]+ \(central difference, h = 1e-06; 3 of 3 entries disagree\)$/,
    );
  });
});

describe("drill.testkit in a tests.py (Pyodide, no NumPy)", () => {
  let runner: PythonRunner;
  beforeAll(() => {
    runner = startRunner("pyodide");
  });
  afterAll(() => runner.dispose());

  it("imports without NumPy, so pure-Python drills can use it", async () => {
    const tests = py`
      import sys
      from drill import case
      from drill.testkit import is_close
      assert "numpy" not in sys.modules
      def near(actual, expected, x):
          assert is_close(actual, expected), f"{actual} is not {expected}"
      CASES = [case(2.0, check=near, sample=True), case(float("nan"), check=near, sample=True)]
    `;
    const report = await grade(runner, {
      tests,
      reference: "def solve(x):\n    return x / 1\n",
      code: "def solve(x):\n    return x * 1.0\n",
    });
    expect(report.problem).toBeUndefined();
    expect(report.results.map((r) => r.status)).toEqual(["pass", "pass"]);
  });
});

describe("drill.testkit helpers", () => {
  it("well_conditioned has exactly the condition number asked for, the same for the same seed", () => {
    const out = python(`
import numpy as np
from drill.testkit import well_conditioned, spd_matrix
a = well_conditioned(7, 50, 4, cond=100.0)
s = np.linalg.svd(a, compute_uv=False)
m = spd_matrix(2, 5, cond=8.0)
e = np.linalg.eigvalsh(m)
print(a.shape, round(s[0] / s[-1], 6), np.array_equal(a, well_conditioned(7, 50, 4, cond=100.0)),
      np.array_equal(a, well_conditioned(8, 50, 4, cond=100.0)), np.allclose(m, m.T), round(e[0], 6), round(e[-1], 6),
      well_conditioned(1, 1, cond=3.0).tolist().__len__(), well_conditioned(1, 0, 3).shape)`);
    expect(out).toBe("(50, 4) 100.0 True False True 1.0 8.0 1 (0, 3)");
  });

  it("numeric_gradient is accurate and leaves its input alone", () => {
    const out = python(`
import numpy as np
from drill.testkit import numeric_gradient
x = np.array([[0.5, -1.0], [2.0, 3.0]])
before = x.copy()
g = numeric_gradient(lambda v: float(np.sum(np.sin(v) * v)), x)
print(np.allclose(g, np.cos(x) * x + np.sin(x), atol=1e-8), np.array_equal(x, before))`);
    expect(out).toBe("True True");
  });

  it("random_frame gives the column kinds asked for, with the share of missing cells asked for", () => {
    const out = python(`
from drill.testkit import random_frame
cols = {"n": "int", "x": "float", "s": "str", "c": "category", "b": "bool", "d": "date", "l": ["lo", "hi"]}
df = random_frame(5, 2000, cols, missing=0.25)
kinds = [df[c].dtype.kind if c != "c" else str(df[c].dtype) for c in cols]
share = abs(float(df["x"].isna().mean()) - 0.25) < 0.03
print(kinds, share, int(df["n"].isna().sum()), int(df["b"].isna().sum()), sorted(df["l"].dropna().unique()),
      random_frame(5, 2000, cols, missing=0.25).equals(df), random_frame(1, 0, cols).shape)
try:
    random_frame(1, 3, {"z": "complex"})
except ValueError as e:
    print(e)`);
    expect(out).toBe(
      "['i', 'f', 'O', 'category', 'b', 'M', 'O'] True 0 0 ['hi', 'lo'] True (0, 7)\n" +
        "unknown column kind 'complex' (known: int, float, str, category, bool, date or a list)",
    );
  });
});
