"""A deliberately small reference evaluator for the walking-skeleton subset of .gq
(gq-language.md §4, §5.1-5.12, §10.3), written from the spec, independent of the engine.

Supported: bindings with inline property matches (list property = membership), filters
(= != < <= > >= starts_with contains), directed one-hop traversals with direction inference
(§5.4), projections (`$v.prop`, bare `$v`, `as` aliases), count() with implicit grouping,
order (nulls first asc / last desc, id tie-break §5.11), limit, parameters.
Anything else raises Unsupported, which is how the tools tell which cookbook queries qualify.
"""
import functools
import re

from pgmodel import parse_date, parse_datetime_ms


class Unsupported(Exception):
    pass


TOKEN_RE = re.compile(r"""
    (?P<ws>\s+|//[^\n]*|/\*.*?\*/)
  | (?P<string>"(?:[^"\\]|\\.)*")
  | (?P<float>\d+\.\d+)
  | (?P<int>\d+)
  | (?P<var>\$[a-z_][A-Za-z0-9_]*)
  | (?P<type>[A-Z][A-Za-z0-9_]*)
  | (?P<ident>[a-z_][A-Za-z0-9_]*)
  | (?P<op>>=|<=|!=|[{}()\[\],:.<>=?@])
""", re.S | re.X)

ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "r": "\r", "t": "\t"}


def tokenize(text):
    pos, out = 0, []
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m:
            raise SyntaxError("bad character at %d: %r" % (pos, text[pos:pos + 20]))
        pos = m.end()
        kind = m.lastgroup
        if kind == "ws":
            continue
        value = m.group(kind)
        if kind == "string":
            value = re.sub(r"\\(.)", lambda e: ESCAPES[e.group(1)], value[1:-1])
        out.append((kind, value))
    out.append(("eof", None))
    return out


