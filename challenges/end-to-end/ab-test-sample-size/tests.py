from statistics import NormalDist

from drill import case, generate

TWO_SIGMA = 2 * (1 - NormalDist().cdf(2.0))  # alpha whose two-sided quantile is z = 2


COMPARE = "exact"


def scase(*args, **options):
    return case(*args, **options)


CASES = [
    scase(0.10, 0.02, expected=(3841, 3841), sample=True,
          name="worked example: 10% -> 12%, defaults (two-sided 5%, power 80%, 50/50)"),
    scase(0.10, 0.02, kwargs={"alternative": "larger"}, expected=(3026, 3026), sample=True,
          name="one-sided: z at 1 - alpha"),
    scase(0.10, 0.02, kwargs={"ratio": 2.0}, expected=(2911, 5822), sample=True,
          name="B gets twice the traffic"),
    scase(0.10, -0.02, expected=(3213, 3213), name="detecting a drop (negative mde): 10% -> 8%"),
    scase(0.10, -0.02, kwargs={"alternative": "smaller"}, name="one-sided drop"),
    scase(0.5, 0.01, kwargs={"power": 0.9}, expected=(52530, 52530), name="power 90% at a 50% rate"),
    scase(0.10, 0.02, kwargs={"alpha": 0.01}, name="alpha 1%"),
    scase(0.4, 0.2, kwargs={"alpha": TWO_SIGMA, "power": 0.5}, expected=(50, 50),
          name="z_alpha = 2, power 50%: exactly 50 (computed as 50.00000000000001)"),
    scase(0.3, 0.4, kwargs={"alpha": TWO_SIGMA, "power": 0.5, "ratio": 0.5}, name="ratio 0.5: n_b = ceil(n_a / 2)"),
    scase(0.10, 0.02, kwargs={"ratio": 1.5}, name="ratio 1.5 rounds n_b up"),
    scase(0.05, 0.9, name="a huge effect: a handful of visitors"),
    scase(0.2, 0.79, kwargs={"alpha": 0.5, "power": 0.01}, expected=(1, 1),
          name="a tiny requirement still needs at least one visitor"),
    scase(1e-6, 1e-6, name="rates of one in a million"),
    scase(0.5, 1e-6, name="a change of 1e-6 at 50%: about 8e12 visitors"),
    scase(0.999, -0.001, kwargs={"alternative": "smaller", "ratio": 3.0}, name="near 100%, unequal split"),
]


@generate(count=12, seed=31337)
def random_plans(rng):
    baseline = rng.choice([0.01, 0.05, 0.1, 0.2, 0.35, 0.5, 0.8])
    mde = rng.choice([-1, 1]) * baseline * rng.choice([0.05, 0.1, 0.2, 0.5])
    kwargs = {"alpha": rng.choice([0.01, 0.05, 0.1]), "power": rng.choice([0.7, 0.8, 0.9, 0.95]),
              "ratio": rng.choice([0.5, 1.0, 1.0, 2.0, 3.0]),
              "alternative": rng.choice(["two-sided", "larger" if mde > 0 else "smaller"])}
    return scase(baseline, mde, kwargs=kwargs)


