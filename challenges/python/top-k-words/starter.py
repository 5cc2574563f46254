def top_words(text, k):
    """Return the k most frequent lowercase words as (word, count) tuples.

    Highest count first; equal counts in ascending alphabetical order.
    """
    # your code here
    return []
