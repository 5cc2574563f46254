import pandas as pd


def tag_counts(articles, min_count=1):
    """Per cleaned tag: how many articles use it and their share, most used first (ties: tag A-Z)."""
    # your code here
    counts = articles["tags"].explode().value_counts()
    return pd.DataFrame({"tag": counts.index.astype("str"), "articles": counts.to_numpy(),
                         "share": counts.to_numpy() / len(articles)})
