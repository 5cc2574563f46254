import numpy as np
import pandas as pd

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "close", "abs_tol": 1e-9, "rel_tol": 0}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
NAN = float("nan")


def report(identifier=(), after_cutoff=(), high_auc=None):
    return {"identifier": list(identifier), "after_cutoff": list(after_cutoff),
            "high_auc": dict(high_auc or {})}


def dates(*values):
    return pd.to_datetime(list(values))


EXAMPLE = pd.DataFrame({
    "customer_id": [1001, 1002, 1003, 1004, 1005, 1006],
    "monthly_fee": [70.0, 20.0, 85.0, 55.0, 30.0, 65.0],
    "support_calls": [4, 0, 1, 3, 0, 2],
    "refund_issued": [True, False, True, True, False, False],
    "snapshot": dates(*["2024-03-01"] * 6),
    "last_login": dates("2024-02-20", "2024-02-28", "2024-03-05", "2024-02-10", "2024-02-27", None),
    "churned": [1, 0, 1, 1, 0, 0],
})

INVERSE = pd.DataFrame({
    "days_to_renewal": [3, 40, 5, 28, 2, 35, 35],
    "plan": ["basic", "pro", "basic", "pro", "pro", "basic", "pro"],
    "cancelled_at": dates("2024-01-09", None, "2024-02-01", None, "2024-03-15", None, None),
    "churned": [1, 0, 1, 0, 1, 0, 0],
})


def _kinds_of_identifier():
    return pd.DataFrame({
        "int_id": np.array([7, 3, 9, 1], dtype=np.int32),
        "nullable_id": pd.array([1, 2, None, 4], dtype="Int64"),   # a missing value
        "str_id": pd.array(["a7", "b3", "c9", "d1"], dtype="string"),
        "object_id": pd.Series(["u1", "u2", "u3", "u4"], dtype=object),
        "repeated": [5, 5, 6, 7],
        "float_unique": [0.5, 1.5, 2.5, 3.5],
        "category_unique": pd.Categorical(["w", "x", "y", "z"]),
        "label": [True, False, False, True],
    })


def _ties():
    # positives 1, 2, 2, 3 against negatives 2, 2, 3, 0: ties count one half
    return pd.DataFrame({"x": [1, 2, 2, 3, 2, 2, 3, 0], "y": [1, 1, 1, 1, 0, 0, 0, 0],
                         "flag": [True, True, True, False, True, False, False, False]})


def _exactly_at_threshold():
    # 4 positives x 5 negatives = 20 pairs. "a" orders 19 pairs right: AUC 19/20 = 0.95.
    # "b" orders 1 pair right: AUC 0.05, score 1 - 0.05. "c" orders 18: 0.9.
    return pd.DataFrame({
        "a": [5.0, 6.0, 7.0, 3.5, 1.0, 2.0, 3.0, 4.0, 0.0],
        "b": [-5.0, -6.0, -7.0, -3.5, -1.0, -2.0, -3.0, -4.0, 0.0],
        "c": [5.0, 6.0, 3.5, 2.5, 1.0, 2.0, 3.0, 4.0, 0.0],
        "y": [1, 1, 1, 1, 0, 0, 0, 0, 0],
    })


def _rounding():
    # 5 x 5 pairs, 8 ordered right: AUC 0.32, score 1 - 0.32 = 0.6799999999999999 in floats
    return pd.DataFrame({"s": [0, 1, 2, 6, 9, 3, 4, 5, 7, 8], "t": [1] * 5 + [0] * 5})


def _missing_values():
    return pd.DataFrame({
        "only_positives_left": [1.0, 2.0, NAN, NAN, NAN],
        "nullable": pd.array([1, 9, None, 3, 0], dtype="Int64"),
        "nullable_bool": pd.array([True, None, False, False, False], dtype="boolean"),
        "target": [1, 1, 0, 0, 0],
    })


def _extremes():
    return pd.DataFrame({
        "huge": [1e308, -1e308, 1.7e308, -1.7e308],
        "tiny": [5e-324, -5e-324, 1e-320, 0.0],
        "mixed": [-1e300, 1e-300, 1e300, 0.0],
        "y": [1, 0, 1, 0],
    })


def _row_cutoffs():
    return pd.DataFrame({
        "signup": dates("2023-01-01", "2023-06-01", "2023-02-01", None),
        "equal_to_cutoff": dates("2024-01-31", "2024-03-01", "2024-02-15", "2024-02-20"),
        "late_on_one_row": dates("2024-01-01", "2024-03-02", "2024-02-01", "2024-01-01"),
        "late_but_nat_cutoff": dates("2024-01-01", "2024-01-01", "2024-01-01", "2030-01-01"),
        "cutoff_day": dates("2024-01-31", "2024-03-01", "2024-02-15", None),
        "y": [0, 1, 0, 1],
    })


