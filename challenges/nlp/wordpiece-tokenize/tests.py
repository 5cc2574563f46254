from drill import case, generate

COMPARE = "exact"
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def bert_reference(text, vocab, unk_token="[UNK]", max_input_chars_per_word=100):
    """Google BERT's tokenization.WordpieceTokenizer.tokenize, transcribed (for generated cases)."""
    output_tokens = []
    for token in text.strip().split():
        chars = list(token)
        if len(chars) > max_input_chars_per_word:
            output_tokens.append(unk_token)
            continue
        is_bad = False
        start = 0
        sub_tokens = []
        while start < len(chars):
            end = len(chars)
            cur_substr = None
            while start < end:
                substr = "".join(chars[start:end])
                if start > 0:
                    substr = "##" + substr
                if substr in vocab:
                    cur_substr = substr
                    break
                end -= 1
            if cur_substr is None:
                is_bad = True
                break
            sub_tokens.append(cur_substr)
            start = end
        if is_bad:
            output_tokens.append(unk_token)
        else:
            output_tokens.extend(sub_tokens)
    return output_tokens


VOCAB = {"un", "##aff", "##able", "play", "##ing", "##s", "the", "a", "ab", "##bcd"}
BERT_LIKE = {
    "[UNK]": 100, "[CLS]": 101, "[SEP]": 102, "the": 1996, "token": 19204, "##izer": 17629,
    "##ization": 3989, "##s": 2015, "is": 2003, "fast": 3435, "##er": 2121, "em": 7861,
    "##bed": 8270, "##ding": 4667, "##dings": 22104, ".": 1012, "naive": 15743, "na": 6583,
    "##ive": 3512, "##ï": 29710,
}


def _long_words():
    vocab = {"a", "##a"}
    return " ".join(["a" * 100, "a" * 101, "a" * 99]), vocab


def _large():
    import random

    r = random.Random(3)
    stems = ["play", "run", "token", "embed", "read", "walk", "talk", "jump", "model", "train"]
    suffixes = ["", "s", "ing", "ed", "er", "ers", "ation", "able", "ly", "xq"]
    vocab = set(stems) | {"##" + s for s in suffixes if s and s != "xq"} | {"##e", "##d"}
    words = [r.choice(stems) + r.choice(suffixes) for _ in range(20_000)]
    return " ".join(words), vocab


CASES = [
    case("unaffable playing the plays", VOCAB,
         expected=["un", "##aff", "##able", "play", "##ing", "the", "play", "##s"],
         sample=True, name="worked example: longest match first, ## on continuation pieces"),
    case("abcd ab xyz", VOCAB, expected=["[UNK]", "ab", "[UNK]"], sample=True,
         name="greedy never backtracks; an uncoverable word is one [UNK]"),
    case("the tokenizers is faster", BERT_LIKE,
         expected=["the", "token", "##izer", "##s", "is", "fast", "##er"], sample=True,
         name="a dict vocabulary (token -> id): only the keys matter"),
    case("", VOCAB, expected=[], name="empty text"),
    case(" \t\n  ", VOCAB, expected=[], name="whitespace only"),
    case("play", VOCAB, expected=["play"], name="a whole word in the vocabulary is one token"),
    case("embeddings embedding", BERT_LIKE,
         expected=["em", "##bed", "##dings", "em", "##bed", "##ding"],
         name="the longest continuation wins: ##dings before ##ding"),
    case("unaffablex playing", VOCAB, expected=["[UNK]", "play", "##ing"],
         name="one unmatched character makes the whole word [UNK], pieces found are dropped"),
    case("able ##able", {"##able", "able"}, expected=["able", "##able"],
         name="the first piece is looked up without ##: 'able' is not '##able'"),
    case("able", {"##able"}, expected=["[UNK]"], name="a first piece never matches a ## entry"),
    case("abcd", {"ab", "cd"}, expected=["[UNK]"],
         name="a continuation piece only matches ## entries"),
    case("xyz play", VOCAB, kwargs={"unk_token": "<unk>"}, expected=["<unk>", "play"],
         name="a custom unk_token"),
    case(*_long_words(), expected=["a"] + ["##a"] * 99 + ["[UNK]", "a"] + ["##a"] * 98,
         name="default max_input_chars_per_word=100: 100 characters are kept, 101 are [UNK]"),
    case("tokens token tokenization", BERT_LIKE, kwargs={"max_input_chars_per_word": 5},
         expected=["[UNK]", "token", "[UNK]"],
         name="max_input_chars_per_word=5: a word of exactly 5 characters is tokenised"),
    case("naïve na naive", BERT_LIKE, expected=["[UNK]", "na", "naive"],
         name="non-ASCII: na + ##ï match, but nothing covers the rest, so naïve is [UNK]"),
    case("naïve", {**BERT_LIKE, "##ve": 3726}, expected=["na", "##ï", "##ve"],
         name="non-ASCII characters are matched as they are"),
    case("the\tfast\n\nembeddings .", BERT_LIKE,
         expected=["the", "fast", "em", "##bed", "##dings", "."],
         name="tabs and newlines separate words"),
    case("aaaa", {"a", "##aa"}, expected=["[UNK]"],
         name="a##aa leaves one 'a' that no ## entry covers"),
    case("aaaaa", {"a", "##aa"}, expected=["a", "##aa", "##aa"], name="repeated pieces"),
    case("ab a", {"a", "##", "#"}, expected=["[UNK]", "a"],
         name="a '##' entry in the vocabulary never matches an empty piece"),
    case(*_large(), name="20,000 words"),
]


_ALPHA = "abc"


@generate(count=16, seed=1234)
def random_vocabularies(rng):
    vocab = set()
    for _ in range(rng.randint(1, 10)):
        piece = "".join(rng.choice(_ALPHA) for _ in range(rng.randint(1, 3)))
        vocab.add(piece if rng.random() < 0.5 else "##" + piece)
    words = ["".join(rng.choice(_ALPHA) for _ in range(rng.randint(1, 7)))
             for _ in range(rng.randint(0, 6))]
    text = " ".join(words)
    kwargs = {}
    if rng.random() < 0.3:
        kwargs["max_input_chars_per_word"] = rng.randint(1, 6)
    if rng.random() < 0.3:
        kwargs["unk_token"] = "<?>"
    return case(text, vocab, kwargs=kwargs, expected=bert_reference(text, vocab, **kwargs))
