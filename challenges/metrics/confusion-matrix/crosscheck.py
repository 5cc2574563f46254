"""The reference against scikit-learn's confusion_matrix and accuracy_score."""

from sklearn.metrics import accuracy_score, confusion_matrix


def crosscheck(confusion_report, rng):
    pools = [
        [0, 1],
        [-2, -1, 0, 1, 2, 3, 10],
        ["a", "b", "B", "cat", "dog"],
        [False, True],
    ]
    for trial in range(400):
        pool = pools[trial % len(pools)]
        n = int(rng.integers(1, 50))
        width = int(rng.integers(1, len(pool) + 1))
        y_true = [pool[i] for i in rng.integers(0, width, n)]
        y_pred = [pool[i] for i in rng.integers(0, len(pool), n)]
        labels = None
        if trial % 3 == 0:
            # a subset (or a superset) of labels, in shuffled order
            size = int(rng.integers(1, len(pool) + 1))
            labels = [pool[i] for i in rng.permutation(len(pool))[:size]]
            if not set(labels) & set(y_true):
                labels.append(y_true[0])  # scikit-learn raises when no label is in y_true
        got = confusion_report(y_true, y_pred, labels)
        want_matrix = confusion_matrix(y_true, y_pred, labels=labels).tolist()
        want_acc = accuracy_score(y_true, y_pred)
        expected_labels = labels if labels is not None else sorted(set(y_true) | set(y_pred))
        assert got["labels"] == expected_labels and got["matrix"] == want_matrix, (
            f"trial {trial}: scikit-learn gives {want_matrix}, the reference {got} "
            f"for y_true={y_true}, y_pred={y_pred}, labels={labels}"
        )
        assert abs(got["accuracy"] - want_acc) < 1e-12, (
            f"trial {trial}: accuracy {want_acc} vs {got['accuracy']} for y_true={y_true}, "
            f"y_pred={y_pred}"
        )
