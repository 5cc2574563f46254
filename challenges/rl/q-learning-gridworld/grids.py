"""A small grid world for the tests: cells s = row * cols + col, actions 0=up, 1=right, 2=down,
3=left. Moving into a wall stays put. Entering the goal pays `goal_reward` and ends the episode;
entering a pit pays -10 and ends it; every other move pays `step_reward`."""

import random

MOVES = [(-1, 0), (0, 1), (1, 0), (0, -1)]


def step(rows, cols, s, a, goal, pits=(), step_reward=-1.0, goal_reward=10.0):
    r, c = divmod(s, cols)
    dr, dc = MOVES[a]
    nr, nc = min(max(r + dr, 0), rows - 1), min(max(c + dc, 0), cols - 1)
    s2 = nr * cols + nc
    if s2 == goal:
        return s2, goal_reward, True
    if s2 in pits:
        return s2, -10.0, True
    return s2, step_reward, False


def random_episodes(seed, rows, cols, episodes, max_steps, goal=None, pits=()):
    """Transitions (s, a, r, s2, done) of uniformly random behaviour from random start cells; an
    episode cut off by max_steps ends with done = False (truncated, not terminated)."""
    rng = random.Random(seed)
    goal = rows * cols - 1 if goal is None else goal
    starts = [s for s in range(rows * cols) if s != goal and s not in pits]
    out = []
    for _ in range(episodes):
        s = rng.choice(starts)
        for _ in range(max_steps):
            a = rng.randrange(4)
            s2, r, done = step(rows, cols, s, a, goal, pits)
            out.append((s, a, r, s2, done))
            if done:
                break
            s = s2
    return out
