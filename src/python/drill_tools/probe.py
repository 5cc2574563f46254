

# ---- appended by `drill mutate`: does a surviving mutant give the reference's answers? --------
# Every case now expects what the reference returns, per-case time limits are lifted, and each
# @generate function runs again with a new seed for more inputs than the tests use. A case with a
# custom check runs the check first (a failure there is a gap in the tests' inputs), then compares
# with the reference's answer (a difference the check accepts may be allowed by the statement).
def _drill_mutate_probe(namespace):
    from drill.cases import FROM_REFERENCE, Case, Generator
    from drill.compare import make_comparator

    def check_then_compare(check, compare):
        same_answer = make_comparator(compare or {"name": "close", "abs_tol": 1e-9, "rel_tol": 1e-7})

        def probe_check(actual, expected, *args, **kwargs):
            try:
                verdict = check(actual, expected, *args, **kwargs)
            except AssertionError as e:
                verdict = str(e) or False
            if not (verdict is None or verdict is True):
                return f"the drill's own check fails: {verdict or 'the check failed'}"
            diff = same_answer(expected, actual)
            if diff:
                return f"the drill's check accepts it, but the reference answers otherwise: {diff}"
            return None

        return probe_check

    def against_reference(c):
        if not isinstance(c, Case):
            return c
        check = None if c.check is None else check_then_compare(c.check, c.compare)
        return Case(c.args, c.kwargs, FROM_REFERENCE, c.sample, c.name, c.compare, None, check)

    namespace["CASES"] = [against_reference(c) for c in namespace.get("CASES", [])]
    for key, gen in list(namespace.items()):
        if not isinstance(gen, Generator):
            continue

        def again(rng, _fn=gen.fn):
            return against_reference(_fn(rng))

        namespace[key] = Generator(again, gen.count, gen.seed, gen.sample, gen.name)
        namespace[f"{key}__probe"] = Generator(again, max(10, 3 * gen.count), f"probe:{gen.seed}",
                                               False, f"{gen.name} (more inputs)")


_drill_mutate_probe(globals())
del _drill_mutate_probe
