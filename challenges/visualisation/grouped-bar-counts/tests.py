from drill import case, generate
from drill.figures import axes, bar_colors, figure_problem, to_hex

# geometry, heights, ticks, texts and legend against the reference; the face colours separately,
# because the statement fixes them (C0, C1, ... per group) but not the edge colours
PARTS = ["title", "xlabel", "ylabel", "bars", "xticks", "xticklabels", "legend"]


def same_chart(actual, expected, *args, **kwargs):
    problem = figure_problem(actual, expected, parts=PARTS)
    if problem:
        return problem
    want, got = bar_colors(axes(expected)), bar_colors(axes(actual))
    for i, (w, g) in enumerate(zip(want, got)):
        if to_hex(g) != to_hex(w):
            return f"bar {i}: colour {g}, expected {w} (group j uses \"C<j>\", in group order)"
    return None


def bars(*args, **options):
    return case(*args, check=same_chart, **options)


EX_CATS = ["pandas", "numpy", "pandas", "sklearn", "pandas", "numpy"]
EX_GROUPS = ["data", "ml", "ml", "ml", "data", None]

CASES = [
    bars(EX_CATS, EX_GROUPS, sample=True, name="worked example: a missing group is not counted"),
    bars(["b", "a", "b", "a", "c"], ["x", "x", "x", "y", "x"], kwargs={"title": "Votes"}, sample=True,
         name="tied totals (a and b: 2 each) go alphabetically after the larger ones"),
    bars(["cat", "dog", "dog"], ["t1", "t1", "t2"], kwargs={"category_order": ["dog", "cat", "emu"]},
         sample=True, name="category_order: a listed category that never occurs gets empty bars"),
    bars(["one"], ["g"], name="a single row: one group, one bar of width 0.8 centred on 0"),
    bars(["a", "a", "b"], ["g", "g", "g"], name="a single group: width 0.8"),
    bars(["a", "b", "c", "a"], ["g1", "g2", "g3", "g4"],
         name="four groups in different categories: zero-height bars keep the clusters aligned"),
    bars(["a", "b", "c", "c", "b", "c"], ["g", "h", "g", "h", "h", "g"],
         kwargs={"category_order": ["c", "a"]}, name="category_order drops rows of unlisted categories"),
    bars(["a", "b", "a"], ["g", "only-in-b", "h"], kwargs={"category_order": ["a"]},
         name="a group seen only in an unlisted category has no bars"),
    bars([], [], name="no rows: no bars, no ticks, no legend"),
    bars([None, "a", "b"], ["g", None, None], name="every row has a missing value: nothing to count"),
    bars([], [], kwargs={"category_order": ["x", "y"]}, name="no rows, but category_order sets the ticks"),
    bars(["z", "y", "x", "y", "z", "z"], ["B", "A", "B", "B", "A", "C"],
         name="groups in alphabetical order, upper-case names"),
    bars(["beta", "alpha", "gamma"] * 3, ["g2", "g1", "g2", "g1", "g2", "g1", "g1", "g2", "g3"],
         kwargs={"category_order": ["gamma", "beta", "alpha"], "title": "Ordered"},
         name="three equal totals in a given order"),
]


@generate(count=10, seed=1302)
def random_survey(rng):
    cats = [rng.choice(["api", "db", "ui", "ml", "ops", None]) for _ in range(rng.randint(0, 40))]
    groups = [rng.choice(["east", "west", "north", None]) for _ in cats]
    if rng.random() < 0.3:
        return bars(cats, groups, kwargs={"category_order": rng.sample(["api", "db", "ui", "qa"], 3)})
    return bars(cats, groups)
