import math


def ucb1(rewards, c=1.0):
    """Play UCB1 on a table rewards[t][arm]; return (arms pulled, final sample-average estimates)."""
    k = len(rewards[0])
    Q = [0.0] * k
    N = [0] * k
    arms = []
    for t, row in enumerate(rewards):
        if t < k:
            arm = t  # the first k steps try every arm once, in index order
        else:
            # t pulls have been made so far; the bonus shrinks as an arm is pulled more often
            scores = [Q[a] + c * math.sqrt(2.0 * math.log(t) / N[a]) for a in range(k)]
            best = max(scores)
            arm = next(a for a in range(k) if scores[a] >= best - 1e-9)
        N[arm] += 1
        Q[arm] += (row[arm] - Q[arm]) / N[arm]
        arms.append(arm)
    return arms, Q
