import numpy as np
import pandas as pd


def predict_churn(train, test):
    """Clean, build features from train statistics only, fit, and predict 0/1 for every test row."""
    # your code here: for now, predict that nobody churns
    return np.zeros(len(test), dtype=np.int64)
