import numpy as np


def amp_train(params, grads, lr, init_scale=65536.0, growth_factor=2.0, backoff_factor=0.5,
              growth_interval=2000):
    """SGD with float16 gradients and dynamic loss scaling, as torch.amp.GradScaler does."""
    params = [np.array(p, dtype=np.float64) for p in params]
    scale = float(init_scale)
    # your code here: for each step, scale the gradients into float16, skip the step and back off
    # when any is inf or NaN, otherwise unscale, update, and grow the scale every growth_interval steps
    return {"params": params, "scales": [], "skipped": [], "scale": scale, "growth_tracker": 0}
