import pandas as pd


def tag_counts(articles, min_count=1):
    """Per cleaned tag: how many articles use it and their share, most used first (ties: tag A-Z)."""
    tags = articles["tags"].explode()                 # repeats the article's index; None, [] -> NaN
    tags = tags.astype("str").str.strip().str.lower()
    tags = tags[tags.notna() & (tags != "")]
    pairs = pd.DataFrame({"article": tags.index, "tag": tags}).drop_duplicates()
    counts = pairs.groupby("tag").size()
    counts = counts[counts >= min_count]
    out = pd.DataFrame({"tag": counts.index, "articles": counts.to_numpy(dtype="int64")})
    out = out.sort_values(["articles", "tag"], ascending=[False, True], kind="stable").reset_index(drop=True)
    out["share"] = out["articles"] / len(articles)
    return out
