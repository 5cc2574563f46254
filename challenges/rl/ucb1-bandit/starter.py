def ucb1(rewards, c=1.0):
    """Play UCB1 on a table rewards[t][arm]; return (arms pulled, final sample-average estimates)."""
    k = len(rewards[0])
    # your code here: for now the agent cycles through the arms and learns nothing
    return [t % k for t in range(len(rewards))], [0.0] * k
