import unittest

from settings import override


class OverrideTest(unittest.TestCase):
    # ---- samples ---------------------------------------------------------------------------

    def test_worked_example(self):
        config = {"lr": 0.1, "dropout": 0.5}
        with override(config, dropout=0.0, seed=7) as cfg:
            self.assertIs(cfg, config)
            self.assertEqual(config, {"lr": 0.1, "dropout": 0.0, "seed": 7})
        self.assertEqual(config, {"lr": 0.1, "dropout": 0.5})

    def test_new_key_is_removed(self):
        config = {"a": 1}
        with override(config, b=2):
            self.assertEqual(config["b"], 2)
        self.assertNotIn("b", config)
        self.assertEqual(config, {"a": 1})

    def test_restores_after_exception(self):
        config = {"lr": 0.1, "dropout": 0.5}
        with self.assertRaises(RuntimeError):
            with override(config, lr=1.0, extra="x"):
                self.assertEqual(config["lr"], 1.0)
                raise RuntimeError("evaluation crashed")
        self.assertEqual(config, {"lr": 0.1, "dropout": 0.5})

    # ---- hidden ----------------------------------------------------------------------------

    def test_nothing_changes_before_enter(self):
        config = {"lr": 0.1}
        manager = override(config, lr=9.0, new=1)
        self.assertEqual(config, {"lr": 0.1})
        with manager:
            self.assertEqual(config, {"lr": 9.0, "new": 1})
        self.assertEqual(config, {"lr": 0.1})

    def test_exception_is_the_same_object_and_propagates(self):
        config = {}
        err = KeyError("missing feature")
        with self.assertRaises(KeyError) as ctx:
            with override(config, k=1):
                raise err
        self.assertIs(ctx.exception, err)
        self.assertEqual(config, {})

    def test_base_exception_also_restores(self):
        class Stop(BaseException):
            pass

        config = {"epochs": 10}
        with self.assertRaises(Stop):
            with override(config, epochs=1, debug=True):
                raise Stop()
        self.assertEqual(config, {"epochs": 10})

    def test_none_value_is_restored_not_removed(self):
        config = {"scheduler": None}
        with override(config, scheduler="cosine"):
            self.assertEqual(config["scheduler"], "cosine")
        self.assertIn("scheduler", config)
        self.assertIsNone(config["scheduler"])

    def test_override_to_none(self):
        config = {"seed": 3}
        with override(config, seed=None, fresh=None):
            self.assertEqual(config, {"seed": None, "fresh": None})
        self.assertEqual(config, {"seed": 3})

    def test_restores_the_same_objects(self):
        layers = [64, 32]
        config = {"layers": layers}
        with override(config, layers=[8]):
            config["layers"].append(4)
        self.assertIs(config["layers"], layers)
        self.assertEqual(layers, [64, 32])

    def test_block_deletes_an_added_key(self):
        config = {"a": 1}
        with override(config, temp=5):
            del config["temp"]
        self.assertEqual(config, {"a": 1})

    def test_block_deletes_an_existing_key(self):
        config = {"a": 1, "b": 2}
        with override(config, a=10):
            del config["a"]
        self.assertEqual(config, {"a": 1, "b": 2})

    def test_block_reassigns_an_overridden_key(self):
        config = {"lr": 0.1}
        with override(config, lr=0.5):
            config["lr"] = 0.7
        self.assertEqual(config, {"lr": 0.1})

    def test_other_keys_keep_block_changes(self):
        config = {"lr": 0.1, "tag": "a"}
        with override(config, lr=0.5):
            config["tag"] = "b"
            config["log"] = "added by the block"
        self.assertEqual(config, {"lr": 0.1, "tag": "b", "log": "added by the block"})

    def test_nested_same_key(self):
        config = {"lr": 0.1}
        with override(config, lr=0.2):
            with override(config, lr=0.3, x=1):
                self.assertEqual(config, {"lr": 0.3, "x": 1})
            self.assertEqual(config, {"lr": 0.2})
            with override(config, x=2):
                self.assertEqual(config["x"], 2)
            self.assertEqual(config, {"lr": 0.2})
        self.assertEqual(config, {"lr": 0.1})

    def test_nested_inner_raises(self):
        config = {"lr": 0.1}
        with override(config, lr=0.2):
            with self.assertRaises(ValueError):
                with override(config, lr=0.3, new=True):
                    raise ValueError("inner")
            self.assertEqual(config, {"lr": 0.2})
        self.assertEqual(config, {"lr": 0.1})

    def test_no_changes(self):
        config = {"a": 1}
        with override(config) as cfg:
            self.assertIs(cfg, config)
            self.assertEqual(config, {"a": 1})
        self.assertEqual(config, {"a": 1})

    def test_empty_settings(self):
        config = {}
        with override(config, only=0):
            self.assertEqual(config, {"only": 0})
        self.assertEqual(config, {})

    def test_falsy_old_values_restored(self):
        config = {"zero": 0, "empty": "", "false": False, "list": []}
        with override(config, zero=1, empty="x", false=True, list=[1]):
            pass
        self.assertEqual(config, {"zero": 0, "empty": "", "false": False, "list": []})
        self.assertIs(config["false"], False)

    def test_reused_manager_restores_each_time(self):
        config = {"mode": "train"}
        manager = override(config, mode="eval")
        for _ in range(2):
            with manager:
                self.assertEqual(config["mode"], "eval")
            self.assertEqual(config, {"mode": "train"})

    def test_enter_returns_the_dict_even_without_as(self):
        config = {"k": 1}
        manager = override(config, k=2)
        self.assertIs(manager.__enter__(), config)
        manager.__exit__(None, None, None)
        self.assertEqual(config, {"k": 1})

    def test_settings_must_be_a_dict(self):
        for bad in ([("lr", 0.1)], None, "lr=0.1", (("a", 1),)):
            with self.subTest(settings=bad):
                with self.assertRaises(TypeError):
                    override(bad, lr=1)

    def test_dict_subclass_is_fine(self):
        from collections import OrderedDict

        config = OrderedDict(lr=0.1)
        with override(config, lr=0.2, new=1) as cfg:
            self.assertIs(cfg, config)
            self.assertEqual(dict(config), {"lr": 0.2, "new": 1})
        self.assertEqual(dict(config), {"lr": 0.1})

    def test_reentering_an_active_override_raises(self):
        config = {"lr": 0.1}
        manager = override(config, lr=0.5, tmp=1)
        with manager:
            with self.assertRaises(RuntimeError):
                with manager:
                    self.fail("the inner block must not run")
            self.assertEqual(config, {"lr": 0.5, "tmp": 1})
        self.assertEqual(config, {"lr": 0.1})

    def test_reuse_after_an_exception(self):
        config = {"lr": 0.1}
        manager = override(config, lr=0.5)
        with self.assertRaises(ValueError):
            with manager:
                raise ValueError("first use crashed")
        with manager:
            self.assertEqual(config, {"lr": 0.5})
        self.assertEqual(config, {"lr": 0.1})


if __name__ == "__main__":
    unittest.main()
