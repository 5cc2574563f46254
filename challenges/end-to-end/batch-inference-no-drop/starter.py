import numpy as np
import pandas as pd


def score_in_batches(frame, predict, batch_size=1000):
    """Score every row in chunks; a failing chunk is retried row by row. Nothing dropped."""
    # your code here: for now a failing chunk is skipped (its rows vanish from the output)
    parts = []
    for start in range(0, len(frame), batch_size):
        chunk = frame.iloc[start:start + batch_size]
        try:
            parts.append(pd.Series(np.asarray(predict(chunk), dtype=float), index=chunk.index))
        except Exception:
            continue
    scores = pd.concat(parts) if parts else pd.Series([], dtype=float)
    return scores.rename("score"), []
