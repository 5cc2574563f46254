import numpy as np
import pandas as pd

MISSING = "__missing__"


def _numeric(col):
    return col.to_numpy(dtype=np.float64, na_value=np.nan)


def _strings(col):
    return [MISSING if pd.isna(v) else v for v in col]


def fit_transform(train, test, numeric, categorical):
    """Impute, scale and one-hot encode with statistics learned from train only."""
    train_blocks, test_blocks, names = [], [], []
    for name in numeric:
        x_train, x_test = _numeric(train[name]), _numeric(test[name])
        present = x_train[~np.isnan(x_train)]
        fill = float(np.median(present)) if len(present) else 0.0
        x_train = np.where(np.isnan(x_train), fill, x_train)
        x_test = np.where(np.isnan(x_test), fill, x_test)
        mean = x_train.mean() if len(x_train) else 0.0
        constant = len(x_train) == 0 or x_train.min() == x_train.max()
        scale = 1.0 if constant else np.sqrt(np.mean((x_train - mean) ** 2))
        train_blocks.append(((x_train - mean) / scale)[:, None])
        test_blocks.append(((x_test - mean) / scale)[:, None])
        names.append(name)
    for name in categorical:
        v_train, v_test = _strings(train[name]), _strings(test[name])
        levels = sorted(set(v_train))
        for values, blocks in ((v_train, train_blocks), (v_test, test_blocks)):
            # code -1: a category never seen in train, whose row stays all zeros
            codes = pd.Categorical(values, categories=levels).codes
            block = np.zeros((len(values), len(levels)))
            known = np.flatnonzero(codes >= 0)
            block[known, codes[known]] = 1.0
            blocks.append(block)
        names.extend(f"{name}={level}" for level in levels)
    X_train = np.hstack(train_blocks) if train_blocks else np.zeros((len(train), 0))
    X_test = np.hstack(test_blocks) if test_blocks else np.zeros((len(test), 0))
    return X_train, X_test, names
