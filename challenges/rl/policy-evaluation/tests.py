import math

from drill import case, generate
from mdps import grid, random_mdp, random_policy, self_loop, sutton_barto_grid, uniform_policy
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def values_and_sweeps(actual, expected, P, policy, gamma, tol=1e-8, in_place=False, max_sweeps=None):
    """(V, sweeps): V within 1e-6 absolute, sweeps exactly."""
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (V, sweeps), got {type(actual).__name__}"
    V, sweeps = actual
    exp_V, exp_sweeps = expected
    if type(V) is not list or len(V) != len(P):
        return f"V: expected a list with one value per state ({len(P)})"
    for s, (v, e) in enumerate(zip(V, exp_V)):
        if type(v) is not float:
            return f"V[{s}]: expected a float, got {type(v).__name__} {v!r}"
        if not math.isclose(v, e, rel_tol=1e-9, abs_tol=1e-6):
            return f"V[{s}]: expected {e!r}, got {v!r} (tolerance: absolute 1e-6)"
    if type(sweeps) is not int:
        return f"sweeps: expected an int, got {type(sweeps).__name__} {sweeps!r}"
    if sweeps != exp_sweeps:
        return f"sweeps: expected {exp_sweeps}, got {sweeps}"
    return None


def c(*args, kwargs=None, **options):
    return case(*args, kwargs=kwargs, check=values_and_sweeps, **options)


GRID = sutton_barto_grid()
UNIFORM = uniform_policy(GRID)
ONE = [[1.0]]


def lagged_pair():
    """State 0 earns 1 forever; state 1 moves to state 0 for nothing: synchronous, state 1 sees
    state 0's value from the previous sweep; in place, the new one."""
    return [[[(1.0, 0, 1.0, False)]], [[(1.0, 0, 0.0, False)]]]


def reversed_pair():
    """The mirror image: state 1 earns 1 forever, state 0 moves to state 1. In place, state 0 is
    swept first and sees state 1's value from the previous sweep."""
    return [[[(1.0, 1, 0.0, False)]], [[(1.0, 1, 1.0, False)]]]


def two_actions():
    """State 0: action 0 pays 4 and ends; action 1 pays 0 and moves to state 1, which pays 10 and
    ends; action 2 is never taken (probability 0) and would pay 1000."""
    return [
        [[(1.0, 2, 4.0, True)], [(1.0, 1, 0.0, False)], [(1.0, 2, 1000.0, True)]],
        [[(0.5, 2, 10.0, True), (0.5, 2, 10.0, True)]],
        [[(1.0, 2, 0.0, True)]],
    ]


CASES = [
    c(GRID, UNIFORM, 1.0, kwargs={"tol": 1e-4}, sample=True,
      name="worked example: Sutton & Barto's 4 x 4 grid, synchronous, tol 1e-4 (173 sweeps)"),
    c(GRID, UNIFORM, 1.0, kwargs={"tol": 1e-4, "in_place": True}, sample=True,
      name="the same grid in place: fewer sweeps (114)"),
    c(GRID, UNIFORM, 1.0, kwargs={"max_sweeps": 2},
      expected=([0.0, -1.75, -2.0, -2.0, -1.75, -2.0, -2.0, -2.0, -2.0, -2.0, -2.0, -1.75, -2.0, -2.0,
                 -1.75, 0.0], 2), sample=True,
      name="max_sweeps = 2: Sutton & Barto's Figure 4.1 at k = 2"),
    c(GRID, UNIFORM, 1.0, kwargs={"max_sweeps": 3},
      expected=([0.0, -2.4375, -2.9375, -3.0, -2.4375, -2.875, -3.0, -2.9375, -2.9375, -3.0, -2.875,
                 -2.4375, -3.0, -2.9375, -2.4375, 0.0], 3),
      name="max_sweeps = 3 (Figure 4.1 at k = 3)"),
    c(GRID, UNIFORM, 1.0, kwargs={"max_sweeps": 1}, expected=([0.0] + [-1.0] * 14 + [0.0], 1),
      name="max_sweeps = 1: one step's cost everywhere"),
    c(GRID, UNIFORM, 1.0, kwargs={"max_sweeps": 2, "in_place": True},
      name="two in-place sweeps: values spread within a sweep"),
    c(GRID, UNIFORM, 1.0, kwargs={"tol": 1e-3, "max_sweeps": 1000},
      name="tol is reached long before max_sweeps = 1000"),
    c([], [], 0.9, expected=([], 1), name="no states: one sweep, no values"),
    c(self_loop(1.0), ONE, 0.5, kwargs={"tol": 0.1}, expected=([1.9375], 5),
      name="tol = 0.1: changes 1, 0.5, 0.25, 0.125, 0.0625 stop after the fifth sweep"),
    c(self_loop(1.0), ONE, 0.5, kwargs={"tol": 0.125}, expected=([1.9375], 5),
      name="a change equal to tol does not stop (strictly less than tol)"),
    c(lagged_pair(), [[1.0], [1.0]], 0.5, kwargs={"tol": 0.1}, expected=([1.9375, 0.9375], 5),
      name="synchronous: state 1 reads state 0's value from the previous sweep"),
    c(lagged_pair(), [[1.0], [1.0]], 0.5, kwargs={"tol": 0.1, "in_place": True},
      expected=([1.9375, 0.96875], 5),
      name="in place: state 1 reads state 0's value from this sweep"),
    c(reversed_pair(), [[1.0], [1.0]], 0.5, kwargs={"tol": 0.1, "in_place": True},
      expected=([0.9375, 1.9375], 5),
      name="in place, states swept in index order: state 0 still sees the old V[1]"),
    c(self_loop(2.0), ONE, 0.999,
      name="the default tol = 1e-8 with gamma = 0.999: the sweep it stops at shows in V"),
    c(two_actions(), [[0.25, 0.75, 0.0], [1.0], [1.0]], 0.9, expected=([7.75, 10.0, 0.0], 3),
      name="a stochastic policy; an action of probability 0 adds nothing"),
    c([[[(1.0, 0, 3.0, True)]], [[(1.0, 0, 1.0, False)]]], [[1.0], [1.0]], 0.9, kwargs={"tol": 1e-10},
      expected=([3.0, 3.7], 3), name="done = True into a non-terminal state: no bootstrap"),
    c(GRID, UNIFORM, 0.0, expected=([0.0] + [-1.0] * 14 + [0.0], 2),
      name="gamma 0: the expected immediate reward, found in two sweeps"),
    c(grid(4, 0.2, holes=(5, 7, 11, 12)), random_policy(3, grid(4, 0.2, holes=(5, 7, 11, 12))), 0.9,
      kwargs={"tol": 1e-10}, name="slippery 4 x 4 grid with holes, a random stochastic policy"),
    c(random_mdp(8, 100, 4), random_policy(8, random_mdp(8, 100, 4)), 0.95, kwargs={"tol": 1e-9, "in_place": True},
      name="100 random states x 4 actions, in place"),
    c(self_loop(1e6), ONE, 0.9, kwargs={"tol": 1e-3}, name="rewards of 1e6: values near 1e7"),
]


@generate(count=10, seed=5150)
def random_mdps(rng):
    seed = rng.randrange(2**32)
    P = random_mdp(seed, rng.randint(1, 25), rng.randint(1, 4))
    kwargs = {"tol": 1e-10}
    if rng.random() < 0.5:
        kwargs["in_place"] = True
    if rng.random() < 0.3:
        kwargs["max_sweeps"] = rng.randint(1, 6)
    return c(P, random_policy(seed, P), rng.choice([0.0, 0.5, 0.9, 0.95]), kwargs=kwargs)
