import random


def sarsa(T, start, episodes, alpha, gamma, epsilon, seed, max_steps=100):
    """On-policy SARSA with a seeded epsilon-greedy policy on a deterministic T[s][a] = (s2, r, done).

    Returns (Q, returns): the final table and each episode's undiscounted sum of rewards.
    """
    rng = random.Random(seed)
    n_actions = len(T[0])
    Q = [[0.0] * n_actions for _ in T]

    def choose(s):
        if rng.random() < epsilon:
            return rng.randrange(n_actions)
        best = max(Q[s])
        return next(a for a, q in enumerate(Q[s]) if q >= best - 1e-9)

    returns = []
    for _ in range(episodes):
        s = start
        a = choose(s)
        total = 0.0
        for _ in range(max_steps):
            s2, r, done = T[s][a]
            total += r
            if done:
                Q[s][a] += alpha * (r - Q[s][a])
                break
            a2 = choose(s2)  # on-policy: the target uses the action the agent will really take
            Q[s][a] += alpha * (r + gamma * Q[s2][a2] - Q[s][a])
            s, a = s2, a2
        returns.append(total)
    return Q, returns
