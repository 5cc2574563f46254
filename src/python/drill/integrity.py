"""Is the interpreter still the one that booted, as far as grading depends on it?

A record taken at boot (baseline) holds what candidate code could change to sway a later run:
every loaded module's functions (their code, defaults and keyword defaults), and for the harness
itself (the drill package) also its namespaces, its classes, its closures and, deeply, its data
(COMPARATORS and the like). changed(record) compares the current state with a record by
identity, in C for the bulk of it, and names the first difference, or returns None.

cache_record() records the harness's cache of the latest tests module the same way, deeply, so a
cached input or expected value changed in place is found too.

Each run has an interpreter of its own (the host discards it afterwards), so these guard the run
itself: code that rewrites the grader to pass its own tests is found, and the run does not count.

A list, dict or set that holds only numbers, strings, booleans and None (a 200,000-number input)
is recorded by content, as marshal's bytes, rather than item by item: marshal writes exact
built-in types only (a subclass or an object that lies in __eq__ is refused), runs no Python code
for them, and writes an object that offers a buffer as bytes, which such a record never holds
(bytearrays aside, which hold no objects), so an impostor can never give the same bytes.

These functions read no globals: everything they use is bound as a default argument when they
are defined, so the host can check that they are still themselves (code and defaults unchanged)
from outside Python before it trusts their answer.
"""

import builtins
import gc
import marshal
import sys
import types
from array import array
from collections import deque
from itertools import chain
from operator import attrgetter, is_

_HARNESS = "drill"
# The harness's per-run state: set by a run by design, so its contents are not compared with the
# boot record (the names stay bound to the same objects, which is checked). The run's tests
# module is checked by cache_record instead; the rest holds nothing a verdict is read from.
PER_RUN_STATE = frozenset({
    ("drill.grade_loading", "_CASES_MODULES"),  # the run's tests module
    ("drill.sandbox", "_latest"),  # the restore's saved copies of every namespace
    ("drill.unittest_form", "_set_up_classes"),  # setUpClass outcomes, by class
    ("drill.unittest_form", "current"),  # the test method being watched
    ("drill.unittest_form", "_depth"),  # nesting of unittest's own assertion calls
})
_ATOMIC = frozenset({int, float, complex, str, bytes, bool, type(None)})
# containers recorded by content when every item (key and value) is of a _PLAIN type
_FLAT_TYPES = frozenset({list, dict, set, frozenset, bytearray})
_PLAIN = frozenset({int, float, complex, str, bool, type(None)})
_DEEP_LIMIT = 2_000_000  # objects walked in one cached tests module before it is not cached


def _flat(obj, _dumps=marshal.dumps, _BaseException=BaseException):
    """obj's content as bytes, or None when it holds something marshal does not write."""
    try:
        return _dumps(obj, 2)  # version 2: no back-references, so the bytes do not depend on refcounts
    except _BaseException:
        return None


def _cell(cell):
    try:
        return cell.cell_contents
    except ValueError:
        return _cell


def _walk(roots, module_name, records, seen, strict=True, limit=_DEEP_LIMIT, _type=type, _id=id,
          _len=len, _tuple=tuple, _set=set, _map=map, _getattr=getattr, _isinstance=isinstance,
          _atomic=_ATOMIC, _ModuleType=types.ModuleType, _FunctionType=types.FunctionType,
          _opaque=frozenset({"pandas"}), _flat_types=_FLAT_TYPES, _plain=_PLAIN, _flat=_flat, _contents=None):
    """Record, deeply, the containers, instances and functions reachable from roots. Modules and
    classes from elsewhere are not entered. False when more than `limit` objects were seen, or
    (strict) when an object's contents cannot be recorded."""
    stack = list(roots)
    while stack:
        obj = stack.pop()
        t = _type(obj)
        if t in _atomic or _id(obj) in seen:
            continue
        if t is _FunctionType or t is type:
            if _getattr(obj, "__module__", None) != module_name:
                continue
        elif _isinstance(obj, _ModuleType) and obj.__name__ != module_name:
            continue
        seen.add(_id(obj))
        if _len(seen) > limit:
            return False
        kind, items = _contents(obj)
        if t in _flat_types and _set(_map(_type, items)) <= _plain:
            flat = _flat(obj)
            if flat is not None:
                records.append((obj, "flat", flat))
                continue
        if kind is None:
            if strict and _getattr(t, "__module__", "").split(".")[0] in _opaque:
                return False  # its data lives in objects that cannot be recorded here
            stack.extend(x for x in (_getattr(obj, a, None) for a in ("__func__", "fget", "fset", "fdel"))
                         if x is not None)
            # otherwise a C object without a __dict__: immutable (builtin functions, descriptors,
            # compiled patterns) or out of reach of this check
            d = _getattr(obj, "__dict__", None)
            if _type(d) is dict:
                stack.append(d)
            continue
        if kind != "seq" or t is not tuple:
            records.append((obj, kind, items))
        if kind == "array":
            continue
        if _set(_map(_type, items)) - _atomic:
            stack.extend(i for i in items if _type(i) not in _atomic)
    return True


