import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame", "rtol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def articles(tag_lists, index=None):
    tags = pd.Series(tag_lists, dtype="object", index=index)
    return pd.DataFrame({"id": list(range(1, len(tag_lists) + 1)), "tags": tags}, index=index)


def counts(tags, numbers, shares):
    return pd.DataFrame({"tag": pd.Series(tags, dtype="str"), "articles": pd.Series(numbers, dtype="int64"),
                         "share": pd.Series(shares, dtype="float64")})


def _large():
    g = np.random.default_rng(6)
    vocab = np.array([f"{p}topic{i}" for i, p in zip(range(500), [" ", "", "X", ""] * 125)])
    lists = [list(vocab[g.integers(0, 500, g.integers(0, 11))]) for _ in range(200_000)]
    return articles(lists)


EXAMPLE = articles([["ML", " python"], ["python", "Python ", "pandas"], None, [], ["ml", "  ", "sql"]])

CASES = [
    case(EXAMPLE, expected=counts(["ml", "python", "pandas", "sql"], [2, 2, 1, 1], [0.4, 0.4, 0.2, 0.2]),
         sample=True, name="worked example"),
    case(EXAMPLE, 2, expected=counts(["ml", "python"], [2, 2], [0.4, 0.4]),
         sample=True, name="min_count=2"),
    case(articles([["b", "a"], ["a"], ["c", "b", "a"]]),
         expected=counts(["a", "b", "c"], [3, 2, 1], [1.0, 2 / 3, 1 / 3]),
         sample=True, name="sorted by count, then tag"),
    case(articles([]), expected=counts([], [], []), name="no articles"),
    case(articles([None, [], ["", " \t "]]), expected=counts([], [], []), name="no usable tags at all"),
    case(articles([["Solo"]]), expected=counts(["solo"], [1], [1.0]), name="one article, one tag"),
    case(articles([["dup", "DUP", " Dup ", "dup"]]), expected=counts(["dup"], [1], [1.0]),
         name="the same tag four times in one article counts once"),
    case(articles([["z"], ["y"], ["x"]], index=[10, 10 + 1, 99]), 1,
         expected=counts(["x", "y", "z"], [1, 1, 1], [1 / 3] * 3),
         name="all tied: alphabetical; a custom index"),
    case(articles([["deep learning", " Deep  Learning"], ["deep learning"]]),
         expected=counts(["deep learning", "deep  learning"], [2, 1], [1.0, 0.5]),
         name="only surrounding whitespace is stripped, inner spaces stay"),
    case(articles([["a"], ["a"], ["b"], None]), 3, expected=counts([], [], []),
         name="min_count above every count"),
    case(articles([["a"], ["a", "b"], ["b"], ["c"]]), 2,
         expected=counts(["a", "b"], [2, 2], [0.5, 0.5]), name="min_count keeps counts equal to it"),
    case(articles([["Ärger", "ÄRGER"], ["café"]]), expected=counts(["café", "ärger"], [1, 1], [0.5, 0.5]),
         name="non-ASCII tags are lower-cased too"),
    case(_large(), 50, time_limit=4.0, name="200,000 articles (a loop over rows is too slow)"),
]


@generate(count=10, seed=37)
def random_exports(rng):
    pool = ["ml", "ML", " ml", "nlp", "NLP ", "cv", "", "  ", "rl"]
    lists = [None if rng.random() < 0.1 else [rng.choice(pool) for _ in range(rng.randint(0, 4))]
             for _ in range(rng.randint(1, 12))]
    return case(articles(lists), rng.randint(1, 3))
