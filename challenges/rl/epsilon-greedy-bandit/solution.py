import random


def epsilon_greedy(rewards, epsilon, seed, alpha=None, initial=0.0):
    """Play an epsilon-greedy agent on a table rewards[t][arm]; return (arms pulled, final estimates)."""
    rng = random.Random(seed)
    k = len(rewards[0])
    Q = [float(initial)] * k
    N = [0] * k
    arms = []
    for row in rewards:
        if rng.random() < epsilon:  # one draw every step, a second only when exploring
            arm = rng.randrange(k)
        else:
            best = max(Q)
            arm = next(a for a in range(k) if Q[a] >= best - 1e-9)  # ties: smallest index
        N[arm] += 1
        step = 1.0 / N[arm] if alpha is None else alpha
        Q[arm] += step * (row[arm] - Q[arm])  # incremental mean (or exponential recency weighting)
        arms.append(arm)
    return arms, Q
