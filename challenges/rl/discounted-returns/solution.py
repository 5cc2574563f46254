def discounted_returns(rewards, dones, gamma):
    """Reward-to-go G[t] = r[t] + gamma * G[t + 1], restarting after every step with done[t] True."""
    returns = [0.0] * len(rewards)
    running = 0.0
    for t in range(len(rewards) - 1, -1, -1):  # one backward pass
        if dones[t]:
            running = 0.0  # step t ends its episode: nothing after it belongs to this return
        running = rewards[t] + gamma * running
        returns[t] = float(running)
    return returns
