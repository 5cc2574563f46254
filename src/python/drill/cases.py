"""The `cases` test form: case(...) literals and @generate seeded generators, collected and checked."""

import random

from .compare import make_comparator
from .errors import ChallengeError

FROM_REFERENCE = object()


class Case:
    __slots__ = ("args", "kwargs", "expected", "sample", "name", "compare", "time_limit", "check",
                 "inputs_unchanged")

    def __init__(self, args, kwargs, expected, sample, name, compare, time_limit, check,
                 inputs_unchanged=None):
        self.args = args
        self.kwargs = kwargs
        self.expected = expected
        self.sample = sample
        self.name = name
        self.compare = compare
        self.time_limit = time_limit
        self.check = check
        self.inputs_unchanged = inputs_unchanged


def case(*args, expected=FROM_REFERENCE, sample=False, name=None, compare=None, time_limit=None,
         check=None, kwargs=None, inputs_unchanged=None):
    """One test: positional arguments for the entry function, and options by keyword.

    expected: the literal answer; left out, the reference solution computes it.
    compare: a comparator name ("exact", "close", "unordered", "ndarray", "series", "frame")
             or a dict {"name": ..., option: value}; the module's COMPARE is the default.
    check: check(actual, expected, *args) -> None/True to pass; False, a message, or an
           AssertionError to fail. For properties such as "accuracy on held-out data >= 0.9".
    time_limit: seconds for this case alone; slower is reported as "timeout" (too slow).
    inputs_unchanged: True/False overrides the module's INPUTS_UNCHANGED for this case (a call
           that changes its arguments in place then fails).
    """
    return Case(args, kwargs or {}, expected, sample, name, compare, time_limit, check,
                inputs_unchanged)


class Generator:
    __slots__ = ("fn", "count", "seed", "sample", "name")

    def __init__(self, fn, count, seed, sample, name):
        self.fn = fn
        self.count = count
        self.seed = seed
        self.sample = sample
        self.name = name


def generate(count=10, seed=0, sample=False, name=None):
    """Decorate fn(rng) -> case(...): called `count` times with one random.Random(seed)."""

    def decorate(fn):
        return Generator(fn, count, seed, sample, name or fn.__name__)

    return decorate


class TestSpec:
    """A collected, validated case ready to run."""

    __slots__ = ("id", "name", "sample", "args", "kwargs", "expected", "comparator", "time_limit",
                 "check", "inputs_unchanged")

    def __init__(self, id, name, sample, case, comparator, inputs_unchanged=False):
        self.id = id
        self.name = name
        self.sample = sample
        self.args = case.args
        self.kwargs = case.kwargs
        self.expected = case.expected
        self.comparator = comparator
        self.time_limit = case.time_limit
        self.check = case.check
        self.inputs_unchanged = inputs_unchanged


def collect_cases(module, file):
    """Every case of a tests module, in order: CASES first, then each @generate function."""
    default = getattr(module, "COMPARE", "exact")
    try:
        default_cmp = make_comparator(default)
    except ValueError as e:
        raise ChallengeError(file, "COMPARE", str(e)) from None
    unchanged = getattr(module, "INPUTS_UNCHANGED", False)
    if type(unchanged) is not bool:
        raise ChallengeError(file, "INPUTS_UNCHANGED", "must be True or False")
    cases = getattr(module, "CASES", None)
    if not isinstance(cases, (list, tuple)):
        raise ChallengeError(file, "CASES", "must be a list of case(...) items")
    specs = []
    for i, item in enumerate(cases):
        field = f"CASES[{i}]"
        if not isinstance(item, Case):
            raise ChallengeError(file, field, f"expected case(...), got {type(item).__name__}")
        name = item.name or f"case {i + 1}"
        specs.append(_spec(f"case-{i + 1}", name, item, item.sample, default_cmp, file, field,
                           unchanged))
    for id, name, item, sample, field in _generated(module, file):
        specs.append(_spec(id, name, item, sample, default_cmp, file, field, unchanged))
    ids = set()
    for s in specs:
        if s.id in ids:
            raise ChallengeError(file, s.id, "duplicate test id")
        ids.add(s.id)
    if not specs:
        raise ChallengeError(file, "CASES", "no cases: add at least one case(...)")
    return specs


def _generated(module, file):
    """The cases each @generate function makes, kept in the module: they are the same on every
    call (seeded), and the module is cached between runs, where its contents are checked."""
    kept = module.__dict__.get(_GENERATED)
    if kept is not None:
        return kept
    made = []
    for attr, gen in list(vars(module).items()):
        if not isinstance(gen, Generator):
            continue
        if not (isinstance(gen.count, int) and gen.count > 0):
            raise ChallengeError(file, f"{attr}.count", "must be a positive integer")
        rng = random.Random(gen.seed)
        for k in range(gen.count):
            field = f"{attr} (call {k + 1})"
            try:
                item = gen.fn(rng)
            except Exception as e:
                raise ChallengeError(file, field, f"generator raised {type(e).__name__}: {e}") from None
            if not isinstance(item, Case):
                raise ChallengeError(file, field, f"must return case(...), got {type(item).__name__}")
            name = item.name or f"{gen.name} #{k + 1}"
            made.append((f"{gen.name}-{k + 1}", name, item, gen.sample or item.sample, field))
    module.__dict__[_GENERATED] = made
    return made


_GENERATED = "__drill_generated__"


def _spec(id, name, item, sample, default_cmp, file, field, unchanged):
    if item.check is not None and not callable(item.check):
        raise ChallengeError(file, f"{field}.check", "must be a function")
    if item.time_limit is not None and not (
        isinstance(item.time_limit, (int, float)) and item.time_limit > 0
    ):
        raise ChallengeError(file, f"{field}.time_limit", "must be a positive number of seconds")
    if item.inputs_unchanged is not None and type(item.inputs_unchanged) is not bool:
        raise ChallengeError(file, f"{field}.inputs_unchanged", "must be True or False")
    if not isinstance(item.kwargs, dict):
        raise ChallengeError(file, f"{field}.kwargs", "must be a dict")
    if item.compare is None:
        comparator = default_cmp
    else:
        try:
            comparator = make_comparator(item.compare)
        except ValueError as e:
            raise ChallengeError(file, f"{field}.compare", str(e)) from None
    keep = unchanged if item.inputs_unchanged is None else item.inputs_unchanged
    return TestSpec(id, name, bool(sample), item, comparator, keep)
