from fractions import Fraction

from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

# Literal expected values were computed once with scikit-learn 1.9:
# f1_score(y_true, y_pred, average="macro", zero_division=0). scikit-learn is not needed here.


def by_definition(y_true, y_pred):
    """Macro F1 written straight from the definition (P, R, harmonic mean), in exact fractions."""
    labels = set(y_true) | set(y_pred)
    if not labels:
        return Fraction(0)
    total = Fraction(0)
    for c in labels:
        tp = sum(1 for t, p in zip(y_true, y_pred) if t == c and p == c)
        fp = sum(1 for t, p in zip(y_true, y_pred) if t != c and p == c)
        fn = sum(1 for t, p in zip(y_true, y_pred) if t == c and p != c)
        precision = Fraction(tp, tp + fp) if tp + fp else Fraction(0)
        recall = Fraction(tp, tp + fn) if tp + fn else Fraction(0)
        if precision + recall:
            total += 2 * precision * recall / (precision + recall)
    return total / len(labels)


def matches_definition(actual, expected, y_true, y_pred):
    """Independent check: no reference solution involved, only the textbook definition."""
    if type(actual) not in (float, int) or type(actual) is bool:
        return f"expected a float, got {type(actual).__name__} {actual!r}"
    exact = by_definition(y_true, y_pred)
    if not 0.0 <= actual <= 1.0:
        return f"macro F1 must lie in [0, 1], got {actual!r}"
    if abs(actual - float(exact)) > 1e-9:
        return (f"expected {float(exact)!r} (exactly {exact}), got {actual!r} "
                "(tolerance: absolute 1e-9)")
    return None


CASES = [
    case([0, 0, 1, 2], [0, 1, 1, 1], expected=0.38888888888888884, sample=True,
         name="worked example: label 2 is never predicted"),
    case(["cat", "dog"], ["cat", "dog"], expected=1.0, sample=True, name="all correct"),
    case([0, 0, 1, 1], [0, 0, 1, 3], expected=0.5555555555555555, sample=True,
         name="label 3 is only predicted and still counts"),
    case([], [], expected=0.0, name="empty lists return 0.0"),
    case([7], [7], expected=1.0, name="single element, correct"),
    case([7], [8], expected=0.0, name="single element, wrong: two labels, both F1 0"),
    case([1, 1, 1, 1], [1, 1, 1, 1], expected=1.0, name="single class, all correct"),
    case([0, 0, 0], [1, 1, 1], expected=0.0, name="single true class, always mispredicted"),
    case([0, 1, 2, 2, 2, 1], [0, 1, 1, 1, 0, 1], name="class 2 never predicted",
         check=matches_definition),
    case([0] * 98 + [1, 1], [0] * 100, expected=0.494949494949495,
         name="imbalanced: macro F1 is not accuracy (0.98) nor weighted F1"),
    case(["cat", "dog", "dog", "bird", "cat"], ["cat", "dog", "cat", "bird", "dog"],
         expected=0.6666666666666666, name="string labels"),
    case(["a", "A", "a", "b"], ["A", "A", "a", "a"], expected=0.38888888888888884,
         name="labels are case-sensitive"),
    case([-1, 0, -1, 0, 3], [0, 0, -1, -1, 3], expected=0.6666666666666666,
         name="negative and zero labels"),
    case([2, 2, 1, 1], [1, 1, 2, 2], expected=0.0, name="every prediction swapped"),
]


@generate(count=12, seed=7)
def random_labels(rng):
    """Seeded random cases graded against the textbook definition above (not against solution.py)."""
    n = rng.randint(1, 40)
    k = rng.randint(1, 6)
    if rng.random() < 0.5:
        pool = list(range(-2, k - 2))
    else:
        pool = ["neg", "pos", "neutral", "spam", "ham", "eggs"][:k]
    y_true = [rng.choice(pool) for _ in range(n)]
    # mostly right, sometimes a label the truth never uses
    extra = pool + ([99] if isinstance(pool[0], int) else ["other"])
    y_pred = [t if rng.random() < 0.6 else rng.choice(extra) for t in y_true]
    return case(y_true, y_pred, check=matches_definition)


def _large(seed, n, k):
    import random

    r = random.Random(seed)
    y_true = [r.randrange(k) for _ in range(n)]
    y_pred = [t if r.random() < 0.7 else r.randrange(k) for t in y_true]
    return y_true, y_pred


CASES.append(case(*_large(11, 200_000, 20_000), time_limit=1.5,
                  name="200,000 labels, 20,000 classes (O(n·k) is too slow)"))
