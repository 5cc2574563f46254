import numpy as np


def extract_patches(image, size, stride):
    """(P, size*size*C) array: one flattened (size, size, C) patch per row, row-major corners."""
    # your code here: for now, only the top-left patch
    return image[:size, :size, :].reshape(1, -1)
