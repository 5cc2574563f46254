"""The reference against scikit-learn's PCA(n_components, svd_solver="full")."""

import numpy as np
from sklearn.decomposition import PCA


def crosscheck(pca, rng):
    for trial in range(300):
        n = int(rng.integers(2, 5)) if trial % 4 == 0 else int(rng.integers(2, 60))
        d = int(rng.integers(1, 9))
        X = rng.normal(rng.normal(0, 5), 1.0, size=(n, d)) * np.sort(rng.uniform(0.1, 5, d))
        if trial % 5 == 0:
            X = np.round(X)  # integer-valued data
        if trial % 6 == 0 and d > 1:
            X[:, -1] = X[:, 0]  # a duplicated column: a zero singular value at the end
        s = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
        # the largest legal k: distinct singular values up to k + 1, the first k non-zero
        k_max = 0
        while k_max < min(n - 1, d) and s[k_max] > 1e-8 * s[0] and (
                k_max + 1 == len(s) or s[k_max] - s[k_max + 1] > 1e-6 * s[0]):
            k_max += 1
        if k_max == 0:
            continue
        k = int(rng.integers(1, k_max + 1))
        model = PCA(n_components=k, svd_solver="full")
        scores = model.fit_transform(X)
        comps, ratio, got_scores = pca(X.copy(), k)
        scale = float(np.abs(scores).max())
        for name, a, b, atol in (("components", comps, model.components_, 1e-7),
                                 ("ratio", ratio, model.explained_variance_ratio_, 1e-9),
                                 ("scores", got_scores, scores, 1e-7 * scale)):
            assert a.shape == b.shape and np.allclose(a, b, rtol=1e-6, atol=atol), (
                f"trial {trial}: n_components={k}, X={X.tolist()}: {name}: scikit-learn "
                f"{b.tolist()}, the reference {a.tolist()}"
            )
