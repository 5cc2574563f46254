"""Learners and true functions the tests hand to bias_variance (fit and predict in one call)."""

import numpy as np


def polynomial(degree):
    """Least-squares polynomial of the given degree in x."""

    def fit_predict(x_train, y_train, x_test):
        coef = np.polyfit(np.asarray(x_train, dtype=np.float64), np.asarray(y_train, dtype=np.float64), degree)
        return np.polyval(coef, np.asarray(x_test, dtype=np.float64))

    return fit_predict


def mean_only(x_train, y_train, x_test):
    """The mean of the training targets everywhere (a list): high bias, low variance."""
    return [float(np.mean(y_train))] * len(x_test)


def nearest(x_train, y_train, x_test):
    """1-nearest neighbour in x: low bias, high variance."""
    x_train = np.asarray(x_train, dtype=np.float64)
    idx = np.argmin(np.abs(np.asarray(x_test, dtype=np.float64)[:, None] - x_train[None, :]), axis=1)
    return np.asarray(y_train, dtype=np.float64)[idx]


def sine(x):
    return np.sin(2 * np.pi * np.asarray(x, dtype=np.float64))


def line(x):
    return 3.0 * np.asarray(x, dtype=np.float64) - 1.0


def scaled_sine(scale):
    def f(x):
        return scale * sine(x)

    return f
