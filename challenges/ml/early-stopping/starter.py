def early_stopping(val_losses, patience=5, min_delta=0.0):
    """(epoch of the best loss, epoch after which training stops), Keras EarlyStopping rules."""
    # your code here: for now, the best epoch overall and no early stop
    best_epoch = min(range(len(val_losses)), key=lambda e: val_losses[e])
    return best_epoch, len(val_losses) - 1
