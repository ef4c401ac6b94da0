"""Schema (.pg) and seed (.jsonl) model for the cookbook conformance tools.

Independent of the engine: a small line-based reader of the cookbook schemas (one property per
line, as the cookbooks are written) and a strict checker of seed.jsonl following
pg-schema.md §3.7, §4 and §7 (strict loader).
"""
import datetime as dt
import json
import re
from collections import Counter, OrderedDict, defaultdict

INT_RANGES = {"I32": (-2**31, 2**31 - 1), "I64": (-2**63, 2**63 - 1),
              "U32": (0, 2**32 - 1), "U64": (0, 2**64 - 1)}


class PropType:
    def __init__(self, text):
        text = text.strip()
        self.nullable = text.endswith("?")
        if self.nullable:
            text = text[:-1].strip()
        self.is_list = text.startswith("[")
        if self.is_list:
            text = text[1:-1].strip()
        self.enum = None
        if text.startswith("enum("):
            self.enum = [v.strip() for v in text[5:-1].split(",")]
            text = "enum"
        self.base = "Vector" if text.startswith("Vector(") else text

    def __repr__(self):
        return ("[%s]" if self.is_list else "%s") % self.base + ("?" if self.nullable else "")


class GType:
    def __init__(self, kind, name, src=None, dst=None):
        self.kind, self.name, self.src, self.dst = kind, name, src, dst
        self.props = OrderedDict()
        self.key = []
        self.unique = []   # list of property-name tuples
        self.card = None   # (min, max or None) for edges

    def __repr__(self):
        return "%s %s" % (self.kind, self.name)


PROP_RE = re.compile(r"^(\w+)\s*:\s*(enum\([^)]*\)\??|\[[^\]]+\]\??|Vector\(\d+\)\??|\w+\??)(.*)$")


def parse_schema(path):
    nodes, edges = OrderedDict(), OrderedDict()
    current = None
    for raw in open(path, encoding="utf-8"):
        line = raw.split("//", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"^node\s+(\w+)\s*\{$", line)
        if m:
            current = nodes[m.group(1)] = GType("node", m.group(1))
            continue
        m = re.match(r"^edge\s+(\w+)\s*:\s*(\w+)\s*->\s*(\w+)(.*)$", line)
        if m:
            e = edges[m.group(1)] = GType("edge", m.group(1), m.group(2), m.group(3))
            rest = m.group(4)
            c = re.search(r"@card\((\d+)\.\.(\d*)\)", rest)
            if c:
                e.card = (int(c.group(1)), int(c.group(2)) if c.group(2) else None)
            current = e if rest.rstrip().endswith("{") else None
            continue
        if line == "}":
            current = None
            continue
        if current is None:
            raise ValueError("unexpected schema line: " + raw)
        m = re.match(r"^@unique\(([^)]*)\)$", line)
        if m:
            current.unique.append(tuple(p.strip() for p in m.group(1).split(",")))
            continue
        m = PROP_RE.match(line)
        if not m:
            raise ValueError("cannot parse property line: " + raw)
        name, ptype, ann = m.group(1), PropType(m.group(2)), m.group(3)
        current.props[name] = ptype
        if "@key" in ann:
            current.key.append(name)
        if re.search(r"@unique(\s|$)", ann):
            current.unique.append((name,))
    return nodes, edges


# ---------------------------------------------------------------- value conversion

def parse_datetime_ms(s):
    """DateTime string -> epoch milliseconds (date-only = midnight UTC, no offset = UTC)."""
    if isinstance(s, int) and not isinstance(s, bool):
        return s
    text = s.strip().replace(" ", "T", 1)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        text += "T00:00:00"
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    d = dt.datetime.fromisoformat(text)
    if d.tzinfo is None:
        d = d.replace(tzinfo=dt.timezone.utc)
    delta = d - dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
    return (delta.days * 86400 + delta.seconds) * 1000 + delta.microseconds // 1000


