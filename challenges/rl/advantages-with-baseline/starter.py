def advantages_with_baseline(rewards, dones, values, gamma, last_value=0.0, normalize=True):
    """Returns-to-go and advantages G[t] - values[t], optionally normalised to mean 0 and std 1."""
    # your code here: for now the return is just the reward and the baseline is ignored
    returns = [float(r) for r in rewards]
    return returns, list(returns)