class Parser:
    def __init__(self, tokens):
        self.t, self.i = tokens, 0

    def peek(self, k=0):
        return self.t[self.i + k]

    def next(self):
        tok = self.t[self.i]
        self.i += 1
        return tok

    def accept(self, value):
        if self.peek()[1] == value and self.peek()[0] != "string":
            self.i += 1
            return True
        return False

    def expect(self, value):
        tok = self.next()
        if tok[1] != value or tok[0] == "string":
            raise SyntaxError("expected %r, got %r" % (value, tok))
        return tok

    # -- query declarations
    def queries(self):
        """Yields (name, params, body-or-Unsupported) for every query in the file."""
        while self.peek()[0] != "eof":
            self.expect("query")
            name = self.next()[1]
            self.expect("(")
            params = {}
            while not self.accept(")"):
                var = self.next()[1][1:]
                self.expect(":")
                parts = []
                while self.peek()[1] not in (",", ")"):
                    parts.append(self.next()[1])
                params[var] = "".join(parts)
                self.accept(",")
            while self.accept("@"):
                self.next()
                self._skip_group("(", ")")
            start = self.i
            self.expect("{")
            depth = 1
            while depth:
                v = self.next()
                if v[0] != "string":
                    depth += {"{": 1, "}": -1}.get(v[1], 0)
            end = self.i
            try:
                body = Parser(self.t[start:end] + [("eof", None)]).body()
            except Unsupported as e:
                body = e
            yield name, params, body

    def _skip_group(self, open_, close):
        self.expect(open_)
        depth = 1
        while depth:
            v = self.next()
            if v[0] != "string":
                depth += {open_: 1, close: -1}.get(v[1], 0)

    def body(self):
        self.expect("{")
        if self.peek()[1] in ("insert", "update", "delete"):
            raise Unsupported("mutation")
        self.expect("match")
        self.expect("{")
        clauses = []
        while not self.accept("}"):
            clauses.append(self.clause())
        self.expect("return")
        self.expect("{")
        projections = []
        while not self.accept("}"):
            expr = self.expr()
            alias = self.next()[1] if self.accept("as") else None
            self.accept(",")
            projections.append((expr, alias))
        order = []
        if self.accept("order"):
            self.expect("{")
            while not self.accept("}"):
                expr = self.expr()
                desc = False
                if self.accept("desc"):
                    desc = True
                else:
                    self.accept("asc")
                self.accept(",")
                order.append((expr, desc))
        limit = int(self.next()[1]) if self.accept("limit") else None
        self.expect("}")
        return {"clauses": clauses, "return": projections, "order": order, "limit": limit}

    def clause(self):
        k0, v0 = self.peek()
        if v0 == "not" and self.peek(1)[1] == "{":
            raise Unsupported("negation")
        if k0 == "ident" and v0 in ("search", "fuzzy", "match_text") and self.peek(1)[1] == "(":
            raise Unsupported(v0)
        if k0 == "var" and self.peek(1)[1] == ":" and self.peek(2)[0] == "type":
            type_name = self.peek(2)[1]
            self.i += 3
            props = []
            if self.accept("{"):
                while not self.accept("}"):
                    prop = self.next()[1]
                    self.expect(":")
                    props.append((prop, self.value()))
                    self.accept(",")
            return ("bind", v0[1:], type_name, props)
        if k0 == "var":
            k1, v1 = self.peek(1)
            if k1 == "var" and self.peek(2)[1] == ":":
                raise Unsupported("edge binding")
            if v1 == "<" and self.peek(2)[0] == "ident" and self.peek(3)[1] == ">":
                raise Unsupported("undirected traversal")
            # §3.1: a bare variable, a lowercase word and a variable is always a traversal
            if k1 == "ident" and self.peek(2)[1] == "{":
                raise Unsupported("variable-length traversal")
            if k1 == "ident" and self.peek(2)[0] == "var":
                dst = self.peek(2)[1][1:]
                self.i += 3
                if "_" in (v0[1:], dst):
                    raise Unsupported("anonymous variable")
                return ("trav", v0[1:], v1, dst)
        left = self.expr()
        op = self.next()[1]
        if op not in ("=", "!=", "<", "<=", ">", ">=", "contains", "starts_with"):
            raise SyntaxError("unknown operator %r" % op)
        return ("filter", left, op, self.expr())

    def value(self):
        tok = self.peek()
        if tok[1] == "now":
            raise Unsupported("now()")
        return self.expr()

    def expr(self):
        kind, value = self.next()
        if kind == "var":
            if self.accept("."):
                return ("prop", value[1:], self.next()[1])
            return ("var", value[1:])
        if kind == "string":
            return ("lit", value)
        if kind == "int":
            return ("lit", int(value))
        if kind == "float":
            return ("lit", float(value))
        if kind == "ident":
            if value in ("true", "false"):
                return ("lit", value == "true")
            if value in ("date", "datetime") and self.peek()[1] == "(":
                self.expect("(")
                text = self.next()[1]
                self.expect(")")
                return ("lit", parse_date(text) if value == "date" else parse_datetime_ms(text))
            if value == "count" and self.peek()[1] == "(":
                self.expect("(")
                arg = self.expr()
                self.expect(")")
                return ("count", arg)
            if self.peek()[1] == "(":
                raise Unsupported(value + "()")
            return ("alias", value)
        raise SyntaxError("unexpected token %r" % ((kind, value),))


def parse_file(path):
    """{query name: (params, body or Unsupported)} for a .gq file, in file order."""
    text = open(path, encoding="utf-8").read()
    out = {}
    for name, params, body in Parser(tokenize(text)).queries():
        out.setdefault(name, (params, body))   # §3.1 rule 10: the first declaration wins
    return out


# ---------------------------------------------------------------- evaluation

class QueryError(Exception):
    pass


class Result:
    def __init__(self, columns, kinds, rows, ordered):
        self.columns = columns      # runtime column names (§10.3)
        self.kinds = kinds          # per column: ("prop", PropType) | ("id",) | ("count",) | ("param", decl)
        self.rows = rows            # lists of values (Date -> date, DateTime -> epoch ms, F32 rounded)
        self.ordered = ordered      # True when the row order is fully determined


def _is_null(v):
    return v is None


def compare_values(op, left, right):
    """Filter semantics of §5.3 with SQL null logic."""
    if left is None or right is None:
        return False
    if op == "contains":
        if isinstance(left, list):
            return right in left
        return isinstance(left, str) and isinstance(right, str) and right in left
    if op == "starts_with":
        return isinstance(left, str) and isinstance(right, str) and left.startswith(right)
    if isinstance(left, list) or isinstance(right, list):
        raise QueryError("lists are not comparable")
    return {"=": left == right, "!=": left != right, "<": left < right, "<=": left <= right,
            ">": left > right, ">=": left >= right}[op]


