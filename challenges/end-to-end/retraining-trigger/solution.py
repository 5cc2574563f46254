import math


def _day_status(day, rules):
    """"bad" if a present metric breaks its rule, "skip" if none is present, else "good"."""
    present = False
    for name, rule in rules.items():
        value = day.get(name)
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        present = True
        if ("min" in rule and value < rule["min"]) or ("max" in rule and value > rule["max"]):
            return "bad"
    return "good" if present else "skip"


def retraining_days(history, rules, patience=3, cooldown=7):
    """Days (0-based) on which to retrain: `patience` bad days in a row, outside a cooldown."""
    days, streak, quiet_until = [], 0, -1
    for i, day in enumerate(history):
        if i <= quiet_until:
            continue  # the new model is warming up: these days are not judged
        status = _day_status(day, rules)
        if status == "skip":
            continue
        streak = streak + 1 if status == "bad" else 0
        if streak >= patience:
            days.append(i)
            streak = 0
            quiet_until = i + cooldown
    return days
