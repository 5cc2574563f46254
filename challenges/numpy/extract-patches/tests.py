import numpy as np

from drill import case, generate

COMPARE = {"name": "ndarray", "dtype": "exact", "rtol": 0.0, "atol": 0.0}  # values are copied
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _rng(seed):
    return np.random.default_rng(seed)


def _grid(h, w, c=1):
    return np.arange(h * w * c, dtype=np.int64).reshape(h, w, c)


def _rgb(seed, h, w):
    return _rng(seed).integers(0, 256, size=(h, w, 3), dtype=np.uint8)


def _float_with_nan():
    img = _rng(6).normal(size=(6, 5, 2)).astype(np.float32)
    img[2, 3, 1] = np.nan
    return img


CASES = [
    case(_grid(4, 4), 2, 2,
         expected=np.array([[0, 1, 4, 5], [2, 3, 6, 7], [8, 9, 12, 13], [10, 11, 14, 15]], dtype=np.int64),
         sample=True, name="worked example: 4x4, size 2, stride 2"),
    case(_grid(4, 4), 3, 1,
         expected=np.array([[0, 1, 2, 4, 5, 6, 8, 9, 10], [1, 2, 3, 5, 6, 7, 9, 10, 11],
                            [4, 5, 6, 8, 9, 10, 12, 13, 14], [5, 6, 7, 9, 10, 11, 13, 14, 15]], dtype=np.int64),
         sample=True, name="overlapping patches: size 3, stride 1"),
    case(_grid(3, 3, 2), 2, 1,
         expected=np.array([[0, 1, 2, 3, 6, 7, 8, 9], [2, 3, 4, 5, 8, 9, 10, 11],
                            [6, 7, 8, 9, 12, 13, 14, 15], [8, 9, 10, 11, 14, 15, 16, 17]], dtype=np.int64),
         sample=True, name="two channels: a pixel's channels stay next to each other"),
    case(_grid(5, 7), 2, 3, expected=np.array([[0, 1, 7, 8], [3, 4, 10, 11], [21, 22, 28, 29], [24, 25, 31, 32]],
                                              dtype=np.int64),
         name="5x7 with stride 3: patches that would stick out are dropped"),
    case(_grid(3, 3), 4, 1, expected=np.zeros((0, 16), dtype=np.int64),
         name="patch larger than the image: shape (0, 16)"),
    case(_grid(6, 2, 3), 3, 1, expected=np.zeros((0, 27), dtype=np.int64),
         name="patch fits the height but not the width: shape (0, 27)"),
    case(_grid(3, 3), 2, 5, expected=np.array([[0, 1, 3, 4]], dtype=np.int64),
         name="stride larger than the image: only the (0, 0) patch"),
    case(_grid(3, 2, 2), 2, 1, expected=np.array([[0, 1, 2, 3, 4, 5, 6, 7], [4, 5, 6, 7, 8, 9, 10, 11]],
                                                 dtype=np.int64),
         name="patch as wide as the image: one column of patches"),
    case(_grid(2, 2, 3), 2, 1, expected=np.arange(12, dtype=np.int64).reshape(1, 12),
         name="patch equal to the image: one row, the whole image"),
    case(_grid(2, 3, 2), 1, 1, expected=np.arange(12, dtype=np.int64).reshape(6, 2),
         name="size 1: one row per pixel with its channels"),
    case(_rgb(4, 7, 9), 3, 2, name="uint8 RGB image keeps dtype uint8"),
    case(_rng(5).random((5, 6, 1)) < 0.5, 2, 2, name="bool mask image keeps dtype bool"),
    case(_float_with_nan(), 3, 1, name="float32 with a NaN, copied as is"),
    case(_rgb(2024, 512, 512), 8, 4, time_limit=1.0, name="512x512 RGB, size 8, stride 4, within 1 s"),
]


@generate(count=10, seed=51)
def random_images(rng):
    g = np.random.default_rng(rng.randrange(2**32))
    h, w, c = rng.randint(1, 12), rng.randint(1, 12), rng.randint(1, 4)
    dtype = rng.choice([np.float64, np.int64, np.uint8])
    values = g.normal(size=(h, w, c)) * 50
    if dtype is np.uint8:
        values = np.abs(values)  # negative floats have no defined uint8 cast
    img = values.astype(dtype)
    return case(img, rng.randint(1, 5), rng.randint(1, 4))
