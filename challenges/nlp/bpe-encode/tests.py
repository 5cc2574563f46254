from drill import case, generate

COMPARE = "exact"
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

# learned by train_bpe({"low": 5, "lower": 2, "newest": 6, "widest": 3}, 10, end_of_word="</w>")
SENNRICH = [("e", "s"), ("es", "t"), ("est", "</w>"), ("l", "o"), ("lo", "w"), ("e", "w"),
            ("ew", "est</w>"), ("n", "ewest</w>"), ("low", "</w>"), ("d", "est</w>")]
# learned from {"hug": 10, "pug": 5, "pun": 12, "bun": 4, "hugs": 5}
HUG = [("u", "g"), ("u", "n"), ("h", "ug"), ("p", "un"), ("hug", "s"), ("p", "ug"), ("b", "un")]


def _random_merges(r, alphabet, count):
    """A merge list as training makes them: each pair joins two symbols that exist already."""
    symbols = list(alphabet)
    merges = []
    while len(merges) < count:
        pair = (r.choice(symbols), r.choice(symbols))
        if pair not in merges:
            merges.append(pair)
            if pair[0] + pair[1] not in symbols:
                symbols.append(pair[0] + pair[1])
    return merges


def _large():
    import random

    r = random.Random(77)
    letters = "etaoinshrd"
    merges = _random_merges(r, letters, 400)
    vocab = ["".join(r.choices(letters, k=r.randint(4, 14))) for _ in range(2000)]
    text = " ".join(r.choices(vocab, k=200_000))
    return text, merges


CASES = [
    case("lowest newer widest", SENNRICH, kwargs={"end_of_word": "</w>"},
         expected=["low", "est</w>", "n", "ew", "e", "r", "</w>", "w", "i", "dest</w>"],
         sample=True, name="worked example: merges learned with an end-of-word marker"),
    case("hugs bugs mug", HUG, expected=["hugs", "b", "ug", "s", "m", "ug"], sample=True,
         name="characters no merge covers stay single tokens"),
    case("abc", [("b", "c"), ("a", "b")], expected=["a", "bc"], sample=True,
         name="the pair with the lowest rank merges first, wherever it is in the word"),
    case("", HUG, expected=[], name="empty text"),
    case("  \n\t  ", HUG, expected=[], name="whitespace only"),
    case("hug pun", [], expected=["h", "u", "g", "p", "u", "n"], name="no merges: characters"),
    case("lowest", SENNRICH, expected=["low", "est"],
         name="default end_of_word=None: merges with </w> never apply"),
    case("a  slow\tlow\n\nlowest,", SENNRICH, kwargs={"end_of_word": "</w>"},
         expected=["a", "</w>", "s", "low</w>", "low</w>", "low", "est", ",", "</w>"],
         name="any run of whitespace separates words; punctuation stays in its word"),
    case("xcd", [("a", "b"), ("c", "d")], expected=["x", "cd"],
         name="a pair without a rank never blocks a ranked pair later in the word"),
    case("abc", [("ab", "c"), ("a", "b")], expected=["abc"],
         name="a merge ranked earlier can apply once a later merge has made its symbol"),
    case("abab", [("ab", "a"), ("a", "b")], expected=["ab", "ab"],
         name="every occurrence of the chosen pair merges in one pass before the next choice"),
    case("abc", [("a", "b"), ("b", "c"), ("a", "b")], expected=["ab", "c"],
         name="a pair listed twice keeps its first (lowest) rank"),
    case("aaaaa", [("a", "a")], expected=["aa", "aa", "a"],
         name="occurrences merge left to right without overlapping"),
    case("aaaaa aaa", [("a", "a"), ("aa", "aa"), ("aa", "a")], expected=["aaaa", "a", "aaa"],
         name="repeated letters with several merges"),
    case("a b", [("a", "</w>")], kwargs={"end_of_word": "</w>"}, expected=["a</w>", "b", "</w>"],
         name="one-letter words with the end-of-word marker"),
    case("naïve café", [("a", "ï"), ("f", "é"), ("aï", "v"), ("c", "a")],
         expected=["n", "aïv", "e", "ca", "fé"], name="non-ASCII characters"),
    case(*_large(), time_limit=3.0,
         name="200,000 words, 2,000 distinct: encode each distinct word once"),
]


@generate(count=14, seed=909)
def random_texts(rng):
    alphabet = rng.choice(["ab", "abc", "abcd"])
    merges = _random_merges(rng, alphabet, rng.randint(0, 10))
    if merges and rng.random() < 0.3:
        rng.shuffle(merges)  # not a trained order: ranks still decide
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
             for _ in range(rng.randint(0, 6))]
    kwargs = {}
    if rng.random() < 0.4:
        kwargs["end_of_word"] = "#"
        merges = merges + [(rng.choice(alphabet), "#"), (alphabet[0] + alphabet[0], "#")]
    return case(" ".join(words), merges, kwargs=kwargs)
