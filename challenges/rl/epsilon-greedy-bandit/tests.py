import math
import random

from drill import case, generate
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def arms_and_estimates(actual, expected, rewards, epsilon, seed, alpha=None, initial=0.0):
    """(arms, Q): the arms exactly, the estimates within 1e-9."""
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (arms, Q), got {type(actual).__name__}"
    arms, Q = actual
    exp_arms, exp_Q = expected
    if type(arms) is not list or type(Q) is not list:
        return "arms and Q must both be lists"
    if len(arms) != len(exp_arms):
        return f"arms: expected one arm per step ({len(exp_arms)}), got {len(arms)}"
    for t, (a, e) in enumerate(zip(arms, exp_arms)):
        if type(a) is not int:
            return f"arms[{t}]: expected an int, got {type(a).__name__} {a!r}"
        if a != e:
            return (f"arms[{t}]: expected arm {e}, got {a} (the first difference: check the order "
                    "of the random draws and the greedy tie rule)")
    if len(Q) != len(exp_Q):
        return f"Q: expected one estimate per arm ({len(exp_Q)}), got {len(Q)}"
    for a, (q, e) in enumerate(zip(Q, exp_Q)):
        if type(q) is not float:
            return f"Q[{a}]: expected a float, got {type(q).__name__} {q!r}"
        if not math.isclose(q, e, rel_tol=1e-9, abs_tol=1e-9):
            return f"Q[{a}]: expected {e!r}, got {q!r} (tolerance 1e-9)"
    return None


def c(*args, kwargs=None, **options):
    return case(*args, kwargs=kwargs, check=arms_and_estimates, **options)


def table(seed, T, means, noise=1.0, digits=3):
    """T rows of Gaussian rewards around each arm's mean, rounded to `digits`."""
    rng = random.Random(seed)
    return [[round(rng.gauss(m, noise), digits) for m in means] for _ in range(T)]


def bernoulli(seed, T, probs):
    rng = random.Random(seed)
    return [[int(rng.random() < p) for p in probs] for _ in range(T)]


EXAMPLE = [[1, 0, 2], [0, 1, 3], [1, 1, 0], [0, 0, 1], [1, 0, 2]]

CASES = [
    c(EXAMPLE, 0.3, 24, expected=([0, 0, 0, 2, 2], [0.6666666666666666, 0.0, 1.5]), sample=True,
      name="worked example: epsilon 0.3, seed 24"),
    c([[0, 5], [1, 5], [1, 5]], 0.0, 1, expected=([0, 0, 0], [0.6666666666666666, 0.0]),
      sample=True, name="epsilon 0: greedy only, ties to the lowest index, stuck on arm 0"),
    c(table(1, 30, [0.0, 1.0, 0.5]), 1.0, 5, sample=True,
      name="epsilon 1: every step explores (two draws per step)"),
    c(bernoulli(2, 400, [0.2, 0.5, 0.8, 0.4]), 0.1, 11,
      name="400 Bernoulli pulls, epsilon 0.1: sample averages"),
    c([[0, 5], [1, 5], [1, 5], [0, 5]], 0.0, 3, kwargs={"initial": 10.0},
      expected=([0, 1, 1, 1], [0.0, 5.0]),
      name="optimistic initial 10 with sample averages: the first pull replaces it"),
    c([[1, 2, 3]] * 6, 0.0, 0, kwargs={"alpha": 0.5, "initial": 5.0},
      expected=([0, 1, 2, 2, 1, 2], [3.0, 2.75, 3.25]),
      name="optimistic initial 5 with constant alpha 0.5: the greedy agent tries every arm"),
    c([[4, 0]] * 3 + [[-4, 0]] * 5, 0.0, 9, kwargs={"alpha": 0.5},
      name="constant alpha tracks a drifting arm (the sample average would not)"),
    # Arm 0's running mean of -0.1 and -0.2 is -0.15000000000000002, one ulp below arm 1's -0.15:
    # an exact argmax leaves arm 0 at step 3, the 1e-9 tie rule keeps it.
    c([[-0.1, -0.15], [-0.2, -0.15], [-0.2, -0.15], [-0.3, 0.0], [-0.3, 0.0]], 0.0, 0,
      expected=([0, 1, 0, 0, 1], [-0.2, -0.075]),
      name="estimates -0.15000000000000002 and -0.15 tie within 1e-9: the lower index wins"),
    c([[-1.0, -2.0]] * 5, 0.0, 4, expected=([0, 1, 0, 0, 0], [-1.0, -2.0]),
      name="negative rewards: an untried arm (0.0) beats a pulled one"),
    c([[7]], 0.5, 42, name="one arm, one step"),
    c([[2.5]] * 5, 0.9, 8, expected=([0, 0, 0, 0, 0], [2.5]), name="a single arm: always arm 0"),
    c([[1e12, -1e12, 3.0]] * 3 + [[-1e12, 1e12, 3.0]] * 20, 0.2, 6,
      name="rewards of magnitude 1e12"),
    c(table(3, 20, [0.0, 0.1], noise=1e-12, digits=15), 0.5, 12, kwargs={"alpha": 0.1},
      name="tiny differences between arms, constant alpha"),
    c(table(4, 20_000, [0.1, 0.2, 0.3, 0.25, 0.0]), 0.05, 2024,
      name="20,000 steps, 5 arms: sample averages over thousands of pulls"),
]


@generate(count=12, seed=606)
def random_runs(rng):
    k = rng.randint(1, 6)
    T = rng.randint(1, 80)
    means = [rng.uniform(-2, 2) for _ in range(k)]
    rewards = table(rng.randrange(10**6), T, means) if rng.random() < 0.7 else bernoulli(
        rng.randrange(10**6), T, [rng.random() for _ in range(k)])
    kwargs = {}
    if rng.random() < 0.5:
        kwargs["alpha"] = rng.choice([0.1, 0.5, 1.0])
    if rng.random() < 0.4:
        kwargs["initial"] = rng.choice([-1.0, 2.0, 5.0])
    return c(rewards, rng.choice([0.0, 0.05, 0.1, 0.3, 1.0]), rng.randrange(1000), kwargs=kwargs)
