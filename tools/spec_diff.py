"""Classify the changes of ``openapi/kling.yaml`` since a git ref as breaking or non-breaking.

``python tools/spec_diff.py [BASE] [--json]`` compares the spec at git ref BASE (default HEAD)
with the working copy; ``--old FILE --new FILE`` compares two files. Breaking: code or requests
that worked before may now fail. Exit 0 when the report ran, 2 on usage errors (bad ref or file).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml  # type: ignore[import-untyped, unused-ignore]

ROOT = Path(__file__).resolve().parent.parent
SPEC = "openapi/kling.yaml"
Kind = Literal["breaking", "non-breaking"]
BREAK: Kind = "breaking"
SAFE: Kind = "non-breaking"
Operation = tuple[str, dict[str, Any], dict[str, Any]]  # path, path item, operation
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
DOC_KEYS = {"description", "summary", "example", "examples", "title", "deprecated", "externalDocs"}
# limit keyword -> True when a larger value is looser (a changed pattern counts as tighter)
LIMITS = {"maxLength": True, "maximum": True, "maxItems": True, "exclusiveMaximum": True,
          "minLength": False, "minimum": False, "minItems": False, "exclusiveMinimum": False,
          "pattern": False}  # fmt: skip
SCALARS = {"string", "integer", "number", "boolean"}
JSON_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string"}
PARAM = re.compile(r"\{([^}]*)\}")


@dataclass(frozen=True)
class Change:
    """One classified difference; ``line`` is its one-line rendering."""

    kind: Kind
    location: str
    text: str

    @property
    def line(self) -> str:
        """``location: text``."""
        return f"{self.location}: {self.text}"


@dataclass
class _View:
    """A schema with its ``$ref``s resolved and its anyOf/oneOf/allOf members merged."""

    names: set[str] = field(default_factory=set)  # the component schemas it is made of
    types: set[str] | None = None  # None: unconstrained or unknown
    enum: list[Any] | None = None
    enum_name: str | None = None
    open: bool = False  # an anyOf/oneOf member takes any string (or number): an open enum
    props: dict[str, Any] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    items: Any = None
    limits: dict[str, Any] = field(default_factory=dict)


def _k(breaking: Any) -> Kind:
    return BREAK if breaking else SAFE


def _j(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def _get(node: Any, *keys: str) -> Any:
    for key in keys:
        node = node.get(key) or {} if isinstance(node, dict) else {}
    return node


def _resolve(spec: dict[str, Any], node: Any) -> tuple[dict[str, Any], str | None]:
    """Follow local ``$ref``s (sibling keywords win); return the target and the last ref name."""
    name, seen = None, set()
    while isinstance(node, dict) and str(node.get("$ref", "")).startswith("#/"):
        if node["$ref"] in seen:
            return {}, name
        seen.add(node["$ref"])
        path = [p.replace("~1", "/").replace("~0", "~") for p in node["$ref"][2:].split("/")]
        target, name = _get(spec, *path), path[-1]
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = {**(target if isinstance(target, dict) else {}), **siblings}
    return (node if isinstance(node, dict) else {}), name


def _view(spec: dict[str, Any], node: Any) -> _View:
    view = _View()
    view.types = _absorb(spec, node, view, set(), top=True)
    return view


def _absorb(
    spec: dict[str, Any], node: Any, view: _View, seen: set[str], top: bool, alt: bool = False
) -> set[str] | None:
    """Merge ``node`` into ``view``; return the node's type set (None: unconstrained)."""
    schema, name = _resolve(spec, node)
    if name in seen:
        return None
    if name:
        seen = seen | {name}
        view.names.add(name)
    for key in [k for k in LIMITS if k in schema]:
        view.limits.setdefault(key, schema[key])
    if isinstance(schema.get("enum"), list):
        view.enum, view.enum_name = [*(view.enum or []), *schema["enum"]], view.enum_name or name
    view.props = {**(schema.get("properties") or {}), **view.props}
    view.required |= set(schema.get("required") or []) if top else set()
    view.items = schema.get("items") if view.items is None else view.items
    own = schema.get("type")
    types = {own} if isinstance(own, str) else set(own) if isinstance(own, list) else None
    if types is None and "enum" in schema:
        types = {JSON_TYPES.get(type(v), "null") for v in schema["enum"]}
    view.open |= alt and "enum" not in schema and bool((types or set()) & SCALARS)
    members = [m for kw in ("anyOf", "oneOf") for m in schema.get(kw) or []]
    alts = [_absorb(spec, m, view, seen, False, True) for m in members]
    parts = [p for m in schema.get("allOf") or [] if (p := _absorb(spec, m, view, seen, top))]
    if types is None and alts:
        types = None if None in alts else set().union(*(a or set() for a in alts))
    return set().union(*parts) if types is None and parts else types


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.done: set[tuple[str, str, str]] = set()

    def add(self, kind: Kind, location: str, text: str) -> None:
        self.changes.append(Change(kind, location, text))

    def schema(self, side: str, loc: str, old: Any, new: Any, stack: frozenset[Any]) -> None:
        """Compare two schema nodes reached at ``loc`` on the request or response side."""
        o, n = _view(self.old, old), _view(self.new, new)
        key = (frozenset(o.names), frozenset(n.names))
        if (key in stack and (o.names or n.names)) or len(stack) > 64:
            return  # a $ref cycle
        stack, where, req = stack | {key}, f"{side} {loc}", side == "request"
        if o.types is not None and n.types is not None and o.types != n.types:
            lost, got = o.types - n.types, n.types - o.types
            text = f"type {'|'.join(sorted(o.types))} -> {'|'.join(sorted(n.types))}"
            self.add(_k((lost and got) or (lost if req else got)), where, text)
        self.enum(req, where, o, n)
        for kw, looser_up in LIMITS.items():
            a: Any = o.limits.get(kw)
            b: Any = n.limits.get(kw)
            if a == b or isinstance(a, bool) or isinstance(b, bool):
                continue  # equal, or OpenAPI 3.0 boolean exclusive bounds
            tighter = b is not None if None in (a, b) or kw == "pattern" else looser_up == (b < a)
            text = f"{kw} {a} -> {b} ({'tighter' if tighter else 'looser'} limit)"
            self.add(_k(tighter and req), where, text)
        read, rely = ("", "") if req else (" (clients may read it)", " (clients may rely on it)")
        for name in {**o.props, **n.props}:
            at, was, now = f"{where}.{name}", name in o.required, name in n.required
            if name not in n.props:
                self.add(BREAK, at, f"removed field{read}")
            elif name not in o.props:
                text = f"new {'required' if now else 'optional'} field" if req else "new field"
                self.add(_k(req and now), at, text)
            else:
                if now != was:
                    text = "became required" if now else f"made optional{rely}"
                    self.add(_k(now == req), at, text)
                self.schema(side, f"{loc}.{name}", o.props[name], n.props[name], stack)
        if o.items is not None and n.items is not None:
            self.schema(side, f"{loc}[]", o.items, n.items, stack)

    def enum(self, req: bool, where: str, o: _View, n: _View) -> None:
        """Enum values lost or gained; open enums (anyOf [Enum, string]) still accept others."""
        where = f"enum {n.enum_name}" if o.enum_name and o.enum_name == n.enum_name else where
        if o.enum is None or n.enum is None:
            if o.enum != n.enum and not (o.enum is None and n.open):
                self.add(_k(req and n.enum), where, "enum " + ("added" if n.enum else "removed"))
            return
        if lost := [_j(v) for v in o.enum if v not in n.enum]:
            note = " (open enum: still accepted)" if n.open else ""
            self.add(_k(not n.open), where, f"removed {', '.join(lost)}{note}")
        if got := [_j(v) for v in n.enum if v not in o.enum]:
            closed = not req and not n.open  # generated clients refuse unknown values
            note = " (closed response enum: older clients reject them)" if closed else ""
            self.add(_k(closed), where, f"added {', '.join(got)}{note}")

    def operation(self, label: str, old: Operation, new: Operation) -> None:
        """Compare one operation: identity, parameters, request body, response bodies."""
        (opath, oitem, oop), (npath, nitem, nop) = old, new
        op_id, onames, nnames = nop.get("operationId") or label, *map(PARAM.findall, (opath, npath))
        if onames != nnames:
            self.add(BREAK, f"operation {label}", f"path parameters {onames} -> {nnames}")
        for key in ("operationId", "tags", "security"):  # generated names; authentication
            if oop.get(key) != nop.get(key):
                text = f"{key} {_j(oop.get(key))} -> {_j(nop.get(key))}"
                self.add(BREAK, f"operation {label}", text)
        rename = dict(zip(onames, nnames, strict=False))
        params = _params(self.old, oitem, oop, rename), _params(self.new, nitem, nop, {})
        self.schema("request", op_id, *params, frozenset())
        obody = _resolve(self.old, oop.get("requestBody"))[0]
        nbody = _resolve(self.new, nop.get("requestBody"))[0]
        if nbody.get("required") and not obody.get("required"):
            self.add(BREAK, f"request {op_id}", "body became required")
        bodies = [("request", "body", _body(obody), _body(nbody))]
        oresp, nresp = oop.get("responses") or {}, nop.get("responses") or {}
        for status in [s for s in nresp if s in oresp]:
            a, b = _resolve(self.old, oresp[status])[0], _resolve(self.new, nresp[status])[0]
            bodies.append(("response", status, _body(a), _body(b)))
        for side, what, a, b in bodies:
            inline = f"{op_id}.{what}"  # the name of a schema that is not a $ref
            names = (side, _resolve(self.old, a)[1] or inline, _resolve(self.new, b)[1] or inline)
            if a is not None and b is not None and names not in self.done:
                self.done.add(names)  # each named body schema is walked once
                self.schema(side, names[2], a, b, frozenset())

    def tree(self, loc: str, a: Any, b: Any, restricts: bool = False) -> None:
        """Generic x-kling-capabilities comparison: lost values break, gained ones do not."""
        if isinstance(a, dict) and isinstance(b, dict):
            for key in {**a, **b}:  # a key under `allowed` is a restriction
                if key not in b or key not in a:
                    text = "removed" if key in a else "added"
                    self.add(_k((key in b) == restricts), f"{loc}.{key}", text)
                else:
                    self.tree(f"{loc}.{key}", a[key], b[key], key == "allowed")
        elif isinstance(a, list) and isinstance(b, list):
            if lost := [_j(v) for v in a if v not in b]:
                self.add(BREAK, loc, f"removed {', '.join(lost)}")
            if got := [_j(v) for v in b if v not in a]:
                self.add(SAFE, loc, f"added {', '.join(got)}")
        elif a != b:
            self.add(BREAK, loc, f"{_j(a)} -> {_j(b)}")

    def extensions(self, name: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        """x-kling-rules (a new error rule breaks) and x-kling-capabilities of one schema."""
        orules, nrules = (
            {_j({k: v for k, v in r.items() if k != "description"}): r for r in rules}
            for rules in (old.get("x-kling-rules") or [], new.get("x-kling-rules") or [])
        )
        for key in {**orules, **nrules}:
            warning = nrules.get(key, {}).get("severity") == "warning"
            if key not in orules:
                self.add(_k(not warning), f"rules {name}", f"new {'warning ' * warning}rule {key}")
            elif key not in nrules:
                self.add(SAFE, f"rules {name}", f"removed rule {key}")
        otables, ntables = (
            {f"[{_j(t['when'])}]" if t.get("when") else "": t for t in tables}
            for tables in (
                old.get("x-kling-capabilities") or [],
                new.get("x-kling-capabilities") or [],
            )
        )
        for key in {**otables, **ntables}:
            if key in otables and key in ntables:
                self.tree(f"capabilities {name}{key}", otables[key], ntables[key])
            else:
                text = "table removed" if key in otables else "new table (constrains requests)"
                self.add(BREAK, f"capabilities {name}{key}", text)


def _params(spec: dict[str, Any], item: Any, op: Any, rename: dict[str, str]) -> dict[str, Any]:
    """The parameters as an object schema with properties ``in.name`` (old path names renamed)."""
    schema: dict[str, Any] = {"properties": {}, "required": []}
    for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = _resolve(spec, raw)[0]
        where, name = param.get("in"), str(param.get("name"))
        key = f"{where}.{rename.get(name, name) if where == 'path' else name}"
        schema["properties"][key] = param.get("schema") or {}
        schema["required"] += [key] * bool(param.get("required"))
    return schema


def _body(holder: dict[str, Any]) -> Any:
    content = holder.get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), None)
    return media.get("schema") if isinstance(media, dict) else None


