import numpy as np


def stratified_split(y, n_test, seed):
    """(train_idx, test_idx): a random split of positions with per-class test counts as stated."""
    y = np.asarray(y)
    n = len(y)
    is_test = np.zeros(n, dtype=bool)
    if n == 0:
        return np.flatnonzero(~is_test), np.flatnonzero(is_test)
    labels, codes, counts = np.unique(y, return_inverse=True, return_counts=True)

    # 1. Per-class quotas by the largest-remainder method, in exact integer arithmetic.
    share = n_test * counts
    take, remainder = share // n, share % n
    missing = n_test - int(take.sum())
    by_remainder = np.argsort(-remainder, kind="stable")  # ties: smaller label first
    take[by_remainder[:missing]] += 1

    # 2. Uniform draws without replacement inside each class, from one seeded generator.
    rng = np.random.default_rng(seed)
    order = np.argsort(codes, kind="stable")
    members_of = np.split(order, np.cumsum(counts)[:-1])  # positions of each class
    for members, k in zip(members_of, take):
        is_test[rng.choice(members, size=int(k), replace=False)] = True

    return np.flatnonzero(~is_test), np.flatnonzero(is_test)
