import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame", "check_index": False, "rtol": 1e-9}
HEADER = "id,date,value,count\n"
NAN = float("nan")


def readings(ids, dates, values, counts):
    return pd.DataFrame({
        "id": pd.Series(ids, dtype="str"),
        "date": pd.to_datetime(pd.Series(dates, dtype="object")),
        "value": pd.Series(values, dtype="float64"),
        "count": pd.array(counts, dtype="Int64"),
    })


def _large():
    g = np.random.default_rng(4)
    n = 50_000
    lines = [HEADER.strip()]
    for i in range(n):
        r = g.random()
        day = f"2024-{g.integers(1, 13):02d}-{g.integers(1, 29):02d}"
        if r < 0.02:
            lines.append(f"s{i:06d},{day},1.0,1,extra")
        elif r < 0.05:
            lines.append(f"s{i:06d},{day},n/a,")
        else:
            lines.append(f"{i:06d},{day},{g.integers(-9999, 9999) / 100},{g.integers(0, 500)}")
    return "\n".join(lines) + "\n"


CASES = [
    case(HEADER + '007,2024-03-01,12.5,3\nA1,2024-03-02,n/a,4,oops\n"B,2",2024-02-30,abc,\n'
         'C3,2024-03-04\n,2024-03-05,7,2.5\n',
         expected=readings(["007", "B,2", "C3", None],
                           ["2024-03-01", None, "2024-03-04", "2024-03-05"],
                           [12.5, NAN, NAN, 7.0], [3, None, None, None]),
         sample=True, name="worked example"),
    case(HEADER + "001,2024-01-01,0.5,10\n010,2024-01-02,-1.25,0\n100,2024-01-03,3,-2\n",
         expected=readings(["001", "010", "100"], ["2024-01-01", "2024-01-02", "2024-01-03"],
                           [0.5, -1.25, 3.0], [10, 0, -2]),
         sample=True, name="ids with leading zeros stay text; negative and zero numbers"),
    case(HEADER + "a,2024-05-01,NA,1\nb,2024-05-02,,2\nc,2024-05-03,-,3.0\nd,2024-05-04,n/a,many\n",
         expected=readings(["a", "b", "c", "d"],
                           ["2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04"],
                           [NAN, NAN, NAN, NAN], [1, 2, 3, None]),
         sample=True, name="missing markers in value; 3.0 is a whole count, 'many' is not"),
    case(HEADER, expected=readings([], [], [], []), name="header only: no rows, typed columns"),
    case(HEADER.strip(), expected=readings([], [], [], []),
         name="header only, without a final newline"),
    case(HEADER + "x,2024-01-01,1,1,1\ny,2024-01-02,2,2\nz,2024-01-03,3,3,3\n",
         expected=readings(["y"], ["2024-01-02"], [2.0], [2]),
         name="the first data line is malformed (pandas would make it an index)"),
    case(HEADER + "x,2024-01-01,1,1,1\ny,2024-01-02,2,2,2,2\n",
         expected=readings([], [], [], []), name="every line is malformed"),
    case("id,date,value,count\r\nk1,2024-06-01,1.5,2\r\n\r\nk2,2024-06-02,2.5,4\r\n\n\n",
         expected=readings(["k1", "k2"], ["2024-06-01", "2024-06-02"], [1.5, 2.5], [2, 4]),
         name="Windows line endings and blank lines"),
    case(HEADER + 'p,2024-01-01,1,1,\nq,2024-01-02,2,2\n',
         expected=readings(["q"], ["2024-01-02"], [2.0], [2]),
         name="a trailing comma makes a fifth (empty) field: malformed"),
    case(HEADER + '"a,b",2024-01-01,1,1\n"say ""hi""",2024-01-02,2,2\n"c,d,e",2024-01-03,3,3\n',
         expected=readings(["a,b", 'say "hi"', "c,d,e"],
                           ["2024-01-01", "2024-01-02", "2024-01-03"], [1.0, 2.0, 3.0], [1, 2, 3]),
         name="quoted ids with commas and doubled quotes are one field"),
    case(HEADER + "d1,2023-13-01,1,1\nd2,20240101,1,1\nd3,tomorrow,1,1\nd4,2024-02-29,1,1\nd5,,1,1\n",
         expected=readings(["d1", "d2", "d3", "d4", "d5"], [None, None, None, "2024-02-29", None],
                           [1.0] * 5, [1] * 5),
         name="invalid dates are NaT; 2024-02-29 is a real date"),
    case(HEADER + "m,2024-01-01\nn\no,2024-01-03,4\n",
         expected=readings(["m", "n", "o"], ["2024-01-01", None, "2024-01-03"],
                           [NAN, NAN, 4.0], [None, None, None]),
         name="short lines are kept; count all missing is still Int64"),
    case(HEADER + "big,2024-01-01,123456789.125,1000000\nsmall,2024-01-01,.5,-0\n",
         expected=readings(["big", "small"], ["2024-01-01", "2024-01-01"],
                           [123456789.125, 0.5], [1_000_000, 0]),
         name="large numbers, a leading decimal point, -0"),
    case(_large(), time_limit=3.0,
         name="50,000 lines (appending rows one by one is too slow)"),
]


@generate(count=8, seed=77)
def random_uploads(rng):
    lines = [HEADER.strip()]
    for i in range(rng.randint(1, 25)):
        fields = [rng.choice([f"{rng.randint(0, 99):03d}", f"s{i}", "", '"q,1"']),
                  rng.choice(["2024-01-15", "2024-02-30", "", "2023-12-31"]),
                  rng.choice([str(rng.randint(-50, 50) / 4), "n/a", "", "x"]),
                  rng.choice([str(rng.randint(-3, 9)), "2.5", "", "4.0"])]
        r = rng.random()
        if r < 0.15:
            fields.append("extra")
        elif r < 0.3:
            fields = fields[: rng.randint(1, 3)]
        lines.append(",".join(fields))
    return case("\n".join(lines) + rng.choice(["\n", ""]))
