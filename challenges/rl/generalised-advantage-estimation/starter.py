def gae(rewards, values, dones, last_value, gamma=0.99, lam=0.95):
    """Generalised advantage estimates and the matching value targets (advantages + values)."""
    # your code here: for now the advantage is the reward minus the value, ignoring the future
    advantages = [float(r - v) for r, v in zip(rewards, values)]
    returns = [float(a + v) for a, v in zip(advantages, values)]
    return advantages, returns
