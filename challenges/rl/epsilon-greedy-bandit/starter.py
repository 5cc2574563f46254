import random


def epsilon_greedy(rewards, epsilon, seed, alpha=None, initial=0.0):
    """Play an epsilon-greedy agent on a table rewards[t][arm]; return (arms pulled, final estimates)."""
    rng = random.Random(seed)
    k = len(rewards[0])
    # your code here: for now the agent pulls arms at random and never learns
    arms = [rng.randrange(k) for _ in rewards]
    return arms, [float(initial)] * k