def parse_date(s):
    if isinstance(s, int) and not isinstance(s, bool):
        return dt.date(1970, 1, 1) + dt.timedelta(days=s)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        raise ValueError("invalid Date literal %r" % s)
    return dt.date.fromisoformat(s)


def f32(x):
    import struct
    return struct.unpack("f", struct.pack("f", float(x)))[0]


def convert_scalar(value, ptype):
    """Strict conversion of one JSON value; raises ValueError on a wrong type."""
    b = ptype.base
    if b in ("String", "Blob"):
        if not isinstance(value, str):
            raise ValueError("expects String, got %r" % (value,))
        return value
    if b == "enum":
        if not isinstance(value, str) or value not in ptype.enum:
            raise ValueError("invalid enum value %r (expected %s)" % (value, ptype.enum))
        return value
    if b == "Bool":
        if not isinstance(value, bool):
            raise ValueError("expects Bool, got %r" % (value,))
        return value
    if b in INT_RANGES:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("expects %s, got %r" % (b, value))
        lo, hi = INT_RANGES[b]
        if not lo <= value <= hi:
            raise ValueError("%r exceeds %s range" % (value, b))
        return value
    if b in ("F32", "F64"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError("expects %s, got %r" % (b, value))
        return f32(value) if b == "F32" else float(value)
    if b == "Date":
        return parse_date(value)
    if b == "DateTime":
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            raise ValueError("expects DateTime, got %r" % (value,))
        return parse_datetime_ms(value)
    raise ValueError("unsupported type " + b)


def convert(value, ptype):
    if value is None:
        return None
    if ptype.is_list:
        if not isinstance(value, list):
            raise ValueError("list property expects a JSON array, got %r" % (value,))
        return [convert_scalar(v, ptype) for v in value]
    if ptype.base == "Vector":
        raise ValueError("vectors are not expected in the cookbook seeds")
    return convert_scalar(value, ptype)


# ---------------------------------------------------------------- graph

class Graph:
    """Seed data after strict checking: nodes[type][id] = props (converted), edges[type] = [(src, dst)]."""

    def __init__(self, schema_path, seed_path):
        self.node_types, self.edge_types = parse_schema(schema_path)
        self.nodes = {t: OrderedDict() for t in self.node_types}
        self.edges = {t: [] for t in self.edge_types}
        self.raw_props = {}          # (type, id) -> set of property names present in the JSON
        self.problems = []           # strings; the engine would reject the load for each
        self.notes = []              # oddities that do not block the load
        self._load(seed_path)

    def problem(self, line, msg):
        self.problems.append("line %d: %s" % (line, msg))

    def _load(self, seed_path):
        pending_edges = []
        unique_seen = defaultdict(dict)
        with open(seed_path, encoding="utf-8") as fh:
            for lineno, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                pairs_holder = []
                rec = json.loads(raw, object_pairs_hook=lambda p: pairs_holder.append(p) or dict(p))
                for pairs in pairs_holder:
                    keys = [k for k, _ in pairs]
                    dup = [k for k, n in Counter(keys).items() if n > 1]
                    if dup:
                        self.problem(lineno, "duplicate JSON member(s) %s" % dup)
                if ("type" in rec) == ("edge" in rec):
                    self.problem(lineno, "needs exactly one of type/edge")
                    continue
                allowed = {"type", "data"} if "type" in rec else {"edge", "from", "to", "data"}
                extra = set(rec) - allowed
                if extra:
                    self.problem(lineno, "unknown top-level fields %s" % sorted(extra))
                data = rec.get("data") or {}
                if "type" in rec:
                    self._node(lineno, rec["type"], data, unique_seen)
                else:
                    pending_edges.append((lineno, rec))
        for lineno, rec in pending_edges:
            self._edge(lineno, rec)
        self._check_cardinality()

    def _props(self, lineno, gtype, data):
        props = {}
        for name, value in data.items():
            if name == "id":
                if not isinstance(value, str):
                    self.problem(lineno, "'id' must be a string")
                continue
            if name not in gtype.props:
                self.problem(lineno, "unknown input field %r for %s" % (name, gtype))
                continue
            try:
                props[name] = convert(value, gtype.props[name])
            except ValueError as e:
                self.problem(lineno, "%s.%s: %s" % (gtype.name, name, e))
        for name, ptype in gtype.props.items():
            if props.get(name) is None and not ptype.nullable:
                self.problem(lineno, "non-nullable property %s.%s has no value" % (gtype.name, name))
        return props

    def _node(self, lineno, tname, data, unique_seen):
        if tname not in self.node_types:
            self.problem(lineno, "unknown node type %r" % tname)
            return
        gtype = self.node_types[tname]
        props = self._props(lineno, gtype, data)
        if not gtype.key:
            nid = data.get("id")
            if nid is None:
                self.notes.append("line %d: un-keyed %s without data.id (gets a ULID)" % (lineno, tname))
                nid = "<ulid@%d>" % lineno
        else:
            if len(gtype.key) != 1 or gtype.props[gtype.key[0]].base != "String":
                raise ValueError("only single String keys are modelled")
            nid = props.get(gtype.key[0])
            if nid is None:
                self.problem(lineno, "%s missing @key value" % tname)
                return
            if "id" in data and data["id"] != nid:
                self.problem(lineno, "%s explicit id %r does not match @key %r" % (tname, data["id"], nid))
        if nid in self.nodes[tname]:
            self.problem(lineno, "duplicate id/@key %r for node %s" % (nid, tname))
            return
        for group in gtype.unique:
            if list(group) == gtype.key:
                continue
            values = tuple(props.get(p) for p in group)
            if any(v is None for v in values):
                continue
            seen = unique_seen[(tname, group)]
            if values in seen:
                self.problem(lineno, "@unique violation on %s.%s: %r also at line %d"
                             % (tname, group, values, seen[values]))
            else:
                seen[values] = lineno
        self.nodes[tname][nid] = props
        self.raw_props[(tname, nid)] = set(data)

    def _edge(self, lineno, rec):
        ename = rec["edge"]
        matches = [e for e in self.edge_types if e.lower() == str(ename).lower()]
        if not matches:
            self.problem(lineno, "unknown edge type %r" % ename)
            return
        gtype = self.edge_types[matches[0]]
        data = rec.get("data") or {}
        for reserved in ("src", "dst"):
            if reserved in data:
                self.problem(lineno, "edge data holds reserved %r" % reserved)
        self._props(lineno, gtype, data)
        src, dst = rec.get("from"), rec.get("to")
        if not isinstance(src, str) or not isinstance(dst, str):
            self.problem(lineno, "edge from/to must be strings")
            return
        if src not in self.nodes[gtype.src]:
            self.problem(lineno, "%s: src %r not found in %s" % (gtype.name, src, gtype.src))
        if dst not in self.nodes[gtype.dst]:
            self.problem(lineno, "%s: dst %r not found in %s" % (gtype.name, dst, gtype.dst))
        if (src, dst) in self.edges[gtype.name]:
            self.notes.append("line %d: parallel edge %s %s -> %s" % (lineno, gtype.name, src, dst))
        self.edges[gtype.name].append((src, dst))

    def _check_cardinality(self):
        for ename, gtype in self.edge_types.items():
            if gtype.card is None:
                continue
            lo, hi = gtype.card
            for src, n in Counter(s for s, _ in self.edges[ename]).items():
                if n < lo or (hi is not None and n > hi):
                    self.problem(0, "@card violation on %s: source %r has %d edges" % (ename, src, n))
            for group in gtype.unique:
                if group == ("src",):
                    for src, n in Counter(s for s, _ in self.edges[ename]).items():
                        if n > 1:
                            self.problem(0, "@unique(src) violation on %s: %r" % (ename, src))

    def node_counts(self):
        return OrderedDict((t, len(v)) for t, v in self.nodes.items() if v)

    def edge_counts(self):
        return OrderedDict((t, len(v)) for t, v in self.edges.items() if v)
