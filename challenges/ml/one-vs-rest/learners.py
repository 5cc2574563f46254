"""Binary learners the tests hand to one_vs_rest_predict."""

import numpy as np


def _checked_targets(t, n):
    t = np.asarray(t)
    assert t.shape == (n,), f"the targets have shape {t.shape}; one per training row, {n}, is needed"
    assert t.dtype.kind in "iu" and set(np.unique(t).tolist()) <= {0, 1}, (
        f"the targets must be integer 0/1 (1 = the class, 0 = the rest), got {t.tolist()[:10]}"
    )
    return t.astype(np.float64)


def least_squares(X, t):
    """A linear scorer fitted by least squares to the targets mapped to -1/+1, with a bias."""
    X = np.asarray(X, dtype=np.float64)
    t = _checked_targets(t, len(X))
    A = np.hstack([X, np.ones((len(X), 1))])
    w = np.linalg.lstsq(A, 2 * t - 1, rcond=None)[0]
    return lambda X_new: np.hstack([np.asarray(X_new, dtype=np.float64), np.ones((len(X_new), 1))]) @ w


def centroid(X, t):
    """Scores by how much nearer a row is to the class's mean than to the rest's (as a list)."""
    X = np.asarray(X, dtype=np.float64)
    t = _checked_targets(t, len(X)).astype(bool)
    inside = X[t].mean(axis=0)
    outside = X[~t].mean(axis=0) if (~t).any() else np.full(X.shape[1], np.inf)

    def score(X_new):
        X_new = np.asarray(X_new, dtype=np.float64)
        far = ((X_new - outside) ** 2).sum(axis=1) if np.isfinite(outside).all() else np.full(len(X_new), 1e300)
        return (far - ((X_new - inside) ** 2).sum(axis=1)).tolist()

    return score


def class_share(X, t):
    """The share of the class in the training rows, the same for every new row: ties by design."""
    share = float(_checked_targets(t, len(X)).mean())
    return lambda X_new: np.full(len(X_new), share)


def flat(X, t):
    """The same score for every class and row: every prediction is a tie."""
    _checked_targets(t, len(X))
    return lambda X_new: np.zeros(len(X_new))


def scaled(fit_binary, factor):
    """fit_binary with every score multiplied by factor (scores near 1e300 or 1e-300)."""

    def fit(X, t):
        score = fit_binary(X, t)
        return lambda X_new: np.asarray(score(X_new), dtype=np.float64) * factor

    return fit


def nearest_mean(X, t):
    """The statement's toy learner: minus the L1 distance to the mean of the class's rows."""
    X = np.asarray(X, dtype=np.float64)
    mean = X[_checked_targets(t, len(X)) == 1].mean(axis=0)
    return lambda X_new: -np.abs(np.asarray(X_new, dtype=np.float64) - mean).sum(axis=1)
