import numpy as np


def multinomial_nb_proba(X_train, y_train, X_test, alpha=1.0):
    """Posterior class probabilities of multinomial naive Bayes, columns in sorted label order."""
    X_train = np.asarray(X_train, dtype=np.float64)
    X_test = np.asarray(X_test, dtype=np.float64)
    classes, y_index = np.unique(np.asarray(y_train), return_inverse=True)
    n = X_train.shape[0]
    # one-hot class membership turns the per-class column sums into one matrix product
    member = np.zeros((n, len(classes)))
    member[np.arange(n), y_index] = 1.0
    class_counts = member.sum(axis=0)
    feature_counts = member.T @ X_train
    smoothed = feature_counts + alpha
    log_theta = np.log(smoothed) - np.log(smoothed.sum(axis=1, keepdims=True))
    # log P(c) up to the constant -log(n), which the normalisation below cancels
    log_prior = np.log(class_counts)
    joint = X_test @ log_theta.T + log_prior
    # a stable softmax: the raw joint log-likelihoods reach -1e7 with large counts
    joint -= joint.max(axis=1, keepdims=True)
    proba = np.exp(joint)
    return proba / proba.sum(axis=1, keepdims=True)
