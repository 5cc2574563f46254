import random

from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def by_definition(recommended, relevant, k):
    """The statement, written out with plain loops and lists (no reference solution)."""
    ps, rs = [], []
    for user in relevant:
        if len(relevant[user]) == 0:
            continue
        top = recommended.get(user, [])[:k]
        hits = len([item for item in top if item in relevant[user]])
        ps.append(hits / k)
        rs.append(hits / len(relevant[user]))
    if not ps:
        return (0.0, 0.0)
    return (sum(ps) / len(ps), sum(rs) / len(rs))


def matches_definition(actual, expected, recommended, relevant, k):
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (precision, recall), got {type(actual).__name__} {actual!r:.80}"
    want = by_definition(recommended, relevant, k)
    for name, a, w in zip(("precision", "recall"), actual, want):
        if type(a) not in (float, int) or abs(a - w) > 1e-9:
            return f"{name}: expected {w!r}, got {a!r} (tolerance: absolute 1e-9)"
    return None


EXAMPLE = ({"ann": ["a", "b", "c", "d"], "bob": ["x", "y"], "cyd": ["p"]},
           {"ann": ["c", "a", "z"], "bob": ["q"], "dan": ["a"], "eve": []})

CASES = [
    case(*EXAMPLE, 3, expected=(2 / 9, 2 / 9), sample=True,
         name="worked example: dan counts with 0 hits, cyd and eve do not count"),
    case({1: [10, 20, 30]}, {1: [20, 30, 40, 50]}, 2, expected=(0.5, 0.25), sample=True,
         name="one user, integer ids"),
    case({"u": ["a"]}, {"u": ["a"]}, 5, expected=(0.2, 1.0), sample=True,
         name="fewer than k recommendations: precision still divides by k"),
    case({}, {}, 3, expected=(0.0, 0.0), name="empty inputs"),
    case({"u": ["a", "b"]}, {}, 1, expected=(0.0, 0.0), name="no ground truth at all"),
    case({"u": ["a", "b"]}, {"u": []}, 2, expected=(0.0, 0.0),
         name="the only user has no relevant items: skipped, no user left"),
    case({}, {"u": ["a"], "v": ["b", "c"]}, 3, expected=(0.0, 0.0),
         name="no recommendations for anyone: zero, not skipped"),
    case({"u": ["b", "a", "c", "d"]}, {"u": ["c", "d"]}, 2, expected=(0.0, 0.0),
         name="hits below rank k do not count"),
    case({"u": ["c", "d", "a"]}, {"u": ["c", "d"]}, 2, expected=(1.0, 1.0), name="perfect top 2"),
    case({"u": [3, 1, 2]}, {"u": [1, 2, 3]}, 100, expected=(0.03, 1.0), name="k much larger than every list"),
    case({"u": ["x", "y", "z"], "v": ["y"], "w": ["q"]}, {"u": ["y"], "v": ["y", "z", "w", "x"]}, 1,
         expected=(0.5, 0.125), name="k = 1; users only in `recommended` are ignored"),
    case({0: [0, -1, 5], -1: [7]}, {0: [-1], -1: [7, 0]}, 2, expected=(0.5, 0.75),
         name="zero and negative ids are ordinary ids"),
    case({"u": ["A", "a"]}, {"u": ["a"]}, 1, expected=(0.0, 0.0), name="items are case-sensitive"),
]


@generate(count=12, seed=77)
def random_users(rng):
    items = list(range(30))
    recommended, relevant = {}, {}
    for user in range(rng.randint(0, 8)):
        if rng.random() < 0.85:
            recommended[user] = rng.sample(items, rng.randint(0, 12))
        if rng.random() < 0.85:
            relevant[user] = rng.sample(items, rng.randint(0, 6))
    return case(recommended, relevant, rng.randint(1, 10), check=matches_definition)


def _large(seed, users, n_rec, n_rel):
    r = random.Random(seed)
    recommended, relevant = {}, {}
    for u in range(users):
        pool = r.sample(range(10 * n_rec), n_rec + n_rel)
        recommended[f"user{u}"] = pool[:n_rec]
        relevant[f"user{u}"] = r.sample(pool[n_rec // 2:], n_rel)
    return recommended, relevant


CASES.append(case(*_large(9, 20, 10_000, 5_000), 5_000, time_limit=2.0,
                  name="20 users with 10,000 recommendations and 5,000 relevant items each, k=5,000 "
                       "(membership tests on a list are too slow)"))
