import math
import random

from drill import case, generate
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def arms_and_posteriors(actual, expected, rewards, seed, prior=(1.0, 1.0), batch_size=1):
    if type(actual) is not tuple or len(actual) != 3:
        return f"expected a tuple (arms, alphas, betas), got {type(actual).__name__}"
    arms, alphas, betas = actual
    exp_arms, exp_alphas, exp_betas = expected
    if type(arms) is not list or len(arms) != len(exp_arms):
        return f"arms: expected a list of {len(exp_arms)} arm indices (one per step)"
    for t, (a, e) in enumerate(zip(arms, exp_arms)):
        if type(a) is not int:
            return f"arms[{t}]: expected an int, got {type(a).__name__} {a!r}"
        if a != e:
            return (f"arms[{t}]: expected arm {e}, got {a} (the first step that differs: check the "
                    "order of the draws and when the posteriors are updated)")
    for name, got, exp in (("alphas", alphas, exp_alphas), ("betas", betas, exp_betas)):
        if type(got) is not list or len(got) != len(exp):
            return f"{name}: expected a list of {len(exp)} floats (one per arm)"
        for a, (g, e) in enumerate(zip(got, exp)):
            if type(g) is not float:
                return f"{name}[{a}]: expected a float, got {type(g).__name__} {g!r}"
            if not math.isclose(g, e, rel_tol=1e-9, abs_tol=1e-9):
                return f"{name}[{a}]: expected {e!r}, got {g!r}"
    return None


def c(*args, kwargs=None, **options):
    return case(*args, kwargs=kwargs, check=arms_and_posteriors, **options)


def bernoulli(seed, T, probs):
    rng = random.Random(seed)
    return [[int(rng.random() < p) for p in probs] for _ in range(T)]


EXAMPLE = [[0, 1, 0], [1, 1, 0], [0, 1, 1], [0, 0, 0], [1, 1, 0], [0, 1, 0]]

CASES = [
    c(EXAMPLE, 0, expected=([1, 0, 0, 0, 1, 2], [2.0, 3.0, 1.0], [3.0, 1.0, 2.0]), sample=True,
      name="worked example: uniform prior, seed 0"),
    c(EXAMPLE, 3, kwargs={"batch_size": 3}, expected=([2, 2, 1, 1, 1, 0], [1.0, 3.0, 1.0], [2.0, 2.0, 3.0]),
      sample=True, name="batch_size 3: posteriors change after steps 2 and 5"),
    c(bernoulli(1, 200, [0.2, 0.6, 0.5]), 7, sample=True, name="200 steps, three arms"),
    c([[1]] * 4, 5, expected=([0, 0, 0, 0], [5.0], [1.0]), name="one arm: always arm 0"),
    c([[1, 0]], 2, name="a single step"),
    c([[0, 0]] * 5, 11, kwargs={"batch_size": 10}, name="batch_size larger than T: one update at the end"),
    c(bernoulli(2, 60, [0.3, 0.35]), 4, kwargs={"batch_size": 7}, name="batch_size 7: a partial last batch"),
    c(bernoulli(3, 80, [0.5, 0.5, 0.5]), 9, kwargs={"prior": (0.5, 0.5)}, name="Jeffreys prior (0.5, 0.5)"),
    c(bernoulli(4, 80, [0.1, 0.9]), 10, kwargs={"prior": (20, 5)},
      name="a strong integer prior (20, 5): floats out"),
    c([[True, False], [False, True], [True, True]] * 10, 12, name="bool rewards"),
    c(bernoulli(5, 100, [0.0, 0.0, 0.0, 0.0]), 13, name="no arm ever pays: only betas grow"),
    c(bernoulli(6, 400, [0.01 * i for i in range(20)]), 14, name="20 arms with close rates"),
    c(bernoulli(7, 5000, [0.04, 0.05, 0.045]), 15, kwargs={"batch_size": 50},
      name="5,000 steps of a low-rate ad test, updated every 50"),
]


@generate(count=12, seed=777)
def random_bandits(rng):
    k = rng.randint(1, 5)
    rewards = bernoulli(rng.randrange(10**6), rng.randint(1, 60), [rng.random() for _ in range(k)])
    kwargs = {}
    if rng.random() < 0.4:
        kwargs["prior"] = rng.choice([(0.5, 0.5), (2.0, 3.0), (1.0, 10.0)])
    if rng.random() < 0.4:
        kwargs["batch_size"] = rng.randint(1, 8)
    return c(rewards, rng.randrange(1000), kwargs=kwargs)
