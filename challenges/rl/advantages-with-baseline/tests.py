import math
import random

from drill import case, generate
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _check_list(name, got, exp, abs_tol):
    if type(got) is not list or len(got) != len(exp):
        return f"{name}: expected a list of {len(exp)} floats (one per step)"
    for t, (g, e) in enumerate(zip(got, exp)):
        if type(g) is not float:
            return f"{name}[{t}]: expected a float, got {type(g).__name__} {g!r}"
        if not math.isclose(g, e, rel_tol=1e-9, abs_tol=abs_tol):
            return f"{name}[{t}]: expected {e!r}, got {g!r} (tolerance: absolute {abs_tol:g})"
    return None


def returns_and_advantages(actual, expected, rewards, dones, values, gamma, last_value=0.0, normalize=True):
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (returns, advantages), got {type(actual).__name__}"
    return (_check_list("returns", actual[0], expected[0], 1e-9)
            or _check_list("advantages", actual[1], expected[1], 1e-6))


def c(*args, kwargs=None, **options):
    return case(*args, kwargs=kwargs, check=returns_and_advantages, **options)


def rollout(seed, n, p_done=0.05, scale=1.0):
    rng = random.Random(seed)
    rewards = [round(rng.uniform(-1, 2) * scale, 3) for _ in range(n)]
    dones = [rng.random() < p_done for _ in range(n)]
    values = [round(rng.uniform(-1, 5) * scale, 3) for _ in range(n)]
    return rewards, dones, values


EX = ([1, 0, 2, 1, 1], [False, False, True, False, False], [1.0, 1.5, 2.0, 1.0, 0.5])

CASES = [
    c(*EX, 0.5, kwargs={"last_value": 2.0},
      expected=([1.5, 1.0, 2.0, 2.0, 2.0],
                [0.0, -1.414213542373095, -0.7071067711865475, 0.7071067711865475, 1.414213542373095]),
      sample=True, name="worked example: two episodes, the second bootstrapped from last_value"),
    c(*EX, 0.5, kwargs={"last_value": 2.0, "normalize": False},
      expected=([1.5, 1.0, 2.0, 2.0, 2.0], [0.5, -0.5, 0.0, 1.0, 1.5]), sample=True,
      name="normalize=False: the raw advantages"),
    c([], [], [], 0.99, expected=([], []), sample=True, name="an empty buffer"),
    c(*EX, 0.5, name="the default last_value = 0: the unfinished episode is not bootstrapped"),
    c([1.0, 2.0], [False, True], [0.0, 0.0], 0.9, kwargs={"last_value": 100.0, "normalize": False},
      expected=([2.8, 2.0], [2.8, 2.0]),
      name="last_value is ignored when the last step ends its episode"),
    c([5.0], [False], [1.0], 0.9, kwargs={"last_value": 10.0}, expected=([14.0], [0.0]),
      name="one step: bootstrapped return, normalised advantage 0.0"),
    c([1.0, 2.0, 3.0], [True, True, True], [0.0, 1.0, 2.0], 0.9, expected=([1.0, 2.0, 3.0], [0.0, 0.0, 0.0]),
      name="all advantages equal: std 0, normalised to 0.0"),
    c([3, -1, 4, 1], [False, True, False, False], [1, 1, 1, 1], 0.0, kwargs={"last_value": 7, "normalize": False},
      expected=([3.0, -1.0, 4.0, 1.0], [2.0, -2.0, 3.0, 0.0]),
      name="gamma 0: integer inputs, float outputs"),
    c([1, 2, 3, 4], [0, 0, 0, 0], [0.5, 0.5, 0.5, 0.5], 1.0, kwargs={"last_value": 1.0, "normalize": False},
      expected=([11.0, 10.0, 8.0, 5.0], [10.5, 9.5, 7.5, 4.5]),
      name="gamma 1, dones as 0/1 integers"),
    c([0.0, 0.0, 0.0, 0.0], [False, False, False, False], [4.0, 1.0, 2.0, 1.0], 0.9,
      name="population standard deviation (divide by n, not n - 1)"),
    c([1e-3, 2e-3, 1.5e-3], [False, False, False], [0.0, 0.0, 0.0], 0.5,
      name="tiny advantages: the 1e-8 in the denominator shows"),
    c(*rollout(4, 300, scale=1e6), 0.99, kwargs={"last_value": -5e5}, name="magnitudes up to 1e6"),
    c(*rollout(5, 50_000, p_done=0.0005), 0.99, kwargs={"last_value": 3.0},
      name="50,000 steps in long episodes: one backward pass"),
]


@generate(count=12, seed=808)
def random_buffers(rng):
    n = rng.choice([1, 2, rng.randint(3, 40)])
    kwargs = {}
    if rng.random() < 0.6:
        kwargs["last_value"] = round(rng.uniform(-3, 3), 2)
    if rng.random() < 0.3:
        kwargs["normalize"] = False
    return c(*rollout(rng.randrange(10**6), n, p_done=0.2), rng.choice([0.0, 0.5, 0.9, 0.99, 1.0]),
             kwargs=kwargs)
