import random

from drill import case, generate

COMPARE = "exact"
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

EXAMPLE = [
    {"name": "bert-base", "accuracy": 0.91, "loss": 0.30, "latency_ms": 40},
    {"name": "distilbert", "accuracy": 0.91, "loss": 0.33, "latency_ms": 18},
    {"name": "tfidf-lr", "accuracy": 0.86, "loss": 0.41, "latency_ms": 2},
    {"name": "gpt-probe", "accuracy": None, "loss": 0.25, "latency_ms": 90},
]


def _m(name, latency, **metrics):
    return {"name": name, "latency_ms": latency, **metrics}


def _large():
    rng = random.Random(3)
    out = []
    for i in range(100_000):
        acc = rng.choice([None, round(rng.random(), 2)])
        out.append(_m(f"m{i:06d}", rng.randint(1, 50), accuracy=acc))
    return out


CASES = [
    case(EXAMPLE, expected=["distilbert", "bert-base", "tfidf-lr", "gpt-probe"], sample=True,
         name="worked example: defaults"),
    case(EXAMPLE, "loss", False, expected=["gpt-probe", "bert-base", "distilbert", "tfidf-lr"],
         sample=True, name="worked example: loss, lower is better"),
    case([], expected=[], sample=True, name="no records"),
    case([_m("solo", 5, accuracy=0.5)], expected=["solo"], name="a single record"),
    case([_m("a", 5, accuracy=0.5), _m("b", 5, accuracy=0.7)], expected=["b", "a"],
         name="two records: higher accuracy first"),
    case([_m("a", 5, accuracy=0.5), _m("b", 5, accuracy=0.7)], kwargs={"higher_is_better": False},
         expected=["a", "b"], name="two records, higher_is_better=False as keyword"),
    case([_m("zeta", 3, f1=0.8), _m("alpha", 3, f1=0.8), _m("mid", 1, f1=0.8)],
         kwargs={"metric": "f1"}, expected=["mid", "alpha", "zeta"],
         name="full ties: latency, then name (ascending even though the metric is descending)"),
    case([_m("x", 3, loss=0.2), _m("w", 1, loss=0.2), _m("v", 1, loss=0.2), _m("u", 9, loss=0.1)],
         "loss", False, expected=["u", "v", "w", "x"], name="lower is better with ties"),
    case([_m("c", 1, accuracy=None), _m("b", 1), _m("a", 9, accuracy=None), _m("d", 2, accuracy=0)],
         expected=["d", "a", "b", "c"],
         name="missing and None go last by name only; a zero score is not missing"),
    case([_m("c", 1), _m("a", 2)], expected=["a", "c"], name="every record lacks the metric"),
    case([_m("p", 2, accuracy=-1), _m("q", 1, accuracy=-0.5), _m("r", 0, accuracy=3)],
         expected=["r", "q", "p"], name="negative and int metric values"),
    case([_m("b", 1, accuracy=1), _m("B", 1, accuracy=1), _m("a", 1, accuracy=1)],
         expected=["B", "a", "b"], name="names compare as plain strings: upper case first"),
    case([_m("slow", 10.5, accuracy=0.9), _m("fast", 10.25, accuracy=0.9)],
         expected=["fast", "slow"], name="float latencies"),
    case(_large(), time_limit=3.0, name="100,000 records"),
]


@generate(count=16, seed=52)
def random_boards(rng):
    records = []
    for i in rng.sample(range(30), rng.randint(0, 8)):
        rec = _m(f"n{i}", rng.randint(1, 3))
        for metric in ("accuracy", "loss"):
            roll = rng.random()
            if roll < 0.8:
                rec[metric] = rng.choice([0, 0.5, 1, 0.25])
            elif roll < 0.9:
                rec[metric] = None
        records.append(rec)
    args = [records]
    if rng.random() < 0.6:
        args.append(rng.choice(["accuracy", "loss"]))
        if rng.random() < 0.6:
            args.append(rng.random() < 0.5)
    return case(*args)
