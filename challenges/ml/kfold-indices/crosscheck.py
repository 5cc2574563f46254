"""The reference against scikit-learn's KFold(n_splits) without shuffling."""

import numpy as np
from sklearn.model_selection import KFold


def crosscheck(kfold_indices, rng):
    cases = [(int(rng.integers(2, 300)), None) for _ in range(300)]
    cases += [(n, k) for n in range(2, 25) for k in range(2, n + 1)]
    for trial, (n, k) in enumerate(cases):
        if k is None:
            k = int(rng.integers(2, min(n, 40) + 1))
        expected = list(KFold(n_splits=k).split(np.zeros((n, 1))))
        got = kfold_indices(n, k)
        assert len(got) == len(expected), f"trial {trial}: n={n}, k={k}: {len(got)} folds, sklearn {len(expected)}"
        for i, ((tr_e, te_e), (tr_g, te_g)) in enumerate(zip(expected, got)):
            assert np.array_equal(tr_e, tr_g) and np.array_equal(te_e, te_g), (
                f"trial {trial}: n={n}, k={k}, fold {i}: sklearn gives train={tr_e.tolist()}, "
                f"test={te_e.tolist()}; the reference train={tr_g.tolist()}, test={te_g.tolist()}"
            )
