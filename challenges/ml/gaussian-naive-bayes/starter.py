import numpy as np


def gaussian_nb_proba(X_train, y_train, X_test, var_smoothing=1e-9):
    """Posterior class probabilities of Gaussian naive Bayes, columns in sorted label order."""
    # your code here: for now, every class is equally likely
    n_classes = len(np.unique(y_train))
    return np.full((len(X_test), n_classes), 1.0 / n_classes)
