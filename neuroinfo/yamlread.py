"""Read one YAML file into plain Python values plus the line and column of every value.

Only safe, plain data gets through: no tags that build objects, no anchors or aliases
(which is also what stops "billion laughs" expansion), no duplicate keys, no merge keys."""

from pathlib import Path
from typing import Any

import yaml

from neuroinfo.errors import Finding

try:  # The C parser is several times faster; the pure-Python one gives the same nodes.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path_ = tuple[str | int, ...]
Positions = dict[Path_, tuple[int, int]]

MAX_DEPTH = 32
_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_constructor = yaml.constructor.SafeConstructor()


class _Refused:
    """Stands in for a value that was refused and already reported, so nothing else complains."""

    def __repr__(self) -> str:
        return "REFUSED"


REFUSED = _Refused()


class _Reader:
    def __init__(self, label: str) -> None:
        self.label = label
        self.positions: Positions = {}
        self.findings: list[Finding] = []
        self._seen: set[int] = set()

    def finding(self, node: yaml.Node, message: str) -> None:
        mark = node.start_mark
        self.findings.append(Finding(self.label, mark.line + 1, mark.column + 1, message))

    def value(self, node: yaml.Node, path: Path_, depth: int = 0) -> Any:
        if id(node) in self._seen:
            self.finding(node, "anchors and aliases are not allowed in data files")
            return REFUSED
        self._seen.add(id(node))
        if depth > MAX_DEPTH:
            self.finding(node, f"nesting is deeper than {MAX_DEPTH} levels")
            return REFUSED
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ:
            items = []
            for index, item in enumerate(node.value):
                self.positions[(*path, index)] = _where(item)
                items.append(self.value(item, (*path, index), depth + 1))
            return items
        if isinstance(node, yaml.MappingNode) and node.tag == _MAP:
            return self._mapping(node, path, depth)
        self.finding(node, f"YAML tag {node.tag!r} is not allowed in data files")
        return REFUSED

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        if node.tag == _TIMESTAMP:
            return node.value  # dates stay ISO text, as in JSON
        if node.tag not in _SCALAR_TAGS:
            self.finding(node, f"YAML tag {node.tag!r} is not allowed in data files")
            return REFUSED
        try:
            return _constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError) as error:
            self.finding(node, f"cannot read this value: {error}")
            return REFUSED

    def _mapping(self, node: yaml.MappingNode, path: Path_, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.finding(key_node, "merge keys ('<<') are not allowed in data files")
                continue
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != "tag:yaml.org,2002:str":
                self.finding(key_node, "keys must be plain text")
                continue
            key = key_node.value
            if key in result:
                self.finding(
                    key_node, f"duplicate key '{key}' (first given on line {first_line[key]})"
                )
                continue
            first_line[key] = key_node.start_mark.line + 1
            self.positions[(*path, key)] = _where(key_node)
            result[key] = self.value(value_node, (*path, key), depth + 1)
        return result


def _where(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def read_yaml(path: Path, label: str) -> tuple[Any, Positions, list[Finding]]:
    """Parse `path`; `label` is how findings name the file. Never raises on bad content.

    The value is REFUSED when the file as a whole could not be read; a refused part of it
    is REFUSED in place, already reported."""
    reader = _Reader(label)
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        return REFUSED, {}, [Finding(label, 1, 1, f"not UTF-8 text (byte {error.start})")]
    except OSError as error:
        return REFUSED, {}, [Finding(label, 1, 1, f"cannot read file: {error.strerror or error}")]
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = error.problem or error.context or "not valid YAML"
        return REFUSED, {}, [Finding(label, line, column, f"invalid YAML: {problem}")]
    except yaml.YAMLError as error:
        return REFUSED, {}, [Finding(label, 1, 1, f"invalid YAML: {error}")]
    finally:
        loader.dispose()
    if node is None:
        return None, {(): (1, 1)}, []
    reader.positions[()] = _where(node)
    value = reader.value(node, ())
    return value, reader.positions, reader.findings
