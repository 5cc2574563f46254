import datetime
import numbers

import numpy as np
import pandas as pd

CHECKS = ("null", "type", "min", "max", "allowed")


def _is_null(value):
    # pd.isna is True for None, NaN of any float type, pd.NA, pd.NaT and np.datetime64("NaT")
    return not isinstance(value, (str, bytes)) and pd.isna(value) is True


def _has_type(value, kind):
    if isinstance(value, (bool, np.bool_)):
        return kind == "bool"
    if kind == "int":
        return isinstance(value, numbers.Integral) or (
            isinstance(value, numbers.Real) and float(value).is_integer())
    if kind == "float":
        return isinstance(value, numbers.Real)
    if kind == "str":
        return isinstance(value, str)
    if kind == "datetime":
        return isinstance(value, (datetime.datetime, np.datetime64))
    return False  # "bool" for a non-bool value


def validate_batch(batch, schema):
    """Check an incoming batch against a schema; report every violating row by index label."""
    missing = [name for name in schema if name not in batch.columns]
    unexpected = [name for name in batch.columns if name not in schema]
    violations = []
    for name, spec in schema.items():
        if name in missing:
            continue
        rows = {check: [] for check in CHECKS}
        allowed = spec.get("allowed")
        for label, value in zip(batch.index, batch[name].tolist()):
            if _is_null(value):
                if not spec.get("nullable", False):
                    rows["null"].append(label)
                continue
            if not _has_type(value, spec["type"]):
                rows["type"].append(label)
                continue  # a value of the wrong type is not compared with the bounds
            if "min" in spec and value < spec["min"]:
                rows["min"].append(label)
            if "max" in spec and value > spec["max"]:
                rows["max"].append(label)
            if allowed is not None and value not in allowed:
                rows["allowed"].append(label)
        for check in CHECKS:
            if rows[check]:
                violations.append({"column": name, "check": check, "rows": rows[check],
                                   "count": len(rows[check])})
    return {"missing_columns": missing, "unexpected_columns": unexpected,
            "violations": violations, "valid": not missing and not violations}
