def value_iteration(P, gamma, tol=1e-8):
    """Optimal state values and a greedy policy for the MDP P[s][a] = [(prob, next_state, reward, done), ...]."""

    def q_value(V, outcomes):
        # done: the episode ends with this transition, so nothing is bootstrapped from next_state
        return sum(p * (r + (0.0 if done else gamma * V[s2])) for p, s2, r, done in outcomes)

    V = [0.0] * len(P)
    while True:
        # synchronous sweep: every new value is computed from the previous sweep's V
        new_V = [max(q_value(V, outcomes) for outcomes in actions) for actions in P]
        delta = max((abs(a - b) for a, b in zip(new_V, V)), default=0.0)
        V = new_V
        if delta < tol:
            break

    policy = []
    for actions in P:
        q = [q_value(V, outcomes) for outcomes in actions]
        best = max(q)
        # the smallest action index whose value is within 1e-9 of the best
        policy.append(next(a for a, value in enumerate(q) if value >= best - 1e-9))
    return [float(v) for v in V], policy
