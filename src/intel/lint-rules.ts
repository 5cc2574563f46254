/**
 * The rules the editor checks as you type: mistakes that cost a candidate a run (undefined names,
 * unused names, shadowed builtins, mutable defaults, comparisons to None/True, bare except), not
 * style. Each has a plain explanation shown in the marker's hover, after Ruff's own message.
 * (Ruff's "unreachable code" rule, PLW0101, exists only in its test builds, so it is not here.)
 */
export const LINT_RULES: Record<string, string> = {
  F401: "This import is never used: remove it, or use the module.",
  F811: "This name was defined before and that definition was never used: one of them is probably a typo.",
  F821: "Python will raise NameError here: the name is not defined (a typo, a missing import, or used before assignment).",
  F822: "__all__ names something this module does not define.",
  F823: "This local variable is read before it is assigned in this function (Python treats it as local everywhere in it).",
  F841: "This local variable is assigned but never read: a typo in a later use, or dead code.",
  F632: "`is` compares identity, not value: use == for strings, numbers and tuples.",
  F601: "This dictionary literal repeats a key: the later value silently wins.",
  F631: "This assert is always true: asserting a non-empty tuple never fails (drop the parentheses).",
  F701: "`break` outside a loop is a SyntaxError.",
  F702: "`continue` outside a loop is a SyntaxError.",
  F706: "`return` outside a function is a SyntaxError.",
  F707: "A bare `except:` must be the last handler.",
  A001: "This variable hides a Python builtin of the same name: later calls to the builtin will fail or misbehave.",
  A002: "This argument hides a Python builtin of the same name inside the function.",
  B006: "A mutable default (list, dict, set) is created once and shared by every call: default to None and build it inside.",
  B011: "`assert False` disappears under python -O: raise an exception instead.",
  B018: "This expression does nothing: its value is computed and thrown away.",
  E711: "Compare to None with `is` / `is not`: == can be overridden and is slower.",
  E712: "Compare to True/False by truthiness (`if x:` / `if not x:`), not with ==.",
  E713: "Write `x not in y` rather than `not x in y`.",
  E714: "Write `x is not y` rather than `not x is y`.",
  E721: "Compare types with `is` or use isinstance(), not ==.",
  E722: "A bare `except:` also catches KeyboardInterrupt and SystemExit: name the exceptions you expect.",
  PLW0120:
    "This loop's `else` runs whenever the loop ends without `break`, and it has no `break`: the else is misleading.",
  PLE0101: "`__init__` must not return a value.",
  PLE0117: "`nonlocal` names a variable no enclosing function defines.",
};

/** Ruff's settings for the editor (Ruff's defaults otherwise: line length 88, four-space indents). */
export const RUFF_SETTINGS = {
  "line-length": 100,
  "indent-width": 4,
  format: { "indent-style": "space", "quote-style": "double" },
  lint: {
    select: Object.keys(LINT_RULES),
    // drill starters import these for the candidate before they are used
    pyflakes: { "allowed-unused-imports": ["numpy", "pandas"] },
  },
};
