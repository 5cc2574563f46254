from drill import case, generate

COMPARE = "exact"
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

SENNRICH = {"low": 5, "lower": 2, "newest": 6, "widest": 3}
HUG = {"hug": 10, "pug": 5, "pun": 12, "bun": 4, "hugs": 5}


def _large():
    import random

    r = random.Random(31)
    letters = "etaoinshrdlu"
    weights = [12, 9, 8, 8, 7, 7, 6, 6, 6, 4, 4, 3]
    words = {}
    while len(words) < 400:
        word = "".join(r.choices(letters, weights=weights, k=r.randint(2, 9)))
        words[word] = r.randint(1, 50)
    return words


CASES = [
    case(SENNRICH, 10, kwargs={"end_of_word": "</w>"},
         expected=[("e", "s"), ("es", "t"), ("est", "</w>"), ("l", "o"), ("lo", "w"),
                   ("e", "w"), ("ew", "est</w>"), ("n", "ewest</w>"), ("low", "</w>"),
                   ("d", "est</w>")],
         sample=True, name="worked example: Sennrich's corpus with an end-of-word marker"),
    case(HUG, 10,
         expected=[("u", "g"), ("u", "n"), ("h", "ug"), ("p", "un"), ("hug", "s"), ("p", "ug"),
                   ("b", "un")],
         sample=True, name="stops early when every word is a single symbol"),
    case({"cd": 3, "ab": 3, "ce": 3}, 3,
         expected=[("a", "b"), ("c", "d"), ("c", "e")],
         sample=True, name="equal counts: the smallest (left, right) tuple first"),
    case({}, 5, expected=[], name="empty corpus"),
    case(SENNRICH, 0, expected=[], name="num_merges = 0"),
    case(SENNRICH, 3, expected=[("e", "s"), ("es", "t"), ("l", "o")],
         name="stops after num_merges merges, without an end-of-word marker"),
    case({"ab": 1, "cd": 1}, 5, expected=[], name="default min_frequency 2: pairs seen once are not merged"),
    case({"ab": 1, "cd": 1}, 5, kwargs={"min_frequency": 1}, expected=[("a", "b"), ("c", "d")],
         name="min_frequency=1 merges pairs seen once"),
    case({"ab": 2, "xyz": 1}, 5, expected=[("a", "b")],
         name="a count equal to min_frequency is merged, one below is not"),
    case({"ab": 4, "bc": 3, "abc": 1}, 5, kwargs={"min_frequency": 4},
         expected=[("a", "b")], name="min_frequency=4 stops at the first pair counted 3"),
    case({"aaaa": 1}, 5, expected=[("a", "a")],
         name="overlapping positions count: (a, a) three times in aaaa, then (aa, aa) once"),
    case({"aaaa": 2, "bc": 5}, 1, expected=[("a", "a")],
         name="overlapping positions count: (a, a) is in aaaa 3 times, 2 x 3 = 6 beats (b, c)'s 5"),
    case({"aaaa": 1}, 5, kwargs={"min_frequency": 1}, expected=[("a", "a"), ("aa", "aa")],
         name="aaaa merges into aa aa, then aaaa"),
    case({"aaa": 1}, 5, kwargs={"min_frequency": 1}, expected=[("a", "a"), ("aa", "a")],
         name="merging scans left to right: aaa becomes aa a, not a aa"),
    case({"a": 5, "b": 3}, 4, expected=[], name="single-character words have no pairs"),
    case({"a": 5, "b": 3}, 4, kwargs={"end_of_word": "</w>"},
         expected=[("a", "</w>"), ("b", "</w>")],
         name="the end-of-word marker pairs with single characters"),
    case({"xy": 10, "ab": 3, "zab": 3}, 2, expected=[("x", "y"), ("a", "b")],
         name="pairs are weighted by word counts, not by the number of words"),
    case({"abc": 2, "bcd": 2}, 1, expected=[("b", "c")], name="counts add up across words"),
    case({"abc": 3, "zbc": 3, "xab": 3}, 1, expected=[("a", "b")],
         name="ties are broken on the left symbol first ... "),
    case({"bcd": 3, "bca": 3}, 3, kwargs={"min_frequency": 1},
         expected=[("b", "c"), ("bc", "a"), ("bc", "d")],
         name="... and then on the right symbol"),
    case({"naïve": 3, "café": 2, "née": 2}, 3, kwargs={"end_of_word": "_"},
         expected=[("e", "_"), ("a", "ï"), ("aï", "v")],
         name="non-ASCII characters and a one-character end marker"),
    case({"hugs": 5, "bun": 4, "pun": 12, "pug": 5, "hug": 10}, 10,
         expected=[("u", "g"), ("u", "n"), ("h", "ug"), ("p", "un"), ("hug", "s"), ("p", "ug"),
                   ("b", "un")],
         name="the order of the dictionary's keys does not change the result"),
    case(_large(), 40, time_limit=5.0,
         name="400 distinct words (about 10,000 occurrences), 40 merges"),
]


@generate(count=14, seed=4242)
def random_corpora(rng):
    alphabet = rng.choice(["ab", "abc", "abcd", "aab"])
    words = {}
    for _ in range(rng.randint(1, 8)):
        words["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 7)))] = rng.randint(1, 9)
    kwargs = {}
    if rng.random() < 0.5:
        kwargs["min_frequency"] = rng.randint(1, 4)
    if rng.random() < 0.4:
        kwargs["end_of_word"] = rng.choice(["</w>", "_", "#"])
    return case(words, rng.randint(0, 12), kwargs=kwargs)
