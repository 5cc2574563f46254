from drill import case, generate
from drill.figures import axes, figure_problem

# the image (data and "Blues"), the class ticks on both axes, the labels (the colorbar's label is
# its own Axes' ylabel); then the colour limits, the colorbar and the annotations in any order
PARTS = ["title", "xlabel", "ylabel", "images", "xticks", "xticklabels", "yticks", "yticklabels"]


def _classes_problem(actual, expected):
    """A matrix of the wrong size, named in classes (the generic message only counts rows)."""
    try:
        got, want = axes(actual)["images"][0]["data"], axes(expected)["images"][0]["data"]
        names = axes(expected)["xticklabels"]
    except (IndexError, KeyError, TypeError):
        return None
    if len(got) == len(want):
        return None
    return (f"the matrix has {len(got)} rows, expected {len(want)}, one per class {names}: the classes"
            " are `labels` when given, otherwise every label found in y_true or y_pred, sorted")


def heatmap_drawn(actual, expected, *args, **kwargs):
    problem = _classes_problem(actual, expected) or figure_problem(actual, expected, parts=PARTS, colors=True)
    if problem:
        return problem
    ax, want = axes(actual), axes(expected)
    got_clim = (ax["images"][0]["vmin"], ax["images"][0]["vmax"])
    want_clim = (want["images"][0]["vmin"], want["images"][0]["vmax"])
    if got_clim != want_clim:
        return f"the image's colour limits (vmin, vmax) are {got_clim}, expected {want_clim}"
    if not axes(actual, 1)["colorbar"]:
        return "the second Axes is not a colorbar: add one with fig.colorbar(image, ax=ax, ...)"
    cells = sorted((t["y"], t["x"], t["text"]) for t in ax["texts"])
    want_cells = sorted((t["y"], t["x"], t["text"]) for t in want["texts"])
    if len(cells) != len(want_cells):
        return f"{len(cells)} annotations, expected {len(want_cells)} (one per cell)"
    for (y, x, text), (wy, wx, wtext) in zip(cells, want_cells):
        if (y, x) != (wy, wx):
            return f"an annotation at (x={x}, y={y}), expected one at (x={wx}, y={wy}): ax.text(j, i, ...)"
        if text != wtext:
            return f"the annotation of cell [{int(wy)}, {int(wx)}] is {text!r}, expected {wtext!r}"
    return None


def heatmap(*args, **options):
    return case(*args, check=heatmap_drawn, **options)


ANIMALS_TRUE = ["cat", "dog", "cat", "bird", "dog", "dog"]
ANIMALS_PRED = ["cat", "dog", "dog", "bird", "dog", "cat"]

CASES = [
    heatmap(ANIMALS_TRUE, ANIMALS_PRED, sample=True, name="worked example: raw counts"),
    heatmap(ANIMALS_TRUE, ANIMALS_PRED, kwargs={"normalize": "true"}, sample=True,
            name="worked example normalised by true class"),
    heatmap([0, 1, 1, 0, 1], [0, 1, 0, 0, 1], kwargs={"labels": [1, 0], "title": "Spam filter"},
            sample=True, name="given label order: positive class first"),
    heatmap([1, 1, 1], [1, 1, 1], name="a single class: a 1 x 1 matrix"),
    heatmap([0, 1, 2], [2, 2, 2], kwargs={"normalize": "pred"},
            name="normalised by predicted class: never-predicted columns stay 0.00"),
    heatmap([0, 0, 1, 2], [0, 1, 1, 3], kwargs={"normalize": "all"},
            name="normalised by the total; a label only in y_pred gets a column"),
    heatmap([2, 0, 1, 3], [2, 0, 1, 3], kwargs={"labels": [0, 1, 5]},
            name="given labels: unlisted classes are not counted, listed absent ones are all 0"),
    heatmap([2, 2], [3, 3], kwargs={"labels": [0, 1], "normalize": "true"},
            name="no sample has a listed label: every share is 0.00, not NaN"),
    heatmap([], [], kwargs={"labels": ["a", "b"]}, name="no samples: zeros, colour limits (0, 1)"),
    heatmap([0, 1, 1, 2], [1, 1, 1, 2], kwargs={"labels": [2, 1, 0], "normalize": "true"},
            name="a class never predicted right: recall 0.00 on its diagonal"),
    heatmap([1, 0, 1, 1], [0, 0, 1, 0], kwargs={"normalize": "pred", "labels": [0, 1]},
            name="precision per predicted class"),
    heatmap([f"c{i % 7}" for i in range(300)], [f"c{(i * i) % 7}" for i in range(300)],
            name="7 classes, 300 samples"),
    heatmap([3, 10, 3], [10, 3, 3], name="int labels sort as numbers: 3 before 10"),
]


@generate(count=10, seed=1305)
def random_classifier(rng):
    k = rng.randint(1, 5)
    n = rng.randint(1, 60)
    y_true = [rng.randrange(k) for _ in range(n)]
    acc = rng.choice([0.3, 0.7, 0.95])
    y_pred = [t if rng.random() < acc else rng.randrange(k + 1) for t in y_true]
    options = {"normalize": rng.choice([None, "true", "pred", "all"])}
    if rng.random() < 0.3:
        options["labels"] = rng.sample(range(k + 2), k)
    return heatmap(y_true, y_pred, kwargs=options)
