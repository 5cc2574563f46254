import pandas as pd


def k_anonymity(table, quasi_identifiers, k):
    """(anonymity level of table, equivalence classes with fewer than k rows)."""
    # your code here
    return len(table), pd.DataFrame(columns=[*quasi_identifiers, "count"])
