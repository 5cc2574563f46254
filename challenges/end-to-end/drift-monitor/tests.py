import math

import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9, "rel_tol": 1e-7}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
NAN = float("nan")


# ---- the statement, written out with plain loops (independent of solution.py) ----------------

def _quantile(sorted_values, q):
    h = (len(sorted_values) - 1) * q
    lo = math.floor(h)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (h - lo) * (sorted_values[hi] - sorted_values[lo])


def _psi(ref, cur, n_bins):
    s = sorted(ref)
    edges = sorted(set(_quantile(s, i / n_bins) for i in range(1, n_bins)))
    def proportions(values):
        counts = [0] * (len(edges) + 1)
        for v in values:
            counts[sum(1 for e in edges if e < v)] += 1
        return [max(c / len(values), 1e-4) for c in counts]
    pr, pc = proportions(ref), proportions(cur)
    return math.fsum((c - r) * math.log(c / r) for r, c in zip(pr, pc))


def _ks(ref, cur):
    points = set(ref) | set(cur)
    return max(abs(sum(1 for v in ref if v <= x) / len(ref) - sum(1 for v in cur if v <= x) / len(cur))
               for x in points)


def by_definition(reference, current, n_bins=10, psi_threshold=0.2, ks_threshold=0.1,
                  min_drifted=1):
    features, drifted = {}, []
    for col in reference.columns:
        ref = [float(v) for v in reference[col] if not pd.isna(v)]
        cur = [float(v) for v in current[col] if not pd.isna(v)]
        if not ref or not cur:
            p = k = NAN
            flag = True
        else:
            p, k = _psi(ref, cur, n_bins), _ks(ref, cur)
            flag = p >= psi_threshold - 1e-9 or k >= ks_threshold - 1e-9
        features[col] = {"psi": p, "ks": k, "drifted": flag}
        if flag:
            drifted.append(col)
    return {"features": features, "drifted_features": drifted, "retrain": len(drifted) >= min_drifted}


# ---- cases ----------------------------------------------------------------------------------

def frame(**columns):
    return pd.DataFrame(columns)


EX_REF = frame(x=np.arange(1, 11), y=[0.5, 1.5] * 5)
EX_CUR = frame(y=[1.5, 0.5, 0.5, 1.5, 0.5, 1.5, 1.5, 0.5], x=[6, 7, 8, 8, 9, 10, 11, 12])


def _same_distribution():
    g = np.random.default_rng(1)
    data = g.normal(size=(500, 2))
    return frame(a=data[:, 0], b=data[:, 1]), frame(a=data[::-1, 0].copy(), b=data[:, 1].copy())


def _large():
    g = np.random.default_rng(2)
    n = 100_000
    ref = frame(age=g.normal(40, 10, n).round(), income=g.lognormal(10, 0.5, n),
                clicks=g.poisson(3, n), score=g.uniform(0, 1, n))
    cur = frame(age=g.normal(42, 10, n).round(), income=g.lognormal(10, 0.5, n),
                clicks=g.poisson(3.4, n), score=g.uniform(0, 1, n))
    cur.loc[g.random(n) < 0.05, "income"] = np.nan
    return ref, cur


def _at_the_default_thresholds():
    """Three features just around the default thresholds (10 bins, PSI 0.2, KS 0.1): PSI 0.21
    with KS 0.09, KS 0.11 with PSI 0.11, and PSI 0.12 with KS 0.08 (no drift)."""
    g = np.random.default_rng(2357)
    psi_only = (g.normal(0, 1, 400).round(2),
                np.concatenate([g.normal(0, 1, 340), g.normal(0, g.uniform(2, 4), 60)]).round(2))
    pairs = {"psi_only": psi_only}
    for name, seed in (("ks_only", 4), ("steady", 109)):
        g = np.random.default_rng(seed)
        ref = g.normal(0, 1, 400).round(2)
        s, mu = g.uniform(0.8, 1.6), g.uniform(-0.3, 0.3)
        pairs[name] = (ref, g.normal(mu, s, 400).round(2))
    return (frame(**{k: r for k, (r, _) in pairs.items()}),
            frame(**{k: c for k, (_, c) in pairs.items()}))


