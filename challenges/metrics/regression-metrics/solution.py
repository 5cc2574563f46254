import math


def regression_metrics(y_true, y_pred):
    """{"rmse": float, "mae": float, "r2": float} (r2 follows scikit-learn's conventions)."""
    n = len(y_true)
    if n == 0:
        return {"rmse": math.nan, "mae": math.nan, "r2": math.nan}
    errors = [t - p for t, p in zip(y_true, y_pred)]
    ss_res = math.fsum(e * e for e in errors)
    mae = math.fsum(abs(e) for e in errors) / n
    rmse = math.sqrt(ss_res / n)
    if n < 2:
        r2 = math.nan
    elif min(y_true) == max(y_true):  # constant target: SS_tot is 0
        r2 = 1.0 if ss_res == 0 else 0.0
    else:
        mean = math.fsum(y_true) / n
        ss_tot = math.fsum((t - mean) ** 2 for t in y_true)
        r2 = 1.0 - ss_res / ss_tot
    return {"rmse": float(rmse), "mae": float(mae), "r2": float(r2)}
