def policy_evaluation(P, policy, gamma, tol=1e-8, in_place=False, max_sweeps=None):
    """V^pi for the MDP P[s][a] = [(prob, next_state, reward, done), ...] and policy[s][a] = pi(a | s).

    Returns (V, sweeps): the values and the number of sweeps made.
    """
    V = [0.0] * len(P)
    sweeps = 0
    while True:
        # in place (Gauss-Seidel): later states already see this sweep's new values
        source = V if in_place else list(V)
        delta = 0.0
        for s, actions in enumerate(P):
            v = 0.0
            for pi, outcomes in zip(policy[s], actions):
                for p, s2, r, done in outcomes:
                    v += pi * p * (r if done else r + gamma * source[s2])
            delta = max(delta, abs(v - V[s]))
            V[s] = v
        sweeps += 1
        if delta < tol or (max_sweeps is not None and sweeps >= max_sweeps):
            return [float(v) for v in V], sweeps