def _large():
    g = np.random.default_rng(14)
    n = 100_000
    y = (g.random(n) < 0.3).astype(np.int64)
    frame = pd.DataFrame({f"f{k}": g.normal(0, 1, n) + y * k * 0.8 for k in range(7)})
    frame["rounded"] = (frame["f3"] * 2).round()
    frame["leak"] = y * 10.0 + g.normal(0, 0.5, n)
    frame["row_id"] = g.permutation(n)
    frame["y"] = y
    return frame


CASES = [
    case(EXAMPLE, "churned", "snapshot",
         expected=report(["customer_id"], ["last_login"], {"refund_issued": 1.0}),
         sample=True, name="worked example: an id, a login after the snapshot, a perfect flag"),
    case(INVERSE, "churned",
         expected=report(high_auc={"days_to_renewal": 1.0}),
         sample=True, name="no cutoff: dates are not checked; an inverse feature leaks too"),
    case(EXAMPLE, "churned", kwargs={"cutoff": "snapshot", "auc_threshold": 0.8},
         expected=report(["customer_id"], ["last_login"],
                         {"monthly_fee": 8 / 9, "support_calls": 8 / 9, "refund_issued": 1.0}),
         sample=True, name="a lower threshold flags the 0.889 features (not the id at 0.778)"),
    case(_kinds_of_identifier(), "label",
         expected=report(["int_id", "str_id", "object_id"], high_auc={}),
         name="identifiers: int32 and strings; not a missing value, a repeat, floats, categories"),
    case(_ties(), "y", kwargs={"auc_threshold": 0.5},
         expected=report(high_auc={"x": 0.53125, "flag": 0.75}),
         name="ties between the classes count one half"),
    case(_exactly_at_threshold(), "y",
         expected=report(high_auc={"a": 0.95, "b": 0.95}),
         name="scores exactly at the default threshold 0.95 leak; 0.9 does not"),
    case(_rounding(), "t", kwargs={"auc_threshold": 0.68},
         expected=report(["s"], high_auc={"s": 0.68}),
         name="1 - 8/25 = 0.6799999999999999 reaches the threshold 0.68"),
    case(_missing_values(), "target", kwargs={"auc_threshold": 0.5},
         expected=report(high_auc={"nullable": 0.75, "nullable_bool": 1.0}),
         name="missing values dropped per feature; one class left: not flagged"),
    case(_extremes(), "y", kwargs={"auc_threshold": 0.5},
         expected=report(high_auc={"huge": 1.0, "tiny": 1.0, "mixed": 0.5}),
         name="magnitudes near the float limits and subnormals"),
    case(_row_cutoffs(), "y", "cutoff_day",
         expected=report(after_cutoff=["late_on_one_row"], high_auc={}),
         name="each row against its own cutoff; equal is not later; NaT never counts"),
    case(pd.DataFrame({"k": [4, 2], "v": [0.3, 0.1], "y": [True, False]}), "y",
         expected=report(["k"], high_auc={"k": 1.0, "v": 1.0}),
         name="two rows, a bool target: the smallest identifier"),
    case(pd.DataFrame({"k": [4], "v": [0.3], "y": [1]}), "y", expected=report(),
         name="one row: no identifier, no AUC"),
    case(pd.DataFrame({"v": [0.1, 0.9, 0.5], "y": [0, 0, 0]}), "y", kwargs={"auc_threshold": 0.5},
         expected=report(), name="a single class: every AUC is undefined"),
    case(pd.DataFrame({"y": pd.Series([], dtype="int64"), "v": pd.Series([], dtype="float64")}),
         "y", expected=report(), name="no rows"),
    case(_large(), "y", time_limit=4.0,
         name="100,000 rows x 10 features (comparing every pair of rows is too slow)"),
]


@generate(count=12, seed=1414)
def random_tables(rng):
    g = numpy_rng(rng)
    n = rng.randint(2, 40)
    y = g.integers(0, 2, n)
    cutoff = pd.Timestamp("2024-06-01") + pd.to_timedelta(g.integers(0, 30, n), unit="D")
    frame = pd.DataFrame({
        "id": g.permutation(n) + 100,
        "coarse": g.integers(0, 4, n) + y * rng.choice([0, 1, 3]),
        "noisy": np.round(g.normal(0, 1, n) - y * rng.uniform(0, 4), 1),
        "event": cutoff + pd.to_timedelta(g.integers(-60, rng.choice([1, 2, 5]), n), unit="D"),
        "cut": cutoff,
        "segment": g.choice(["a", "b", "c"], n),
        "y": y,
    })
    frame.loc[g.random(n) < 0.15, "noisy"] = np.nan
    kwargs = {"cutoff": "cut"} if rng.random() < 0.7 else {}
    kwargs["auc_threshold"] = rng.choice([0.6, 0.75, 0.9, 0.95])
    return case(frame, "y", kwargs=kwargs)
