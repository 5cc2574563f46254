import numpy as np


def bias_variance(true_f, fit_predict, x_train, x_test, noise_std, n_datasets=200, seed=0):
    """(bias², variance) of a learner, estimated on n_datasets simulated training sets."""
    x_train = np.asarray(x_train, dtype=np.float64)
    x_test = np.asarray(x_test, dtype=np.float64)
    noise = np.random.default_rng(seed).normal(0.0, noise_std, size=(n_datasets, len(x_train)))
    clean = np.asarray(true_f(x_train), dtype=np.float64)
    preds = np.array([np.asarray(fit_predict(x_train, clean + e, x_test), dtype=np.float64) for e in noise])
    mean_pred = preds.mean(axis=0)  # the average model, one value per test point
    bias2 = np.mean((mean_pred - np.asarray(true_f(x_test), dtype=np.float64)) ** 2)
    variance = np.mean(((preds - mean_pred) ** 2).mean(axis=0))
    return float(bias2), float(variance)
