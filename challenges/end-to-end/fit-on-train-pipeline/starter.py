import numpy as np
import pandas as pd


def fit_transform(train, test, numeric, categorical):
    """Impute, scale and one-hot encode with statistics learned from train only."""
    # your code here: for now each frame is standardised with its own statistics (a leak) and
    # categories are one-hot encoded separately, so test columns may not line up with train
    def encode(frame):
        nums = frame[numeric].astype("float64")
        nums = (nums - nums.mean()) / nums.std()
        return pd.concat([nums, pd.get_dummies(frame[categorical], dtype=float)], axis=1)

    a, b = encode(train), encode(test)
    return a.to_numpy(dtype=np.float64), b.to_numpy(dtype=np.float64), list(a.columns)