def param_value(value, decl):
    if value is None:
        return None
    base = decl.rstrip("?")
    if base.startswith("["):
        return [param_value(v, base[1:-1]) for v in value]
    if base == "DateTime":
        return parse_datetime_ms(value)
    if base == "Date":
        return parse_date(value)
    return value


class Evaluator:
    def __init__(self, graph):
        self.g = graph

    def edge_type(self, word):
        if word in self.g.edge_types:
            return self.g.edge_types[word]
        for name, et in self.g.edge_types.items():
            if name.lower() == word.lower():
                return et
        raise QueryError("T4 unknown edge type " + word)

    def run(self, query, decls, params):
        if isinstance(query, Unsupported):
            raise query
        missing = [p for p, d in decls.items() if p not in params and not d.endswith("?")]
        if missing:
            raise QueryError("parameters not provided: %s" % missing)
        pv = {p: param_value(params.get(p), d) for p, d in decls.items()}
        types, rows = {}, [{}]
        for clause in query["clauses"]:
            rows = getattr(self, "_" + clause[0])(clause, types, rows, pv)
        return self._project(query, types, rows, pv, decls)

    # -- clauses
    def _bind(self, clause, types, rows, pv):
        _, var, tname, props = clause
        if var in types and types[var] != tname:
            raise QueryError("variable %s already bound to %s" % (var, types[var]))
        ntype = self.g.node_types.get(tname) or self._fail("T1 unknown type " + tname)
        matches = []
        for prop, value in props:
            if prop not in ntype.props:
                raise QueryError("T2 unknown property %s.%s" % (tname, prop))
            if value[0] == "var" and value[1] not in pv:
                raise QueryError("undeclared parameter $" + value[1])
            matches.append((prop, ntype.props[prop], value[1] if value[0] == "lit" else pv[value[1]]))

        def ok(p):
            for prop, ptype, want in matches:
                have = p.get(prop)
                if ptype.is_list:
                    if have is None or want is None or want not in have:
                        return False
                elif not compare_values("=", have, want):
                    return False
            return True
        candidates = [nid for nid, p in self.g.nodes[tname].items() if ok(p)]
        if var in types:
            keep = set(candidates)
            return [r for r in rows if r[var] in keep]
        types[var] = tname
        return [dict(r, **{var: c}) for r in rows for c in candidates]

    def _trav(self, clause, types, rows, pv):
        _, a, word, b = clause
        et = self.edge_type(word)
        if a in types:
            forward = types[a] == et.src
            if not forward and types[a] != et.dst:
                raise QueryError("T5 %s cannot start %s" % (types[a], et.name))
        elif b in types:
            forward = types[b] == et.dst
            if not forward and types[b] != et.src:
                raise QueryError("T5 %s cannot end %s" % (types[b], et.name))
        else:
            forward = True
        want_a, want_b = (et.src, et.dst) if forward else (et.dst, et.src)
        for var, want in ((a, want_a), (b, want_b)):
            if var in types and types[var] != want:
                raise QueryError("T5 %s is %s, %s needs %s" % (var, types[var], et.name, want))
        pairs = {(s, d) if forward else (d, s) for s, d in self.g.edges[et.name]}   # (a, b), a set
        out = []
        for r in rows:
            if a in r and b in r:
                if (r[a], r[b]) in pairs:
                    out.append(r)
            elif a in r:
                out += [dict(r, **{b: y}) for y in sorted({y for x, y in pairs if x == r[a]})]
            elif b in r:
                out += [dict(r, **{a: x}) for x in sorted({x for x, y in pairs if y == r[b]})]
            else:
                out += [dict(r, **{a: x, b: y}) for x, y in sorted(pairs)]
        types[a], types[b] = want_a, want_b
        return out

    def _filter(self, clause, types, rows, pv):
        _, left, op, right = clause
        return [r for r in rows if compare_values(op, self._value(left, types, r, pv),
                                                  self._value(right, types, r, pv))]

    @staticmethod
    def _fail(msg):
        raise QueryError(msg)

    def _value(self, expr, types, row, pv):
        kind = expr[0]
        if kind == "lit":
            return expr[1]
        if kind == "var":
            if expr[1] in pv:
                return pv[expr[1]]
            if expr[1] in row:
                return row[expr[1]]
            raise QueryError("unbound $" + expr[1])
        if kind == "prop":
            var, prop = expr[1], expr[2]
            if var not in types:
                raise QueryError("T6 unbound $" + var)
            if prop not in self.g.node_types[types[var]].props:
                raise QueryError("T6 unknown property %s.%s" % (var, prop))
            return self.g.nodes[types[var]][row[var]].get(prop)
        raise QueryError("unsupported expression %r" % (expr,))

    # -- return / order / limit
    def _kind(self, expr, types, decls):
        if expr[0] == "prop":
            return ("prop", self.g.node_types[types[expr[1]]].props[expr[2]])
        if expr[0] == "var":
            return ("param", decls[expr[1]]) if expr[1] in decls else ("id",)
        if expr[0] == "count":
            return ("count",)
        raise QueryError("unsupported projection %r" % (expr,))

    @staticmethod
    def _name(expr, alias):
        if alias:
            return alias
        inner = expr[1] if expr[0] == "count" else expr
        return "%s.%s" % (inner[1], inner[2]) if inner[0] == "prop" else inner[1]

    def _project(self, query, types, rows, pv, decls):
        projs = query["return"]
        columns = [self._name(e, a) for e, a in projs]
        kinds = [self._kind(e, types, decls) for e, _ in projs]
        aggregate = any(e[0] == "count" for e, _ in projs)
        if not aggregate:
            out = [([self._value(e, types, r, pv) for e, _ in projs], r) for r in rows]
        else:
            groups = {}
            for r in rows:
                key = tuple(_freeze(self._value(e, types, r, pv)) for e, _ in projs if e[0] != "count")
                groups.setdefault(key, []).append(r)
            if not groups and all(e[0] == "count" for e, _ in projs):
                groups[()] = []
            out = []
            for key, members in groups.items():
                it, vals = iter(key), []
                for e, _ in projs:
                    if e[0] == "count":
                        vals.append(sum(1 for m in members
                                        if e[1][0] == "var" and e[1][1] not in pv
                                        or self._value(e[1], types, m, pv) is not None))
                    else:
                        vals.append(_thaw(next(it)))
                out.append((vals, None))
        ordered = bool(query["order"])
        if query["order"]:
            keyfns = []
            for expr, desc in query["order"]:
                if expr[0] == "alias":
                    if expr[1] not in columns:
                        raise QueryError("alias %r not found for ordering" % expr[1])
                    idx = columns.index(expr[1])
                    keyfns.append((lambda vals, r, i=idx: vals[i], desc))
                elif expr[0] == "prop" and not aggregate:
                    keyfns.append((lambda vals, r, e=expr: self._value(e, types, r, pv), desc))
                elif expr[0] == "prop" and self._name(expr, None) in columns:
                    idx = columns.index(self._name(expr, None))
                    keyfns.append((lambda vals, r, i=idx: vals[i], desc))
                else:
                    raise QueryError("unsupported ordering expression %r" % (expr,))
            tie_vars = sorted(types, key=lambda v: v + ".id")

            def cmp(x, y):
                for fn, desc in keyfns:
                    c = _null_first_cmp(fn(*x), fn(*y))
                    if c:
                        return -c if desc else c
                if aggregate:
                    return 0
                for v in tie_vars:
                    c = (x[1][v] > y[1][v]) - (x[1][v] < y[1][v])
                    if c:
                        return c
                return 0
            out.sort(key=functools.cmp_to_key(cmp))
            ties = sum(1 for i in range(1, len(out))
                       if all(_null_first_cmp(fn(*out[i - 1]), fn(*out[i])) == 0 for fn, _ in keyfns))
            if aggregate:
                # ties between groups are unordered (§5.11); only call the order exact without ties
                for i in range(1, len(out)):
                    if all(_null_first_cmp(fn(*out[i - 1]), fn(*out[i])) == 0 for fn, _ in keyfns):
                        ordered = False
        else:
            ties = 0
        result_rows = [vals for vals, _ in out]
        if query["limit"] is not None:
            if not ordered and len(result_rows) > query["limit"]:
                raise QueryError("limit without a total order: the kept rows are not determined")
            result_rows = result_rows[:query["limit"]]
        result = Result(columns, kinds, result_rows, ordered)
        result.ties = ties   # adjacent rows (before limit) that only the id tie-break orders
        return result


def _null_first_cmp(a, b):
    if a is None or b is None:
        return (a is not None) - (b is not None)
    if isinstance(a, list):
        raise QueryError("cannot order by a list")
    return (a > b) - (a < b)


def _freeze(v):
    return tuple(v) if isinstance(v, list) else v


def _thaw(v):
    return list(v) if isinstance(v, tuple) else v