def _operations(spec: dict[str, Any]) -> dict[str, Operation]:
    """Operations by ``METHOD /path/{}`` (path parameter names blanked out)."""
    out: dict[str, Operation] = {}
    for path, raw in (spec.get("paths") or {}).items():
        item = _resolve(spec, raw)[0]
        for method in [m for m in METHODS if isinstance(item.get(m), dict)]:
            out[f"{method.upper()} {PARAM.sub('{}', path)}"] = (path, item, item[method])
    return out


def _auth(spec: dict[str, Any]) -> Any:
    schemes = _get(spec, "components", "securitySchemes").items()
    return spec.get("security"), {
        k: {f: v for f, v in x.items() if f not in DOC_KEYS} for k, x in schemes
    }


def _docs(a: Any, b: Any) -> int:
    """Number of places where description-like keywords (and named examples) differ."""
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return sum(_docs(x, y) for x, y in zip(a, b, strict=True))
    if not (isinstance(a, dict) and isinstance(b, dict)):
        return 0
    count = 0
    for key in {**a, **b}:
        x, y = a.get(key), b.get(key)
        if key == "examples" and isinstance(x, dict) and isinstance(y, dict):
            count += sum(x.get(k) != y.get(k) for k in {*x, *y})
        else:
            count += x != y if key in DOC_KEYS else _docs(x, y)
    return count


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Classified changes from the ``old`` to the ``new`` OpenAPI document (parsed YAML)."""
    d = _Differ(old, new)
    oops, nops = _operations(old), _operations(new)
    for key in {**oops, **nops}:
        label = f"{key.split()[0]} {(nops.get(key) or oops[key])[0]}"
        if key not in nops:
            d.add(BREAK, f"operation {label}", f"removed ({oops[key][2].get('operationId')})")
        elif key not in oops:
            d.add(SAFE, f"operation {label}", f"new ({nops[key][2].get('operationId')})")
        else:
            d.operation(label, oops[key], nops[key])
    ourls, nurls = ([s.get("url") for s in spec.get("servers") or []] for spec in (old, new))
    for url in [*ourls, *(u for u in nurls if u not in ourls)]:
        if (url in ourls) != (url in nurls):
            d.add(_k(url in ourls), f"server {url}", "removed" if url in ourls else "added")
    if old and _auth(old) != _auth(new):
        d.add(BREAK, "security", "requirements or schemes changed")
    oschemas = _get(old, "components", "schemas")
    for name, schema in _get(new, "components", "schemas").items():
        if isinstance(oschemas.get(name), dict) and isinstance(schema, dict):
            d.extensions(name, oschemas[name], schema)
    if docs := _docs(old, new):
        d.add(SAFE, "documentation", f"changed at {docs} place{'s' * (docs > 1)}")
    return sorted(dict.fromkeys(d.changes), key=lambda c: c.location)


def load(parser: argparse.ArgumentParser, source: str, at_ref: bool) -> dict[str, Any]:
    """The spec in a file or at a git ref (``{}`` if absent there); problems exit 2."""

    def git(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)

    try:
        if not at_ref:
            text = Path(source).read_text(encoding="utf-8")
        elif (
            source.startswith("-")
            or git("rev-parse", "--verify", f"{source}^{{commit}}").returncode
        ):
            parser.error(f"not a git commit: {source}")
        else:  # a ref without the file: everything is new
            shown = git("show", f"{source}:{SPEC}")
            text = shown.stdout if shown.returncode == 0 else ""
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        parser.error(f"cannot load {source}: {exc}")
    if not isinstance(data, dict | None):
        parser.error(f"{source}: not an OpenAPI document")
    return data or {}


def render(changes: list[Change]) -> str:
    """The text report: a Breaking and a Non-breaking section, one line per change."""
    lines = []
    for kind, title in ((BREAK, "Breaking"), (SAFE, "Non-breaking")):
        group = [c for c in changes if c.kind == kind]
        lines += [f"{title} ({len(group)})", *(f"  - {c.line}" for c in group)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point: 0 when the report ran; usage errors exit 2 (SystemExit)."""
    parser = argparse.ArgumentParser(description="Classify spec changes since a git ref.")
    parser.add_argument("base", nargs="?", default="HEAD", help="git ref of the old spec (HEAD)")
    parser.add_argument("--old", metavar="FILE", help="old spec file instead of BASE")
    parser.add_argument("--new", metavar="FILE", help=f"new spec file instead of {SPEC}")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args(argv)
    old = load(parser, args.old or args.base, at_ref=not args.old)
    changes = diff(old, load(parser, args.new or str(ROOT / SPEC), at_ref=False))
    if args.json:
        counts = {kind: sum(c.kind == kind for c in changes) for kind in (BREAK, SAFE)}
        print(json.dumps({"counts": counts, "changes": [asdict(c) for c in changes]}, indent=2))
    else:
        print(render(changes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
