"""Deterministic grid worlds for the tests, as tables T[s][a] = (next_state, reward, done).
Cells s = row * cols + col; actions 0=up, 1=right, 2=down, 3=left; bumping into a wall stays put."""

MOVES = [(-1, 0), (0, 1), (1, 0), (0, -1)]


def cliff(rows=4, cols=12):
    """Sutton & Barto's cliff walking (Gymnasium CliffWalking-v0): start bottom-left, goal
    bottom-right, the bottom cells between them are the cliff. Every move costs -1; stepping
    into the cliff costs -100 and sends the agent back to the start (the episode goes on);
    entering the goal ends the episode."""
    start, goal = (rows - 1) * cols, rows * cols - 1
    cliff_cells = set(range(start + 1, goal))
    T = []
    for s in range(rows * cols):
        r0, c0 = divmod(s, cols)
        row = []
        for dr, dc in MOVES:
            r1, c1 = min(max(r0 + dr, 0), rows - 1), min(max(c0 + dc, 0), cols - 1)
            s2 = r1 * cols + c1
            if s2 in cliff_cells:
                row.append((start, -100.0, False))
            else:
                row.append((s2, -1.0, s2 == goal))
        T.append(row)
    return T, start


def open_grid(rows, cols, goal=None, walls=(), step_reward=-1.0, goal_reward=0.0):
    """A grid with impassable wall cells: moving into a wall or the border stays put."""
    goal = rows * cols - 1 if goal is None else goal
    T = []
    for s in range(rows * cols):
        r0, c0 = divmod(s, cols)
        row = []
        for dr, dc in MOVES:
            r1, c1 = r0 + dr, c0 + dc
            s2 = r1 * cols + c1
            if not (0 <= r1 < rows and 0 <= c1 < cols) or s2 in walls:
                s2 = s
            row.append((s2, goal_reward if s2 == goal else step_reward, s2 == goal))
        T.append(row)
    return T


def greedy_path(Q, T, start, limit=60):
    """The cells visited by following the greedy policy of Q from start (for test names/checks)."""
    cells, s = [start], start
    for _ in range(limit):
        best = max(Q[s])
        a = next(i for i, q in enumerate(Q[s]) if q >= best - 1e-9)
        s, _, done = T[s][a]
        cells.append(s)
        if done:
            break
    return cells
