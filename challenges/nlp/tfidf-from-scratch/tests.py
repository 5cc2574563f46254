import numpy as np
import numpy.ma  # noqa: F401  (work-around: see below)

from drill import case, generate

# numpy.ma is imported here, before the harness snapshots the modules, because NumPy imports it
# lazily (np.unique, np.intersect1d, np.isin...): imported during a test, its attribute is removed
# from the numpy namespace by the harness's restore while sys.modules keeps it, and every later
# use recurses without end.

# a tuple (list of str, ndarray): the list is compared exactly, the array with rtol 1e-7
COMPARE = {"name": "close", "abs_tol": 1e-9, "rel_tol": 1e-7}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

# Literal expected values were computed once with scikit-learn 1.9's TfidfVectorizer;
# crosscheck.py compares the reference with it on 300 random corpora.
EXAMPLE = ["A cat and a dog.", "The cat!", ""]


def _large():
    import random

    r = random.Random(8)
    words = [f"term{i}" for i in range(3000)]
    docs = []
    for _ in range(1000):
        m = r.randint(0, 200)
        docs.append(" ".join(r.choice(words) if r.random() < 0.7 else r.choice(words[:30])
                             for _ in range(m)))
    return docs


CASES = [
    case(EXAMPLE, kwargs={"norm": None},
         expected=(["and", "cat", "dog", "the"],
                   np.array([[1.6931471805599454, 1.2876820724517808, 1.6931471805599454, 0.0],
                             [0.0, 1.2876820724517808, 0.0, 1.6931471805599454],
                             [0.0, 0.0, 0.0, 0.0]])),
         sample=True, name="worked example, norm=None: raw tf * smooth idf"),
    case(EXAMPLE,
         expected=(["and", "cat", "dog", "the"],
                   np.array([[0.6227660078332259, 0.4736296010332684, 0.6227660078332259, 0.0],
                             [0.0, 0.6053485081062917, 0.0, 0.7959605415681652],
                             [0.0, 0.0, 0.0, 0.0]])),
         sample=True, name="worked example with the default l2 norm"),
    case(["red red blue", "blue green", "green green green red"],
         kwargs={"smooth_idf": False, "norm": None},
         expected=(["blue", "green", "red"],
                   np.array([[1.4054651081081644, 0.0, 2.8109302162163288],
                             [1.4054651081081644, 1.4054651081081644, 0.0],
                             [0.0, 4.216395324324493, 1.4054651081081644]])),
         sample=True, name="smooth_idf=False: idf = ln(n/df) + 1, repeated words count"),
    case([], expected=([], np.zeros((0, 0))), name="no documents: ([], shape (0, 0))"),
    case(["", "a I x", "?!"], expected=([], np.zeros((3, 0))),
         name="no token of two characters: ([], shape (3, 0))"),
    case(["Hello world"], expected=(["hello", "world"], np.array([[0.7071067811865475,
                                                                  0.7071067811865475]])),
         name="a single document"),
    case(["same words", "same words", "Same WORDS"], kwargs={"smooth_idf": False, "norm": None},
         expected=(["same", "words"], np.ones((3, 2))),
         name="terms in every document keep idf 1 (not 0); case is folded"),
    case(["the the the cat", "the dog"], kwargs={"norm": "l1"},
         expected=(["cat", "dog", "the"],
                   np.array([[0.3190276335457602, 0.0, 0.6809723664542398],
                             [0.0, 0.5842799811856452, 0.4157200188143547]])),
         name="norm='l1': rows sum to 1"),
    case(["don't stop", "snake_case 42 x9 7", "café CAFÉ naïve-ish"],
         name="tokens: 'don't' gives 'don', underscores and digits are word characters"),
    case(["", "words here", "", "here"],
         name="empty documents in the middle stay zero rows, never NaN"),
    case(["b a", "a b", "c"], kwargs={"smooth_idf": True, "norm": None},
         name="column order is the sorted vocabulary, not first-seen order"),
    case(["Zebra apple", "apple Apple", "_under 10 9"],
         name="sorted in plain string order: digits and '_' before letters"),
    case(_large(), time_limit=2.0,
         name="1,000 documents, 3,000 terms (doc.count(term) per pair is too slow)"),
]

_WORDS = ["the", "The", "cat", "dog", "a", "I", "42", "don't", "snake_case", "café", "e-mail",
          "ok", "ab"]
_SEPS = [" ", " ", ", ", ". ", "!", "-", "\n", "..."]


@generate(count=10, seed=404)
def random_corpora(rng):
    docs = ["".join(rng.choice(_WORDS) + rng.choice(_SEPS) for _ in range(rng.randint(0, 12)))
            for _ in range(rng.randint(1, 8))]
    return case(docs, kwargs={"smooth_idf": rng.random() < 0.5,
                              "norm": rng.choice(["l2", "l1", None])})
