import math
import random

from drill import case, generate
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def by_definition(rewards, values, dones, last_value, gamma=0.99, lam=0.95):
    """A[t] = sum over l of (gamma lam)^l delta[t + l], stopping after the step that ends t's
    episode: an explicit double sum, for small cases, independent of solution.py."""
    n = len(rewards)
    deltas = []
    for t in range(n):
        next_value = 0.0 if dones[t] else (last_value if t == n - 1 else values[t + 1])
        deltas.append(rewards[t] + gamma * next_value - values[t])
    advantages = []
    for t in range(n):
        total, weight = 0.0, 1.0
        for k in range(t, n):
            total += weight * deltas[k]
            if dones[k]:
                break
            weight *= gamma * lam
        advantages.append(total)
    return advantages, [a + v for a, v in zip(advantages, values)]


def _check_list(name, got, exp):
    if type(got) is not list or len(got) != len(exp):
        return f"{name}: expected a list of {len(exp)} floats (one per step)"
    for t, (g, e) in enumerate(zip(got, exp)):
        if type(g) is not float:
            return f"{name}[{t}]: expected a float, got {type(g).__name__} {g!r}"
        if not math.isclose(g, e, rel_tol=1e-9, abs_tol=1e-9):
            return f"{name}[{t}]: expected {e!r}, got {g!r} (tolerance 1e-9)"
    return None


def _check(actual, expected):
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (advantages, returns), got {type(actual).__name__}"
    return _check_list("advantages", actual[0], expected[0]) or _check_list("returns", actual[1], expected[1])


def against_reference(actual, expected, *args, **kwargs):
    return _check(actual, expected)


def against_definition(actual, expected, *args, **kwargs):
    """Small cases are graded against the explicit sums above, not against solution.py."""
    return _check(actual, by_definition(*args, **kwargs))


def c(*args, kwargs=None, **options):
    return case(*args, kwargs=kwargs, check=against_reference, **options)


def d(*args, kwargs=None, **options):
    return case(*args, kwargs=kwargs, check=against_definition, **options)


def rollout(seed, n, p_done=0.1, scale=1.0):
    rng = random.Random(seed)
    rewards = [round(rng.uniform(-1, 2) * scale, 3) for _ in range(n)]
    values = [round(rng.uniform(-1, 4) * scale, 3) for _ in range(n)]
    dones = [rng.random() < p_done for _ in range(n)]
    return rewards, values, dones


EX = ([1, 0, 2, 1], [0.5, 1.0, 1.5, 0.5], [False, True, False, False], 1.0)

CASES = [
    c(*EX, kwargs={"gamma": 0.9, "lam": 0.5}, expected=([0.95, -1.0, 1.58, 1.4], [1.45, 0.0, 3.08, 1.9]),
      sample=True, name="worked example: an episode ends at step 1, the second is bootstrapped"),
    c(*EX, kwargs={"gamma": 0.9, "lam": 0.0}, expected=([1.4, -1.0, 0.95, 1.4], [1.9, 0.0, 2.45, 1.9]),
      sample=True, name="lam = 0: the one-step TD errors"),
    c(*EX, kwargs={"gamma": 0.9, "lam": 1.0}, expected=([0.5, -1.0, 2.21, 1.4], [1.0, 0.0, 3.71, 1.9]),
      sample=True, name="lam = 1: discounted returns minus values"),
    c([], [], [], 5.0, expected=([], []), name="an empty buffer"),
    d(*EX, name="the defaults gamma = 0.99, lam = 0.95"),
    d([2.0], [0.5], [False], 3.0, name="one unfinished step: delta = r + gamma * last_value - V"),
    c([2.0], [0.5], [True], 3.0, kwargs={"gamma": 0.5}, expected=([1.5], [2.0]),
      name="one finished step: last_value is ignored"),
    c([1.0, 1.0, 1.0], [0.0, 0.0, 0.0], [True, True, True], 9.0, kwargs={"gamma": 0.9, "lam": 0.9},
      expected=([1.0, 1.0, 1.0], [1.0, 1.0, 1.0]), name="every step ends an episode: A = r - V"),
    c([1, 2, 3], [0, 0, 0], [0, 0, 0], 4, kwargs={"gamma": 1.0, "lam": 1.0},
      expected=([10.0, 9.0, 7.0], [10.0, 9.0, 7.0]), name="gamma = lam = 1, integers and 0/1 dones"),
    c([1.0, 2.0, 3.0], [1.0, 1.0, 1.0], [False, False, False], 2.0, kwargs={"gamma": 0.0, "lam": 0.7},
      expected=([0.0, 1.0, 2.0], [1.0, 2.0, 3.0]), name="gamma = 0: A = r - V, lam does not matter"),
    d([0.0, 0.0, 0.0, 0.0], [1.0, 2.0, 3.0, 4.0], [False, False, False, False], 5.0,
      kwargs={"gamma": 1.0, "lam": 0.5}, name="rewards 0: the advantages come from the values alone"),
    d([1.0, -1.0, 0.5, 2.0, 0.0], [0.2, 0.4, -0.3, 1.1, 0.9], [False, True, False, True, False], -2.0,
      kwargs={"gamma": 0.95, "lam": 0.8}, name="three episodes, negative last_value"),
    d(*rollout(3, 40, scale=1e6), 1e6, kwargs={"gamma": 0.99, "lam": 0.9}, name="magnitudes up to 1e6"),
    c(*rollout(4, 50_000, p_done=0.0005), 1.5, name="50,000 steps in long episodes: one backward pass"),
]


@generate(count=12, seed=2016)
def random_buffers(rng):
    n = rng.choice([1, 2, rng.randint(3, 40)])
    rewards, values, dones = rollout(rng.randrange(10**6), n, p_done=rng.choice([0.0, 0.1, 0.3]))
    kwargs = {}
    if rng.random() < 0.7:
        kwargs["gamma"] = rng.choice([0.0, 0.5, 0.9, 0.99, 1.0])
    if rng.random() < 0.7:
        kwargs["lam"] = rng.choice([0.0, 0.5, 0.95, 1.0])
    return d(rewards, values, dones, round(rng.uniform(-3, 3), 2), kwargs=kwargs)
