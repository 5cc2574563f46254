"""The reference against SciPy: the backward pass written as 2-D correlations and convolutions.

With D = dout dilated by the stride (SH - 1 zero rows between rows, SW - 1 zero columns between
columns), dw[f, c] = correlate2d(xp[n, c], D[n, f], "valid") summed over n (its top-left KH x KW
corner), and the padded input gradient is the "full" convolution of D[n, f] with w[f, c] summed
over f, then cropped. PyTorch (whose conv2d the statement mirrors) is not installed here.
"""

import numpy as np
from scipy.signal import convolve2d, correlate2d


def _scipy_backward(x, w, dout, sh, sw, ph, pw):
    n, c, h, wd = x.shape
    f, _, kh, kw = w.shape
    oh, ow = dout.shape[2:]
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    dil = np.zeros((n, f, (oh - 1) * sh + 1, (ow - 1) * sw + 1))
    dil[:, :, ::sh, ::sw] = dout
    dw = np.zeros_like(w)
    dxp = np.zeros_like(xp)
    for k in range(f):
        for ch in range(c):
            for i in range(n):
                dw[k, ch] += correlate2d(xp[i, ch], dil[i, k], mode="valid")[:kh, :kw]
                full = convolve2d(dil[i, k], w[k, ch], mode="full")
                dxp[i, ch, :full.shape[0], :full.shape[1]] += full
    return dxp[:, :, ph:ph + h, pw:pw + wd], dw, dout.sum(axis=(0, 2, 3))


def crosscheck(conv2d_backward, rng):
    for trial in range(150):
        sh, sw = (int(v) for v in rng.integers(1, 4, 2))
        ph, pw = (int(v) for v in rng.integers(0, 3, 2))
        kh, kw = (int(v) for v in rng.integers(1, 5, 2))
        h = max(int(rng.integers(1, 9)), kh - 2 * ph)
        wd = max(int(rng.integers(1, 9)), kw - 2 * pw)
        n, c, f = (int(v) for v in rng.integers(1, 4, 3))
        oh, ow = (h + 2 * ph - kh) // sh + 1, (wd + 2 * pw - kw) // sw + 1
        x = rng.normal(size=(n, c, h, wd))
        w = rng.normal(size=(f, c, kh, kw))
        dout = rng.normal(size=(n, f, oh, ow))
        stride = sh if sh == sw and trial % 2 else (sh, sw)
        padding = ph if ph == pw and trial % 3 else (ph, pw)
        got = conv2d_backward(x, w, dout, stride=stride, padding=padding)
        want = _scipy_backward(x, w, dout, sh, sw, ph, pw)
        for name, g, e in zip(("dx", "dw", "db"), got, want):
            assert g.shape == e.shape and np.allclose(g, e, rtol=1e-10, atol=1e-10), (
                f"trial {trial}: {name} disagrees with SciPy for x {x.shape}, w {w.shape}, "
                f"stride {stride}, padding {padding}")
