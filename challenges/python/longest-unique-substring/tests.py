import random

from drill import case, generate

COMPARE = "exact"


def _cycle(n, alphabet_size, base=0x20000):
    """n characters cycling through alphabet_size distinct characters (CJK Extension B on)."""
    return "".join(chr(base + i % alphabet_size) for i in range(n))


def _random_large(seed, n, alphabet_size):
    rng = random.Random(seed)
    return "".join(chr(0x4E00 + rng.randrange(alphabet_size)) for _ in range(n))


CASES = [
    case("abcabcbb", expected="abc", sample=True, name="worked example"),
    case("pwwkew", expected="wke", sample=True, name="leftmost of two equally long answers"),
    case("bbbbb", expected="b", sample=True, name="one repeated character"),
    case("", expected="", name="empty string"),
    case("z", expected="z", name="a single character"),
    case("abcdef", expected="abcdef", name="no repeats at all: the whole string"),
    case("abba", expected="ab",
         name="an old occurrence before the window must not move it back ('abba')"),
    case("tmmzuxt", expected="mzuxt", name="the repeat of the first character is outside the window"),
    case("dvdf", expected="vdf", name="the window restarts after the first 'd', not at the second"),
    case("abcabc", expected="abc", name="several maximal windows: the first one"),
    case("aAbBaA", expected="aAbB", name="case-sensitive"),
    case("a b c a", expected="a b", name="spaces are characters too"),
    case("héllo wörld", expected="o wörld", name="non-ASCII letters"),
    case("😀😃😀😄😁", expected="😃😀😄😁", name="emoji are single characters"),
    case("ab" * 50_000 + "cdefg", expected="abcdefg", name="100,005 characters: the answer at the end"),
    case(_cycle(200_000, 50_000), expected=_cycle(50_000, 50_000), time_limit=1.5,
         name="200,000 characters, windows of 50,000 (O(n·k) is too slow)"),
    case(_random_large(4, 200_000, 5_000), time_limit=1.5,
         name="200,000 random characters from 5,000"),
]


@generate(count=12, seed=21)
def random_strings(rng):
    alphabet = rng.choice(["ab", "abc", "abcdef", "aAbB", "xyz xyz", "0123456789"])
    return case("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))))
