import random
import unittest

from pipeline import CycleError, build_order


def _assert_valid_order(test, deps, order):
    """Every step once, each after its known dependencies."""
    test.assertEqual(sorted(order), sorted(deps))
    position = {step: i for i, step in enumerate(order)}
    for step, needs in deps.items():
        for need in needs:
            if need in deps:
                test.assertLess(position[need], position[step], f"{need} must come before {step}")


class PipelineOrderTest(unittest.TestCase):
    # ---- samples ---------------------------------------------------------------------------

    def test_worked_example(self):
        deps = {
            "train": ["features", "split"],
            "features": ["clean"],
            "split": ["clean"],
            "clean": ["load"],
            "load": ["raw.csv"],
            "report": ["train"],
        }
        self.assertEqual(build_order(deps), ["load", "clean", "features", "split", "train", "report"])

    def test_alphabetical_among_ready_steps(self):
        self.assertEqual(build_order({"c": [], "a": [], "b": []}), ["a", "b", "c"])

    def test_cycle_raises_cycle_error(self):
        with self.assertRaises(CycleError) as ctx:
            build_order({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["c"], "e": []})
        self.assertEqual(ctx.exception.stuck, ["a", "b", "c", "d"])
        self.assertEqual(str(ctx.exception), "dependency cycle among: a, b, c, d")

    # ---- hidden ----------------------------------------------------------------------------

    def test_empty(self):
        self.assertEqual(build_order({}), [])

    def test_single_step(self):
        self.assertEqual(build_order({"only": []}), ["only"])

    def test_two_steps_dependency_beats_alphabet(self):
        self.assertEqual(build_order({"a": ["b"], "b": []}), ["b", "a"])

    def test_two_independent_steps(self):
        self.assertEqual(build_order({"z": [], "y": []}), ["y", "z"])

    def test_ready_set_is_rechecked_after_each_step(self):
        # after "a", the newly ready "b" is smaller than the long-ready "x"
        self.assertEqual(build_order({"a": [], "x": [], "b": ["a"]}), ["a", "b", "x"])

    def test_external_dependencies_are_ignored(self):
        deps = {"fit": ["data.parquet", "prep"], "prep": ["s3://bucket", "data.parquet"]}
        self.assertEqual(build_order(deps), ["prep", "fit"])

    def test_duplicate_dependency_counts_once(self):
        self.assertEqual(build_order({"b": ["a", "a", "c"], "a": [], "c": ["a"]}), ["a", "c", "b"])

    def test_case_sensitive_names(self):
        self.assertEqual(build_order({"b": [], "B": [], "a": [], "A": ["b"]}), ["B", "a", "b", "A"])

    def test_self_dependency_is_a_cycle(self):
        with self.assertRaises(CycleError) as ctx:
            build_order({"loop": ["loop"], "ok": []})
        self.assertEqual(ctx.exception.stuck, ["loop"])
        self.assertEqual(str(ctx.exception), "dependency cycle among: loop")

    def test_two_step_cycle_and_downstream(self):
        deps = {"x": ["y"], "y": ["x"], "z": ["w"], "w": ["x"], "free": ["ext"]}
        with self.assertRaises(CycleError) as ctx:
            build_order(deps)
        self.assertEqual(ctx.exception.stuck, ["w", "x", "y", "z"])

    def test_cycle_error_is_a_value_error(self):
        with self.assertRaises(ValueError):
            build_order({"a": ["b"], "b": ["a"]})
        self.assertTrue(issubclass(CycleError, ValueError))

    def test_cycle_error_built_directly(self):
        err = CycleError(["p", "q"])
        self.assertEqual(err.stuck, ["p", "q"])
        self.assertEqual(str(err), "dependency cycle among: p, q")
        self.assertIsInstance(err, ValueError)

    def test_every_step_stuck(self):
        with self.assertRaises(CycleError) as ctx:
            build_order({"b": ["a"], "a": ["c"], "c": ["b"]})
        self.assertEqual(ctx.exception.stuck, ["a", "b", "c"])

    def test_input_not_modified(self):
        deps = {"b": ["a", "a"], "a": ["ext"], "c": []}
        snapshot = {k: list(v) for k, v in deps.items()}
        build_order(deps)
        self.assertEqual(deps, snapshot)
        cyclic = {"a": ["b"], "b": ["a"]}
        with self.assertRaises(CycleError):
            build_order(cyclic)
        self.assertEqual(cyclic, {"a": ["b"], "b": ["a"]})

    def test_diamond_with_alphabetical_ties(self):
        deps = {"d": ["b", "c"], "b": ["a"], "c": ["a"], "a": [], "e": ["a"]}
        self.assertEqual(build_order(deps), ["a", "b", "c", "d", "e"])

    def test_random_graphs_match_rules(self):
        rng = random.Random(91)
        for _ in range(200):
            n = rng.randint(1, 9)
            names = [f"s{i}" for i in range(n)]
            rank = {name: rng.random() for name in names}
            deps = {}
            for name in names:
                candidates = [m for m in names if rank[m] < rank[name]] + ["ext"]
                deps[name] = rng.sample(candidates, rng.randint(0, len(candidates)))
            order = build_order(deps)
            _assert_valid_order(self, deps, order)
            # the smallest ready step is always taken next
            placed = set()
            for step in order:
                ready = [s for s in names if s not in placed
                         and all(d in placed or d not in deps for d in deps[s])]
                self.assertEqual(step, min(ready))
                placed.add(step)

    def test_long_chain_is_fast(self):
        # s00000 <- s00001 <- ... : one ready step at a time, 20,000 times
        n = 20_000
        deps = {f"s{i:05d}": ([f"s{i - 1:05d}"] if i else []) for i in range(n)}
        self.assertEqual(build_order(deps), [f"s{i:05d}" for i in range(n)])

    def test_wide_graph_is_fast(self):
        # 20,000 steps, 80,000 dependencies on earlier steps, ready set large and changing
        rng = random.Random(7)
        n = 20_000
        names = [f"t{rng.randrange(10**9):09d}{i}" for i in range(n)]
        deps = {}
        for i, name in enumerate(names):
            deps[name] = [names[rng.randrange(i)] for _ in range(4)] if i else []
        order = build_order(deps)
        _assert_valid_order(self, deps, order)
        self.assertEqual(order[0], names[0])

    def test_large_cycle_reports_all_stuck(self):
        n = 10_000
        deps = {f"c{i:05d}": [f"c{(i + 1) % n:05d}"] for i in range(n)}
        deps["free"] = []
        with self.assertRaises(CycleError) as ctx:
            build_order(deps)
        self.assertEqual(len(ctx.exception.stuck), n)
        self.assertEqual(ctx.exception.stuck[:2], ["c00000", "c00001"])
