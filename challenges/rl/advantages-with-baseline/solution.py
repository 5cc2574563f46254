import math


def advantages_with_baseline(rewards, dones, values, gamma, last_value=0.0, normalize=True):
    """Returns-to-go and advantages G[t] - values[t], optionally normalised to mean 0 and std 1."""
    n = len(rewards)
    returns = [0.0] * n
    running = float(last_value)  # the critic's estimate for whatever follows the buffer
    for t in range(n - 1, -1, -1):
        if dones[t]:
            running = 0.0  # step t ends its episode: nothing after it counts
        running = rewards[t] + gamma * running
        returns[t] = float(running)
    advantages = [g - v for g, v in zip(returns, values)]
    if normalize and n:
        mean = sum(advantages) / n
        std = math.sqrt(sum((a - mean) ** 2 for a in advantages) / n)
        advantages = [(a - mean) / (std + 1e-8) for a in advantages]
    return returns, [float(a) for a in advantages]
