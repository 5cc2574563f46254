import math


def _missing(value):
    return value is None or (isinstance(value, float) and math.isnan(value))


def retraining_plan(records, auc_floor, psi_ceiling, patience=3, cooldown=7, min_samples=100):
    """The days on which to retrain, and the days a retrain was due but held back by the cooldown."""
    by_day = {record["day"]: record for record in records}  # a re-run of a day replaces the earlier record
    retrain, suppressed = [], []
    streak = 0
    last_retrain = None
    for day in sorted(by_day):
        r = by_day[day]
        if r["n"] < min_samples or _missing(r["auc"]) or _missing(r["psi"]):
            continue  # not enough evidence either way: the streak neither grows nor resets
        if r["auc"] >= auc_floor and r["psi"] <= psi_ceiling:
            streak = 0
            continue
        streak += 1
        if streak < patience:
            continue
        if last_retrain is not None and day - last_retrain < cooldown:
            suppressed.append(day)  # still bad: the streak stays, so it fires when the cooldown ends
            continue
        retrain.append(day)
        last_retrain = day
        streak = 0
    return {"retrain": retrain, "suppressed": suppressed}
