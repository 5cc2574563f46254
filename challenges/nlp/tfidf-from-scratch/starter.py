import re

import numpy as np


def tfidf(docs, smooth_idf=True, norm="l2"):
    """TF-IDF matrix of docs like sklearn's TfidfVectorizer: (sorted vocabulary, float64 array)."""
    # your code here: for now, raw counts only (no idf, no normalisation)
    tokenised = [re.findall(r"(?u)\b\w\w+\b", doc.lower()) for doc in docs]
    vocab = sorted({tok for toks in tokenised for tok in toks})
    X = np.array([[toks.count(term) for term in vocab] for toks in tokenised], dtype=np.float64)
    return vocab, X.reshape(len(docs), len(vocab))
