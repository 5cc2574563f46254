def gae(rewards, values, dones, last_value, gamma=0.99, lam=0.95):
    """Generalised advantage estimates and the matching value targets (advantages + values)."""
    n = len(rewards)
    advantages = [0.0] * n
    running = 0.0
    for t in range(n - 1, -1, -1):
        next_value = last_value if t == n - 1 else values[t + 1]
        keep = 0.0 if dones[t] else 1.0  # step t ended its episode: no value, no advantage from t + 1
        delta = rewards[t] + gamma * next_value * keep - values[t]
        running = delta + gamma * lam * keep * running
        advantages[t] = float(running)
    returns = [float(a + v) for a, v in zip(advantages, values)]
    return advantages, returns
