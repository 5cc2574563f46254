import random


def thompson_sampling(rewards, seed, prior=(1.0, 1.0), batch_size=1):
    """Beta-Bernoulli Thompson sampling on a table rewards[t][arm] of 0/1 rewards.

    Returns (arms, alphas, betas): the arm pulled at each step and the final Beta posteriors.
    """
    rng = random.Random(seed)
    k = len(rewards[0])
    # your code here: for now a uniformly random arm each step, and nothing is learned
    arms = [rng.randrange(k) for _ in rewards]
    return arms, [float(prior[0])] * k, [float(prior[1])] * k
