import random


def sarsa(T, start, episodes, alpha, gamma, epsilon, seed, max_steps=100):
    """On-policy SARSA with a seeded epsilon-greedy policy on a deterministic T[s][a] = (s2, r, done).

    Returns (Q, returns): the final table and each episode's undiscounted sum of rewards.
    """
    rng = random.Random(seed)
    n_actions = len(T[0])
    Q = [[0.0] * n_actions for _ in T]
    # your code here: for now every episode takes one random step and learns nothing
    returns = [float(T[start][rng.randrange(n_actions)][1]) for _ in range(episodes)]
    return Q, returns
