from drill import case, generate

NAN, INF = float("nan"), float("inf")


def r(day, auc, psi=0.0, n=500):
    return {"day": day, "auc": auc, "psi": psi, "n": n}


EXAMPLE = [r(1, 0.82, 0.05), r(2, 0.74, 0.08, 480), r(3, 0.73, 0.31, 510), r(4, None, 0.12, 20),
           r(5, 0.71, 0.10, 495), r(6, 0.70, 0.09, 505), r(7, 0.69, 0.10), r(8, 0.70, 0.10), r(9, 0.70, 0.10)]
BAD_WEEKS = [r(d, 0.6) for d in range(1, 22)]



def kw(**kwargs):
    return kwargs


CASES = [
    case(EXAMPLE, 0.75, 0.25, kwargs=kw(cooldown=4), sample=True, name="worked example",
         expected={"retrain": [5, 9], "suppressed": [8]}),
    case([r(d, 0.9, 0.1) for d in range(10)], 0.75, 0.25, sample=True, name="a healthy model: nothing to do",
         expected={"retrain": [], "suppressed": []}),
    case([r(1, 0.7), r(2, 0.9), r(3, 0.7)], 0.75, 0.25, kwargs=kw(patience=1, cooldown=2), sample=True,
         name="patience 1: every bad day outside the cooldown retrains",
         expected={"retrain": [1, 3], "suppressed": []}),
    case([], 0.75, 0.25, name="no records", expected={"retrain": [], "suppressed": []}),
    case(BAD_WEEKS, 0.75, 0.25, name="defaults: 21 bad days, patience 3, cooldown 7",
         expected={"retrain": [3, 10, 17], "suppressed": [6, 7, 8, 9, 13, 14, 15, 16, 20, 21]}),
    case(list(reversed(EXAMPLE)), 0.75, 0.25, kwargs=kw(cooldown=4), name="records in reverse order",
         expected={"retrain": [5, 9], "suppressed": [8]}),
    case([r(1, 0.7), r(2, 0.7), r(3, 0.7), r(2, 0.9)], 0.75, 0.25, name="a re-run of day 2 replaces it: no streak",
         expected={"retrain": [], "suppressed": []}),
    case([r(1, 0.9), r(2, 0.9), r(3, 0.9), r(2, 0.7), r(1, 0.7), r(3, 0.7)], 0.75, 0.25,
         name="the last record of a day wins, whatever its position", expected={"retrain": [3], "suppressed": []}),
    case([r(1, 0.7), r(2, 0.7), r(3, 0.9), r(4, 0.7), r(5, 0.7)], 0.75, 0.25, name="a good day resets the streak",
         expected={"retrain": [], "suppressed": []}),
    case([r(1, 0.7), r(2, 0.7, n=99), r(3, NAN), r(4, 0.7, psi=None), r(5, 0.7)], 0.75, 0.25, kwargs=kw(patience=2),
         name="too few samples, NaN AUC and missing PSI are no evidence: the streak carries over",
         expected={"retrain": [5], "suppressed": []}),
    case([r(1, 0.7, n=100), r(2, 0.7, n=100), r(3, 0.7, n=100)], 0.75, 0.25,
         name="n equal to min_samples is evidence", expected={"retrain": [3], "suppressed": []}),
    case([r(1, 0.75, 0.25), r(2, 0.75, 0.25), r(3, 0.75, 0.25)], 0.75, 0.25,
         name="AUC at the floor and PSI at the ceiling are good", expected={"retrain": [], "suppressed": []}),
    case([r(1, 0.9, 0.3), r(2, 0.9, INF), r(3, 0.9, 0.26)], 0.75, 0.25, name="drift alone makes days bad",
         expected={"retrain": [3], "suppressed": []}),
    case([r(1, -INF), r(2, 0.7), r(3, 0.1)], 0.75, 0.25, name="AUC of -inf is just bad",
         expected={"retrain": [3], "suppressed": []}),
    case([r(d, 0.6) for d in (-10, -4, 0, 3, 4, 5, 7)], 0.75, 0.25, kwargs=kw(patience=2, cooldown=7),
         name="negative days with gaps: the cooldown counts calendar days, the streak counts records",
         expected={"retrain": [-4, 3], "suppressed": [5, 7]}),
    case([r(1, 0.6), r(2, 0.6), r(3, 0.6), r(4, 0.6)], 0.75, 0.25, kwargs=kw(patience=2, cooldown=2),
         name="a gap of exactly the cooldown allows a retrain", expected={"retrain": [2, 4], "suppressed": []}),
    case([r(1, 0.6), r(2, 0.6), r(3, 0.6), r(4, 0.9), r(5, 0.6), r(6, 0.6)], 0.75, 0.25,
         kwargs=kw(patience=1, cooldown=10),
         name="a good day during the cooldown resets the streak that a suppression kept",
         expected={"retrain": [1], "suppressed": [2, 3, 5, 6]}),
    case([r(1, 0.6), r(2, 0.6), r(3, 0.6)], 0.75, 0.25, kwargs=kw(patience=1, cooldown=0),
         name="cooldown 0: retrain every bad day", expected={"retrain": [1, 2, 3], "suppressed": []}),
    case([r(1, 0.6, n=0), r(2, 0.6, n=0)], 0.75, 0.25, kwargs=kw(patience=2, min_samples=0),
         name="min_samples 0: a day with n = 0 still counts", expected={"retrain": [2], "suppressed": []}),
    case([r(1, 0.6, n=150), r(2, 0.6, n=150), r(3, 0.6, n=150)], 0.75, 0.25, kwargs=kw(min_samples=200),
         name="min_samples 200: no day is evidence", expected={"retrain": [], "suppressed": []}),
]


@generate(count=12, seed=31)
def random_monitoring(rng):
    days = rng.sample(range(-5, 60), rng.randint(0, 40))
    records = []
    for day in days:
        auc = rng.choice([None, NAN, round(rng.uniform(0.6, 0.9), 3)])
        psi = rng.choice([None, round(rng.uniform(0.0, 0.4), 3), 0.25])
        records.append(r(day, auc, psi, rng.choice([0, 50, 100, 500])))
    records += [dict(x, auc=0.7) for x in rng.sample(records, min(3, len(records)))]  # re-runs
    return case(records, 0.75, 0.25, kwargs=kw(patience=rng.randint(1, 4), cooldown=rng.randint(0, 10),
                                                   min_samples=rng.choice([0, 100])))
