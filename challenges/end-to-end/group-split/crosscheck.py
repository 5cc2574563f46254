"""The reference against scikit-learn's GroupShuffleSplit(n_splits=1, test_size, random_state)
on random groups (int, float and string labels, one to many rows per group, shares and counts).
Where scikit-learn raises (no training group left), the reference keeps n_groups - 1 test groups."""

import numpy as np
from sklearn.model_selection import GroupShuffleSplit


def crosscheck(group_split, rng):
    checked = 0
    for trial in range(400):
        n_groups = int(rng.integers(1, 30))
        labels = rng.permutation(n_groups) * 3 - 10
        if trial % 3 == 1:
            labels = np.array([f"id-{v}" for v in labels])
        elif trial % 3 == 2:
            labels = labels / 4
        groups = rng.permutation(np.repeat(labels, rng.integers(1, 4, size=n_groups)))
        test_size = float(rng.choice([0.1, 0.2, 0.25, 1 / 3, 0.5, 0.7, 0.9]))
        if trial % 4 == 0:
            test_size = int(rng.integers(1, n_groups + 1))
        seed = int(rng.integers(0, 2**31 - 1))
        got = group_split(groups.copy(), test_size, seed)
        where = f"trial {trial}: groups={groups.tolist()}, test_size={test_size}, seed={seed}"
        try:
            train, test = next(GroupShuffleSplit(n_splits=1, test_size=test_size, random_state=seed)
                               .split(groups, groups=groups))
        except ValueError:
            assert n_groups < 2 or got is not None, f"{where}: the reference gave None"
            if got is not None:
                assert len(np.unique(groups[got[1]])) == n_groups - 1, f"{where}: not n_groups - 1"
            continue
        checked += 1
        assert got is not None, f"{where}: scikit-learn splits, the reference returned None"
        assert np.array_equal(got[0], np.sort(train)) and np.array_equal(got[1], np.sort(test)), (
            f"{where}: scikit-learn train={sorted(train.tolist())} test={sorted(test.tolist())}, "
            f"reference train={got[0].tolist()} test={got[1].tolist()}")
    assert checked > 200, f"only {checked} trials were comparable with scikit-learn"
