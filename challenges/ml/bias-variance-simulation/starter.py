def bias_variance(true_f, fit_predict, x_train, x_test, noise_std, n_datasets=200, seed=0):
    """(bias², variance) of a learner, estimated on n_datasets simulated training sets."""
    # your code here: for now, a perfect learner with no bias and no variance
    return 0.0, 0.0
