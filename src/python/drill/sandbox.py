"""Keep the candidate's code from changing the world the graders and the next run rely on.

A Snapshot records builtins, every loaded module's namespace, the classes those modules define,
and the interpreter settings user code can change (streams, recursion limit, sys.path, cwd,
environment). restore() puts all of it back after each test, before anything is compared.
"""

import builtins
import io
import os
import sys
import types
from itertools import chain
from operator import is_ as _is

_MISSING = object()
_SYS_LISTS = ("path", "meta_path", "path_hooks")
_HEAPTYPE = 1 << 9


def private_builtins():
    """A copy of the builtins namespace: code whose globals use it ignores builtins patching."""
    return dict(builtins.__dict__)


def load_module(name, source, filename, register=True, trusted_builtins=None):
    """Compile and run source as module `name`, importable when register is true.

    Line numbers match the source exactly. With trusted_builtins, the module's own code keeps
    that namespace even when the candidate reassigns builtins.len, print, isinstance...
    """
    import linecache

    mod = types.ModuleType(name)
    mod.__file__ = filename
    if trusted_builtins is not None:
        mod.__dict__["__builtins__"] = trusted_builtins
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    code = compile(source, filename, "exec", dont_inherit=True)
    if register:
        sys.modules[name] = mod
    try:
        exec(code, mod.__dict__)
    except BaseException:
        if register:
            sys.modules.pop(name, None)
        raise
    return mod


class Snapshot:
    def __init__(self, keep_new_modules_under=()):
        self.builtins = dict(builtins.__dict__)
        self.sys_namespace = dict(sys.__dict__)
        self.modules = dict(sys.modules)
        modules, seen = [], {id(sys)}
        for mod in list(sys.modules.values()):
            if isinstance(mod, types.ModuleType) and id(mod) not in seen:
                seen.add(id(mod))
                modules.append(mod)
        previous = _latest[0]
        if previous is not None and previous.same_modules(modules) and previous.unchanged():
            # The same modules as the last snapshot, which every test since was restored to, and
            # the saved copies still match them (code that changed the copies alone gets fresh
            # ones): a change since then is one to undo, so the saved copies stand.
            self.namespaces = previous
        else:
            self.namespaces = _Namespaces(modules, previous)
        _latest[0] = self.namespaces
        self.sys_lists = {k: list(getattr(sys, k)) for k in _SYS_LISTS}
        self.recursion_limit = sys.getrecursionlimit()
        self.environ = dict(os.environ)
        self.cwd = os.getcwd()
        self.keep_under = tuple(keep_new_modules_under)

    def restore(self):
        sys.settrace(None)
        sys.setprofile(None)
        _restore_dict(builtins.__dict__, self.builtins)
        _restore_dict(sys.__dict__, self.sys_namespace)  # streams, hooks and every other setting
        if not self.namespaces.unchanged():
            self.namespaces.restore(self._genuine)
        modules = sys.modules
        for name in [n for n in modules if n not in self.modules]:
            if not self._genuine(modules[name]):
                del modules[name]
        for name, mod in self.modules.items():
            if modules.get(name) is not mod:
                modules[name] = mod
        for k, v in self.sys_lists.items():
            getattr(sys, k)[:] = v
        sys.setrecursionlimit(self.recursion_limit)
        if dict(os.environ) != self.environ:
            os.environ.clear()
            os.environ.update(self.environ)
        try:
            if os.getcwd() != self.cwd:
                os.chdir(self.cwd)
        except OSError:
            os.chdir(self.cwd)

    def _genuine(self, mod):
        """A module imported from the installed library (kept), not one made by user code."""
        spec = getattr(mod, "__spec__", None)
        origin = getattr(spec, "origin", None) if spec is not None else None
        if not isinstance(origin, str):
            return spec is not None and origin == "built-in"
        return origin.startswith(self.keep_under)


_type_dict = type.__dict__["__dict__"].__get__  # a class's real __dict__, whatever it defines
_proxy_values = types.MappingProxyType.values


