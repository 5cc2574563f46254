// Visualisation drills in the harness (native CPython with matplotlib 3.10.9): a returned Figure is
// graded by its description, the figure comparator names what differs, the candidate cannot talk
// its way past it (patched matplotlib, foreign artists), every figure is closed after its test,
// and the app's runs get both figures as PNG data URLs, the expected one drawn as the reference
// drew it whatever the candidate changed in matplotlib's settings.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HARNESS_DIR, NATIVE_PYTHON } from "../../src/cli/paths";
import { checkedFigures, type RunReport } from "../../src/domain/results";
import type { PythonRunner } from "../../src/runner/python-runner";
import { type InlineChallenge, inlineJob, py, startRunner } from "../support/grading";

const TESTS = py`
  import matplotlib.pyplot as plt
  from drill import case
  from drill.figures import axes, tick_labels

  COMPARE = {"name": "figure", "parts": ["title", "xlabel", "bars", "xticklabels"], "colors": True}

  def few_open_figures(actual, expected, counts, title):
      # the candidate's own figure is open while its test is checked; earlier ones must be closed
      assert len(plt.get_fignums()) <= 1, f"{len(plt.get_fignums())} figures open"
      assert tick_labels(axes(actual)) == list(counts), "one tick label per category"

  CASES = [
      case({"a": 3, "b": 1}, "Ages", sample=True),
      case({"x": 2}, "One", sample=True, check=few_open_figures),
      case({"p": 1, "q": 4, "r": 0}, "Three", check=few_open_figures),
      case({"m": 5, "n": 5}, "Ties", check=few_open_figures),
  ]
`;
const REFERENCE = py`
  import matplotlib.pyplot as plt

  def solve(counts, title):
      fig, ax = plt.subplots(figsize=(4, 3))
      ax.bar(list(counts), list(counts.values()), color="tab:orange")
      ax.set_title(title)
      ax.set_xlabel("group")
      return fig
`;

function run(runner: PythonRunner, code: string, extra: Partial<InlineChallenge> = {}): Promise<RunReport> {
  const job = inlineJob({ tests: TESTS, reference: REFERENCE, code, packages: ["matplotlib"], ...extra });
  return runner.run({ ...job, showFigures: true });
}

