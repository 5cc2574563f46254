from drill import case, generate

COMPARE = "exact"
NAN = float("nan")
INF = float("inf")

RULES = {"auc": {"min": 0.75}, "psi": {"max": 0.2}}
EXAMPLE = [
    {"auc": 0.80, "psi": 0.05}, {"auc": 0.74, "psi": 0.08}, {"auc": None, "psi": None},
    {"auc": 0.76, "psi": 0.25}, {"auc": 0.73}, {"auc": 0.79, "psi": 0.10},
    {"auc": 0.70, "psi": 0.10}, {"auc": 0.70, "psi": 0.30}, {"auc": 0.72, "psi": 0.10},
    {"auc": 0.71},
]


def bad(n):
    return [{"auc": 0.5}] * n


def good(n):
    return [{"auc": 0.9}] * n


def _long():
    days = []
    for i in range(100_000):
        days.append({"auc": 0.7 if i % 11 < 4 else 0.8, "psi": 0.1, "latency_ms": 40})
    return days


CASES = [
    case(EXAMPLE, RULES, 3, 2, expected=[4, 9], sample=True,
         name="worked example: unknown days keep the streak, cooldown days are skipped"),
    case(bad(10), {"auc": {"min": 0.75}}, expected=[2], sample=True,
         name="defaults: patience 3, cooldown 7 (the next chance would be day 12)"),
    case(bad(3) + good(1) + bad(2) + good(1) + bad(3), {"auc": {"min": 0.75}}, 3, 0, expected=[2, 9],
         sample=True, name="a good day resets the streak"),
    case(bad(14), {"auc": {"min": 0.75}}, expected=[2, 12],
         name="default cooldown 7: days 3-9 are not judged, then 3 more bad days"),
    case(bad(6), {"auc": {"min": 0.75}}, 1, 0, expected=[0, 1, 2, 3, 4, 5],
         name="patience 1, no cooldown: every bad day"),
    case(bad(6), {"auc": {"min": 0.75}}, 1, 2, expected=[0, 3], name="patience 1, cooldown 2"),
    case(bad(2) + [{"auc": NAN}, {}, {"auc": None}, {"other": 0.1}] + bad(1), {"auc": {"min": 0.75}}, 3, 0,
         expected=[6], name="NaN, absent, None and unruled metrics are unknown days: the streak survives"),
    case([{"auc": 0.75, "psi": 0.2}] * 5, RULES, 1, 0, expected=[],
         name="values equal to the bounds do not break them"),
    case([{"ctr": 0.0}, {"ctr": 0.25}, {"ctr": 0.1}, {"ctr": -INF}, {"ctr": INF}], {"ctr": {"min": 0.01, "max": 0.2}},
         2, 0, expected=[1, 4], name="a rule with min and max; a zero value is present; infinities break"),
    case([{"auc": 0.9, "psi": 0.5}, {"auc": 0.5, "psi": 0.1}, {"auc": 0.9, "psi": 0.1}, {"psi": 0.3}], RULES,
         2, 0, expected=[1], name="one broken metric makes the day bad"),
    case([{"auc": 0.9, "psi": NAN}] + bad(2), RULES, 3, 0, expected=[],
         name="a good present metric beside a missing one makes the day good"),
    case(bad(5), {"auc": {"min": 0.75}}, 3, 1, expected=[2], name="cooldown 1 then 1 bad day"),
    case(bad(8), {"auc": {"min": 0.75}}, 3, 2, expected=[2, 7], name="cooldown 2 ends exactly at day 4"),
    case([{"auc": 1e308}, {"auc": -1e308}, {"auc": 5e-324}], {"auc": {"min": 1e-320}}, 1, 0, expected=[1, 2],
         name="extreme magnitudes and a subnormal bound"),
    case([{"auc": 1}, {"auc": 0}], {"auc": {"min": 0.5}}, 1, 0, expected=[1], name="integer values"),
    case([], RULES, expected=[], name="no history"),
    case(bad(5), {}, 1, 0, expected=[], name="no rules: every day is unknown"),
    case(_long(), {"auc": {"min": 0.75}, "psi": {"max": 0.2}}, 4, 3, time_limit=2.0,
         name="100,000 days (one pass)"),
]


@generate(count=12, seed=4711)
def random_histories(rng):
    history = []
    for _ in range(rng.randint(0, 60)):
        day = {}
        for name, lo, hi in (("auc", 0.6, 0.95), ("psi", 0.0, 0.4), ("noise", 0, 1)):
            r = rng.random()
            if r < 0.1:
                continue
            day[name] = None if r < 0.15 else NAN if r < 0.2 else round(rng.uniform(lo, hi), 2)
        history.append(day)
    rules = rng.choice([RULES, {"auc": {"min": 0.7}}, {"psi": {"max": 0.25}, "auc": {"min": 0.8, "max": 0.9}}])
    return case(history, rules, rng.randint(1, 4), rng.randint(0, 5))
