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

_MISSING = object()
_SYS_ATTRS = ("stdout", "stderr", "stdin", "displayhook", "excepthook", "breakpointhook",
              "unraisablehook")
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
        self.modules = dict(sys.modules)
        self.namespaces = []
        self.classes = []
        seen = set()
        for mod in list(sys.modules.values()):
            if not isinstance(mod, types.ModuleType) or id(mod) in seen:
                continue
            seen.add(id(mod))
            ns = mod.__dict__
            self.namespaces.append((ns, dict(ns)))
            for value in list(ns.values()):
                if (type(value) is type and value.__flags__ & _HEAPTYPE
                        and id(value) not in seen
                        and value.__module__ == ns.get("__name__")):
                    seen.add(id(value))
                    self.classes.append((value, dict(value.__dict__)))
        self.sys_attrs = {k: getattr(sys, k, _MISSING) for k in _SYS_ATTRS}
        self.sys_lists = {k: list(getattr(sys, k)) for k in _SYS_LISTS}
        self.recursion_limit = sys.getrecursionlimit()
        self.environ = dict(os.environ)
        self.cwd = os.getcwd()
        self.keep_under = tuple(keep_new_modules_under)

    def restore(self):
        sys.settrace(None)
        sys.setprofile(None)
        _restore_dict(builtins.__dict__, self.builtins)
        for ns, saved in self.namespaces:
            _restore_dict(ns, saved, self._genuine)
        for cls, saved in self.classes:
            current = cls.__dict__
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
        modules = sys.modules
        for name in [n for n in modules if n not in self.modules]:
            if not self._genuine(modules[name]):
                del modules[name]
        for name, mod in self.modules.items():
            if modules.get(name) is not mod:
                modules[name] = mod
        for k, v in self.sys_attrs.items():
            if v is not _MISSING:
                setattr(sys, k, v)
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
