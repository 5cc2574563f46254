import numpy as np


def pca(X, n_components=2):
    """Principal axes, explained-variance ratios and projected data of X, by SVD."""
    X = np.asarray(X, dtype=np.float64)
    Xc = X - X.mean(axis=0)
    # Xc = U S Vt: the rows of Vt are the principal axes, by decreasing singular value
    U, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    # fix each axis's sign: its entry of largest magnitude is positive (scikit-learn's rule)
    biggest = np.argmax(np.abs(Vt), axis=1)
    signs = np.sign(Vt[np.arange(len(Vt)), biggest])
    Vt = Vt * signs[:, None]
    components = Vt[:n_components]
    # variance shares from s / s[0], so that s**2 cannot overflow or underflow
    relative = (s / s[0]) ** 2
    ratio = relative[:n_components] / relative.sum()
    scores = Xc @ components.T
    return components, ratio, scores
