from drill import case, generate
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAN = float("nan")
INF = float("inf")

EXAMPLE = [0.9, 0.7, 0.72, 0.69, 0.71, 0.70, 0.73, 0.75, 0.68]

CASES = [
    case(EXAMPLE, 3, expected=(3, 6), sample=True, name="worked example: patience 3"),
    case(EXAMPLE, 3, 0.015, expected=(1, 4), sample=True,
         name="min_delta 0.015: 0.69 is not enough of an improvement on 0.7"),
    case([1.0, 0.9, 0.8, 0.85, 0.84, 0.83, 0.82, 0.81, 0.5], expected=(2, 7), sample=True,
         name="defaults: patience 5, min_delta 0"),
    case([3.0, 2.0, 1.0, 0.5], expected=(3, 3), name="always improving: never stops, runs to the last epoch"),
    case([2.0, 2.0, 2.0], 2, expected=(0, 2), name="an equal loss is not an improvement"),
    case([2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0], expected=(0, 5), name="a plateau with the default patience 5"),
    case([1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 0.1], expected=(0, 5),
         name="a better loss after patience ran out is never seen"),
    case([1.0, 0.99, 0.98, 0.97, 0.96, 0.95, 0.94], 2, 0.025, expected=(0, 2),
         name="steady tiny improvements below min_delta count as no improvement"),
    case([1.0, 0.9999999, 1.0, 1.0, 1.0, 1.0, 1.0], expected=(1, 6), name="a tiny improvement counts when min_delta is 0"),
    case([0.5], expected=(0, 0), name="one epoch"),
    case([0.5, 0.4], 1, expected=(1, 1), name="two epochs, patience 1"),
    case([0.5, 0.6, 0.4], 1, expected=(0, 1), name="patience 1 stops at the first epoch without improvement"),
    case([NAN, 0.8, NAN, NAN, 0.9], 3, expected=(1, 4), name="NaN is never an improvement"),
    case([NAN, NAN, NAN], 2, expected=(None, 1), name="no finite loss at all: best epoch None"),
    case([INF, 5.0, INF], 5, expected=(1, 2), name="an infinite loss is not an improvement on +inf"),
    case([-1e300, -2e300, -1.5e300, -3e300], 2, 1e299, expected=(3, 3),
         name="huge negative losses (log-likelihoods) and a huge min_delta"),
    case([1e-300, 5e-301, 4e-301, 1e-301], 2, 1e-301, expected=(3, 3), name="tiny losses, tiny min_delta"),
    case([3, 2, 2, 1, 1, 1], 2, 0, expected=(3, 5), name="integer losses and min_delta"),
    case([1.0 / (e + 1) for e in range(100_000)], 5, 0.0, name="100,000 epochs"),
]


@generate(count=14, seed=101)
def random_curves(rng):
    n = rng.randint(1, 40)
    level, losses = rng.uniform(0.5, 3), []
    for _ in range(n):
        level *= rng.choice([0.9, 0.97, 1.0, 1.02, 1.1])
        losses.append(round(level, rng.choice([2, 6])) if rng.random() > 0.05 else NAN)
    if rng.random() < 0.25:
        return case(losses)
    return case(losses, rng.randint(1, 6), rng.choice([0.0, 0.0, 0.001, 0.01, 0.1]))
