import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def extract_patches(image, size, stride):
    """(P, size*size*C) array: one flattened (size, size, C) patch per row, row-major corners."""
    image = np.asarray(image)
    H, W, C = image.shape
    if size > H or size > W:
        return np.empty((0, size * size * C), dtype=image.dtype)
    # every window position, as a view: shape (H-size+1, W-size+1, C, size, size)
    windows = sliding_window_view(image, (size, size), axis=(0, 1))[::stride, ::stride]
    # window axes come last: move channels back behind them -> (rows, cols, size, size, C)
    patches = windows.transpose(0, 1, 3, 4, 2)
    return patches.reshape(-1, size * size * C)  # row-major corners; copies the strided view
