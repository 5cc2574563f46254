import random

from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAN = float("nan")

# Literal expected values agree with scikit-learn 1.9's precision_recall_fscore_support(y_true,
# y_pred, labels=[pos_label], average=None, zero_division=...) (see crosscheck.py).

CASES = [
    case([1, 0, 1, 1, 0], [1, 1, 0, 1, 0], expected=(2 / 3, 2 / 3, 2 / 3), sample=True,
         name="worked example"),
    case(["spam", "ham", "spam"], ["ham", "ham", "ham"], kwargs={"pos_label": "spam",
         "zero_division": 1.0}, expected=(1.0, 0.0, 0.0), sample=True,
         name="never predicted positive, zero_division=1.0: precision 1.0, F1 still 0.0"),
    case([0, 0], [0, 0], kwargs={"zero_division": NAN}, expected=(NAN, NAN, NAN), sample=True,
         name="positive label nowhere, zero_division=nan"),
    case([], [], expected=(0.0, 0.0, 0.0), name="empty input, default zero_division 0.0"),
    case([], [], kwargs={"zero_division": 1.0}, expected=(1.0, 1.0, 1.0),
         name="empty input, zero_division=1.0"),
    case([1, 0], [0, 1], kwargs={"zero_division": 1.0}, expected=(0.0, 0.0, 0.0),
         name="P = R = 0 with FP and FN: F1 is 0.0, not zero_division"),
    case([1, 0], [0, 1], kwargs={"zero_division": NAN}, expected=(0.0, 0.0, 0.0),
         name="P = R = 0 with zero_division=nan: no NaN anywhere"),
    case([1, 1, 0], [0, 0, 0], kwargs={"zero_division": NAN}, expected=(NAN, 0.0, 0.0),
         name="never predicted positive, zero_division=nan: F1 is 0.0"),
    case([0, 0, 0], [1, 0, 0], kwargs={"zero_division": 1.0}, expected=(0.0, 1.0, 0.0),
         name="positive never true, zero_division=1.0: recall 1.0, F1 0.0"),
    case([1], [1], expected=(1.0, 1.0, 1.0), name="single element, correct"),
    case([2, 1, 0, 2, 1], [1, 1, 2, 2, 0], expected=(0.5, 0.5, 0.5),
         name="a third class counts as negative (one-vs-rest)"),
    case([2, 1, 0, 2, 1], [1, 1, 2, 2, 0], kwargs={"pos_label": 2}, expected=(0.5, 0.5, 0.5),
         name="pos_label=2"),
    case([0, 0, 1, 0], [0, 1, 1, 0], kwargs={"pos_label": 0}, expected=(1.0, 2 / 3, 0.8),
         name="pos_label=0: the usual 'negative' class as positive"),
    case([True, False, True, True], [True, True, False, True], kwargs={"pos_label": True},
         expected=(2 / 3, 2 / 3, 2 / 3), name="bool labels"),
    case(["Pos", "pos", "pos"], ["pos", "pos", "Pos"], kwargs={"pos_label": "pos"},
         expected=(0.5, 0.5, 0.5), name="string labels are case-sensitive"),
    case([-1, 1, -1, 1, 1], [1, 1, -1, -1, 1], expected=(2 / 3, 2 / 3, 2 / 3),
         name="labels -1 / 1"),
    case([1, 1, 1, 0], [1, 1, 1, 1], expected=(0.75, 1.0, 6 / 7),
         name="always predicting positive: recall 1, precision = prevalence"),
]


@generate(count=12, seed=99)
def random_pairs(rng):
    n = rng.randint(0, 30)
    pool = rng.choice([[0, 1], [0, 1, 2], ["a", "b", "c"], [True, False]])
    y_true = [rng.choice(pool) for _ in range(n)]
    y_pred = [t if rng.random() < 0.5 else rng.choice(pool) for t in y_true]
    return case(y_true, y_pred, kwargs={"pos_label": rng.choice(pool),
                                        "zero_division": rng.choice([0.0, 1.0, NAN])})


def _large(seed, n):
    r = random.Random(seed)
    y_true = [int(r.random() < 0.1) for _ in range(n)]
    y_pred = [t if r.random() < 0.8 else 1 - t for t in y_true]
    return y_true, y_pred


CASES.append(case(*_large(3, 200_000), time_limit=3.0, name="200,000 labels, 10% positive"))
