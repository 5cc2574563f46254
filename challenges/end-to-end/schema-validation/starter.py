def validate_batch(batch, schema):
    """Check an incoming batch against a schema; report every violating row by index label."""
    missing = [name for name in schema if name not in batch.columns]
    unexpected = [name for name in batch.columns if name not in schema]
    violations = []
    # your code here: for now only the null check is done, and only on the first null row
    for name, spec in schema.items():
        if name in missing or spec.get("nullable", False):
            continue
        nulls = batch.index[batch[name].isna()].tolist()[:1]
        if nulls:
            violations.append({"column": name, "check": "null", "rows": nulls, "count": len(nulls)})
    return {"missing_columns": missing, "unexpected_columns": unexpected,
            "violations": violations, "valid": not missing and not violations}
