import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def products(codes, index=None, **extra):
    frame = pd.DataFrame({"code": pd.Series(codes, dtype="str", index=index)}, index=index)
    for name, values in extra.items():
        frame[name] = values
    return frame


def split(frame, brands, numbers, sizes):
    valid = [b is not None for b in brands]
    return frame.assign(brand=pd.Series(brands, dtype="str", index=frame.index),
                        number=pd.Series(pd.array(numbers, dtype="Int64"), index=frame.index),
                        size=pd.Series(sizes, dtype="str", index=frame.index),
                        valid=pd.Series(valid, dtype="bool", index=frame.index))


def _large():
    g = np.random.default_rng(83)
    n = 100_000
    brands = np.array(["ab", "NIK", "zr", "Qx", "abcd"])[g.integers(0, 5, n)]
    numbers = np.char.zfill(g.integers(0, 10_000, n).astype(str), 4)
    sizes = np.array(["s", "M", "xl", "XXL", "l"])[g.integers(0, 5, n)]
    seps = np.array(["-", "_", " ", " - "])[g.integers(0, 4, n)]
    codes = np.char.add(np.char.add(np.char.add(np.char.add(brands, seps), numbers), seps), sizes)
    return products(list(codes))


EXAMPLE = products([" ab-1234-xl ", "NIK_0042_s", "zr  9000 - m", "abcd-1234-m", "ab-123-m", None, "ab-1234-xxl"],
                   sku=[1, 2, 3, 4, 5, 6, 7])
EXAMPLE = EXAMPLE[["sku", "code"]]
NONE3 = [None, None, None]

CASES = [
    case(EXAMPLE, expected=split(EXAMPLE, ["AB", "NIK", "ZR", None, None, None, None],
                                 [1234, 42, 9000, None, None, None, None],
                                 ["XL", "S", "M", None, None, None, None]),
         sample=True, name="worked example"),
    case(products(["ab-1234-xxl", "ab-1234-xl"]), ("XXL", "XXXL"),
         expected=split(products(["ab-1234-xxl", "ab-1234-xl"]), ["AB", None], [1234, None], ["XXL", None]),
         sample=True, name="a custom size list"),
    case(products(["ab--0000__m", "Ab_9999 l", "AB1234M"]),
         expected=split(products(["ab--0000__m", "Ab_9999 l", "AB1234M"]), ["AB", "AB", None], [0, 9999, None],
                        ["M", "L", None]),
         sample=True, name="runs of mixed separators; 0000 is 0; a separator is required"),
    case(products([]), expected=split(products([]), [], [], []), name="no products"),
    case(products([None, "", "   "]), expected=split(products([None, "", "   "]), NONE3, NONE3, NONE3),
         name="missing, empty and blank codes"),
    case(products(["a-1234-m", "abc-1234-m", "ab-12345-m", "ab-1234-", "ab-1234-smlx"]),
         expected=split(products(["a-1234-m", "abc-1234-m", "ab-12345-m", "ab-1234-", "ab-1234-smlx"]),
                        [None, "ABC", None, None, None], [None, 1234, None, None, None],
                        [None, "M", None, None, None]),
         name="length limits of every part"),
    case(products(["x ab-1234-m", "ab-1234-m x", "ab-12a4-m", "ab.1234.m", "ab/1234/m"]),
         expected=split(products(["x ab-1234-m", "ab-1234-m x", "ab-12a4-m", "ab.1234.m", "ab/1234/m"]),
                        [None] * 5, [None] * 5, [None] * 5),
         name="anything around the code, letters in the number, or other separators make it invalid"),
    case(products(["\tab-1234-s\n", "ab-١٢٣٤-s", "äb-1234-s"]),
         expected=split(products(["\tab-1234-s\n", "ab-١٢٣٤-s", "äb-1234-s"]), ["AB", None, None],
                        [1234, None, None], ["S", None, None]),
         name="surrounding tabs and newlines are fine; non-ASCII digits and letters are not"),
    case(products(["qx-0001-Xs"], index=["r9"], note=["first"]),
         expected=split(products(["qx-0001-Xs"], index=["r9"], note=["first"]), ["QX"], [1], ["XS"]),
         name="one row with a string index and an extra column"),
    case(products(["ab-1234-m", "ab-1234-m"]), ["M"],
         expected=split(products(["ab-1234-m", "ab-1234-m"]), ["AB", "AB"], [1234, 1234], ["M", "M"]),
         name="duplicates are both parsed; a one-size list"),
    case(_large(), time_limit=6.0, name="100,000 codes"),
]


@generate(count=10, seed=89)
def random_codes(rng):
    def code():
        brand = rng.choice(["ab", "NIK", "q", "abcd", "Zr"])
        number = rng.choice(["1234", "0042", "123", "12345", "9a99"])
        size = rng.choice(["s", "M", "xl", "XXL", ""])
        sep = rng.choice(["-", "_", " ", "--", ".", ""])
        return rng.choice([None, f"{brand}{sep}{number}{sep}{size}", f" {brand}{sep}{number}{sep}{size} "])
    return case(products([code() for _ in range(rng.randint(1, 12))]))
