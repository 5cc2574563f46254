import numpy as np

# rows of A per block: keeps the (rows, m, d) block of differences near a million numbers
_BLOCK = 1 << 20


def pairwise_distances(A, B):
    """(n, m) float64 matrix of Euclidean distances between the rows of A and the rows of B."""
    A = np.asarray(A, dtype=np.float64)  # copies integer/float32 data; never mutates the input
    B = np.asarray(B, dtype=np.float64)
    n, m, d = A.shape[0], B.shape[0], A.shape[1]
    out = np.empty((n, m))
    step = max(1, _BLOCK // max(1, m * d))
    for start in range(0, n, step):
        # subtract first: |a|^2 + |b|^2 - 2ab cancels for close points far from the origin
        diff = A[start:start + step, None, :] - B[None, :, :]
        np.sqrt(np.einsum("ijk,ijk->ij", diff, diff), out=out[start:start + step])
    return out
