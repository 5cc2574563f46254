import random


def thompson_sampling(rewards, seed, prior=(1.0, 1.0), batch_size=1):
    """Beta-Bernoulli Thompson sampling on a table rewards[t][arm] of 0/1 rewards.

    Returns (arms, alphas, betas): the arm pulled at each step and the final Beta posteriors.
    """
    rng = random.Random(seed)
    k = len(rewards[0])
    alphas = [float(prior[0])] * k
    betas = [float(prior[1])] * k
    arms, pending = [], []
    for t, row in enumerate(rewards):
        samples = [rng.betavariate(alphas[a], betas[a]) for a in range(k)]  # one draw per arm, in order
        arm = samples.index(max(samples))
        arms.append(arm)
        pending.append((arm, row[arm]))
        if len(pending) == batch_size or t == len(rewards) - 1:
            # feedback arrives in batches: the posteriors only change at the end of a batch
            for a, r in pending:
                alphas[a] += r
                betas[a] += 1 - r
            pending = []
    return arms, alphas, betas
