def top_ngrams(text, n, k):
    """The k most frequent n-grams of text as (ngram, count), by count desc then ngram asc."""
    # your code here
    return []
