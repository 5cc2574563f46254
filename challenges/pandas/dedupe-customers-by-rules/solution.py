import pandas as pd


def dedupe_customers(customers):
    """One row per normalised email, chosen by: verified, most complete, latest update, smallest id."""
    key = customers["email"].str.strip().str.lower()
    key = key.where(key != "")                                   # blank emails match nothing
    work = customers.assign(_key=key, _filled=customers.notna().sum(axis=1))
    keyed = work[key.notna()]
    best = keyed.sort_values(["verified", "_filled", "updated_at", "customer_id"],
                             ascending=[False, False, False, True], na_position="last", kind="stable")
    best = best.drop_duplicates("_key")                          # the first row of each email wins
    best = best.assign(duplicates=best["_key"].map(keyed.groupby("_key").size()) - 1)
    alone = work[key.isna()].assign(duplicates=0)                # no email: never a duplicate
    out = pd.concat([best, alone]).sort_values("customer_id", kind="stable")
    return out.drop(columns=["_key", "_filled"]).astype({"duplicates": "int64"}).reset_index(drop=True)
