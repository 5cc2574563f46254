import random

from drill import case, generate
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def valid_cycle(actual, expected, includes):
    if expected is None:
        assert actual is None, f"there is no cycle, but the result is {actual!r}"
        return None
    assert actual is not None, "there is a cycle (e.g. %r), but the result is None" % (expected,)
    assert isinstance(actual, list), f"a cycle is a list, got {type(actual).__name__}"
    assert len(actual) >= 2, f"a cycle has at least 2 entries ([f, f] for a self-include), got {actual!r}"
    assert actual[0] == actual[-1], f"a cycle starts and ends with the same name, got {actual[0]!r} ... {actual[-1]!r}"
    inner = actual[:-1]
    assert len(set(inner)) == len(inner), "a name appears twice in the cycle (before its last entry)"
    for a, b in zip(actual, actual[1:]):
        assert b in includes.get(a, []), f"{a!r} does not include {b!r}"
    return None


C = {"check": valid_cycle}


def chain(n, close=False, prefix="f"):
    names = [f"{prefix}{i}.yaml" for i in range(n)]
    graph = {names[i]: [names[i + 1]] for i in range(n - 1)}
    if close:
        graph[names[-1]] = [names[0]]
    return graph


def big_dag(seed, n=20_000):
    """n files in a shuffled order, each including up to 3 files later in that order."""
    rng = random.Random(seed)
    names = [f"cfg{i}" for i in range(n)]
    rng.shuffle(names)
    graph = {}
    for i, name in enumerate(names):
        later = (i + 1 + (i * 7919 * t + seed) % 97 for t in (1, 2, 3))
        graph[name] = [names[j] for j in later if j < n]
    return graph


def big_dag_with_cycle(seed):
    graph = big_dag(seed)
    names = list(graph)
    graph[names[-1]].append(names[0])  # with the next line: a two-file cycle in a DAG
    graph[names[0]].append(names[-1])
    return graph


def diamond_ladder(levels):
    """top -> (l0, r0) -> m0 -> (l1, r1) -> m1 ...: 2**levels routes, listed bottom-up."""
    graph = {}
    for i in reversed(range(levels)):
        graph[f"m{i}"] = [f"l{i + 1}", f"r{i + 1}"] if i + 1 < levels else []
        graph[f"l{i}"] = [f"m{i}"]
        graph[f"r{i}"] = [f"m{i}"]
    graph["top"] = ["l0", "r0"]
    return graph


def with_tail_cycle(graph):
    graph = dict(graph)
    graph["late1"] = ["late2"]
    graph["late2"] = ["late1"]
    return graph


EXAMPLE = {
    "train.yaml": ["model.yaml", "data.yaml"],
    "model.yaml": ["layers.yaml"],
    "data.yaml": ["paths.yaml"],
    "paths.yaml": ["train.yaml"],
}

CASES = [
    case(EXAMPLE, expected=["train.yaml", "data.yaml", "paths.yaml", "train.yaml"], sample=True,
         name="worked example", **C),
    case({"a": ["b", "c"], "b": ["d"], "c": ["d"]}, expected=None, sample=True, name="a diamond is not a cycle", **C),
    case({"a": ["a"]}, expected=["a", "a"], sample=True, name="a file that includes itself", **C),
    case({}, expected=None, name="no files", **C),
    case({"only.yaml": []}, expected=None, name="one file, no includes", **C),
    case({"a": ["b"]}, expected=None, name="one include to a file that is not a key", **C),
    case({"a": ["b"], "b": ["a"]}, expected=["a", "b", "a"], name="two files including each other", **C),
    case({"a": ["b", "b"], "b": []}, expected=None, name="the same include twice is not a cycle", **C),
    case({"a": ["b"], "b": ["c"], "c": ["b"]}, expected=["b", "c", "b"],
         name="the cycle does not contain the start file", **C),
    case({"x": [], "y": ["x"], "z": ["y", "z"]}, expected=["z", "z"], name="a self-include after acyclic files", **C),
    case({"a": ["b", "c"], "c": ["d"], "d": ["e"], "e": ["c"]}, expected=["c", "d", "e", "c"],
         name="a cycle reached after a dead end", **C),
    case({"a": ["b"], "b": ["c"], "c": ["d"], "d": [], "e": ["b", "f"], "f": ["a"]}, expected=None,
         name="several routes into finished files", **C),
    case({"a": ["b"], "c": ["d"], "d": ["b", "e"], "e": ["c"]}, expected=["c", "d", "e", "c"],
         name="the cycle is in a later component", **C),
    case({"a": ["b"], "b": [], "c": ["a", "b"], "d": ["c", "a"]}, expected=None,
         name="files listed before the files that include them", **C),
    case(with_tail_cycle({"a": ["b"], "b": ["c"], "c": []}), expected=["late1", "late2", "late1"],
         name="the cycle is among the last keys", **C),
    case({"a": ["b"], "b": ["c"], "c": ["a", "d"], "d": ["b"]}, expected=["a", "b", "c", "a"],
         name="overlapping cycles: either is fine", **C),
    case(diamond_ladder(40), expected=None, time_limit=2.0,
         name="40 diamonds in a row, listed bottom-up (searching finished files again takes 2**40 steps)", **C),
    case(with_tail_cycle(diamond_ladder(40)), expected=["late1", "late2", "late1"], time_limit=2.0,
         name="40 diamonds listed bottom-up, then a cycle", **C),
    case(chain(20_000), expected=None, time_limit=4.0, name="a chain of 20,000 includes (too deep to recurse)", **C),
    case(chain(20_000, close=True), time_limit=4.0,
         name="a 20,000-file cycle", **C),
    case(big_dag(3), expected=None, time_limit=6.0, name="20,000 files and 60,000 includes without a cycle", **C),
    case(big_dag_with_cycle(4), time_limit=6.0,
         name="20,000 files and 60,000 includes with a cycle", **C),
]


@generate(count=30, seed=99)
def random_graphs(rng):
    n = rng.randint(1, 9)
    names = [f"c{i}" for i in range(n)]
    order = names[:]
    rng.shuffle(order)
    graph = {}
    for name in rng.sample(names, rng.randint(0, n)):
        graph[name] = []
    for _ in range(rng.randint(0, 2 * n)):
        i, j = sorted(rng.sample(range(n), 2)) if n > 1 else (0, 0)
        if i != j:
            graph.setdefault(order[i], []).append(order[j])
    if rng.random() < 0.5:
        a, b = rng.choice(names), rng.choice(names)
        graph.setdefault(a, []).append(b)
    return case(graph, **C)
