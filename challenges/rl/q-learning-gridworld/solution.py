def q_learning(transitions, n_states, n_actions, alpha, gamma, q_init=0.0):
    """Replay (s, a, r, s2, done) transitions through the tabular Q-learning update; return (Q, greedy policy)."""
    Q = [[float(q_init)] * n_actions for _ in range(n_states)]
    for s, a, r, s2, done in transitions:
        # off-policy target: the best next action, whatever the agent actually did next
        target = r if done else r + gamma * max(Q[s2])
        Q[s][a] += alpha * (target - Q[s][a])
    policy = []
    for row in Q:
        best = max(row)
        policy.append(next(a for a, q in enumerate(row) if q >= best - 1e-9))
    return Q, policy
