from functools import lru_cache

from drill import case, generate

COMPARE = "exact"
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def by_enumeration(reference, hypothesis):
    """Every alignment's (substitutions, deletions, insertions, hits), then the statement's choice.

    Exhaustive over the set of reachable counts, independent of the reference's tuple trick.
    """
    a, b = tuple(reference), tuple(hypothesis)

    @lru_cache(maxsize=None)
    def outcomes(i, j):
        if i == len(a) and j == len(b):
            return frozenset({(0, 0, 0, 0)})
        found = set()
        if i < len(a) and j < len(b):
            hit = a[i] == b[j]
            for s, x, y, h in outcomes(i + 1, j + 1):
                found.add((s, x, y, h + 1) if hit else (s + 1, x, y, h))
        if i < len(a):
            found.update((s, x + 1, y, h) for s, x, y, h in outcomes(i + 1, j))
        if j < len(b):
            found.update((s, x, y + 1, h) for s, x, y, h in outcomes(i, j + 1))
        return frozenset(found)

    s, x, y, h = min(outcomes(0, 0), key=lambda o: (o[0] + o[1] + o[2], -o[3]))
    return {"distance": s + x + y, "hits": h, "substitutions": s, "deletions": x, "insertions": y}


def counts(d, h, s, x, y):
    return {"distance": d, "hits": h, "substitutions": s, "deletions": x, "insertions": y}


def _large():
    import random

    r = random.Random(600)
    words = ["the", "a", "model", "speech", "is", "of", "to", "and", "recognition", "error"]
    ref = [r.choice(words) for _ in range(300)]
    hyp = []
    for w in ref:
        roll = r.random()
        if roll < 0.08:
            continue  # deleted
        hyp.append(r.choice(words) if roll < 0.2 else w)
        if r.random() < 0.05:
            hyp.append(r.choice(words))  # inserted
    while len(hyp) < 300:
        hyp.append("uh")
    return ref, hyp[:300]


CASES = [
    case("kitten", "sitting", expected=counts(3, 4, 2, 0, 1), sample=True,
         name="worked example: kitten -> sitting"),
    case("the cat sat on the mat".split(), "the cat sit on mat today".split(),
         expected=counts(3, 4, 1, 1, 1), sample=True,
         name="word lists: among the cheapest alignments, the one with the most hits"),
    case("ab", "ba", expected=counts(2, 1, 0, 1, 1), sample=True,
         name="a deletion and an insertion keep a hit that two substitutions would lose"),
    case("", "", expected=counts(0, 0, 0, 0, 0), name="both empty"),
    case("", "abc", expected=counts(3, 0, 0, 0, 3), name="empty reference: all insertions"),
    case("abc", "", expected=counts(3, 0, 0, 3, 0), name="empty hypothesis: all deletions"),
    case("same", "same", expected=counts(0, 4, 0, 0, 0), name="identical sequences"),
    case("a", "b", expected=counts(1, 0, 1, 0, 0), name="one item each, different"),
    case("a", "a", expected=counts(0, 1, 0, 0, 0), name="one item each, equal"),
    case("b", "abc", expected=counts(2, 1, 0, 0, 2), name="one reference item inside the hypothesis"),
    case("abc", "c", expected=counts(2, 1, 0, 2, 0), name="the hypothesis is the reference's last item"),
    case("Apple", "apple", expected=counts(1, 4, 1, 0, 0), name="comparison is case-sensitive"),
    case("abcdef", "bcdefa", expected=counts(2, 5, 0, 1, 1),
         name="a rotation: one deletion and one insertion, not six substitutions"),
    case("abcab", "bacba", name="several cheapest alignments"),
    case([1, 2, 3, 4], (2, 3, 4, 5), expected=counts(2, 3, 0, 1, 1),
         name="any sequences: a list of ints against a tuple"),
    case("naïve café", "naive cafe", expected=counts(2, 8, 2, 0, 0), name="non-ASCII characters"),
    case("flaw", "lawn", expected=counts(2, 3, 0, 1, 1), name="flaw -> lawn"),
    case("intention", "execution", expected=counts(5, 5, 3, 1, 1),
         name="intention -> execution (Jurafsky & Martin, unit costs)"),
    case(*_large(), time_limit=4.0, name="300 words against 300 words"),
]


@generate(count=20, seed=5150)
def random_pairs(rng):
    alphabet = rng.choice(["ab", "abc", "abcd"])
    a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 7)))
    b = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 7)))
    if rng.random() < 0.3:
        a, b = a.split("a"), b.split("a")  # lists of strings, empty strings included
    return case(a, b, expected=by_enumeration(a, b))
