def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    """Linear warm-up from 0 to base_lr, then a half cosine from base_lr down to min_lr."""
    # your code here
    return base_lr
