import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _pair(v):
    return (int(v), int(v)) if np.isscalar(v) else (int(v[0]), int(v[1]))


def pool2d_forward_backward(x, dY, kernel_size, stride=None, mode="max"):
    """Max or average pooling over (N, C, H, W): returns (Y, dX) for the upstream gradient dY."""
    x = np.asarray(x, dtype=np.float64)
    dY = np.asarray(dY, dtype=np.float64)
    kh, kw = _pair(kernel_size)
    sh, sw = _pair(kernel_size if stride is None else stride)
    # (N, C, OH, OW, kh, kw): every window, taken every sh rows and sw columns
    windows = sliding_window_view(x, (kh, kw), axis=(2, 3))[:, :, ::sh, ::sw]
    oh, ow = windows.shape[2], windows.shape[3]
    dX = np.zeros_like(x)
    if mode == "max":
        flat = windows.reshape(windows.shape[:4] + (kh * kw,))
        winner = flat.argmax(axis=-1)  # the first maximum in row-major order, as PyTorch
        Y = np.take_along_axis(flat, winner[..., None], axis=-1)[..., 0]
        for i in range(kh):
            for j in range(kw):
                # overlapping windows add into the same input entries
                dX[:, :, i:i + sh * oh:sh, j:j + sw * ow:sw] += dY * (winner == i * kw + j)
    elif mode == "avg":
        Y = windows.mean(axis=(4, 5))
        for i in range(kh):
            for j in range(kw):
                dX[:, :, i:i + sh * oh:sh, j:j + sw * ow:sw] += dY / (kh * kw)
    else:
        raise ValueError(f"unknown mode {mode!r}")
    return Y, dX
