import math
from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

# Literal expected values agree with scikit-learn 1.9's matthews_corrcoef (see crosscheck.py).


def by_pearson(y_true, y_pred):
    """Pearson correlation of the one-hot truth and prediction, in exact integers."""
    n = len(y_true)
    labels = set(y_true) | set(y_pred)
    cov = sum(n * sum(t == k and p == k for t, p in zip(y_true, y_pred))
              - y_true.count(k) * y_pred.count(k) for k in labels)
    var_t = sum(n * y_true.count(k) - y_true.count(k) ** 2 for k in labels)
    var_p = sum(n * y_pred.count(k) - y_pred.count(k) ** 2 for k in labels)
    if var_t == 0 or var_p == 0:
        return 0.0
    return cov / math.sqrt(var_t * var_p)  # Python ints: exact up to the one rounding


def matches_pearson(actual, expected, y_true, y_pred):
    if type(actual) not in (float, int) or type(actual) is bool:
        return f"expected a float, got {type(actual).__name__} {actual!r}"
    want = by_pearson(list(y_true), list(y_pred))
    if not abs(actual - want) <= 1e-9:
        return f"expected {want!r}, got {actual!r}"
    return None


def _balanced(n):
    """n samples, half of each class, the prediction right on 3 of every 4."""
    y_true = [i % 2 for i in range(n)]
    y_pred = [t if i % 4 else 1 - t for i, t in enumerate(y_true)]
    return y_true, y_pred


CASES = [
    case([1, 1, 1, 0, 0, 0], [1, 1, 0, 0, 0, 1], expected=1 / 3, sample=True,
         name="worked example (binary)"),
    case(["a", "b", "c", "a"], ["a", "c", "c", "b"], expected=0.3, sample=True,
         name="three classes"),
    case([0, 0, 0], [0, 0, 1], expected=0.0, sample=True, name="y_true is one class: 0.0"),
    case([4], [4], expected=0.0, name="n = 1: undefined, 0.0"),
    case([4], [5], expected=0.0, name="n = 1, wrong: 0.0"),
    case([0, 1], [0, 1], expected=1.0, name="n = 2, perfect"),
    case([0, 1], [1, 0], expected=-1.0, name="n = 2, inverted"),
    case([0, 1], [1, 1], expected=0.0, name="n = 2, constant prediction: 0.0"),
    case([1, 1, 1, 1], [1, 1, 1, 1], expected=0.0, name="single class everywhere, all correct"),
    case([2, 2, 2], [0, 1, 2], expected=0.0, name="constant truth, varied prediction"),
    case([0] * 98 + [1, 1], [0] * 99 + [1], expected=0.7035264706814485,
         name="imbalanced: accuracy 0.99"),
    case([0, 1, 2, 0, 1, 2], [1, 2, 0, 1, 2, 0], expected=-0.5,
         name="multiclass, always wrong: bounded below by -1/(K-1)"),
    case([True, False, True, True], [True, False, False, True], expected=0.5773502691896258,
         name="bool labels"),
    case([0, 1, 2, 3], [0, 1, 2, 9], expected=0.75,
         name="a label only predicted counts in the marginals"),
    case(["x", "X", "x", "y"], ["X", "X", "x", "y"], expected=0.7,
         name="labels are case-sensitive"),
    case(*_balanced(200_000), expected=0.5773502691896257,
         name="200,000 samples: the product under the root overflows int64"),
]


@generate(count=12, seed=23)
def random_labels(rng):
    n = rng.choice([1, 2, 3, rng.randint(4, 40)])
    k = rng.randint(1, 5)
    pool = list(range(-1, k - 1)) if rng.random() < 0.6 else ["cat", "dog", "cow", "ant", "bee"][:k]
    y_true = [rng.choice(pool) for _ in range(n)]
    extra = pool + ([7] if isinstance(pool[0], int) else ["owl"])
    y_pred = [t if rng.random() < 0.6 else rng.choice(extra) for t in y_true]
    return case(y_true, y_pred, check=matches_pearson)


def _many_labels(seed, n, k):
    import random

    r = random.Random(seed)
    y_true = [r.randrange(k) for _ in range(n)]
    y_pred = [t if r.random() < 0.7 else r.randrange(k) for t in y_true]
    return y_true, y_pred


CASES.append(case(*_many_labels(6, 200_000, 5_000), time_limit=2.0,
                  name="200,000 samples, 5,000 labels"))
