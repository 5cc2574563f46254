def retraining_days(history, rules, patience=3, cooldown=7):
    """Days (0-based) on which to retrain: `patience` bad days in a row, outside a cooldown."""
    # your code here: for now, every day on which some metric breaks its rule
    days = []
    for i, day in enumerate(history):
        for name, rule in rules.items():
            value = day.get(name)
            if value is not None and ("min" in rule and value < rule["min"] or "max" in rule and value > rule["max"]):
                days.append(i)
                break
    return days
