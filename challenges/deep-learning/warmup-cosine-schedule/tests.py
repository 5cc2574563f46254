import math

from drill import case, generate


def check(actual, expected, *args, **kwargs):
    if type(actual) is not float:
        return f"expected a Python float, got {type(actual).__name__}"
    if not math.isclose(actual, expected, rel_tol=1e-9, abs_tol=1e-15):
        return f"expected {expected!r}, got {actual!r}"
    return None


def c(*args, **options):
    return case(*args, check=check, **options)


def half_cos(base, low, progress):
    return low + (base - low) * 0.5 * (1.0 + math.cos(math.pi * progress))


CASES = [
    c(2, 1.0, 4, 12, expected=0.5, sample=True, name="warm-up: halfway to base_lr at step 2 of 4"),
    c(6, 1.0, 4, 12, expected=0.5 + 0.5 * math.cos(math.pi / 4), sample=True,
      name="cosine: a quarter of the way through the decay"),
    c(8, 0.01, 4, 12, 0.001, expected=0.0055, sample=True, name="halfway through the decay: the average"),
    c(0, 3e-4, 100, 1000, expected=0.0, name="step 0 of a warm-up is exactly 0"),
    c(1, 3e-4, 100, 1000, expected=3e-6, name="step 1 of 100 warm-up steps"),
    c(99, 3e-4, 100, 1000, expected=2.97e-4, name="last warm-up step"),
    c(100, 3e-4, 100, 1000, expected=3e-4, name="step = warmup_steps: base_lr"),
    c(1000, 3e-4, 100, 1000, 3e-5, expected=3e-5, name="step = total_steps: min_lr"),
    c(999, 3e-4, 100, 1000, 3e-5, expected=half_cos(3e-4, 3e-5, 899 / 900),
      name="one step before the end: just above min_lr"),
    c(1001, 3e-4, 100, 1000, 3e-5, expected=3e-5, name="one step past the end: stays at min_lr"),
    c(1800, 3e-4, 100, 1000, expected=0.0,
      name="far past the end: 0, not CosineAnnealingLR's climb back up"),
    c(0, 0.1, 0, 10, expected=0.1, name="no warm-up: step 0 already has base_lr"),
    c(5, 0.1, 0, 10, expected=0.05, name="no warm-up, halfway"),
    c(3, 0.1, 3, 3, 0.01, expected=0.1, name="total_steps = warmup_steps: base_lr at the last step"),
    c(4, 0.1, 3, 3, 0.01, expected=0.01, name="total_steps = warmup_steps: min_lr after it"),
    c(0, 0.5, 0, 0, 0.25, expected=0.5, name="a schedule of length 0: base_lr at step 0"),
    c(4, 1.0, 3, 4, 0.25, expected=0.25, name="a one-step decay ends at min_lr"),
    c(7, 1.0, 3, 11, 0.2, expected=half_cos(1.0, 0.2, 0.5), name="min_lr floor halfway"),
    c(123, 2.0, 10, 500, 2.0, expected=2.0, name="min_lr = base_lr: constant after the warm-up"),
    c(5, 2.0, 10, 500, 2.0, expected=1.0, name="min_lr = base_lr still warms up"),
    c(5 * 10**11 + 10**3, 1.0, 10**3, 10**12 + 10**3, expected=half_cos(1.0, 0.0, 0.5),
      name="10**12 steps: halfway through"),
    c(10**12 - 1, 1e-3, 10**12, 2 * 10**12, expected=1e-3 * (10**12 - 1) / 10**12,
      name="a warm-up of 10**12 steps, its last step"),
    c(1, 1e-8, 2, 4, 1e-12, expected=5e-9, name="tiny learning rates"),
    c(3, 1e-8, 2, 4, 1e-12, expected=half_cos(1e-8, 1e-12, 0.5), name="tiny learning rates, decay"),
    case(3, 1.0, 2, 4, expected=0.5, check=check, name="min_lr left out: the default is 0.0"),
    c(2, 6, 4, 12, expected=3.0, name="an integer base_lr still gives a float"),
]


@generate(count=16, seed=77)
def random_schedules(rng):
    warmup = rng.choice([0, 1, 2, rng.randint(0, 50)])
    total = warmup + rng.choice([0, 1, 2, rng.randint(0, 200)])
    step = rng.randint(0, total + 5)
    base = rng.choice([1.0, 3e-4, 0.1, rng.uniform(1e-5, 1.0)])
    low = rng.choice([0.0, base * 0.1, rng.uniform(0.0, base)])
    return c(step, base, warmup, total, low)
