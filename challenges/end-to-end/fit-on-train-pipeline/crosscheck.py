"""The reference against scikit-learn's ColumnTransformer: SimpleImputer(median,
keep_empty_features=True) + StandardScaler on the numbers, SimpleImputer(constant "__missing__")
+ OneHotEncoder(handle_unknown="ignore") on the categories, fitted on train and applied to test."""

import warnings

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def _sklearn(train, test, numeric, categorical):
    transformers = []
    if numeric:
        transformers.append(("num", make_pipeline(
            SimpleImputer(strategy="median", keep_empty_features=True), StandardScaler()), numeric))
    if categorical:
        transformers.append(("cat", make_pipeline(
            SimpleImputer(strategy="constant", fill_value="__missing__"),
            OneHotEncoder(handle_unknown="ignore", sparse_output=False)), categorical))
    ct = ColumnTransformer(transformers)
    as_object = {c: train[c].astype(object) for c in categorical}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        X_train = ct.fit_transform(train.assign(**as_object))
        X_test = ct.transform(test.assign(**{c: test[c].astype(object) for c in categorical}))
    names = list(numeric)
    if categorical:
        encoder = ct.named_transformers_["cat"][-1]
        names += [f"{col}={level}" for col, levels in zip(categorical, encoder.categories_) for level in levels]
    return X_train, X_test, names


def crosscheck(fit_transform, rng):
    for trial in range(150):
        def frame(n):
            f = pd.DataFrame({
                "a": rng.normal(rng.uniform(-100, 100), rng.uniform(0.01, 50), n),
                "b": rng.integers(-3, 4, n).astype(float),
                "c": rng.choice(["x", "y", "Z", "_u"], n).astype(object),
                "d": rng.choice(["p", "q"], n).astype(object),
            })
            f.loc[rng.random(n) < 0.2, "a"] = np.nan
            f.loc[rng.random(n) < 0.2, "c"] = None
            return f
        train, test = frame(int(rng.integers(2, 40))), frame(int(rng.integers(1, 15)))
        numeric = [["a", "b"], ["a"], ["b"], []][trial % 4]
        categorical = [["c", "d"], ["c"], [], ["d"]][trial % 4]
        if not numeric and not categorical:
            continue
        want = _sklearn(train, test, numeric, categorical)
        got = fit_transform(train.copy(), test.copy(), numeric, categorical)
        where = f"trial {trial}: train={train.to_dict('list')}, test={test.to_dict('list')}"
        assert got[2] == want[2], f"{where}: scikit-learn names {want[2]}, the reference {got[2]}"
        for part, g, w in (("X_train", got[0], want[0]), ("X_test", got[1], want[1])):
            assert np.allclose(g, w, rtol=1e-9, atol=1e-12), (
                f"{where}: {part} differs: scikit-learn {w.tolist()}, the reference {g.tolist()}")
