import math

from drill import case, generate
from grids import cliff, greedy_path, open_grid
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _close_list(name, got, exp):
    if type(got) is not list or len(got) != len(exp):
        return f"{name}: expected a list of {len(exp)}"
    for i, (g, e) in enumerate(zip(got, exp)):
        if type(g) is not float:
            return f"{name}[{i}]: expected a float, got {type(g).__name__} {g!r}"
        if not math.isclose(g, e, rel_tol=1e-9, abs_tol=1e-9):
            return f"{name}[{i}]: expected {e!r}, got {g!r} (tolerance 1e-9)"
    return None


def table_and_returns(actual, expected, T, start, episodes, alpha, gamma, epsilon, seed, max_steps=100):
    """(Q, returns) within 1e-9. The returns are checked first: the first episode that differs
    says where the run went another way."""
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (Q, returns), got {type(actual).__name__}"
    Q, returns = actual
    exp_Q, exp_returns = expected
    problem = _close_list("returns", returns, exp_returns)
    if problem:
        return problem + " (the first episode whose path differs)"
    if type(Q) is not list or len(Q) != len(exp_Q):
        return f"Q: expected a list of {len(exp_Q)} rows (one per state)"
    for s, (row, exp_row) in enumerate(zip(Q, exp_Q)):
        problem = _close_list(f"Q[{s}]", row, exp_row)
        if problem:
            return problem
    return None


def c(*args, kwargs=None, **options):
    return case(*args, kwargs=kwargs, check=table_and_returns, **options)


CORRIDOR = [
    [(0, -1.0, False), (1, -1.0, False)],
    [(0, -1.0, False), (2, -1.0, False)],
    [(1, -1.0, False), (3, 10.0, True)],
    [(3, 0.0, True), (3, 0.0, True)],
]
CLIFF, CLIFF_START = cliff()


def safe_path(actual, expected, T, start, *args, **kwargs):
    """Besides matching the reference: the greedy path avoids the row along the cliff."""
    problem = table_and_returns(actual, expected, T, start, *args, **kwargs)
    if problem:
        return problem
    cells = greedy_path(actual[0], T, start)
    edge = [s for s in cells if 25 <= s <= 34]
    return None if not edge else f"the greedy path walks along the cliff edge: {cells}"


CASES = [
    c(CORRIDOR, 0, 2, 0.5, 1.0, 0.2, 2,
      expected=([[-1.25, -1.375], [-1.0, 1.625], [-0.5, 7.5], [0.0, 0.0]], [0.0, 8.0]), sample=True,
      name="worked example: a corridor, epsilon 0.2, seed 2"),
    c(CORRIDOR, 0, 1, 0.5, 1.0, 0.0, 0,
      expected=([[-0.75, -0.75], [-0.75, -0.75], [-0.75, 5.0], [0.0, 0.0]], [2.0]), sample=True,
      name="epsilon 0: greedy, ties to the lowest index"),
    c(CLIFF, CLIFF_START, 30, 0.5, 1.0, 0.1, 7, sample=True,
      name="cliff walking, 30 episodes"),
    case(CLIFF, CLIFF_START, 500, 0.1, 1.0, 0.1, 0, kwargs={"max_steps": 1000}, check=safe_path,
         name="cliff walking, 500 episodes as in Sutton & Barto: the greedy path keeps off the edge"),
    c([[(0, 1, False)]], 0, 1, 0.5, 0.5, 0.0, 0, expected=([[1.9999999999993585]], [100.0]),
      name="no terminal state: the default max_steps = 100 cuts the episode, which bootstraps"),
    c(CORRIDOR, 0, 4, 0.5, 0.9, 0.3, 11, kwargs={"max_steps": 3},
      name="max_steps = 3: truncated episodes still bootstrap on their last step"),
    c([[(1, 2.0, True)], [(0, 0.0, False)]], 0, 3, 0.5, 0.9, 0.0, 0,
      expected=([[1.75], [0.0]], [2.0, 2.0, 2.0]),
      name="done into a non-terminal state: no bootstrap from Q[1]"),
    c(CORRIDOR, 0, 0, 0.5, 1.0, 0.1, 3, expected=([[0.0, 0.0]] * 4, []),
      name="episodes = 0: the initial table and no returns"),
    c(CORRIDOR, 0, 5, 0.5, 1.0, 1.0, 13, name="epsilon 1: every choice is random (two draws per call)"),
    c(CORRIDOR, 0, 6, 0.25, 0.0, 0.1, 5, name="gamma 0: only the immediate reward counts"),
    c([[(1, -0.30000000000000004, True), (1, -0.3, True)], [(1, 0.0, True), (1, 0.0, True)]],
      0, 3, 0.5, 0.9, 0.0, 0,
      expected=([[-0.22500000000000003, -0.15], [0.0, 0.0]], [-0.30000000000000004, -0.3, -0.30000000000000004]),
      name="values -0.15 and -0.15000000000000002 tie within 1e-9: the lower index wins"),
    c([[(0, 3, False), (1, 5, False)], [(0, -2, False), (1, 100, True)]], 0, 4, 1.0, 1.0, 0.5, 21,
      name="integer rewards: returns are floats"),
    c([[(1, 1e6, False), (0, -1e6, False)], [(0, -1e6, False), (1, 1e6, True)]], 0, 10, 0.3, 0.99, 0.2, 8,
      kwargs={"max_steps": 50}, name="rewards of magnitude 1e6"),
    c(open_grid(5, 5, walls=(6, 7, 8, 16, 17, 18)), 0, 40, 0.2, 0.95, 0.1, 4,
      kwargs={"max_steps": 200}, name="a 5 x 5 grid with walls"),
]


@generate(count=10, seed=3141)
def random_worlds(rng):
    rows, cols = rng.randint(1, 4), rng.randint(2, 5)
    walls = tuple(w for w in range(1, rows * cols - 1) if rng.random() < 0.15)
    T = open_grid(rows, cols, walls=walls, step_reward=rng.choice([-1.0, -0.5]),
                  goal_reward=rng.choice([0.0, 5.0]))
    kwargs = {"max_steps": rng.choice([5, 20, 60])} if rng.random() < 0.6 else {}
    return c(T, 0, rng.randint(1, 12), rng.choice([0.1, 0.5, 1.0]), rng.choice([0.0, 0.9, 1.0]),
             rng.choice([0.0, 0.1, 0.5, 1.0]), rng.randrange(1000), kwargs=kwargs)
