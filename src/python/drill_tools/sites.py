"""Where a reference solution can be mutated: one Site per one-node change (see mutate.py)."""

import ast

COMPARE_SWAPS = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
                 ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.Is: ast.IsNot, ast.IsNot: ast.Is,
                 ast.In: ast.NotIn, ast.NotIn: ast.In}
ARITH_SWAPS = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult,
               ast.FloorDiv: ast.Div, ast.Pow: ast.Mult, ast.Mod: ast.FloorDiv}
MIN_MAX = {"min": "max", "max": "min", "argmin": "argmax", "argmax": "argmin",
           "minimum": "maximum", "maximum": "minimum", "nanmin": "nanmax", "nanmax": "nanmin",
           "idxmin": "idxmax", "idxmax": "idxmin", "nsmallest": "nlargest",
           "nlargest": "nsmallest", "cummin": "cummax", "cummax": "cummin"}
UNWRAP = {"sorted", "reversed", "abs", "round"}  # f(x) -> x


class Site:
    """One mutation: replace source[start:end] (byte offsets) with `text`."""

    __slots__ = ("operator", "node", "text", "function", "description")

    def __init__(self, operator, node, text, function, description):
        self.operator = operator
        self.node = node
        self.text = text
        self.function = function
        self.description = description


class Finder(ast.NodeVisitor):
    def __init__(self, source):
        self.source = source
        self.sites = []
        self.function = "<module>"
        self.modules = set()

    def add(self, operator, node, new_node_or_text, description):
        text = new_node_or_text if isinstance(new_node_or_text, str) else _unparse(new_node_or_text)
        self.sites.append(Site(operator, node, text, self.function, description))

    # ---- scopes: record the enclosing function; skip `if __name__ == "__main__":` -------------

    def visit_FunctionDef(self, node):
        outer, self.function = self.function, (
            node.name if self.function == "<module>" else f"{self.function}.{node.name}")
        self._defaults(node.args)
        for stmt in node.body:
            self.visit(stmt)
        for d in node.decorator_list:
            self.visit(d)
        self.function = outer

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        outer, self.function = self.function, (
            node.name if self.function == "<module>" else f"{self.function}.{node.name}")
        for stmt in node.body:
            self.visit(stmt)
        self.function = outer

    def visit_Lambda(self, node):
        self._defaults(node.args)
        self.visit(node.body)

    def visit_JoinedStr(self, node):
        pass  # f-string internals have unreliable positions before Python 3.12

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return  # a docstring
        self.generic_visit(node)

    def visit_AnnAssign(self, node):
        if node.value is not None:
            self.visit(node.value)

    def visit_arg(self, node):
        pass  # annotations

    def _defaults(self, args):
        defaults = [*args.defaults, *[d for d in args.kw_defaults if d is not None]]
        for d in defaults:
            for new in _changed_default(d):
                self.add("default", d, new, f"default {self._seg(d)} -> {new}")

    # ---- branches: drop one statement; return a trivial value ---------------------------------

    def visit_If(self, node):
        test = node.test
        if (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name)
                and test.left.id == "__name__"):
            return
        self._drops(node.body)
        # an `elif` is an If inside orelse: its own visit drops its statements
        if not (len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If)):
            self._drops(node.orelse)
        self.generic_visit(node)

    def _drops(self, body):
        for stmt in body:
            if isinstance(stmt, (ast.Pass, ast.FunctionDef, ast.ClassDef)):
                continue
            self.add("drop", stmt, "pass", f"drop `{self._first_line(stmt)}`")

    def visit_Return(self, node):
        if node.value is not None and not (isinstance(node.value, ast.Constant)
                                           and node.value.value is None):
            self.add("return", node, "return None", f"`{self._first_line(node)}` -> `return None`")
        self.generic_visit(node)

    # ---- operators ----------------------------------------------------------------------------

    def visit_Compare(self, node):
        for i, op in enumerate(node.ops):
            swap = COMPARE_SWAPS.get(type(op))
            if swap:
                new = ast.Compare(left=node.left, ops=[*node.ops[:i], swap(), *node.ops[i + 1:]],
                                  comparators=node.comparators)
                self.add("compare", node, new, f"{self._seg(node)} -> {_unparse(new)}")
        self.generic_visit(node)

    def visit_BoolOp(self, node):
        new = ast.BoolOp(op=ast.Or() if isinstance(node.op, ast.And) else ast.And(),
                         values=node.values)
        self.add("and-or", node, new, f"{_op_word(node.op)} -> {_op_word(new.op)}")
        self.generic_visit(node)

    def visit_BinOp(self, node):
        swap = ARITH_SWAPS.get(type(node.op))
        if swap:
            new = ast.BinOp(left=node.left, op=swap(), right=node.right)
            self.add("arithmetic", node, new, f"{self._seg(node)} -> {_unparse(new)}")
        self.generic_visit(node)

    def visit_AugAssign(self, node):
        swap = ARITH_SWAPS.get(type(node.op))
        if swap:
            new = ast.AugAssign(target=node.target, op=swap(), value=node.value)
            self.add("arithmetic", node, new, f"`{self._seg(node)}` -> `{_unparse(new)}`")
        self.generic_visit(node)

    def visit_UnaryOp(self, node):
        if isinstance(node.op, ast.USub) and not isinstance(node.operand, ast.Constant):
            self.add("arithmetic", node, node.operand, f"{self._seg(node)} -> {_unparse(node.operand)}")
        if isinstance(node.op, ast.Not):
            self.add("not", node, node.operand, f"{self._seg(node)} -> {_unparse(node.operand)}")
        self.generic_visit(node)

    def visit_Constant(self, node):
        v = node.value
        if type(v) is int:
            for new in (v + 1, v - 1):
                self.add("constant", node, repr(new), f"constant {v} -> {new}")
        elif type(v) is bool:
            self.add("constant", node, repr(not v), f"{v} -> {not v}")

    def visit_Slice(self, node):
        for bound in (node.lower, node.upper):
            if bound is None or isinstance(bound, ast.Constant):
                continue  # constants are already shifted by visit_Constant
            for op, word in ((ast.Add(), "+ 1"), (ast.Sub(), "- 1")):
                new = ast.BinOp(left=bound, op=op, right=ast.Constant(1))
                self.add("slice", bound, new, f"slice bound {self._seg(bound)} -> {self._seg(bound)} {word}")
        self.generic_visit(node)

    def visit_Name(self, node):
        if node.id in ("min", "max") and isinstance(node.ctx, ast.Load):
            other = MIN_MAX[node.id]
            self.add("min-max", node, other, f"{node.id} -> {other}")

    def visit_Attribute(self, node):
        other = MIN_MAX.get(node.attr)
        if other:
            new = ast.Attribute(value=node.value, attr=other, ctx=node.ctx)
            self.add("min-max", node, new, f".{node.attr} -> .{other}")
        self.generic_visit(node)

    def visit_Call(self, node):
        f = node.func
        if (isinstance(f, ast.Name) and f.id in UNWRAP and len(node.args) == 1
                and not node.keywords):
            self.add("call", node, node.args[0], f"{self._seg(node)} -> {self._seg(node.args[0])}")
        elif isinstance(f, ast.Attribute) and not (isinstance(f.value, ast.Name)
                                                   and f.value.id in self.modules):
            self.add("call", node, f.value, f"drop .{f.attr}(...)")
        self.generic_visit(node)

    def visit_Import(self, node):
        self.modules.update((a.asname or a.name).split(".")[0] for a in node.names)

    visit_ImportFrom = visit_Import

    def _seg(self, node):
        return ast.get_source_segment(self.source, node) or _unparse(node)

    def _first_line(self, node):
        return self._seg(node).splitlines()[0].strip()


def _changed_default(d):
    if not isinstance(d, ast.Constant):
        return []
    v = d.value
    if type(v) is bool:
        return [repr(not v)]
    if type(v) is int:
        return [repr(v + 1)] + ([repr(v - 1)] if v != 0 else [])
    if type(v) is float:
        return [repr(v * 2)] if v else ["1.0"]
    if type(v) is str:
        return ['""'] if v else ['"x"']
    if v is None:
        return ["0"]
    return []


def _unparse(node):
    return ast.unparse(ast.fix_missing_locations(node))


def _op_word(op):
    return "and" if isinstance(op, ast.And) else "or"


def find_sites(source, tree):
    """Every mutation site of a parsed module, in source order of the walk."""
    finder = Finder(source)
    finder.visit(tree)
    return finder.sites
