

# ---- appended by `drill mutate`: does a surviving mutant give the reference's answers? --------
# Every case now expects what the reference returns (custom checks become a close comparison),
# per-case time limits are lifted, and each @generate function runs again with a new seed for
# more inputs than the tests use.
def _drill_mutate_probe(namespace):
    from drill.cases import FROM_REFERENCE, Case, Generator

    same_answer = {"name": "close", "abs_tol": 1e-9, "rel_tol": 1e-7}

    def against_reference(c):
        if not isinstance(c, Case):
            return c
        compare = c.compare if c.check is None else (c.compare or same_answer)
        return Case(c.args, c.kwargs, FROM_REFERENCE, c.sample, c.name, compare, None, None)

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
