def policy_evaluation(P, policy, gamma, tol=1e-8, in_place=False, max_sweeps=None):
    """V^pi for the MDP P[s][a] = [(prob, next_state, reward, done), ...] and policy[s][a] = pi(a | s).

    Returns (V, sweeps): the values and the number of sweeps made.
    """
    V = [0.0] * len(P)
    # your code here: for now, a single sweep that only counts the expected immediate reward
    for s, actions in enumerate(P):
        V[s] = sum(pi * p * r for pi, outcomes in zip(policy[s], actions) for p, _, r, _ in outcomes)
    return V, 1
