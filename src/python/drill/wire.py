"""Values as plain JSON data, for `drill check --isolated`: what crosses between the grader and the
candidate's process. Reading never runs code: no pickle; NumPy arrays travel as .npy bytes read
with allow_pickle=False, pandas objects as their index, columns and typed values.

encode() takes values that launder.plain() accepts; decode() gives back the same exact types.
"""

import base64
import datetime
import decimal
import fractions
import io
import math
import sys

from .errors import LaunderError


def encode(value):
    return _enc(value, 0)


def decode(data):
    return _dec(data, 0)


_MAX_DEPTH = 250


def _enc(v, depth):
    if depth > _MAX_DEPTH:
        raise LaunderError("the value is nested too deeply to send")
    t = type(v)
    if v is None or t is bool or t is str:
        return v
    if t is int:
        return v if abs(v) < 2**53 else {"int": str(v)}
    if t is float:
        return v if math.isfinite(v) else {"float": repr(v)}
    if t is list:
        return [_enc(x, depth + 1) for x in v]
    if t in (tuple, set, frozenset):
        tag = {tuple: "tuple", set: "set", frozenset: "frozenset"}[t]
        return {tag: [_enc(x, depth + 1) for x in v]}
    if t is dict:
        return {"dict": [[_enc(k, depth + 1), _enc(x, depth + 1)] for k, x in v.items()]}
    if t is complex:
        return {"complex": [repr(v.real), repr(v.imag)]}
    if t is bytes:
        return {"bytes": base64.b64encode(v).decode("ascii")}
    if t is decimal.Decimal:
        return {"decimal": str(v)}
    if t is fractions.Fraction:
        return {"fraction": [str(v.numerator), str(v.denominator)]}
    if t is datetime.datetime or t is datetime.date or t is datetime.time:
        return {t.__name__: v.isoformat()}
    if t is datetime.timedelta:
        return {"timedelta": [v.days, v.seconds, v.microseconds]}
    np = sys.modules.get("numpy")
    if np is not None:
        if t is np.ndarray:
            return _enc_array(v, depth)
        if isinstance(v, np.generic) and t.__module__ == "numpy":
            return {"npscalar": _enc_array(np.array([v]), depth)}
    pd = sys.modules.get("pandas")
    if pd is not None:
        if t is pd.Series:
            return {"series": {"name": _enc(v.name, depth + 1), "index": _enc_index(v.index, depth),
                               "values": _enc_values(v.array, depth)}}
        if t is pd.DataFrame:
            return {"frame": {"index": _enc_index(v.index, depth),
                              "columns": _enc_index(v.columns, depth),
                              "data": [_enc_values(v.iloc[:, j].array, depth)
                                       for j in range(v.shape[1])]}}
        if v is pd.NaT:
            return {"NaT": True}
        if v is pd.NA:
            return {"NA": True}
        if t is pd.Timestamp:
            return {"timestamp": [str(v.value), str(v.tz) if v.tz else None, v.unit]}
        if t is pd.Timedelta:
            return {"pdtimedelta": [str(v.value), v.unit]}
    raise LaunderError(f"a {t.__module__}.{t.__qualname__} cannot be sent between processes")


def _enc_array(a, depth):
    if a.dtype.kind == "O":
        return {"objects": {"shape": list(a.shape),
                            "items": [_enc(x, depth + 1) for x in a.reshape(-1).tolist()]}}
    import numpy as np

    buf = io.BytesIO()
    np.save(buf, a, allow_pickle=False)
    return {"npy": base64.b64encode(buf.getvalue()).decode("ascii")}


def _enc_values(array, depth):
    """A pandas column or index's values, with the dtype that makes them compare the same."""
    import numpy as np
    import pandas as pd

    dtype = array.dtype
    if isinstance(dtype, np.dtype) and dtype.kind != "O":
        return {"numpy": _enc_array(np.asarray(array), depth)}
    if isinstance(dtype, pd.CategoricalDtype):
        return {"category": {"categories": _enc_index(dtype.categories, depth),
                             "ordered": bool(dtype.ordered),
                             "codes": _enc_array(np.asarray(array.codes), depth)}}
    items = [_enc(x, depth + 1) for x in array.to_numpy(dtype=object).tolist()]
    return {"dtype": str(dtype), "items": items}


