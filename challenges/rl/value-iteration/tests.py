import math

from drill import case, generate
from mdps import chain_example, grid, random_mdp, self_loop
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def values_and_policy(actual, expected, P, gamma, tol=1e-8):
    """(V, policy): V close to the expected values, policy exactly the expected actions."""
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (V, policy), got {type(actual).__name__}"
    V, policy = actual
    exp_V, exp_policy = expected
    for name, got in (("V", V), ("policy", policy)):
        if type(got) is not list:
            return f"{name}: expected a list, got {type(got).__name__}"
        if len(got) != len(P):
            return f"{name}: expected one entry per state ({len(P)}), got {len(got)}"
    for s, (v, e) in enumerate(zip(V, exp_V)):
        if type(v) is not float:
            return f"V[{s}]: expected a float, got {type(v).__name__} {v!r}"
        if not math.isclose(v, e, rel_tol=1e-9, abs_tol=1e-6):
            return f"V[{s}]: expected {e!r}, got {v!r} (tolerance: absolute 1e-6)"
    for s, (a, e) in enumerate(zip(policy, exp_policy)):
        if type(a) is not int:
            return f"policy[{s}]: expected an int action index, got {type(a).__name__} {a!r}"
        if a != e:
            return (f"policy[{s}]: expected action {e}, got {a} (greedy with respect to V; ties "
                    "within 1e-9 go to the smallest action index)")
    return None


def c(*args, kwargs=None, **options):
    return case(*args, kwargs=kwargs, check=values_and_policy, **options)


def two_equal_actions():
    """State 0: actions 0 and 1 are identical, action 2 is worse. State 1: actions 1 and 2 tie
    for the best, action 0 is worse. State 2 is terminal."""
    to_goal = [(1.0, 2, 5.0, True)]
    return [
        [to_goal, list(to_goal), [(1.0, 2, 1.0, True)]],
        [[(1.0, 2, 0.0, True)], [(0.5, 2, 4.0, True), (0.5, 2, 4.0, True)], [(1.0, 2, 4.0, True)]],
        [[(1.0, 2, 0.0, True)], [(1.0, 2, 0.0, True)], [(1.0, 2, 0.0, True)]],
    ]


def reset_transition():
    """Action 1 in state 1 collects 3 and ends the episode by 'resetting' to state 0: done=True,
    so the value of state 0 must not be added even though the next state is 0."""
    return [
        [[(1.0, 1, 1.0, False)]],
        [[(1.0, 0, 0.0, False)], [(1.0, 0, 3.0, True)]],
    ]


def costs_only():
    """Every step costs; the cheapest way out is two steps through state 1."""
    return [
        [[(1.0, 2, -5.0, True)], [(1.0, 1, -1.0, False)]],
        [[(1.0, 2, -1.5, True)], [(1.0, 0, -0.5, False)]],
        [[(1.0, 2, 0.0, True)], [(1.0, 2, 0.0, True)]],
    ]


def lagged_pair():
    """State 0 earns 1 forever; state 1 moves to state 0 for nothing. In a synchronous sweep
    state 1 sees state 0's value from the previous sweep; an in-place sweep would see the new one."""
    return [[[(1.0, 0, 1.0, False)]], [[(1.0, 0, 0.0, False)]]]


def uneven_actions():
    """States may have different numbers of actions; duplicate next states in one action add up."""
    return [
        [[(0.25, 1, 2.0, False), (0.25, 1, 2.0, False), (0.5, 2, 0.0, True)]],
        [[(1.0, 2, 1.0, True)], [(0.5, 0, 0.0, False), (0.5, 2, 6.0, True)], [(1.0, 1, 0.5, False)]],
        [[(1.0, 2, 0.0, True)]],
    ]


CASES = [
    c(chain_example(), 0.9, kwargs={"tol": 1e-10},
      expected=([8.780487804878049, 9.75609756097561, 0.0], [1, 1, 0]), sample=True,
      name="worked example: a three-state chain with a slippery last step"),
    c(self_loop(1.0), 0.5, kwargs={"tol": 0.1}, expected=([1.9375], [0]), sample=True,
      name="tol = 0.1: stop after the sweep whose change drops below tol (5 sweeps)"),
    c(two_equal_actions(), 0.9, expected=([5.0, 4.0, 0.0], [0, 1, 0]), sample=True,
      name="ties go to the smallest action index"),
    c(self_loop(1.0), 0.5, kwargs={"tol": 0.125}, expected=([1.9375], [0]),
      name="a change exactly equal to tol does not stop the loop (strictly less than tol)"),
    c(lagged_pair(), 0.5, kwargs={"tol": 0.1}, expected=([1.9375, 0.9375], [0, 0]),
      name="tol = 0.1 with two states: a synchronous sweep reads only the previous V"),
    c([], 0.9, expected=([], []), name="an MDP with no states"),
    c(self_loop(1.0), 0.999,
      name="the default tol = 1e-8: with gamma = 0.999 the sweep it stops at shows in V"),
    c(chain_example(), 0.0, expected=([0.0, 8.0, 0.0], [0, 1, 0]),
      name="gamma 0: only the expected immediate reward counts"),
    c(grid(4, 0.0, step_cost=-1.0, goal_reward=-1.0), 1.0,
      expected=([-6.0, -5.0, -4.0, -3.0, -5.0, -4.0, -3.0, -2.0, -4.0, -3.0, -2.0, -1.0,
                 -3.0, -2.0, -1.0, 0.0], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 0]),
      name="gamma 1, deterministic 4 x 4 grid, every step costs 1: V = -distance; ties go to down (1) over right (2)"),
    c(reset_transition(), 0.9, kwargs={"tol": 1e-10},
      name="done=True: no bootstrap from the next state, even a non-terminal one"),
    c(costs_only(), 0.95, kwargs={"tol": 1e-10}, expected=([-2.425, -1.5, 0.0], [1, 0, 0]),
      name="negative rewards only: values below the initial 0"),
    c(uneven_actions(), 0.8, kwargs={"tol": 1e-10},
      name="different action counts per state; repeated next states add up"),
    c(grid(4, 0.2, holes=(5, 7, 11, 12)), 0.9, kwargs={"tol": 1e-10},
      name="slippery 4 x 4 grid with holes (FrozenLake-style)"),
    c(grid(6, 0.1, holes=(8, 15, 27)), 0.99, kwargs={"tol": 1e-9},
      name="6 x 6 grid, gamma 0.99: many sweeps"),
    c(random_mdp(1, 100, 4), 0.9, kwargs={"tol": 1e-9},
      name="100 random states x 4 actions"),
]


@generate(count=10, seed=4242)
def random_mdps(rng):
    P = random_mdp(rng.randrange(2**32), rng.randint(1, 25), rng.randint(1, 4))
    return c(P, rng.choice([0.0, 0.5, 0.8, 0.9, 0.95]), kwargs={"tol": 1e-10})
