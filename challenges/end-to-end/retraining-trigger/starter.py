def retraining_plan(records, auc_floor, psi_ceiling, patience=3, cooldown=7, min_samples=100):
    """The days on which to retrain, and the days a retrain was due but held back by the cooldown."""
    retrain = []
    for record in records:
        # your code here: sort by day, skip days without enough evidence, count bad days in a row,
        # and respect the cooldown after each retrain
        if record["auc"] is not None and record["auc"] < auc_floor:
            retrain.append(record["day"])
    return {"retrain": retrain, "suppressed": []}
