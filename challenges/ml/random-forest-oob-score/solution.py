import numpy as np


def oob_accuracy(tree_predictions, bootstrap_indices, y):
    """Out-of-bag accuracy of a bagged ensemble: each sample voted on only by the trees that
    did not train on it (ties to the smallest label; samples in every bag are skipped)."""
    P = np.asarray(tree_predictions)
    bags = np.asarray(bootstrap_indices)
    y = np.asarray(y)
    n_trees, n = P.shape
    labels, codes = np.unique(np.concatenate([P.ravel(), y]), return_inverse=True)
    pred_codes = codes[: P.size].reshape(n_trees, n)
    votes = np.zeros((n, len(labels)), dtype=np.int64)
    for t in range(n_trees):
        out_of_bag = np.ones(n, dtype=bool)
        out_of_bag[bags[t]] = False
        rows = np.flatnonzero(out_of_bag)
        votes[rows, pred_codes[t, rows]] += 1
    voted = votes.sum(axis=1) > 0
    if not voted.any():
        return float("nan")
    # argmax takes the first maximum: the smallest label wins a tie
    majority = labels[np.argmax(votes[voted], axis=1)]
    return float(np.mean(majority == y[voted]))
