import numpy as np


def cov_corr(X, ddof=1):
    """(covariance, correlation) matrices of the columns of X; NaN correlations for constant columns."""
    X = np.asarray(X, dtype=np.float64)
    n = X.shape[0]
    Xc = X - X.mean(axis=0)  # centre first: E[xy] - E[x]E[y] cancels catastrophically for large offsets
    # the computed mean of identical values may be off by an ulp: make constant columns exactly 0
    constant = (X == X[0]).all(axis=0)
    Xc[:, constant] = 0.0
    cov = Xc.T @ Xc / (n - ddof)
    std = np.sqrt(np.diag(cov))
    with np.errstate(invalid="ignore", divide="ignore"):  # 0 / 0 for constant columns: NaN
        corr = cov / np.outer(std, std)
    corr = np.clip(corr, -1.0, 1.0)  # round-off can overshoot by an ulp; NaN stays NaN
    np.fill_diagonal(corr, np.where(constant, np.nan, 1.0))
    return cov, corr
