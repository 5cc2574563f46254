import math
import numbers

import numpy as np
import pandas as pd


def _problem(value, column):
    """Why one feature value cannot be scored, or None when it is a finite number."""
    if value is None or value is pd.NA or value is pd.NaT:
        return f"missing {column}"
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        return f"not a number in {column}"
    if math.isnan(value):
        return f"missing {column}"
    if math.isinf(value):
        return f"not finite in {column}"
    return None


def _row_problem(row, features):
    for column, value in zip(features, row):
        problem = _problem(value, column)
        if problem:
            return problem
    return None


def _call(model, X):
    """(predictions, None) or (None, the error text) for one call of model.predict."""
    try:
        out = np.asarray(model.predict(X), dtype=np.float64).reshape(-1)
    except Exception as e:  # a model failure is reported per row, never raised
        return None, f"model error: {type(e).__name__}: {e}"
    if len(out) != len(X):
        return None, f"model error: returned {len(out)} predictions for {len(X)} rows"
    return out, None


def batch_predict(batch, model, features, chunk_size=1000):
    """Score every row of batch: one output row per input row, in order, with the reason when unscored."""
    n = len(batch)
    predictions = np.full(n, np.nan)
    errors = [None] * n
    rows = batch[list(features)].to_numpy(dtype=object)  # positions, never labels: labels may repeat
    valid = []
    for i in range(n):
        errors[i] = _row_problem(rows[i], features)
        if errors[i] is None:
            valid.append(i)
    for start in range(0, len(valid), chunk_size):
        chunk = valid[start:start + chunk_size]
        X = rows[chunk].astype(np.float64)
        out, error = _call(model, X)
        if error is None:
            predictions[chunk] = out
            continue
        for j, i in enumerate(chunk):  # the chunk failed: rescue the rows one by one
            out, error = _call(model, X[j:j + 1])
            if error is None:
                predictions[i] = out[0]
            else:
                errors[i] = error
    return pd.DataFrame({"prediction": predictions, "error": errors}, index=batch.index)
