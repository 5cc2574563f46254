import pandas as pd


def k_anonymity(table, quasi_identifiers, k):
    """(anonymity level of table, equivalence classes with fewer than k rows)."""
    qis = list(quasi_identifiers)
    # one equivalence class per distinct combination; a missing value is a value of its own
    sizes = table.groupby(qis, dropna=False, observed=True, sort=False).size()
    level = int(sizes.min()) if len(sizes) else 0
    classes = sizes.rename("count").reset_index()
    small = classes[classes["count"] < k]
    small = small.sort_values(["count", *qis], na_position="last", kind="stable")
    return level, small.reset_index(drop=True)
