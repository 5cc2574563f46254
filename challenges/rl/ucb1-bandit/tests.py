import math
import random

from drill import case, generate
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def arms_and_estimates(actual, expected, rewards, c=1.0):
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
            return (f"arms[{t}]: expected arm {e}, got {a} (the first step that differs: check ln(t) with "
                    "t = pulls made so far, the 2 under the root, and the 1e-9 tie rule)")
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


def bernoulli(seed, T, probs):
    rng = random.Random(seed)
    return [[int(rng.random() < p) for p in probs] for _ in range(T)]


def gaussian(seed, T, means, noise=1.0):
    rng = random.Random(seed)
    return [[round(rng.gauss(m, noise), 3) for m in means] for _ in range(T)]


EXAMPLE = [[1, 0, 0.5], [1, 0, 0.5], [1, 0, 0.5], [0, 1, 0.5], [1, 0, 1.0], [1, 0, 0.5]]

CASES = [
    c(EXAMPLE, expected=([0, 1, 2, 0, 2, 2], [0.5, 0.0, 0.6666666666666666]), sample=True,
      name="worked example, c = 1 (the default)"),
    c(EXAMPLE, kwargs={"c": 0.0}, expected=([0, 1, 2, 0, 0, 0], [0.75, 0.0, 0.5]), sample=True,
      name="c = 0: greedy after the first round"),
    c([[3, 4, 5]], expected=([0], [3.0, 0.0, 0.0]), sample=True,
      name="fewer steps than arms: untried arms keep 0.0"),
    c([[0.5, 0.5, 0.5]] * 8, expected=([0, 1, 2, 0, 1, 2, 0, 1], [0.5, 0.5, 0.5]),
      name="identical arms: equal scores, the lowest index wins every tie"),
    # With c = 0 the score is Q itself: arm 0's running mean of -0.1 and -0.2 is
    # -0.15000000000000002, one ulp below arm 1's -0.15, so an exact argmax leaves arm 0 at t = 3.
    # (0.3 against 0.30000000000000004 with equal bonuses would not do: adding the bonus rounds the
    # two scores to the same float.)
    c([[-0.1, -0.15], [-0.1, -0.15], [-0.2, -0.15], [-0.3, 0.0], [-0.3, 0.0]], kwargs={"c": 0.0},
      expected=([0, 1, 0, 0, 1], [-0.2, -0.075]),
      name="scores that differ only by rounding (-0.15000000000000002 against -0.15) tie within 1e-9"),
    c([[2.0]] * 5, expected=([0, 0, 0, 0, 0], [2.0]), name="one arm: ln(1) = 0 at t = 1, no error"),
    c([[1, 0]] * 3 + [[0, 1]] * 3, kwargs={"c": 0.5}, name="c = 0.5: a smaller bonus"),
    c(bernoulli(1, 500, [0.2, 0.5, 0.55, 0.3]), name="500 Bernoulli pulls: arms 1 and 2 are close"),
    c(bernoulli(2, 300, [0.9, 0.1]), kwargs={"c": 3.0}, name="c = 3: much more exploration"),
    c(gaussian(3, 200, [-1.0, -0.5, -2.0]), name="negative mean rewards"),
    c([[1e12, -1e12, 0.0]] * 5 + [[-1e12, 1e12, 0.0]] * 10,
      name="rewards of magnitude 1e12: the bonus is negligible"),
    c([[0.001 * a for a in range(50)]] * 120, name="50 arms, 120 steps"),
    c(bernoulli(4, 20_000, [0.10, 0.12, 0.11, 0.05, 0.13]),
      name="20,000 steps: log t and counts in the thousands"),
]


@generate(count=12, seed=1313)
def random_runs(rng):
    k = rng.randint(1, 6)
    T = rng.randint(1, 60)
    if rng.random() < 0.5:
        rewards = bernoulli(rng.randrange(10**6), T, [rng.random() for _ in range(k)])
    else:
        rewards = gaussian(rng.randrange(10**6), T, [rng.uniform(-1, 1) for _ in range(k)])
    kwargs = {"c": rng.choice([0.0, 0.5, 2.0])} if rng.random() < 0.5 else {}
    return c(rewards, kwargs=kwargs)
