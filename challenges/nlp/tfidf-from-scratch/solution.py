import re

import numpy as np

# scikit-learn's default token_pattern: runs of two or more word characters
TOKEN = re.compile(r"(?u)\b\w\w+\b")


def tfidf(docs, smooth_idf=True, norm="l2"):
    """TF-IDF matrix of docs like sklearn's TfidfVectorizer: (sorted vocabulary, float64 array)."""
    tokenised = [TOKEN.findall(doc.lower()) for doc in docs]
    vocab = sorted({tok for toks in tokenised for tok in toks})
    column = {tok: j for j, tok in enumerate(vocab)}
    n = len(docs)

    # raw term counts: one (row, column) pair per token occurrence, accumulated in one call
    rows = np.repeat(np.arange(n), [len(toks) for toks in tokenised])
    cols = np.fromiter((column[tok] for toks in tokenised for tok in toks), dtype=np.intp,
                       count=len(rows))
    tf = np.zeros((n, len(vocab)), dtype=np.float64)
    np.add.at(tf, (rows, cols), 1.0)

    df = np.count_nonzero(tf, axis=0)  # documents containing each term (>= 1)
    if smooth_idf:
        idf = np.log((1 + n) / (1 + df)) + 1.0
    else:
        idf = np.log(n / df) + 1.0
    X = tf * idf

    if norm is not None:
        if norm == "l1":
            lengths = np.abs(X).sum(axis=1)
        else:
            lengths = np.sqrt((X * X).sum(axis=1))
        lengths[lengths == 0] = 1.0  # an empty document stays a row of zeros
        X = X / lengths[:, None]
    return vocab, X
