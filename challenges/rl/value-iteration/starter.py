def value_iteration(P, gamma, tol=1e-8):
    """Optimal state values and a greedy policy for the MDP P[s][a] = [(prob, next_state, reward, done), ...]."""
    # your code here: for now, every state is worth 0 and takes action 0
    return [0.0] * len(P), [0] * len(P)