class _Namespaces:
    """Saved copies of the namespaces of loaded modules (sys aside) and of the classes they define.

    unchanged() compares every current key and value with the saved ones by identity, in C, in
    one pass: the common case (a test that patched nothing) costs microseconds, whatever the
    number of modules. Copies still unchanged are shared with the previous record.
    """

    def __init__(self, modules, previous):
        reusable = previous.by_owner() if previous is not None else {}
        self.modules = modules
        self.namespaces = [_reuse(reusable, mod.__dict__) for mod in modules]
        self.classes = []
        seen = set()
        for ns in self.namespaces:
            for cls in ns.defined_classes():
                if id(cls) not in seen:
                    seen.add(id(cls))
                    self.classes.append(_reuse(reusable, cls))
        self.dicts = [c.owner for c in self.namespaces]
        self.types = [c.owner for c in self.classes]
        saved = [c.saved for c in self.namespaces] + [c.saved for c in self.classes]
        self.sizes = list(map(len, saved))
        self.keys = list(chain.from_iterable(saved))
        self.values = list(chain.from_iterable(map(dict.values, saved)))

    def same_modules(self, modules):
        return len(modules) == len(self.modules) and all(map(_is, modules, self.modules))

    def unchanged(self):
        proxies = list(map(_type_dict, self.types))
        if list(map(len, self.dicts)) + list(map(len, proxies)) != self.sizes:
            return False
        values = chain(chain.from_iterable(map(dict.values, self.dicts)),
                       chain.from_iterable(map(_proxy_values, proxies)))
        if False in map(_is, values, self.values):
            return False
        # With every value the very same object in the same place, keys may be compared by ==:
        # a key whose __eq__ lies can hide only a renamed entry, never a replaced value.
        return list(chain(chain.from_iterable(self.dicts), chain.from_iterable(proxies))) == self.keys

    def restore(self, genuine):
        for ns in self.namespaces:
            if not ns.unchanged():
                _restore_dict(ns.owner, ns.saved, genuine)
        for capture in self.classes:
            if capture.unchanged():
                continue
            cls, saved = capture.owner, capture.saved
            current = _type_dict(cls)
            for k in [k for k in current if k not in saved]:
                try:
                    delattr(cls, k)
                except (AttributeError, TypeError):
                    pass
            for k, v in saved.items():
                if current.get(k, _MISSING) is not v:
                    try:
                        setattr(cls, k, v)
                    except (AttributeError, TypeError):
                        pass

    def by_owner(self):
        return {id(c.owner): c for c in self.namespaces + self.classes}


class _Capture:
    """A saved copy of one module namespace (a dict) or of one class's __dict__, in its order."""

    __slots__ = ("owner", "saved")

    def __init__(self, owner):
        self.owner = owner
        self.saved = dict(self._mapping())

    def _mapping(self):
        return self.owner if type(self.owner) is dict else _type_dict(self.owner)

    def unchanged(self):
        current, saved = self._mapping(), self.saved
        return (len(current) == len(saved) and False not in map(_is, current.values(), saved.values())
                and list(current) == list(saved))

    def defined_classes(self):
        """The plain classes a module namespace defines (its own, not imported ones)."""
        name = self.saved.get("__name__")
        return [value for value in self.saved.values()
                if type(value) is type and value.__flags__ & _HEAPTYPE and value.__module__ == name]


# The namespaces of the latest Snapshot, reused by the next one when unchanged. A list, so that
# recording it does not itself change this module's namespace.
_latest = [None]


def _reuse(reusable, owner):
    capture = reusable.get(id(owner))
    if capture is None or capture.owner is not owner or not capture.unchanged():
        capture = _Capture(owner)
    return capture


def _restore_dict(current, saved, keep_module=None):
    for k in [k for k in current if k not in saved]:
        value = current[k]
        # a submodule imported during the test (numpy.random loads lazily) stays bound to its
        # package, as it stays in sys.modules: dropping only one of the two breaks the next import
        if keep_module is not None and isinstance(value, types.ModuleType) and keep_module(value):
            continue
        del current[k]
    for k, v in saved.items():
        if current.get(k, _MISSING) is not v:
            current[k] = v


class CappedText(io.TextIOBase):
    """A text stream that keeps the first `cap` characters and forwards writes to `live`."""

    def __init__(self, cap, live=None):
        self.cap = cap
        self.parts = []
        self.size = 0
        self.dropped = 0
        self.live = live

    def writable(self):
        return True

    def write(self, s):
        if type(s) is not str:
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        n = len(s)
        room = self.cap - self.size
        if room > 0:
            kept = s[:room]
            self.parts.append(kept)
            self.size += len(kept)
            if self.live is not None:
                self.live(kept)
        if n > room:
            self.dropped += n - max(room, 0)
        return n

    def text(self):
        return "".join(self.parts)


class Interrupted(BaseException):
    """Raised into user code when its time is up (native CPython's alarm)."""
