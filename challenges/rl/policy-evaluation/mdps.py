"""Small MDPs for the tests, in the format P[s][a] = [(prob, next_state, reward, done), ...]."""

import random


def chain_example():
    """The statement's example: 0 -> 1 -> goal (2), the last move succeeds with probability 0.8."""
    return [
        [[(1.0, 0, 0.0, False)], [(1.0, 1, 0.0, False)]],
        [[(1.0, 0, 0.0, False)], [(0.8, 2, 10.0, True), (0.2, 1, 0.0, False)]],
        [[(1.0, 2, 0.0, True)], [(1.0, 2, 0.0, True)]],
    ]


def self_loop(reward=1.0):
    """One state, one action, reward every step forever: V = reward / (1 - gamma)."""
    return [[[(1.0, 0, reward, False)]]]


def grid(n, slip, seed=None, step_cost=-0.04, goal_reward=1.0, holes=()):
    """An n x n grid world: actions 0=left, 1=down, 2=right, 3=up. With probability `slip` the
    move goes to one of the two perpendicular directions instead (half each). The bottom-right
    cell is the goal and holes end the episode with reward -1. Bumping into a wall stays put."""
    moves = [(0, -1), (1, 0), (0, 1), (-1, 0)]
    goal = n * n - 1
    P = []
    for s in range(n * n):
        r0, c0 = divmod(s, n)
        actions = []
        for a in range(4):
            if s == goal or s in holes:
                actions.append([(1.0, s, 0.0, True)])
                continue
            outcomes = []
            for b, p in ((a, 1.0 - slip), ((a + 1) % 4, slip / 2), ((a + 3) % 4, slip / 2)):
                if p == 0:
                    continue
                dr, dc = moves[b]
                r, c = min(max(r0 + dr, 0), n - 1), min(max(c0 + dc, 0), n - 1)
                s2 = r * n + c
                if s2 == goal:
                    outcomes.append((p, s2, goal_reward, True))
                elif s2 in holes:
                    outcomes.append((p, s2, -1.0, True))
                else:
                    outcomes.append((p, s2, step_cost, False))
            actions.append(outcomes)
        P.append(actions)
    return P


def random_mdp(seed, n_states, n_actions, max_outcomes=3, p_done=0.1):
    """Random transitions and rewards; probabilities are multiples of 1/8 that sum to 1."""
    rng = random.Random(seed)
    P = []
    for _ in range(n_states):
        actions = []
        for _ in range(n_actions):
            k = rng.randint(1, max_outcomes)
            cuts = sorted(rng.sample(range(1, 8), k - 1)) if k > 1 else []
            parts = [b - a for a, b in zip([0] + cuts, cuts + [8])]
            actions.append([(w / 8, rng.randrange(n_states), round(rng.uniform(-2, 3), 2),
                             rng.random() < p_done) for w in parts])
        P.append(actions)
    return P


def sutton_barto_grid():
    """Sutton & Barto's Example 4.1: a 4 x 4 grid, actions up/right/down/left, every move costs
    -1, the corner cells 0 and 15 are terminal; moves off the grid stay put."""
    moves = [(-1, 0), (0, 1), (1, 0), (0, -1)]
    P = []
    for s in range(16):
        r0, c0 = divmod(s, 4)
        actions = []
        for dr, dc in moves:
            if s in (0, 15):
                actions.append([(1.0, s, 0.0, True)])
                continue
            s2 = min(max(r0 + dr, 0), 3) * 4 + min(max(c0 + dc, 0), 3)
            actions.append([(1.0, s2, -1.0, s2 in (0, 15))])
        P.append(actions)
    return P


def uniform_policy(P):
    """Every action of a state equally likely."""
    return [[1.0 / len(actions)] * len(actions) for actions in P]


def random_policy(seed, P):
    """Action probabilities that are multiples of 1/4 (some 0) and sum to 1."""
    rng = random.Random(seed)
    policy = []
    for actions in P:
        weights = [0] * len(actions)
        for _ in range(4):
            weights[rng.randrange(len(actions))] += 1
        policy.append([w / 4 for w in weights])
    return policy
