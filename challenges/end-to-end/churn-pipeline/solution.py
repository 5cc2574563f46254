import numpy as np
import pandas as pd

CONTRACTS = ["month-to-month", "one-year", "two-year"]
NUMERIC = ["tenure_months", "monthly_charges", "support_calls"]


def clean_features(df):
    """Raw columns -> numeric features; unknown numbers stay NaN, contract becomes one-hot."""
    out = pd.DataFrame(index=df.index)
    tenure = pd.to_numeric(df["tenure_months"], errors="coerce").astype("float64")
    out["tenure_months"] = tenure.where(tenure >= 0)  # -1 means unknown
    charges = df["monthly_charges"].astype("str").str.replace(r"[$,\s]", "", regex=True)
    out["monthly_charges"] = pd.to_numeric(charges, errors="coerce").astype("float64")  # "", N/A
    out["support_calls"] = pd.to_numeric(df["support_calls"], errors="coerce").astype("float64")
    contract = (df["contract"].astype("str").str.strip().str.lower()
                .str.replace(r"[\s_]+", "-", regex=True))
    for name in CONTRACTS:  # unknown or missing contract: all three are 0
        out[name] = (contract == name).astype("float64")
    return out


def fit_logistic(X, y, l2=1e-3, steps=25):
    """Logistic regression with an intercept, by Newton's method (IRLS) with a small L2 term."""
    Xb = np.column_stack([np.ones(len(X)), X])
    w = np.zeros(Xb.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(Xb @ w)))
        grad = Xb.T @ (p - y) + l2 * w
        hess = (Xb * (p * (1 - p))[:, None]).T @ Xb + l2 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    return w


def predict_churn(train, test):
    """Clean, build features from train statistics only, fit, and predict 0/1 for every test row."""
    # 1. clean the training rows: exact duplicates out, labels normalised, unlabelled rows out
    train = train.drop_duplicates()
    label = train["churned"].astype("str").str.strip().str.lower()
    usable = label.isin(["yes", "no"])
    train, y = train[usable], (label[usable] == "yes").to_numpy(dtype=np.float64)

    # 2. features: every statistic comes from the training rows, then is applied to both
    X_train, X_test = clean_features(train), clean_features(test)
    medians = X_train[NUMERIC].median()
    X_train[NUMERIC] = X_train[NUMERIC].fillna(medians)
    X_test[NUMERIC] = X_test[NUMERIC].fillna(medians)
    mean, scale = X_train[NUMERIC].mean(), X_train[NUMERIC].std(ddof=0).replace(0.0, 1.0)
    X_train[NUMERIC] = (X_train[NUMERIC] - mean) / scale
    X_test[NUMERIC] = (X_test[NUMERIC] - mean) / scale

    # 3. fit on all training rows (a validation split is for checking, not for the final model)
    w = fit_logistic(X_train.to_numpy(), y)

    # 4. predict: probability >= 0.5 is a score >= 0
    scores = w[0] + X_test.to_numpy() @ w[1:]
    return (scores >= 0).astype(np.int64)
