import numpy as np

FLOAT32_MAX = float(np.finfo(np.float32).max)


def amp_train(params, grads, lr, init_scale=65536.0, growth_factor=2.0, backoff_factor=0.5,
              growth_interval=2000):
    """SGD with float16 gradients and dynamic loss scaling, as torch.amp.GradScaler does."""
    params = [np.array(p, dtype=np.float64) for p in params]
    scale = float(init_scale)
    tracker = 0
    scales, skipped = [], []
    for step, step_grads in enumerate(grads):
        scales.append(scale)
        # the backward pass of the scaled loss, in float16: too large overflows to inf
        with np.errstate(over="ignore", invalid="ignore"):
            scaled = [(np.asarray(g, dtype=np.float64) * scale).astype(np.float16) for g in step_grads]
        if not all(np.isfinite(s).all() for s in scaled):
            skipped.append(step)  # optimizer.step() is skipped, the scale backs off
            scale *= backoff_factor
            tracker = 0
            continue
        for p, s in zip(params, scaled):
            p -= lr * (s.astype(np.float64) / scale)
        tracker += 1
        if tracker == growth_interval:
            grown = scale * growth_factor
            if grown <= FLOAT32_MAX:  # PyTorch keeps the scale in float32 and never lets it become inf
                scale = grown
            tracker = 0
    return {"params": params, "scales": scales, "skipped": skipped, "scale": scale, "growth_tracker": tracker}
