import numpy as np
import pandas as pd


def batch_predict(batch, model, features, chunk_size=1000):
    """Score every row of batch: one output row per input row, in order, with the reason when unscored."""
    X = batch[list(features)].to_numpy(dtype=np.float64)
    # your code here: validate each row first, then call model.predict on chunks of the valid rows,
    # and rescue a failed chunk row by row, so that no row is ever dropped
    return pd.DataFrame({"prediction": model.predict(X), "error": None}, index=batch.index)
