import math
import random

from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9, "rel_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAN = math.nan

# Literal expected values agree with scikit-learn 1.9's root_mean_squared_error,
# mean_absolute_error and r2_score (see crosscheck.py), except the float constant target
# [0.1, 0.1, 0.1], where scikit-learn's rounding gives about -1.3e33 and the statement fixes 0.0.


def metrics(rmse, mae, r2):
    return {"rmse": rmse, "mae": mae, "r2": r2}


CASES = [
    case([3, -0.5, 2, 7], [2.5, 0.0, 2, 8], expected=metrics(0.6123724356957945, 0.5, 0.9486081370449679),
         sample=True, name="worked example"),
    case([4, 4, 4], [4, 4, 5], expected=metrics(0.5773502691896257, 1 / 3, 0.0), sample=True,
         name="constant target, imperfect prediction: r2 is 0.0"),
    case([2.5], [1.0], expected=metrics(1.5, 1.5, NAN), sample=True,
         name="one sample: r2 is NaN, rmse and mae are not"),
    case([], [], expected=metrics(NAN, NAN, NAN), name="empty input: NaN everywhere"),
    case([7, 7], [7, 7], expected=metrics(0.0, 0.0, 1.0),
         name="constant target, perfect prediction: r2 is 1.0"),
    case([0.1, 0.1, 0.1], [0.6, 0.6, 0.6], expected=metrics(0.5, 0.5, 0.0),
         name="constant float target: rounding must not turn SS_tot = 0 into -1e33"),
    case([0.1, 0.1, 0.1], [0.1, 0.1, 0.1], expected=metrics(0.0, 0.0, 1.0),
         name="constant float target, perfect prediction"),
    case([1, 2, 3], [3, 2, 1], expected=metrics(math.sqrt(8 / 3), 4 / 3, -3.0),
         name="worse than predicting the mean: r2 is negative (-3.0), not clipped"),
    case([1, 2, 3, 4], [2.5, 2.5, 2.5, 2.5], expected=metrics(math.sqrt(1.25), 1.0, 0.0),
         name="predicting the mean of y_true scores r2 = 0"),
    case([-2.5, 0, 3.5, -10], [-2.5, 0, 3.5, -10], expected=metrics(0.0, 0.0, 1.0),
         name="perfect prediction with negative values and zeros"),
    case([0, 0], [1, -1], expected=metrics(1.0, 1.0, 0.0),
         name="two samples, constant zero target"),
    case([1, 5], [2, 3], expected=metrics(math.sqrt(2.5), 1.5, 0.375),
         name="two samples: the smallest size with an r2"),
    case([100, 200, 300, 400, 500], [110, 190, 320, 380, 500],
         expected=metrics(math.sqrt(200), 12.0, 0.99), name="integer inputs give float results"),
    case([1e6, 2e6, 3e6], [1e6 + 1, 2e6 - 1, 3e6], expected=metrics(math.sqrt(2 / 3), 2 / 3, 1 - 2 / 2e12),
         name="large magnitudes: r2 just below 1"),
]


@generate(count=12, seed=12)
def random_regression(rng):
    n = rng.randint(2, 40)
    if rng.random() < 0.3:
        y_true = [rng.randint(-5, 5) for _ in range(n)]
        y_pred = [t + rng.choice([-1, 0, 0, 1]) for t in y_true]
    else:
        y_true = [round(rng.uniform(-50, 50), 3) for _ in range(n)]
        y_pred = [t + rng.gauss(0, 10) for t in y_true]
    return case(y_true, y_pred)


def _large(seed, n):
    r = random.Random(seed)
    y_true = [r.uniform(0, 1000) for _ in range(n)]
    y_pred = [t + r.gauss(0, 50) for t in y_true]
    return y_true, y_pred


CASES.append(case(*_large(8, 200_000), time_limit=3.0,
                  name="200,000 values (recomputing the mean inside the loop is O(n²))"))
