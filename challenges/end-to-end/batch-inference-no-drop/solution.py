import numpy as np
import pandas as pd


def _scores_of(predict, chunk):
    """predict(chunk) as a float array by position; ValueError if the length is wrong."""
    out = np.asarray(predict(chunk), dtype=np.float64).ravel()  # a Series' index is ignored
    if len(out) != len(chunk):
        raise ValueError(f"expected {len(chunk)} scores, got {len(out)}")
    return out


def score_in_batches(frame, predict, batch_size=1000):
    """Score every row in chunks; a failing chunk is retried row by row. Nothing dropped."""
    scores = np.full(len(frame), np.nan)
    errors = []
    for start in range(0, len(frame), batch_size):
        chunk = frame.iloc[start:start + batch_size]
        try:
            scores[start:start + len(chunk)] = _scores_of(predict, chunk)
            continue
        except Exception:
            pass  # isolate the bad rows: one call per row of this chunk
        for offset in range(len(chunk)):
            position = start + offset
            try:
                scores[position] = _scores_of(predict, chunk.iloc[offset:offset + 1])[0]
            except Exception as error:
                errors.append({"position": position, "label": frame.index[position],
                               "error": type(error).__name__})
    return pd.Series(scores, index=frame.index, name="score"), errors
