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
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

RTOL, ATOL = 1e-6, 1e-9


def _floats(name, values, count):
    if type(values) is np.ndarray:
        if values.ndim != 1 or values.dtype.kind not in "fi":
            return None, f"{name}: expected a list of floats, got an array of shape {values.shape}"
        values = values.tolist()
    if type(values) is not list:
        return None, f"{name}: expected a list of floats, got {type(values).__name__}"
    if len(values) != count:
        return None, (f"{name}: expected {count} value{'s' if count != 1 else ''} (degrees 0 to max_degree inclusive), "
                      f"got {len(values)}")
    for p, v in enumerate(values):
        if type(v) not in (float, int) or type(v) is bool:
            return None, f"{name}[{p}]: expected a float, got {type(v).__name__} {v!r}"
    return values, None


def selection(actual, expected, x_train, y_train, x_val, y_val, max_degree):
    if type(actual) not in (tuple, list) or len(actual) != 3:
        return f"expected a tuple (best_degree, train_mse, val_mse), got {type(actual).__name__}"
    best, train, val = actual
    e_best, e_train, e_val = expected
    for name, got, want in (("train_mse", train, e_train), ("val_mse", val, e_val)):
        got, problem = _floats(name, got, max_degree + 1)
        if problem:
            return problem
        for p, (g, w) in enumerate(zip(got, want)):
            if abs(g - w) > max(RTOL * abs(w), ATOL):
                return (f"{name}[{p}] (degree {p}): expected {w!r}, got {g!r} "
                        f"(tolerance: relative {RTOL:g}, absolute {ATOL:g})")
    if type(best) is not int:
        return f"best_degree: expected an int, got {type(best).__name__} {best!r}"
    if best != e_best:
        note = ""
        if best == int(np.argmin(e_train)) and best != int(np.argmin(e_val)):
            note = " (that degree has the lowest training error: choose by validation error)"
        elif best > e_best and e_val[best] <= min(e_val) + 1e-9 * max(1.0, min(e_val)):
            note = (f" (degrees {e_best} and {best} tie within the tolerance: the smallest tied "
                    "degree wins)")
        return f"best_degree: expected {e_best}, got {best}{note}"
    return None


def C(*args, **kw):
    return case(*args, check=selection, **kw)


def noisy(seed, f, n_train, n_val, noise, lo=-2.0, hi=2.0):
    g = np.random.default_rng(seed)
    x_train = g.uniform(lo, hi, n_train)
    x_val = g.uniform(lo, hi, n_val)
    return (x_train, f(x_train) + g.normal(0, noise, n_train),
            x_val, f(x_val) + g.normal(0, noise, n_val))


_X = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
_XV = np.array([-1.5, 0.5, 1.5])

CASES = [
    C(_X, _X**2, _XV, _XV**2, 4,
      expected=(2, [2.8, 2.8, 0.0, 0.0, 0.0], [1.0625, 1.0625, 0.0, 0.0, 0.0]), sample=True,
      name="worked example: degrees 2, 3, 4 are all exact, the smallest wins"),
    C(*noisy(1, np.sin, 30, 30, 0.2), 8, sample=True,
      name="noisy sine: training error keeps falling, validation error is U-shaped"),
    C(np.array([0.0, 1.0, 2.0]), np.array([1.0, 2.0, 6.0]), np.array([1.5]), np.array([3.0]), 0,
      expected=(0, [14 / 3], [0.0]), sample=True, name="max_degree = 0: the mean, 3.0"),
    C(*noisy(2, lambda x: 0.5 * x**3 - x, 9, 40, 0.3), 8,
      name="9 training points, degree 8 interpolates them: training error 0, overfitting"),
    C(*noisy(3, lambda x: 3 * x - 1, 25, 10, 0.0), 6, name="noise-free line: degree 1 (all higher tie)"),
    C(*noisy(4, lambda x: np.full_like(x, 4.0), 12, 5, 0.0), 3, name="constant data: degree 0"),
    C(*noisy(5, lambda x: x**3 - 2 * x**2 + 0.5, 60, 60, 0.1), 6, name="a cubic: degrees 0-2 underfit"),
    C(*noisy(6, lambda x: 1e6 * (x**2 + 1), 40, 20, 0.0), 5,
      name="values around a million, noise-free: ties are relative to the error's size"),
    C(np.array([-2, -1, 0, 1, 2, 2]), np.array([5, 1, -1, 1, 5, 6]), np.array([1]), np.array([2]), 3,
      name="integer arrays, a repeated x, one validation point"),
    C(*noisy(7, np.cos, 15, 30, 0.05), 1, name="max_degree = 1: constant or line"),
    C(*noisy(8, lambda x: np.abs(x), 50, 50, 0.05), 8, name="|x|: not a polynomial, a middle degree wins"),
    C(*noisy(9, lambda x: 2 * x**2 - x, 200_000, 50_000, 0.5), 8, time_limit=3.0,
      name="200,000 training points, degrees 0-8 (3 s)"),
]


@generate(count=10, seed=123)
def random_problems(rng):
    coeffs = [rng.uniform(-2, 2) for _ in range(rng.randint(1, 5))]
    max_degree = rng.randint(0, 8)
    n_train = rng.randint(2 * max_degree + 2, 40)  # well conditioned for any least-squares solver
    noise = rng.choice([0.0, 0.05, 0.3, 1.0])
    data = noisy(rng.randrange(2**32), lambda x: np.polyval(coeffs, x), n_train, rng.randint(1, 30), noise)
    return C(*data, max_degree)
