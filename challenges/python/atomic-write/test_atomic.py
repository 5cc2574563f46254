import os
import shutil
import tempfile
import unittest
from pathlib import Path

from atomic import atomic_write


def listing():
    return sorted(os.listdir("."))


class AtomicWriteTest(unittest.TestCase):
    # Each test runs in its own fresh, empty temporary working directory.

    def setUp(self):
        self._old_cwd = os.getcwd()
        self._dir = tempfile.mkdtemp()
        os.chdir(self._dir)

    def tearDown(self):
        os.chdir(self._old_cwd)
        shutil.rmtree(self._dir, ignore_errors=True)

    # ---- samples ---------------------------------------------------------------------------

    def test_writes_new_file(self):
        with atomic_write("out.txt") as f:
            f.write("hello\n")
            f.write("world\n")
        self.assertEqual(Path("out.txt").read_text(), "hello\nworld\n")
        self.assertEqual(listing(), ["out.txt"])

    def test_replaces_existing_file(self):
        Path("model.cfg").write_text("lr=0.1\n")
        with atomic_write("model.cfg") as f:
            f.write("lr=0.01\nepochs=5\n")
        self.assertEqual(Path("model.cfg").read_text(), "lr=0.01\nepochs=5\n")
        self.assertEqual(listing(), ["model.cfg"])

    def test_error_keeps_old_content(self):
        Path("model.cfg").write_text("lr=0.1\n")
        with self.assertRaises(RuntimeError):
            with atomic_write("model.cfg") as f:
                f.write("lr=")
                raise RuntimeError("crashed mid-write")
        self.assertEqual(Path("model.cfg").read_text(), "lr=0.1\n")
        self.assertEqual(listing(), ["model.cfg"])

    # ---- hidden ----------------------------------------------------------------------------

    def test_error_on_new_file_leaves_nothing(self):
        with self.assertRaises(KeyError):
            with atomic_write("new.txt") as f:
                f.write("partial")
                raise KeyError("boom")
        self.assertEqual(listing(), [])

    def test_exception_is_the_same_object(self):
        err = ValueError("specific")
        with self.assertRaises(ValueError) as ctx:
            with atomic_write("x.txt"):
                raise err
        self.assertIs(ctx.exception, err)

    def test_target_untouched_during_block_and_temp_beside_it(self):
        Path("data.csv").write_text("old")
        with atomic_write("data.csv") as f:
            f.write("new")
            f.flush()
            self.assertEqual(Path("data.csv").read_text(), "old")
            extra = [n for n in listing() if n != "data.csv"]
            self.assertEqual(len(extra), 1, "exactly one temporary file in the same directory")
        self.assertEqual(Path("data.csv").read_text(), "new")
        self.assertEqual(listing(), ["data.csv"])

    def test_missing_target_stays_missing_during_block(self):
        with atomic_write("later.txt") as f:
            f.write("x")
            self.assertFalse(os.path.exists("later.txt"))
        self.assertTrue(os.path.exists("later.txt"))

    def test_unflushed_data_is_written(self):
        with atomic_write("big.txt") as f:
            f.write("a")
        self.assertEqual(Path("big.txt").read_text(), "a")

    def test_file_closed_after_success(self):
        with atomic_write("c.txt") as f:
            f.write("1")
        self.assertTrue(f.closed)

    def test_file_closed_after_error(self):
        with self.assertRaises(OSError):
            with atomic_write("c.txt") as f:
                raise OSError("disk on fire")
        self.assertTrue(f.closed)

    def test_empty_write_creates_empty_file(self):
        Path("e.txt").write_text("something")
        with atomic_write("e.txt"):
            pass
        self.assertEqual(Path("e.txt").read_bytes(), b"")

    def test_binary_mode(self):
        payload = bytes(range(256)) * 10
        with atomic_write("weights.bin", "wb") as f:
            f.write(payload)
        self.assertEqual(Path("weights.bin").read_bytes(), payload)
        self.assertEqual(listing(), ["weights.bin"])

    def test_binary_mode_ignores_encoding(self):
        with atomic_write("w.bin", mode="wb", encoding="latin-1") as f:
            f.write(b"\x00\xff")
        self.assertEqual(Path("w.bin").read_bytes(), b"\x00\xff")

    def test_binary_mode_rejects_text(self):
        with self.assertRaises(TypeError):
            with atomic_write("t.bin", "wb") as f:
                f.write("text")
        self.assertEqual(listing(), [])

    def test_text_mode_rejects_bytes(self):
        with self.assertRaises(TypeError):
            with atomic_write("t.txt") as f:
                f.write(b"bytes")
        self.assertEqual(listing(), [])

    def test_default_encoding_is_utf8(self):
        with atomic_write("u.txt") as f:
            f.write("héllo ✓ 数据")
        self.assertEqual(Path("u.txt").read_bytes(), "héllo ✓ 数据".encode("utf-8"))

    def test_explicit_encoding(self):
        with atomic_write("l.txt", encoding="latin-1") as f:
            f.write("café")
        self.assertEqual(Path("l.txt").read_bytes(), "café".encode("latin-1"))

    def test_utf16_encoding(self):
        with atomic_write("w16.txt", "w", "utf-16-le") as f:
            f.write("ab")
        self.assertEqual(Path("w16.txt").read_bytes(), b"a\x00b\x00")

    def test_bad_mode_raises_before_creating_files(self):
        Path("keep.txt").write_text("keep")
        for bad in ("a", "r", "w+", "x", "ab", "rb"):
            with self.subTest(mode=bad):
                with self.assertRaises(ValueError):
                    with atomic_write("keep.txt", bad) as f:
                        f.write("never")
                self.assertEqual(listing(), ["keep.txt"])
                self.assertEqual(Path("keep.txt").read_text(), "keep")

    def test_pathlib_path(self):
        with atomic_write(Path("p.txt")) as f:
            f.write("via Path")
        self.assertEqual(Path("p.txt").read_text(), "via Path")

    def test_subdirectory_target(self):
        os.makedirs("sub", exist_ok=True)
        with atomic_write(os.path.join("sub", "s.txt")) as f:
            f.write("nested")
            self.assertEqual(len(os.listdir("sub")), 1, "the temporary file goes beside the target")
        self.assertEqual(Path("sub/s.txt").read_text(), "nested")
        self.assertEqual(os.listdir("sub"), ["s.txt"])
        self.assertEqual(listing(), ["sub"])

    def test_keyboard_interrupt_also_cleans_up(self):
        class Stop(BaseException):
            pass

        Path("k.txt").write_text("old")
        with self.assertRaises(Stop):
            with atomic_write("k.txt") as f:
                f.write("new")
                raise Stop()
        self.assertEqual(Path("k.txt").read_text(), "old")
        self.assertEqual(listing(), ["k.txt"])

    def test_two_writes_in_a_row(self):
        for text in ("first", "second"):
            with atomic_write("twice.txt") as f:
                f.write(text)
        self.assertEqual(Path("twice.txt").read_text(), "second")
        self.assertEqual(listing(), ["twice.txt"])

    def test_large_write(self):
        line = "0123456789abcdef" * 4 + "\n"
        with atomic_write("large.txt") as f:
            for _ in range(50_000):
                f.write(line)
        self.assertEqual(os.path.getsize("large.txt"), len(line) * 50_000)
