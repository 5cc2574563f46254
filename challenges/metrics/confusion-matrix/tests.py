import random

from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

# Literal expected values agree with scikit-learn 1.9's confusion_matrix(y_true, y_pred,
# labels=labels) and accuracy_score(y_true, y_pred) (see crosscheck.py); scikit-learn is not
# needed here.


def same_report(actual, expected, *args):
    """Exact labels and integer counts, accuracy within 1e-9, and plain Python types."""
    if type(actual) is not dict:
        return f"expected a dict, got {type(actual).__name__} {actual!r:.80}"
    keys = {"labels", "matrix", "accuracy"}
    if set(actual) != keys:
        return f"expected exactly the keys {sorted(keys)}, got {sorted(map(str, actual))}"
    if actual["labels"] != expected["labels"] or type(actual["labels"]) is not list:
        return f"labels: expected {expected['labels']!r:.200}, got {actual['labels']!r:.200}"
    matrix = actual["matrix"]
    if type(matrix) is not list or any(type(row) is not list for row in matrix):
        return "matrix: expected a list of lists"
    k = len(expected["labels"])
    if len(matrix) != k or any(len(row) != k for row in matrix):
        shape = f"{len(matrix)} rows of lengths {sorted({len(r) for r in matrix})}"
        return f"matrix: expected {k} x {k}, got {shape}"
    for i, (want, got) in enumerate(zip(expected["matrix"], matrix)):
        for j, (w, g) in enumerate(zip(want, got)):
            if type(g) is not int:
                return f"matrix[{i}][{j}]: expected an int count, got {type(g).__name__} {g!r}"
            if w != g:
                return (f"matrix[{i}][{j}] (true {expected['labels'][i]!r}, predicted "
                        f"{expected['labels'][j]!r}): expected {w}, got {g}")
    acc = actual["accuracy"]
    if type(acc) is not float:
        return f"accuracy: expected a float, got {type(acc).__name__} {acc!r}"
    if abs(acc - expected["accuracy"]) > 1e-9:
        return f"accuracy: expected {expected['accuracy']!r}, got {acc!r} (tolerance: absolute 1e-9)"
    return None


def report_case(*args, **options):
    return case(*args, check=same_report, **options)


CASES = [
    report_case(["cat", "dog", "dog", "bird"], ["cat", "cat", "dog", "dog"],
                expected={"labels": ["bird", "cat", "dog"],
                          "matrix": [[0, 0, 1], [0, 1, 0], [0, 1, 1]], "accuracy": 0.5},
                sample=True, name="worked example: rows are true labels, sorted order"),
    report_case([1, 2, 3, 3], [1, 3, 3, 2], [3, 1],
                expected={"labels": [3, 1], "matrix": [[1, 0], [0, 1]], "accuracy": 0.5},
                sample=True, name="given labels: their order is kept, label 2 is left out"),
    report_case([0, 1, 1, 0, 1], [0, 1, 0, 0, 0],
                expected={"labels": [0, 1], "matrix": [[2, 0], [2, 1]], "accuracy": 0.6},
                sample=True, name="binary 0/1"),
    report_case([], [], expected={"labels": [], "matrix": [], "accuracy": 0.0},
                name="empty input"),
    report_case([], [], ["a", "b"],
                expected={"labels": ["a", "b"], "matrix": [[0, 0], [0, 0]], "accuracy": 0.0},
                name="empty input with given labels: a matrix of zeros"),
    report_case([4], [4], expected={"labels": [4], "matrix": [[1]], "accuracy": 1.0},
                name="single element"),
    report_case([0, 0, 0], [0, 0, 2],
                expected={"labels": [0, 2], "matrix": [[2, 1], [0, 0]], "accuracy": 2 / 3},
                name="a label that is only predicted gets a row and a column"),
    report_case([1, 1, 2], [1, 2, 2], [2, 9, 1],
                expected={"labels": [2, 9, 1], "matrix": [[1, 0, 0], [0, 0, 0], [1, 0, 1]],
                          "accuracy": 2 / 3},
                name="given labels, unsorted, one never occurs"),
    report_case([1, 2, 2], [1, 2, 1], [7, 8],
                expected={"labels": [7, 8], "matrix": [[0, 0], [0, 0]], "accuracy": 2 / 3},
                name="no given label occurs: zeros, but accuracy counts every position"),
    report_case([True, False, True, True], [True, True, False, True],
                expected={"labels": [False, True], "matrix": [[0, 1], [1, 2]], "accuracy": 0.5},
                name="bool labels: False before True"),
    report_case([-1, 0, 10, -1, 2], [0, 0, 10, -1, -1],
                expected={"labels": [-1, 0, 2, 10],
                          "matrix": [[1, 1, 0, 0], [0, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 1]],
                          "accuracy": 0.6},
                name="negative labels and 10 after 2 (numeric, not string, order)"),
    report_case(["b", "B", "a"], ["B", "B", "a"],
                expected={"labels": ["B", "a", "b"], "matrix": [[1, 0, 0], [0, 1, 0], [1, 0, 0]],
                          "accuracy": 2 / 3},
                name="strings: case-sensitive, code-point order ('B' < 'a')"),
    report_case([5, 5, 5, 5], [6, 6, 6, 6],
                expected={"labels": [5, 6], "matrix": [[0, 4], [0, 0]], "accuracy": 0.0},
                name="every prediction wrong"),
]


@generate(count=10, seed=31)
def random_labels(rng):
    n = rng.randint(1, 40)
    if rng.random() < 0.5:
        pool = list(range(-2, rng.randint(0, 4)))
    else:
        pool = ["neg", "pos", "neutral", "spam"][: rng.randint(1, 4)]
    y_true = [rng.choice(pool) for _ in range(n)]
    y_pred = [t if rng.random() < 0.5 else rng.choice(pool) for t in y_true]
    labels = None
    if rng.random() < 0.4:
        labels = rng.sample(pool, rng.randint(1, len(pool)))
    return report_case(y_true, y_pred, labels)


def _large(seed, n, k):
    r = random.Random(seed)
    y_true = [r.randrange(k) for _ in range(n)]
    y_pred = [t if r.random() < 0.6 else r.randrange(k) for t in y_true]
    return y_true, y_pred


# Compared with the plain "close" comparator (no custom check): a check receives its own deep
# copy of the 400,000 arguments, which under Pyodide eats into this case's time limit.
CASES.append(case(*_large(5, 200_000, 300), time_limit=3.0,
                  name="200,000 samples, 300 labels (a scan per label is too slow)"))
