import random
import string

from drill import case, generate

COMPARE = "unordered"
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _large():
    """40,000 words of length 3-8 over a small alphabet: many real anagram groups."""
    rng = random.Random(3)
    bases = ["".join(rng.choice("abcdeiklmnorst") for _ in range(rng.randint(3, 8)))
             for _ in range(6_000)]
    words = []
    for _ in range(40_000):
        letters = list(rng.choice(bases))
        rng.shuffle(letters)
        w = "".join(letters)
        words.append(w.capitalize() if rng.random() < 0.2 else w)
    return words


def same_groups(actual, expected, words):
    """The unordered comparison for the large case, in O(n log n): sort the groups, then compare."""
    if type(actual) is not list:
        return f"expected a list of groups, got {type(actual).__name__}"
    for i, group in enumerate(actual):
        if type(group) is not list or any(type(w) is not str for w in group):
            return f"result[{i}]: every group must be a list of str, got {group!r:.80}"
    if len(actual) != len(expected):
        return f"expected {len(expected)} groups, got {len(actual)}"
    want = sorted(map(tuple, expected))
    got = sorted(map(tuple, actual))
    for e, a in zip(want, got):
        if e != a:
            return f"groups differ: expected a group {list(e)!r:.120}, got {list(a)!r:.120}"
    return None


CASES = [
    case(["eat", "tea", "tan", "ate", "nat", "bat"],
         expected=[["eat", "tea", "ate"], ["tan", "nat"], ["bat"]], sample=True,
         name="worked example"),
    case(["Listen", "google", "Silent", "enlist", "silent"],
         expected=[["Listen", "Silent", "enlist", "silent"], ["google"]], sample=True,
         name="case is ignored for grouping but kept in the output"),
    case(["ab", "ba", "ab", "c"], expected=[["ab", "ba", "ab"], ["c"]], sample=True,
         name="duplicates are kept, in input order"),
    case([], expected=[], name="empty list"),
    case(["solo"], expected=[["solo"]], name="a single word"),
    case(["", "a", ""], expected=[["", ""], ["a"]], name="empty strings are anagrams of each other"),
    case(["aab", "abb", "bab", "aba"], expected=[["aab", "aba"], ["abb", "bab"]],
         name="same letters, different counts are not anagrams (a set key fails)"),
    case(["ad", "bc", "da"], expected=[["ad", "da"], ["bc"]],
         name="equal character-code sums are not anagrams (a sum key fails)"),
    case(["abc", "abcc", "cab", "ccba"], expected=[["abc", "cab"], ["abcc", "ccba"]],
         name="words of different lengths"),
    case(["x", "y", "z"], expected=[["x"], ["y"], ["z"]], name="no anagrams at all"),
    case(["Dusty", "study", "STUDY", "dusty"], expected=[["Dusty", "study", "STUDY", "dusty"]],
         name="one group, every word in its original case"),
    case(["A", "a", "B", "b", "a"], expected=[["A", "a", "a"], ["B", "b"]],
         name="single letters of both cases"),
    case(["night", "thing", "Inght"] * 3, name="a repeated block keeps its order"),
    case(_large(), time_limit=2.0, check=same_groups,
         name="40,000 words (comparing every pair is too slow)"),
]


@generate(count=12, seed=5)
def random_words(rng):
    bases = ["".join(rng.choice("abcAB") for _ in range(rng.randint(0, 4)))
             for _ in range(rng.randint(1, 6))]
    words = []
    for _ in range(rng.randint(0, 25)):
        letters = list(rng.choice(bases))
        rng.shuffle(letters)
        words.append("".join(c.swapcase() if rng.random() < 0.3 else c for c in letters))
    return case(words)
