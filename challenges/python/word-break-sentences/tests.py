import random

from drill import case, generate

COMPARE = "exact"

CATS = ["cat", "cats", "and", "sand", "dog"]


def _big_dictionary(seed):
    """2,000 random words over 'abcdefgh' (lengths 3-7, with duplicates) and a text of about 300
    characters made of them. Words overlap often: seed 20 gives 1,920 sentences."""
    rng = random.Random(seed)
    vocab = sorted({"".join(rng.choice("abcdefgh") for _ in range(rng.randint(3, 7)))
                    for _ in range(1_950)})
    text = ""
    while True:
        word = rng.choice(vocab)
        if len(text) + len(word) > 300:
            break
        text += word
    words = vocab + rng.sample(vocab, 50)
    rng.shuffle(words)
    return text, words


CASES = [
    case("catsanddog", CATS, expected=["cat sand dog", "cats and dog"], sample=True,
         name="worked example"),
    case("pineapplepenapple", ["apple", "pen", "applepen", "pine", "pineapple"],
         expected=["pine apple pen apple", "pine applepen apple", "pineapple pen apple"],
         sample=True, name="three sentences, sorted"),
    case("catsandog", CATS, expected=[], sample=True, name="no sentence at all"),
    case("", ["a", "b"], expected=[""], name="empty text: one empty sentence"),
    case("", [], expected=[""], name="empty text and no words"),
    case("abc", [], expected=[], name="no words"),
    case("dog", ["dog"], expected=["dog"], name="the text is one word"),
    case("ab", ["abc", "abcd"], expected=[], name="every word longer than the text"),
    case("aab", ["a", "aa", "b", "ab", "aab"], expected=["a a b", "a ab", "aa b", "aab"],
         name="plain string order: a space sorts before letters"),
    case("abab", ["ab", "", "ab", "a", "b", "a"], expected=["a b a b", "a b ab", "ab a b", "ab ab"],
         name="duplicate words and the empty string are ignored"),
    case("CatDog", ["cat", "dog", "Cat", "Dog"], expected=["Cat Dog"], name="case-sensitive"),
    case("aaaa", ["a", "aa"],
         expected=["a a a a", "a a aa", "a aa a", "aa a a", "aa aa"],
         name="a word can be reused any number of times"),
    case("catsanddog" * 10, CATS, time_limit=1.0,
         name="1,024 sentences (10 repeated blocks, 2 ways each)"),
    case("a" * 149 + "b", ["a", "aa", "aaa", "aaaa"], expected=[], time_limit=1.0,
         name="149 a's then b: no sentence (unmemoised recursion is exponential)"),
    case("a" * 149 + "b", ["a", "aa", "aaa", "a" * 149 + "b"], expected=["a" * 149 + "b"],
         time_limit=1.0, name="one sentence hidden among exponentially many dead ends"),
    case("x" + "a" * 60, ["a", "aa"], expected=[], time_limit=1.0,
         name="unreachable suffix with 10¹² splits: build only what the start reaches"),
    case("ab" * 40 + "c", ["a", "b", "ab", "ba", "aba", "bab"], expected=[], time_limit=1.0,
         name="two letters, six words, and a final dead end"),
    case(*_big_dictionary(20), time_limit=1.0,
         name="2,000-word dictionary, 298-character text, 1,920 sentences"),
]


@generate(count=12, seed=4)
def random_small(rng):
    words = ["".join(rng.choice("ab") for _ in range(rng.randint(1, 3)))
             for _ in range(rng.randint(1, 6))]
    pieces = [rng.choice(words) for _ in range(rng.randint(0, 5))]
    text = "".join(pieces)
    if rng.random() < 0.25:
        text += rng.choice("ab")  # sometimes not segmentable
    return case(text, words)
