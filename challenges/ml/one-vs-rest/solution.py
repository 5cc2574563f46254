import numpy as np


def one_vs_rest_predict(fit_binary, X_train, y_train, X_test, return_scores=False):
    """Labels for X_test from one binary scorer per class (that class against all others).

    With return_scores, also the (m, classes) matrix of scores, one column per sorted class.
    """
    y_train = np.asarray(y_train)
    classes = np.unique(y_train)
    m = len(X_test)
    scores = np.empty((m, len(classes)))
    for k, c in enumerate(classes):
        score = fit_binary(X_train, (y_train == c).astype(int))
        column = np.asarray(score(X_test), dtype=np.float64).reshape(-1)
        if column.shape != (m,):
            raise ValueError(f"the scorer of class {c!r} gave {column.size} scores for {m} rows")
        scores[:, k] = column
    labels = classes[np.argmax(scores, axis=1)]  # a tie goes to the first (smallest) class
    if return_scores:
        return labels, scores
    return labels