def _enc_index(index, depth):
    import pandas as pd

    if type(index) is pd.RangeIndex:
        return {"range": [index.start, index.stop, index.step], "name": _enc(index.name, depth + 1)}
    if type(index) is pd.MultiIndex:
        return {"multi": [_enc_index(index.get_level_values(i), depth) for i in range(index.nlevels)],
                "names": [_enc(n, depth + 1) for n in index.names]}
    return {"values": _enc_values(index.array, depth), "name": _enc(index.name, depth + 1)}


def _dec(d, depth):
    if depth > _MAX_DEPTH:
        raise ValueError("nested too deeply")
    if d is None or type(d) in (bool, str, int, float):
        return d
    if type(d) is list:
        return [_dec(x, depth + 1) for x in d]
    if type(d) is not dict or len(d) != 1:
        raise ValueError(f"not an encoded value: {str(d)[:80]}")
    ((tag, x),) = d.items()
    if tag == "int":
        return int(x)
    if tag == "float":
        return float(x)
    if tag in ("tuple", "set", "frozenset"):
        return {"tuple": tuple, "set": set, "frozenset": frozenset}[tag](_dec(i, depth + 1) for i in x)
    if tag == "dict":
        return {_dec(k, depth + 1): _dec(v, depth + 1) for k, v in x}
    if tag == "complex":
        return complex(float(x[0]), float(x[1]))
    if tag == "bytes":
        return base64.b64decode(x)
    if tag == "decimal":
        return decimal.Decimal(x)
    if tag == "fraction":
        return fractions.Fraction(int(x[0]), int(x[1]))
    if tag in ("datetime", "date", "time"):
        return getattr(datetime, tag).fromisoformat(x)
    if tag == "timedelta":
        return datetime.timedelta(days=x[0], seconds=x[1], microseconds=x[2])
    if tag in ("npy", "objects"):
        return _dec_array(d, depth)
    if tag == "npscalar":
        return _dec_array(x, depth)[0]
    import pandas as pd

    if tag == "series":
        return pd.Series(_dec_values(x["values"], depth), index=_dec_index(x["index"], depth),
                         name=_dec(x["name"], depth + 1), copy=False)
    if tag == "frame":
        index = _dec_index(x["index"], depth)
        columns = _dec_index(x["columns"], depth)
        data = {j: pd.Series(_dec_values(col, depth), index=index, copy=False)
                for j, col in enumerate(x["data"])}
        frame = pd.DataFrame(data, index=index)
        frame.columns = columns
        return frame
    if tag == "NaT":
        return pd.NaT
    if tag == "NA":
        return pd.NA
    if tag == "timestamp":
        return pd.Timestamp(int(x[0]), tz=x[1]).as_unit(x[2])
    if tag == "pdtimedelta":
        return pd.Timedelta(int(x[0])).as_unit(x[1])
    raise ValueError(f"unknown tag {tag!r}")


def _dec_array(d, depth):
    import numpy as np

    if "objects" in d:
        items = [_dec(x, depth + 1) for x in d["objects"]["items"]]
        out = np.empty(len(items), dtype=object)
        for i, item in enumerate(items):
            out[i] = item
        return out.reshape(d["objects"]["shape"])
    return np.load(io.BytesIO(base64.b64decode(d["npy"])), allow_pickle=False)


def _dec_values(d, depth):
    import numpy as np
    import pandas as pd

    if "numpy" in d:
        return _dec(d["numpy"], depth + 1)
    if "category" in d:
        c = d["category"]
        dtype = pd.CategoricalDtype(_dec_index(c["categories"], depth), ordered=c["ordered"])
        return pd.Categorical.from_codes(_dec(c["codes"], depth + 1), dtype=dtype)
    items = [_dec(x, depth + 1) for x in d["items"]]
    if d["dtype"] == "object":
        out = np.empty(len(items), dtype=object)
        for i, item in enumerate(items):
            out[i] = item
        return out
    return pd.array(items, dtype=d["dtype"])


def _dec_index(d, depth):
    import pandas as pd

    if "range" in d:
        return pd.RangeIndex(*d["range"], name=_dec(d["name"], depth + 1))
    if "multi" in d:
        levels = [_dec_index(level, depth) for level in d["multi"]]
        return pd.MultiIndex.from_arrays(levels, names=[_dec(n, depth + 1) for n in d["names"]])
    return pd.Index(_dec_values(d["values"], depth), name=_dec(d["name"], depth + 1), copy=False)
