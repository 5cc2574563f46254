import math

from drill import case, generate
from grids import random_episodes, step
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def table_and_policy(actual, expected, transitions, n_states, n_actions, alpha, gamma, q_init=0.0):
    """(Q, policy): the table within 1e-9, the greedy policy exactly."""
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (Q, policy), got {type(actual).__name__}"
    Q, policy = actual
    exp_Q, exp_policy = expected
    if type(Q) is not list or len(Q) != n_states:
        return f"Q: expected a list of {n_states} rows (one per state)"
    for s, (row, exp_row) in enumerate(zip(Q, exp_Q)):
        if type(row) is not list or len(row) != n_actions:
            return f"Q[{s}]: expected a list of {n_actions} floats (one per action)"
        for a, (q, e) in enumerate(zip(row, exp_row)):
            if type(q) is not float:
                return f"Q[{s}][{a}]: expected a float, got {type(q).__name__} {q!r}"
            if not math.isclose(q, e, rel_tol=1e-9, abs_tol=1e-9):
                return f"Q[{s}][{a}]: expected {e!r}, got {q!r} (tolerance 1e-9)"
    if type(policy) is not list or len(policy) != n_states:
        return f"policy: expected a list of {n_states} action indices"
    for s, (a, e) in enumerate(zip(policy, exp_policy)):
        if type(a) is not int:
            return f"policy[{s}]: expected an int, got {type(a).__name__} {a!r}"
        if a != e:
            return (f"policy[{s}]: expected action {e}, got {a} (greedy; ties within 1e-9 go to "
                    "the smallest index)")
    return None


def c(*args, kwargs=None, **options):
    return case(*args, kwargs=kwargs, check=table_and_policy, **options)


EXAMPLE = [
    (0, 1, 0, 1, False), (1, 0, 0, 0, False), (0, 1, 0, 1, False),
    (1, 1, 0, 2, False), (2, 1, 1, 3, True),
    (0, 1, 0, 1, False), (1, 1, 0, 2, False), (2, 1, 1, 3, True),
]


def path(rows, cols, start, actions, goal, pits=(), **rewards):
    """The transitions of following `actions` from `start` on the grid (stops at the end)."""
    out, s = [], start
    for a in actions:
        s2, r, done = step(rows, cols, s, a, goal, pits, **rewards)
        out.append((s, a, r, s2, done))
        if done:
            break
        s = s2
    return out


CASES = [
    c(EXAMPLE, 4, 2, 0.5, 0.9, expected=([[0.0, 0.0], [0.0, 0.225], [0.0, 0.75], [0.0, 0.0]], [0, 1, 1, 0]),
      sample=True, name="worked example: a corridor, two episodes"),
    c([(0, 0, 2, 1, False), (1, 1, -3, 0, False), (0, 0, 5, 1, False)], 2, 2, 1.0, 0.0,
      expected=([[5.0, 0.0], [0.0, -3.0]], [0, 0]), sample=True,
      name="alpha 1, gamma 0: each entry is its last reward"),
    c([], 3, 2, 0.5, 0.9, kwargs={"q_init": 1}, expected=([[1.0, 1.0]] * 3, [0, 0, 0]), sample=True,
      name="no transitions: every entry is q_init, as a float"),
    c([(0, 0, 1.0, 1, True)] * 3, 2, 2, 0.5, 0.9, kwargs={"q_init": 4.0},
      expected=([[1.375, 4.0], [4.0, 4.0]], [1, 0]),
      name="done = True: no bootstrap from q_init in the next cell"),
    c([(0, 0, 0.0, 1, False), (1, 0, 2.0, 0, True), (0, 0, 0.0, 1, False)], 2, 1, 0.5, 0.8,
      expected=([[0.4], [1.0]], [0, 0]),
      name="done = True into a non-terminal state (a reset move): still no bootstrap"),
    c([(0, 1, 0.0, 1, False)], 2, 2, 0.5, 0.5, kwargs={"q_init": 2.0},
      expected=([[2.0, 1.5], [2.0, 2.0]], [0, 0]),
      name="an episode truncated by a time limit (done = False) bootstraps"),
    c([(1, 0, -1.0, 0, False), (1, 1, -2.0, 0, False), (0, 0, 0.0, 1, False)], 2, 2, 1.0, 1.0,
      expected=([[-1.0, 0.0], [-1.0, -2.0]], [1, 0]),
      name="negative values: max over the next row is negative, not 0"),
    c([(0, 0, 1.0, 0, False)] * 4, 1, 1, 0.5, 0.5,
      expected=([[1.3671875]], [0]),
      name="a self-loop: each update uses the row's value after the previous update"),
    c([(0, 0, 0.3, 1, True), (0, 1, 0.30000000000000004, 1, True), (0, 2, 0.2, 1, True)], 2, 3, 1.0, 0.9,
      expected=([[0.3, 0.30000000000000004, 0.2], [0.0, 0.0, 0.0]], [0, 0]),
      name="0.3 against 0.1 + 0.2: a tie within 1e-9 goes to the smallest index"),
    c(path(3, 4, 0, [1, 1, 2, 1, 2], 11), 12, 4, 0.5, 1.0,
      name="gamma 1 along a path on a 3 x 4 grid"),
    c([(0, 0, 1e9, 1, False), (1, 1, -1e9, 0, False), (0, 0, 1e9, 1, False)], 2, 2, 0.9, 0.99,
      name="rewards of magnitude 1e9"),
    c(random_episodes(5, 4, 4, 200, 60, pits=(5, 10)), 16, 4, 0.1, 0.95,
      name="200 random episodes on a 4 x 4 grid with pits"),
    c(random_episodes(6, 10, 10, 400, 150, pits=(33, 44, 55, 66)), 100, 4, 0.2, 0.99,
      name="about 18,000 transitions on a 10 x 10 grid"),
]


@generate(count=12, seed=99)
def random_logs(rng):
    rows, cols = rng.randint(1, 4), rng.randint(2, 5)
    pits = tuple(p for p in (rng.randrange(rows * cols),) if p != rows * cols - 1 and rng.random() < 0.5)
    log = random_episodes(rng.randrange(10**6), rows, cols, rng.randint(0, 8), rng.randint(1, 30), pits=pits)
    kwargs = {"q_init": rng.choice([-1.0, 0.5, 5.0])} if rng.random() < 0.4 else {}
    return c(log, rows * cols, 4, rng.choice([0.1, 0.5, 1.0]), rng.choice([0.0, 0.9, 1.0]), kwargs=kwargs)
