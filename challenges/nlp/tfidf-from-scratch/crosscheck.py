"""The reference against scikit-learn's TfidfVectorizer on random corpora and settings."""

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

WORDS = ["the", "The", "cat", "CAT", "dog", "a", "I", "x", "42", "7", "don't", "snake_case",
         "café", "Straße", "naïve", "e-mail", "ok", "ab", "rock'n'roll", "3.14", "__", "_a"]
SEPS = [" ", " ", " ", ", ", ". ", "!", "-", "'", "\n", "\t", "...", "/"]


def crosscheck(tfidf, rng):
    trials = 0
    while trials < 300:
        n_docs = int(rng.integers(1, 12))
        docs = []
        for _ in range(n_docs):
            m = int(rng.integers(0, 15))
            docs.append("".join(WORDS[int(rng.integers(len(WORDS)))]
                                + SEPS[int(rng.integers(len(SEPS)))] for _ in range(m)))
        smooth = bool(rng.integers(2))
        norm = [None, "l1", "l2"][int(rng.integers(3))]
        vec = TfidfVectorizer(smooth_idf=smooth, norm=norm)
        try:
            expected = vec.fit_transform(docs).toarray()
        except ValueError:  # scikit-learn: "empty vocabulary"; the drill returns no columns
            vocab, X = tfidf(docs, smooth_idf=smooth, norm=norm)
            assert vocab == [] and X.shape == (n_docs, 0), (
                f"empty vocabulary: expected ([], shape ({n_docs}, 0)), got {vocab}, {X.shape} "
                f"for docs={docs}")
            continue
        trials += 1
        vocab, X = tfidf(docs, smooth_idf=smooth, norm=norm)
        names = vec.get_feature_names_out().tolist()
        assert vocab == names, f"vocabulary: scikit-learn {names}, reference {vocab} for docs={docs}"
        assert X.dtype == np.float64 and X.shape == expected.shape, (
            f"shape/dtype: scikit-learn {expected.shape}, reference {X.shape} {X.dtype}")
        assert np.allclose(X, expected, rtol=1e-9, atol=1e-12), (
            f"smooth_idf={smooth}, norm={norm!r}: scikit-learn\n{expected}\nreference\n{X}\n"
            f"for docs={docs}")
