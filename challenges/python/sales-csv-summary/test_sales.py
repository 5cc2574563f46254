import csv
import os
import pathlib
import random
import shutil
import tempfile
import time
import unittest

from sales import summarise_sales

HEADER = ["product", "units", "revenue"]

EXAMPLE = """date,product,quantity,price
2024-01-03,widget,3,2.50
2024-01-03,gadget,1,10.00
2024-01-04,widget,2,2.50
2024-01-04,gizmo,two,4.00
2024-01-05,gadget,1,9.50
"""


class SummariseSalesTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="sales-", dir=os.getcwd())
        self.addCleanup(shutil.rmtree, self.dir, True)
        self.dst = os.path.join(self.dir, "summary.csv")

    def write(self, text, name="sales.csv"):
        """Write text to a file in this test's directory exactly as given; return its path."""
        path = os.path.join(self.dir, name)
        with open(path, "w", newline="", encoding="utf-8") as f:
            f.write(text)
        return path

    def read_summary(self, path=None):
        path = path or self.dst
        self.assertTrue(os.path.exists(path), f"summarise_sales did not create {os.path.basename(path)}")
        with open(path, newline="", encoding="utf-8") as f:
            return list(csv.reader(f))

    def run_summary(self, text, expected_rows, expected_invalid):
        result = summarise_sales(self.write(text), self.dst)
        self.assertIs(type(result), int, f"return an int (the number of invalid rows), got {type(result).__name__}")
        self.assertEqual(result, expected_invalid, "the number of invalid rows returned")
        self.assertEqual(self.read_summary(), [HEADER] + expected_rows, "the rows of the summary file")

    # ---- samples ------------------------------------------------------------------------------

    def test_worked_example(self):
        self.run_summary(EXAMPLE, [["gadget", "2", "19.50"], ["widget", "5", "12.50"]], 1)

    def test_quoted_fields_with_commas(self):
        text = ('product,quantity,price\n'
                '"Widget, large",2,3.25\n'
                'plain,1,1.00\n'
                '"Widget, large",1,3.25\n')
        self.run_summary(text, [["Widget, large", "3", "9.75"], ["plain", "1", "1.00"]], 0)

    def test_missing_file_raises(self):
        with self.assertRaises(FileNotFoundError):
            summarise_sales(os.path.join(self.dir, "no-such-file.csv"), self.dst)
        self.assertFalse(os.path.exists(self.dst), "dst must not be created when src cannot be read")

    # ---- hidden -------------------------------------------------------------------------------

    def test_columns_in_any_order_with_extras(self):
        text = ("price,region,quantity,note,product\n"
                "4.00,EU,2,first,mug\n"
                "1.50,US,10,,pen\n"
                "4.00,EU,1,again,mug\n")
        self.run_summary(text, [["pen", "10", "15.00"], ["mug", "3", "12.00"]], 0)

    def test_every_kind_of_invalid_row(self):
        text = ("product,quantity,price\n"
                "ok,1,1.00\n"
                "too,few\n"
                "too,many,1,2\n"
                "fraction,2.5,1.00\n"
                "negative_qty,-1,1.00\n"
                "empty_qty,,1.00\n"
                "word_price,1,abc\n"
                "negative_price,1,-0.01\n"
                "nan_price,1,nan\n"
                "inf_price,1,inf\n"
                "empty_price,1,\n"
                "short,1\n"
                "long,1,1.00,extra\n")
        self.run_summary(text, [["ok", "1", "1.00"]], 12)

    def test_lenient_numbers_that_int_and_float_accept(self):
        text = ("product,quantity,price\n"
                "a, 3 ,2\n"
                "a,+1,1e1\n"
                "b,0007,0.5\n")
        self.run_summary(text, [["a", "4", "16.00"], ["b", "7", "3.50"]], 0)

    def test_zero_quantity_and_zero_price_products_are_listed(self):
        text = "product,quantity,price\nfree,3,0\nnone,0,9.99\npaid,1,0.01\n"
        self.run_summary(text, [["paid", "1", "0.01"], ["free", "3", "0.00"], ["none", "0", "0.00"]], 0)

    def test_ties_compare_revenue_rounded_to_cents(self):
        # 3 x 0.10 is 0.30000000000000004 in floating point; 1 x 0.30 is 0.3: both are "0.30"
        text = "product,quantity,price\nb_three,3,0.10\na_one,1,0.30\n"
        self.run_summary(text, [["a_one", "1", "0.30"], ["b_three", "3", "0.30"]], 0)

    def test_revenues_equal_in_cents_tie_even_if_they_differ_below(self):
        # 0.304 and 0.301 both round to 0.30: a tie, so the names decide
        text = "product,quantity,price\nb_more,1,0.304\na_less,1,0.301\n"
        self.run_summary(text, [["a_less", "1", "0.30"], ["b_more", "1", "0.30"]], 0)

    def test_equal_revenue_sorted_by_product_name(self):
        text = ("product,quantity,price\n"
                "beta,2,5.00\nalpha,1,10.00\nZed,4,2.50\ngamma,1,11.00\n")
        self.run_summary(text, [["gamma", "1", "11.00"], ["Zed", "4", "10.00"],
                                ["alpha", "1", "10.00"], ["beta", "2", "10.00"]], 0)

    def test_revenue_formatting(self):
        text = "product,quantity,price\nbig,1000000,1234.57\nsmall,1,0.1\nround,2,3\n"
        self.run_summary(text, [["big", "1000000", "1234570000.00"], ["round", "2", "6.00"],
                                ["small", "1", "0.10"]], 0)

    def test_header_only(self):
        self.run_summary("product,quantity,price\n", [], 0)

    def test_only_invalid_rows(self):
        self.run_summary("product,quantity,price\nx,one,1\ny,1,free\n", [], 2)

    def test_blank_lines_are_ignored(self):
        text = "product,quantity,price\n\nmug,1,2.00\n\n\nmug,1,2.00\n\n"
        self.run_summary(text, [["mug", "2", "4.00"]], 0)

    def test_crlf_line_endings(self):
        text = "product,quantity,price\r\nmug,1,2.00\r\npen,3,1.00\r\n"
        self.run_summary(text, [["pen", "3", "3.00"], ["mug", "1", "2.00"]], 0)

    def test_quotes_and_unicode_round_trip(self):
        text = ('product,quantity,price\n'
                '"The ""Best"" Mug",1,5.00\n'
                'Café crème,2,3.10\n'
                '"naïve, 🍰",1,1.00\n')
        self.run_summary(text, [["Café crème", "2", "6.20"], ['The "Best" Mug', "1", "5.00"],
                                ["naïve, 🍰", "1", "1.00"]], 0)

    def test_product_names_are_exact(self):
        text = "product,quantity,price\nMug,1,1.00\nmug,1,2.00\n mug,1,3.00\n"
        self.run_summary(text, [[" mug", "1", "3.00"], ["mug", "1", "2.00"], ["Mug", "1", "1.00"]], 0)

    def test_missing_column_raises_value_error(self):
        if os.path.exists(self.dst):
            os.remove(self.dst)
        src = self.write("date,product,qty,price\n2024-01-01,mug,1,2.00\n")
        with self.assertRaises(ValueError) as cm:
            summarise_sales(src, self.dst)
        self.assertIn("quantity", str(cm.exception), "the message should name the missing column")
        self.assertFalse(os.path.exists(self.dst), "dst must not be created when the header is wrong")

    def test_empty_file_raises_value_error(self):
        with self.assertRaises(ValueError):
            summarise_sales(self.write(""), self.dst)
        self.assertFalse(os.path.exists(self.dst), "dst must not be created for an empty file")

    def test_existing_dst_is_replaced(self):
        with open(self.dst, "w", encoding="utf-8") as f:
            f.write("old,content,here\n" * 100)
        self.run_summary("product,quantity,price\nmug,1,2.00\n", [["mug", "1", "2.00"]], 0)

    def test_error_leaves_existing_dst_unchanged(self):
        with open(self.dst, "w", encoding="utf-8") as f:
            f.write("keep me\n")
        with self.assertRaises(ValueError):
            summarise_sales(self.write("product,price\nmug,2.00\n"), self.dst)
        with open(self.dst, encoding="utf-8") as f:
            self.assertEqual(f.read(), "keep me\n", "a failed call must not touch dst")

    def test_pathlib_paths_and_subdirectories(self):
        sub = pathlib.Path(self.dir) / "out" / "daily"
        sub.mkdir(parents=True)
        src = pathlib.Path(self.write(EXAMPLE, "export.csv"))
        dst = sub / "summary.csv"
        self.assertEqual(summarise_sales(src, dst), 1)
        self.assertEqual(self.read_summary(str(dst)),
                         [HEADER, ["gadget", "2", "19.50"], ["widget", "5", "12.50"]])

    def test_large_file(self):
        rng = random.Random(12)
        products = [f"p{i:03d}" for i in range(500)]
        cents, units, bad = {}, {}, 0
        lines = ["id,product,quantity,price,store"]
        for i in range(50_000):
            product = rng.choice(products)
            q = rng.randint(0, 20)
            price_cents = rng.randint(0, 5_000)
            if rng.random() < 0.02:
                lines.append(f"{i},{product},{q},oops,s{i % 7}")
                bad += 1
                continue
            lines.append(f"{i},{product},{q},{price_cents // 100}.{price_cents % 100:02d},s{i % 7}")
            cents[product] = cents.get(product, 0) + q * price_cents
            units[product] = units.get(product, 0) + q
        expected = [[p, str(units[p]), f"{cents[p] // 100}.{cents[p] % 100:02d}"]
                    for p in sorted(cents, key=lambda p: (-cents[p], p))]
        src = self.write("\n".join(lines) + "\n")
        start = time.perf_counter()
        result = summarise_sales(src, self.dst)
        seconds = time.perf_counter() - start
        self.assertEqual(result, bad)
        self.assertEqual(self.read_summary(), [HEADER] + expected)
        self.assertLess(seconds, 3.0, f"50,000 rows took {seconds:.1f} s; stream the rows once")
