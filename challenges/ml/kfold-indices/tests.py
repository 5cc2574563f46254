import numpy as np

# Harness workaround: NumPy imports some submodules lazily (np.ma on the first np.setdiff1d,
# np.random on first use). One first imported during a test is removed from numpy's
# namespace when the sandbox restores, and the next test's use recurses. Importing them here
# makes them part of the baseline.
import numpy.fft  # noqa: E402,F401
import numpy.ma  # noqa: E402,F401
import numpy.polynomial  # noqa: E402,F401
import numpy.random  # noqa: E402,F401

from drill import case, generate


def _show(a, limit=12):
    a = np.asarray(a)
    items = a.tolist()
    text = ", ".join(map(str, items[:limit])) + (", ..." if len(items) > limit else "")
    return f"[{text}] (length {len(items)})"


def same_folds(actual, expected, n_samples, n_splits):
    """Fold by fold: a list of (train, test) tuples of ascending integer arrays, as expected."""
    if type(actual) is not list:
        return f"expected a list of (train_idx, test_idx) tuples, got {type(actual).__name__}"
    if len(actual) != len(expected):
        return f"expected {len(expected)} folds (n_splits), got {len(actual)}"
    for i, (item, (train_e, test_e)) in enumerate(zip(actual, expected)):
        if type(item) is not tuple or len(item) != 2:
            return (f"fold {i}: expected a tuple (train_idx, test_idx), got "
                    f"{type(item).__name__}" + (f" of length {len(item)}" if hasattr(item, '__len__') else ""))
        for part, got, want in (("train_idx", item[0], train_e), ("test_idx", item[1], test_e)):
            if type(got) is not np.ndarray:
                return f"fold {i}: {part} should be a numpy.ndarray, got {type(got).__name__}"
            if got.ndim != 1:
                return f"fold {i}: {part} should be 1-D, got shape {got.shape}"
            if got.dtype.kind not in "iu":
                return f"fold {i}: {part} should hold integers, got dtype {got.dtype}"
            if not np.array_equal(got, want):
                return f"fold {i}: {part} expected {_show(want)}, got {_show(got)}"
    return None


def r(a, b):
    return np.arange(a, b)


def cat(*parts):
    return np.concatenate(parts)


CASES = [
    case(10, 3, expected=[(r(4, 10), r(0, 4)), (cat(r(0, 4), r(7, 10)), r(4, 7)), (r(0, 7), r(7, 10))],
         check=same_folds, sample=True, name="worked example: sizes 4, 3, 3"),
    case(3, 3, expected=[(r(1, 3), r(0, 1)), (np.array([0, 2]), r(1, 2)), (r(0, 2), r(2, 3))],
         check=same_folds, sample=True, name="leave-one-out: n_splits == n_samples"),
    case(8, 4, expected=[(r(2, 8), r(0, 2)), (cat(r(0, 2), r(4, 8)), r(2, 4)),
                         (cat(r(0, 4), r(6, 8)), r(4, 6)), (r(0, 6), r(6, 8))],
         check=same_folds, sample=True, name="n divisible by k: equal folds of 2"),
    case(2, 2, expected=[(r(1, 2), r(0, 1)), (r(0, 1), r(1, 2))], check=same_folds,
         name="smallest input: 2 samples, 2 folds"),
    case(7, 2, expected=[(r(4, 7), r(0, 4)), (r(0, 4), r(4, 7))], check=same_folds,
         name="two folds, odd n: the first fold is the larger one"),
    case(11, 4, check=same_folds, name="11 samples in 4 folds: sizes 3, 3, 3, 2"),
    case(10, 4, check=same_folds, name="sizes 3, 3, 2, 2: rounding n/k up for every fold is wrong"),
    case(19, 5, check=same_folds, name="remainder 4 of 5 folds"),
    case(np.int64(9), np.int32(4), check=same_folds, name="NumPy integer arguments"),
    case(100, 7, check=same_folds, name="100 samples in 7 folds"),
    case(23, 23, check=same_folds, name="leave-one-out on 23 samples"),
    case(50_000, 10, check=same_folds, time_limit=2.0,
         name="50,000 samples, 10 folds in 2 s (a membership test per index is quadratic)"),
]


@generate(count=10, seed=31)
def random_sizes(rng):
    n = rng.randint(2, 80)
    return case(n, rng.randint(2, min(n, 12)), check=same_folds)