def _defaults_case(ref, cur, name):
    """Called with no options: expected from the definition with the stated defaults."""
    return case(ref, cur, name=name, expected=by_definition(
        ref, cur, n_bins=10, psi_threshold=0.2, ks_threshold=0.1, min_drifted=1))


_REF3, _CUR3 = _at_the_default_thresholds()

CASES = [
    case(EX_REF, EX_CUR, kwargs={"n_bins": 4},
         expected={"features": {"x": {"psi": 4.344018042109852, "ks": 0.5, "drifted": True},
                                "y": {"psi": 0.0, "ks": 0.0, "drifted": False}},
                   "drifted_features": ["x"], "retrain": True},
         sample=True, name="worked example: x shifted (empty bins floored at 1e-4), y stable"),
    case(*_same_distribution(),
         expected={"features": {"a": {"psi": 0.0, "ks": 0.0, "drifted": False},
                                "b": {"psi": 0.0, "ks": 0.0, "drifted": False}},
                   "drifted_features": [], "retrain": False},
         sample=True, name="same values in another order: PSI 0, KS 0, no retraining"),
    case(frame(u=[1.0, NAN, 2.0, 3.0, 4.0], v=[1.0, 2.0, 3.0, 4.0, 5.0]),
         frame(u=[NAN, 1.0, 2.0, NAN, 3.0, 4.0], v=[NAN] * 6), kwargs={"n_bins": 2},
         expected={"features": {"u": {"psi": 0.0, "ks": 0.0, "drifted": False},
                                "v": {"psi": NAN, "ks": NAN, "drifted": True}},
                   "drifted_features": ["v"], "retrain": True},
         sample=True, name="missing values are dropped; an all-missing feature is flagged"),
    case(frame(c=[5.0] * 20), frame(c=[5.0] * 9 + [6.0]),
         name="constant reference: all edges equal, two bins (<= 5, > 5)"),
    case(frame(c=[5.0] * 20), frame(c=[5.0] * 9 + [6.0]), kwargs={"psi_threshold": 1.0},
         expected={"features": {"c": {"psi": 0.7006208039360982, "ks": 0.1, "drifted": True}},
                   "drifted_features": ["c"], "retrain": True},
         name="KS of 1/10 (0.09999999999999998 in floats) reaches ks_threshold=0.1"),
    case(frame(d=[1, 1, 2, 2, 3, 3, 4, 4]), frame(d=[2, 2, 2, 2, 3, 3, 3, 3]), kwargs={"n_bins": 4},
         name="values equal to an edge belong to the lower bin"),
    case(frame(p=[1.0, 2.0, 3.0, 4.0]), frame(p=[3.0, 4.0, 5.0, 6.0]),
         kwargs={"ks_threshold": 0.5, "psi_threshold": 100.0},
         expected={"features": {"p": {"psi": 4.45976434056003, "ks": 0.5, "drifted": True}},
                   "drifted_features": ["p"], "retrain": True},
         name="KS exactly at the threshold counts as drift (>=)"),
    case(frame(a=[1.0, 2.0, 3.0], b=[1.0, 2.0, 3.0], c=[0.0, 0.0, 1.0]),
         frame(c=[0.0, 0.0, 1.0], extra=[9.0, 9.0, 9.0], b=[7.0, 8.0, 9.0], a=[1.0, 2.0, 3.0]),
         kwargs={"min_drifted": 2},
         name="columns found by name, extra current columns ignored; one drift < min_drifted"),
    case(frame(n=pd.array([1, 2, None, 4, 5, 6], dtype="Int64"), f=np.arange(6, dtype=np.float32)),
         frame(n=pd.array([None, 6, 7, 8], dtype="Int64"), f=np.arange(2, 6, dtype=np.float32)),
         kwargs={"n_bins": 3}, name="nullable Int64 with <NA>, float32"),
    case(frame(s=[3.5]), frame(s=[-1.0]),
         name="one value each, both in the bin (-inf, 3.5]: PSI 0 while KS is 1"),
    case(frame(z=np.arange(30)), frame(z=np.arange(30) % 3), kwargs={"n_bins": 50},
         name="50 bins for 30 reference values: duplicate edges merge; int64 column"),
    case(pd.DataFrame(index=range(3)), pd.DataFrame(index=range(2)),
         expected={"features": {}, "drifted_features": [], "retrain": False},
         name="no features: nothing to retrain"),
    case(frame(e=[1.0, 2.0]), frame(e=pd.Series([], dtype="float64")),
         name="an empty current sample is flagged"),
    _defaults_case(_REF3, _CUR3, name="every default: 10 bins; PSI 0.21 and KS 0.11 drift "
                   "(thresholds 0.2 and 0.1), PSI 0.12 with KS 0.08 does not"),
    _defaults_case(_REF3[["psi_only", "steady"]], _CUR3[["psi_only", "steady"]],
                   name="default min_drifted = 1: a single drifted feature means retrain"),
    case(*_large(), time_limit=2.0,
         name="4 features x 100,000 rows (a double loop over values is too slow)"),
]