/** The colour of a PNG data URL's pixel at (x, y) fractions of its size, read by matplotlib natively. */
function pixel(dataUrl: string, fx: number, fy: number): number[] {
  const r = spawnSync(
    NATIVE_PYTHON,
    [
      "-c",
      "import base64, io, sys\nimport matplotlib.image as im\na = im.imread(io.BytesIO(base64.b64decode(sys.stdin.read().split(',', 1)[1])), format='png')\n" +
        `h, w = a.shape[:2]\nprint(*[round(float(v) * 255) for v in a[int(h * ${fy}), int(w * ${fx})][:3]])`,
    ],
    { input: dataUrl, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim().split(" ").map(Number);
}

describe("drill.figures helpers", () => {
  it("read descriptions and name what is missing", () => {
    const out = spawnSync(
      NATIVE_PYTHON,
      [
        "-c",
        py`
          import json
          from drill.figures import (axes, bar_colors, bar_edges, bar_heights, figure_problem, line_data,
                                     scatter_points, texts, tick_labels, to_hex)
          bar = lambda x, w, h: {"x": x, "y": 0.0, "width": w, "height": h, "facecolor": "#1f77b4", "edgecolor": "#000000"}
          ax = {"title": "T", "xlabel": "", "ylabel": "", "bars": [bar(0.0, 2.0, 1.0), bar(2.0, 3.0, 4.0)],
                "lines": [{"x": [0.0, 1.0], "y": [2.0, 3.0], "color": "#ff7f0e", "label": "a"}],
                "collections": [{"kind": "PathCollection", "offsets": [[1.0, 2.0]], "facecolors": ["#000000"]}],
                "images": [], "texts": [{"text": "hi", "x": 0.0, "y": 0.0}], "legend": None,
                "xticklabels": ["a", "b"]}
          fig = {"suptitle": "", "size": [6.0, 4.0], "axes": [ax]}
          out = {"heights": bar_heights(axes(fig)), "edges": bar_edges(ax), "colors": bar_colors(ax),
                 "line": line_data(ax), "points": scatter_points(ax), "ticks": tick_labels(ax),
                 "texts": texts(ax), "hex": [to_hex("tab:orange"), to_hex((1, 0, 0, 0.5))],
                 "same": figure_problem(fig, fig)}
          for call in (lambda: axes(fig, 1), lambda: line_data(ax, 2)):
              try:
                  call()
              except AssertionError as e:
                  out.setdefault("errors", []).append(str(e))
          other = json.loads(json.dumps(fig))
          other["axes"][0]["bars"][1]["height"] = 5.0
          out["diff"] = figure_problem(other, fig)
          out["suptitle"] = figure_problem(json.loads(json.dumps(fig)) | {"suptitle": "S"}, fig)
          print(json.dumps(out))
        `,
      ],
      { cwd: HARNESS_DIR, env: { ...process.env, PYTHONPATH: HARNESS_DIR }, encoding: "utf8" },
    );
    if (out.status !== 0) throw new Error(out.stderr);
    expect(JSON.parse(out.stdout)).toEqual({
      heights: [1, 4],
      edges: [0, 2, 5],
      colors: ["#1f77b4", "#1f77b4"],
      line: [
        [0, 1],
        [2, 3],
      ],
      points: [[1, 2]],
      ticks: ["a", "b"],
      texts: ["hi"],
      hex: ["#ff7f0e", "#ff000080"],
      same: null,
      errors: ["the figure has 1 Axes, so there is no Axes 1", "there is 1 line, so there is no line 2"],
      diff: "axes 0 bars[1] height: expected 4.0, got 5.0",
      suptitle: "figure suptitle: expected '', got 'S'",
    });
  });
});

describe("figures in the harness (native matplotlib)", () => {
  let runner: PythonRunner;
  beforeAll(() => {
    runner = startRunner("native");
  });
  afterAll(() => runner.dispose());

  it("passes the reference's figure, with both figures of the first sample as PNGs", async () => {
    const report = await run(runner, REFERENCE);
    expect(report.problem).toBeUndefined();
    expect(report.results.map((r) => r.status)).toEqual(["pass", "pass", "pass", "pass"]);
    const figures = checkedFigures(report.figures);
    expect(figures?.testId).toBe(report.results[0]?.id);
    expect(figures?.actual).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(figures?.expected).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
  });

  it("names the first difference, and shows the first failing test's figures", async () => {
    const report = await run(runner, REFERENCE.replace("ax.set_title(title)", "ax.set_title(title.lower())"));
    expect(report.results[0]?.status).toBe("fail");
    expect(report.results[0]?.diff).toBe("axes 0 title: expected 'Ages', got 'ages'");
    expect(report.figures?.testId).toBe(report.results[0]?.id);
    const colours = await run(runner, REFERENCE.replace('color="tab:orange"', 'color="tab:blue"'));
    expect(colours.results[0]?.diff).toBe("axes 0 bars[0] facecolor: expected '#ff7f0e', got '#1f77b4'");
    const bars = await run(runner, REFERENCE.replace("list(counts.values())", "[1] * len(counts)"));
    expect(bars.results[0]?.diff).toBe("axes 0 bars[0] height: expected 3.0, got 1.0");
  });

  it("tells a candidate who returns the Axes to return the Figure", async () => {
    const report = await run(runner, REFERENCE.replace("return fig", "return ax"));
    expect(report.results[0]?.status).toBe("fail");
    expect(report.results[0]?.message).toMatch(/is a matplotlib Axes: return the Figure \(fig, or ax\.figure\)/);
    expect(report.figures?.actual ?? null).toBeNull();
    expect(report.figures?.expected).toMatch(/^data:image\/png/);
  });

  it("reads tick labels a candidate made with a function", async () => {
    const code = REFERENCE.replace(
      "return fig",
      "names = list(counts)\n    ax.set_xticks(range(len(names)))\n    ax.xaxis.set_major_formatter(lambda x, pos: names[int(x)])\n    return fig",
    );
    const report = await run(runner, code);
    expect(report.results.map((r) => r.status)).toEqual(["pass", "pass", "pass", "pass"]);
  });

  it("does not let patched matplotlib or a foreign artist pass a wrong figure", async () => {
    const patched = await run(
      runner,
      REFERENCE.replace(
        "ax.set_title(title)",
        "import matplotlib.text\n    matplotlib.text.Text.get_text = lambda self: title\n    ax.set_title('wrong')",
      ),
    );
    expect(patched.results[0]?.status).toBe("fail");
    expect(patched.results[0]?.diff).toBe("axes 0 title: expected 'Ages', got 'wrong'");
    const foreign = await run(
      runner,
      REFERENCE.replace(
        "return fig",
        "from matplotlib.text import Text\n    class Liar(Text):\n        pass\n    ax.add_artist(Liar(0, 0, 'x'))\n    return fig",
      ),
    );
    expect(foreign.results[0]?.status).toBe("fail");
    expect(foreign.results[0]?.message).toMatch(/holds a Liar, which is not one of matplotlib's own artists/);
    expect(foreign.figures?.actual ?? null).toBeNull();
  });

  it("draws the expected figure with matplotlib's settings as they were before the candidate's code", async () => {
    const code = REFERENCE.replace(
      "fig, ax = plt.subplots(figsize=(4, 3))",
      'plt.rcParams["axes.facecolor"] = "#ff0000"\n    fig, ax = plt.subplots(figsize=(4, 3))',
    ).replace("ax.set_title(title)", 'ax.set_title("forged")');
    const report = await run(runner, code);
    const figures = checkedFigures(report.figures);
    if (!figures?.actual || !figures.expected) throw new Error("no figures");
    // inside the axes, above the short second bar
    expect(pixel(figures.actual, 0.75, 0.25)).toEqual([255, 0, 0]);
    expect(pixel(figures.expected, 0.75, 0.25)).toEqual([255, 255, 255]);
  });

  it("compares figures in 'Try your own input' too", async () => {
    const wrong = REFERENCE.replace("ax.set_title(title)", "ax.set_title(title.upper())");
    const report = await run(runner, wrong, { mode: "custom", customInput: 'solve({"k": 2}, "Mine")' });
    expect(report.custom?.matches).toBe(false);
    expect(report.custom?.diff).toBe("axes 0 title: expected 'Mine', got 'MINE'");
    const right = await run(runner, REFERENCE, { mode: "custom", customInput: 'solve({"k": 2}, "Mine")' });
    expect(right.custom?.matches).toBe(true);
  });

  it("describes a heatmap with a colorbar and annotations, and a pandas line plot", async () => {
    const tests = py`
      import numpy as np
      import pandas as pd
      from drill import case

      COMPARE = {"name": "figure", "parts": ["lines", "images", "texts", "xticklabels"]}
      CASES = [case(np.array([[3, 1], [0, 4]]), pd.Series([1.0, 3.0, 2.0, 5.0]), sample=True)]
    `;
    const reference = py`
      import matplotlib.pyplot as plt

      def solve(matrix, series):
          fig, (ax, bx) = plt.subplots(1, 2, figsize=(8, 3))
          image = ax.imshow(matrix, cmap="Blues")
          fig.colorbar(image, ax=ax)
          ax.set_xticks([0, 1], labels=["neg", "pos"])
          for (i, j), v in np.ndenumerate(matrix):
              ax.text(j, i, str(v), ha="center")
          series.rolling(2).mean().plot(ax=bx)
          return fig

      import numpy as np
    `;
    const job = (code: string) =>
      runner.run(inlineJob({ tests, reference, code, packages: ["numpy", "pandas", "matplotlib"] }));
    expect((await job(reference)).results[0]?.status).toBe("pass");
    const transposed = await job(reference.replace("ax.imshow(matrix,", "ax.imshow(matrix.T,"));
    expect(transposed.results[0]?.diff).toBe("axes 0 images[0] data[0][1]: expected 1.0, got 0.0");
    const window = await job(reference.replace("rolling(2)", "rolling(3)"));
    expect(window.results[0]?.diff).toBe("axes 1 lines[0] y[1]: expected 2.0, got nan");
  });

  it("leaves the CLI's runs without figures", async () => {
    const report = await runner.run(
      inlineJob({ tests: TESTS, reference: REFERENCE, code: REFERENCE, packages: ["matplotlib"] }),
    );
    expect(report.results.every((r) => r.status === "pass")).toBe(true);
    expect(report.figures).toBeUndefined();
  });
});
