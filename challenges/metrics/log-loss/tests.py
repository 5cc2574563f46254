import math
import random

from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9, "rel_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAN = math.nan
EPS = 2.220446049250313e-16
CLIPPED = -math.log(EPS)  # 36.04365338911715: the cost of probability 0 on the true class

# Literal expected values agree with scikit-learn 1.9's log_loss(y_true, y_prob, labels=labels)
# (see crosscheck.py); scikit-learn is not needed here.

CASES = [
    case(["spam", "ham", "ham", "spam"], [[0.1, 0.9], [0.9, 0.1], [0.8, 0.2], [0.35, 0.65]],
         ["ham", "spam"], expected=0.21616187468057912, sample=True,
         name="worked example: 2-D, string labels"),
    case(["b", "a"], [0.3, 0.0], ["a", "b"], expected=0.6019864021629682, sample=True,
         name="1-D binary form: the probability of labels[1]"),
    case([2], [[0.5, 0.5, 0.0]], [0, 1, 2], expected=CLIPPED, sample=True,
         name="probability 0 on the true class is clipped to eps"),
    case([], [], [0, 1], expected=NAN, name="empty input returns nan"),
    case([1], [1.0], [0, 1], expected=EPS, name="one perfect sample: -ln(1 - eps) ~ 2.2e-16"),
    case([0, 0], [1.0, 1.0], [0, 1], expected=CLIPPED,
         name="1-D form: p = 1 for labels[1] means 1 - p = 0 for labels[0]"),
    case([0, 1], [[0, 1], [1, 0]], [0, 1], expected=CLIPPED,
         name="integer probabilities, both confidently wrong"),
    case([0, 1, 2], [[1, 0, 0], [0, 1, 0], [0, 0, 1]], [0, 1, 2], expected=EPS,
         name="integer probabilities, all right: clipped at 1 - eps, not exactly 0"),
    case([0, 1], [[0.4, 0.4], [0.2, 0.2]], [0, 1], expected=1.2628643221541276,
         name="rows that do not sum to 1 are used as given (no renormalising)"),
    case([2, 2], [[0.2, 0.3, 0.5], [0.1, 0.1, 0.8]], [0, 1, 2],
         expected=-(math.log(0.5) + math.log(0.8)) / 2,
         name="every sample of one class, other labels only in `labels`"),
    case(["cat", "dog", "emu"], [[0.7, 0.2, 0.1, 0.0], [0.1, 0.6, 0.1, 0.2], [0.25, 0.25, 0.25, 0.25]],
         ["cat", "dog", "emu", "fox"],
         expected=-(math.log(0.7) + math.log(0.6) + math.log(0.25)) / 3,
         name="a class that never occurs still has its column"),
    case([-1, 1, 1, -1], [0.2, 0.9, 0.6, 0.5], [-1, 1],
         expected=-(math.log(0.8) + math.log(0.9) + math.log(0.6) + math.log(0.5)) / 4,
         name="labels -1 / 1 in the 1-D form"),
    case([False, True, True], [0.25, 0.75, 1], [False, True],
         expected=-(math.log(0.75) + math.log(0.75) + math.log(1 - EPS)) / 3,
         name="bool labels in the 1-D form"),
    case([1, 1], [1e-20, 0.5], [0, 1], expected=(CLIPPED - math.log(0.5)) / 2,
         name="a tiny positive probability is clipped up to eps too"),
]


@generate(count=10, seed=404)
def random_multiclass(rng):
    k = rng.randint(2, 5)
    labels = list(range(k))
    n = rng.randint(1, 30)
    y_true = [rng.randrange(k) for _ in range(n)]
    y_prob = []
    for _ in range(n):
        w = [rng.choice([0.0, rng.random(), rng.random()]) for _ in range(k)]
        s = sum(w) or 1.0
        y_prob.append([v / s for v in w])
    return case(y_true, y_prob, labels)


@generate(count=6, seed=405)
def random_binary_1d(rng):
    n = rng.randint(1, 30)
    y_true = [rng.choice(["neg", "pos"]) for _ in range(n)]
    y_prob = [rng.choice([0, 1, rng.random(), rng.random()]) for _ in range(n)]
    return case(y_true, y_prob, ["neg", "pos"])


def _large(seed, n):
    r = random.Random(seed)
    y_true = [r.randrange(2) for _ in range(n)]
    y_prob = [min(1.0, max(0.0, 0.5 + (0.3 if t else -0.3) + r.gauss(0, 0.25))) for t in y_true]
    return y_true, y_prob, [0, 1]


CASES.append(case(*_large(6, 100_000), time_limit=3.0, name="100,000 samples in the 1-D form"))