def matches_definition(actual, expected, reference, current, **kwargs):
    want = by_definition(reference, current, **kwargs)
    if type(actual) is not dict or set(actual) != set(want):
        return f"expected a dict with keys {sorted(want)}, got {actual!r:.100}"
    if actual["drifted_features"] != want["drifted_features"] or actual["retrain"] != want["retrain"]:
        return (f"drifted_features/retrain: expected {want['drifted_features']}/{want['retrain']}, "
                f"got {actual['drifted_features']!r}/{actual['retrain']!r}")
    for col, stats in want["features"].items():
        got = actual["features"].get(col) if type(actual["features"]) is dict else None
        if type(got) is not dict:
            return f"features[{col!r}]: missing or not a dict"
        for key in ("psi", "ks"):
            e, a = stats[key], got.get(key)
            if type(a) not in (int, float) or not (
                    (math.isnan(e) and math.isnan(a)) or math.isclose(a, e, rel_tol=1e-7, abs_tol=1e-9)):
                return f"features[{col!r}][{key!r}]: expected {e!r}, got {a!r}"
        if got.get("drifted") is not stats["drifted"]:
            return f"features[{col!r}]['drifted']: expected {stats['drifted']}, got {got.get('drifted')!r}"
    return None


@generate(count=10, seed=4242)
def random_monitoring(rng):
    """Seeded samples graded against the loop-by-loop definition above."""
    g = np.random.default_rng(rng.randrange(2**32))
    n, m = rng.randint(1, 60), rng.randint(1, 60)
    cols_ref, cols_cur = {}, {}
    for name in ("f1", "f2"):
        if rng.random() < 0.4:
            r, c = g.integers(0, 6, n).astype(float), g.integers(0, 7, m).astype(float)
        else:
            r, c = g.normal(0, 1, n), g.normal(rng.uniform(-1, 1), rng.uniform(0.5, 2), m)
        r[g.random(n) < 0.1] = np.nan
        c[g.random(m) < 0.1] = np.nan
        cols_ref[name], cols_cur[name] = r, c
    kwargs = {"n_bins": rng.randint(2, 12), "psi_threshold": rng.choice([0.1, 0.2, 0.25]),
              "ks_threshold": rng.choice([0.1, 0.2, 0.3]), "min_drifted": rng.randint(1, 2)}
    return case(frame(**cols_ref), frame(**cols_cur), kwargs=kwargs, check=matches_definition)
