import numpy as np


def _pair(v):
    return (int(v), int(v)) if np.ndim(v) == 0 else (int(v[0]), int(v[1]))


def conv2d_backward(x, w, dout, stride=1, padding=0):
    """Gradients (dx, dw, db) of out = torch.nn.functional.conv2d(x, w, b, stride, padding),
    given dout = dL/dout of shape (N, F, OH, OW)."""
    x = np.asarray(x, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    dout = np.asarray(dout, dtype=np.float64)
    sh, sw = _pair(stride)
    ph, pw = _pair(padding)
    _, _, h, wd = x.shape
    _, _, kh, kw = w.shape
    oh, ow = dout.shape[2], dout.shape[3]
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    # every output pixel (r, s) used xp[..., r*sh + i, s*sw + j] with weight w[..., i, j]: loop over
    # the kernel offsets (i, j) and handle all images, filters, channels and pixels at once
    for i in range(kh):
        for j in range(kw):
            rows = slice(i, i + sh * (oh - 1) + 1, sh)
            cols = slice(j, j + sw * (ow - 1) + 1, sw)
            dw[:, :, i, j] = np.einsum("nfhw,nchw->fc", dout, xp[:, :, rows, cols])
            # += : with a stride smaller than the kernel, windows overlap and gradients add up
            dxp[:, :, rows, cols] += np.einsum("nfhw,fc->nchw", dout, w[:, :, i, j])
    db = dout.sum(axis=(0, 2, 3))
    return dxp[:, :, ph:ph + h, pw:pw + wd], dw, db
