def early_stopping(val_losses, patience=5, min_delta=0.0):
    """(epoch of the best loss, epoch after which training stops), Keras EarlyStopping rules."""
    best = float("inf")
    best_epoch = None
    wait = 0
    for epoch, loss in enumerate(val_losses):
        # an improvement must beat the best by more than min_delta; NaN never improves
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return best_epoch, epoch
    return best_epoch, len(val_losses) - 1
