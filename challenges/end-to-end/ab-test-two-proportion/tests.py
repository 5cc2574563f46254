from drill import case, generate

COMPARE = {"name": "close", "rel_tol": 1e-9, "abs_tol": 1e-12}

EXAMPLE = {"p_a": 0.1, "p_b": 0.125, "diff": 0.024999999999999994, "z": 2.501955416802671,
           "p_value": 0.012350947711191435, "ci": (0.005431008554656027, 0.04456899144534396),
           "significant": True}

CASES = [
    case(200, 2000, 250, 2000, expected=EXAMPLE, sample=True,
         name="worked example: 10% -> 12.5%, defaults (two-sided, alpha 0.05)"),
    case(200, 2000, 250, 2000, kwargs={"alternative": "larger"},
         expected={**EXAMPLE, "p_value": 0.0061754738555957174}, sample=True,
         name="one-sided, B better: half the two-sided p-value"),
    case(200, 2000, 250, 2000, kwargs={"alpha": 0.01},
         expected={**EXAMPLE, "ci": (-0.0007180142101660368, 0.05071801421016603), "significant": False},
         sample=True, name="alpha 0.01: a wider interval that contains 0, not significant"),
    case(200, 2000, 250, 2000, kwargs={"alternative": "smaller"},
         name="one-sided, B worse, when B is better: a p-value near 1"),
    case(260, 2000, 200, 2000, kwargs={"alternative": "smaller"}, name="one-sided, B worse: it is"),
    case(300, 2000, 262, 2000, name="B worse, two-sided: the sign of z does not matter"),
    case(0, 10, 0, 12, expected={"p_a": 0.0, "p_b": 0.0, "diff": 0.0, "z": 0.0, "p_value": 1.0,
                                 "ci": (0.0, 0.0), "significant": False},
         name="nobody converted: zero standard error, z = 0"),
    case(7, 7, 3, 3, kwargs={"alternative": "larger"},
         expected={"p_a": 1.0, "p_b": 1.0, "diff": 0.0, "z": 0.0, "p_value": 0.5,
                   "ci": (0.0, 0.0), "significant": False},
         name="everybody converted, one-sided: z = 0 gives 0.5"),
    case(10, 10, 10, 12, name="one group at 100%: only the other one varies"),
    case(0, 1, 1, 1, name="one visitor per group"),
    case(100, 1000, 300, 1000, name="z = 11.2: p-value 5e-29 needs erfc, not 1 - cdf"),
    case(1000, 1000, 0, 1000, kwargs={"alternative": "smaller"},
         name="z = -44.7: a p-value that underflows to 0.0 honestly"),
    case(5_000_000_000, 10_000_000_000, 5_000_100_000, 10_000_000_000,
         name="10^10 visitors per group, a 0.001-point lift"),
    case(3, 40, 9, 45, kwargs={"alpha": 0.2}, name="small groups, alpha 0.2"),
    case(120, 1000, 150, 1250, kwargs={"alpha": 0.5, "alternative": "larger"},
         name="equal rates (12%): z = 0, one-sided p 0.5 is not < alpha 0.5"),
]


@generate(count=12, seed=8080)
def random_experiments(rng):
    n_a, n_b = rng.randint(1, 5000), rng.randint(1, 5000)
    rate = rng.uniform(0, 1)
    conv_a = sum(1 for _ in range(n_a) if rng.random() < rate)
    conv_b = sum(1 for _ in range(n_b) if rng.random() < min(1.0, rate * rng.uniform(0.8, 1.3)))
    kwargs = {"alpha": rng.choice([0.01, 0.05, 0.1]),
              "alternative": rng.choice(["two-sided", "larger", "smaller"])}
    return case(conv_a, n_a, conv_b, n_b, kwargs=kwargs)