def _contents(obj, _type=type, _tuple=tuple, _map=map, _getattr=getattr, _chain=chain,
              _dict_items=dict.items, _proxy_items=types.MappingProxyType.items,
              _type_dict=type.__dict__["__dict__"].__get__, _ModuleType=types.ModuleType,
              _FunctionType=types.FunctionType, _isinstance=isinstance, _str=str, _cell=_cell,
              _sequences=(list, set, frozenset, tuple, bytearray, deque, array)):
    """(kind, what identifies the object's contents now), or (None, None) for what has none."""
    t = _type(obj)
    if _isinstance(obj, dict):
        return "dict", _tuple(_chain.from_iterable(_dict_items(obj)))
    if _isinstance(obj, _sequences):
        return "seq", _tuple(obj)
    if t is _FunctionType:
        kw = obj.__kwdefaults__
        return "function", (obj.__code__, obj.__defaults__, kw, *_map(_cell, obj.__closure__ or ()),
                            *(_chain.from_iterable(_dict_items(kw)) if kw else ()))
    if t is type:
        return "namespace", _tuple(_chain.from_iterable(_proxy_items(_type_dict(obj))))
    if _isinstance(obj, _ModuleType):
        return "namespace", _tuple(_chain.from_iterable(_dict_items(obj.__dict__)))
    if t.__name__ == "ndarray" and t.__module__ == "numpy":
        return "array", (obj.shape, _str(obj.dtype), obj.tobytes())
    slots = _getattr(t, "__slots__", None)
    if slots is not None and _type(_getattr(obj, "__dict__", None)) is not dict:
        names = (slots,) if _type(slots) is _str else slots
        return "slots", _tuple(_getattr(obj, s, _cell) for s in names)
    return None, None


_walk.__defaults__ = (*_walk.__defaults__[:-1], _contents)


def baseline(_list=list, _set=set, _type=type, _getattr=getattr, _isinstance=isinstance,
             _ModuleType=types.ModuleType, _FunctionType=types.FunctionType, _walk=_walk,
             _contents=_contents, _caches=PER_RUN_STATE, _harness=_HARNESS, _tuple=tuple, _id=id, _gc=gc,
             _sys=sys, _builtins=builtins):
    """The record to compare later runs with: taken once, when the interpreter is ready."""
    functions, records = [], []
    modules, mod_seen = [], _set()
    for mod in _list(_sys.modules.values()):
        if _isinstance(mod, _ModuleType) and _id(mod) not in mod_seen:
            mod_seen.add(_id(mod))
            modules.append(mod)
    for mod in modules:
        name = mod.__dict__.get("__name__")
        if _type(name) is not str:
            continue
        if name == _harness or name.startswith(_harness + "."):
            ns = mod.__dict__
            caches = [ns[k] for m, k in _caches if m == name and k in ns]
            records.append((ns, "dict", _contents(ns)[1]))
            seen = {_id(ns), *(_id(c) for c in caches)}
            _walk([v for v in ns.values() if _id(v) not in seen], name, records, seen, False, 10**9)
            continue
        for value in _list(mod.__dict__.values()):
            if _type(value) is _FunctionType:
                functions.append(value)
            elif _type(value) is type and _getattr(value, "__module__", None) == name:
                for member in _list(value.__dict__.values()):
                    inner = _getattr(member, "__func__", member)
                    if _type(inner) is _FunctionType:
                        functions.append(inner)
    records.append((_gc.callbacks, "seq", _contents(_gc.callbacks)[1]))
    records.append((_builtins.__dict__, "dict", _contents(_builtins.__dict__)[1]))
    functions = _tuple(functions)
    return (functions, _tuple(f.__code__ for f in functions), _tuple(f.__defaults__ for f in functions),
            _tuple(f.__kwdefaults__ for f in functions), _tuple(records))


def _cases_cache(_sys=sys):
    """drill.grade_loading's cache of the latest tests module, or None."""
    loading = _sys.modules.get("drill.grade_loading")
    return loading.__dict__.get("_CASES_MODULES") if loading is not None else None


def cache_modules(_tuple=tuple):
    """The modules in the harness's cache now (held by the host to compare with later)."""
    cache = _cases_cache()
    return _tuple(cache.values()) if cache is not None else ()


def same_cache(held, _len=len, _zip=zip, _all=all):
    """Whether the cache holds the very modules `held` (from cache_modules), and only those."""
    now = cache_modules()
    return _len(now) == _len(held) and _all(a is b for a, b in _zip(now, held))


def cache_record(_walk=_walk, _contents=_contents, _cases_cache=_cases_cache, _tuple=tuple, _set=set):
    """The harness's cache of the latest tests module, recorded deeply (entries and contents), as
    the run's first test starts. A module whose contents cannot all be recorded is dropped from
    the cache, so nothing unchecked is reused."""
    cache = _cases_cache()
    if cache is None:
        return ((), (), (), (), ())
    records, seen = [], _set()
    for module in _tuple(cache.values()):
        if not _walk([module], module.__name__, records, seen):
            cache.clear()
            records = []
    records.append((cache, "dict", _contents(cache)[1]))
    return ((), (), (), (), _tuple(records))


def changed(record, _is=is_, _map=map, _len=len, _contents=_contents, _flat=_flat,
            _code=attrgetter("__code__")):
    """None when everything recorded is as it was; else a short description of the first change."""
    functions, codes, _defaults, _kwdefaults, records = record
    # The library's functions are checked for replaced code (each pass over them costs a few ms
    # a run); the harness's own functions, in records, for defaults and closures as well.
    if False in _map(_is, _map(_code, functions), codes):
        return "a function's code was replaced"
    for obj, kind, saved in records:
        if kind == "flat":
            if _flat(obj) != saved:
                return f"{_describe(obj, kind)} was changed"
            continue
        now = _contents(obj)[1]
        if kind == "array":
            if now != saved:
                return f"{_describe(obj, kind)} was changed"
        elif now is None or _len(now) != _len(saved) or False in _map(_is, now, saved):
            return f"{_describe(obj, kind)} was changed"
    return None



def _describe(obj, kind):
    if kind == "function":
        return f"the function {obj.__module__}.{obj.__qualname__}"
    if kind == "namespace":
        return f"{obj.__name__}"
    return f"a {type(obj).__name__} the grader relies on"
