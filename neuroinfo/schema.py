"""The JSON Schemas in data/schemas/: the single definition of each data file's shape.

Editors use the files directly (each data file names its schema on its first line); the
loader validates with them here. jsonschema is imported only when validation runs."""

import json
from functools import cache
from pathlib import Path
from typing import Any

from neuroinfo.model import FILES as FILE_OF
from neuroinfo.model import KINDS as KINDS
from neuroinfo.yamlread import REFUSED, Path_

COMMON = "common.schema.json"
# Size limits, as "'summary' may be at most 10,000 characters long (it has 30,000)".
_LIMITS = {
    "maxLength": ("may be at most this many characters long:", "has"),
    "maxItems": ("may hold at most this many entries:", "has"),
}
_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping of fields",
}


def schema_dir() -> Path:
    from neuroinfo.folders import bundled_data_dir

    return bundled_data_dir() / "schemas"


def schema_file(kind: str) -> str:
    return FILE_OF[kind].replace(".yaml", ".schema.json")


@cache
def _read(name: str) -> dict[str, Any]:
    """A schema as installed; a missing or damaged one is one message naming it, never a
    traceback or a word about output."""
    from neuroinfo.errors import BrokenInstall

    try:
        schema = json.loads((schema_dir() / name).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as error:  # JSON's errors are ValueErrors
        reason = str(getattr(error, "strerror", None) or "").lower() or "it is not valid JSON"
        raise BrokenInstall(_damaged(name, reason)) from None
    shared = name != COMMON or "$defs" in schema  # the shared definitions are its whole point
    if not isinstance(schema, dict) or not isinstance(schema.get("$defs", {}), dict) or not shared:
        raise BrokenInstall(_damaged(name, "it is not a schema"))
    return schema


def _damaged(name: str, reason: str) -> str:
    return (
        f"the installation is damaged: cannot read the schema {name}: {reason}; reinstall neuroinfo"
    )


@cache
def _validator(kind: str) -> Any:
    """A validator that, unlike JSON Schema's own rules, does not take 11.0 for a whole
    number: a count or a year written as a float would otherwise pass and then vanish."""
    from jsonschema import Draft202012Validator, validators

    def whole(checker: Any, value: Any) -> bool:
        return isinstance(value, int) and not isinstance(value, bool)

    checker = Draft202012Validator.TYPE_CHECKER.redefine("integer", whole)
    strict = validators.extend(Draft202012Validator, type_checker=checker)
    return strict(_inlined(bundled(kind)))


def _inlined(schema: dict[str, Any]) -> Any:
    """The schema with every '#/$defs/...' reference replaced by what it names.

    The schemas are not recursive, and resolving references once here, instead of for every
    value checked, makes validating a large folder several times faster."""
    definitions = schema.get("$defs", {})

    def expand(node: Any) -> Any:
        if isinstance(node, list):
            return [expand(item) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            target = definitions[node["$ref"].removeprefix("#/$defs/")]
            merged = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
            return expand(merged)
        expanded = {key: expand(value) for key, value in node.items() if key != "$defs"}
        if isinstance(expanded.get("pattern"), str):
            expanded["pattern"] = ecma_end(expanded["pattern"])
        return expanded

    return expand(schema)


def ecma_end(pattern: str) -> str:
    """A pattern read as the ECMA-262 regexes JSON Schema uses read it: '$' is the end of the
    text (Python's '$' also matches before a final newline, which would let 'pmid:
    "29197180\\n"' through), and \\d, \\w and \\s are ASCII (Python's \\d also takes
    Arabic-Indic and other digits, which would pass as a PubMed id)."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return "(?a)" + pattern


def problems(kind: str, document: Any) -> list[tuple[Path_, str]]:
    """Where and how `document` breaks its schema, phrased for the person editing it."""
    found: dict[tuple[Path_, str], None] = {}  # jsonschema repeats a record's missing fields
    for error in _validator(kind).iter_errors(document):
        if not _refused(document, tuple(error.absolute_path)):
            found.update(dict.fromkeys(_phrase(error)))
    return list(found)


def _refused(document: Any, path: Path_) -> bool:
    """Whether the value at `path`, or one above it, was already refused (and reported)."""
    value = document
    for step in path:
        if value is REFUSED:
            return True
        try:
            value = value[step]
        except (KeyError, IndexError, TypeError):
            return False
    return value is REFUSED


def _phrase(error: Any) -> list[tuple[Path_, str]]:
    path = tuple(error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    if error.validator == "required":
        missing = [name for name in error.validator_value if name not in error.instance]
        if not path:
            return [(path, f"this file must hold {schema.get('x-error')}")]
        return [(path, f"missing required field '{name}'") for name in missing]
    if error.validator == "additionalProperties":
        known = schema.get("properties", {})
        extra = [key for key in error.instance if key not in known]
        if not path:
            return [
                ((key,), f"unknown top-level key '{key}' (expected only '{next(iter(known))}')")
                for key in extra
            ]
        return [((*path, key), f"unknown field '{key}'") for key in extra]
    if not path:
        return [(path, f"this file must hold {schema.get('x-error')}")]
    if error.validator in _LIMITS:
        name = next((step for step in reversed(path) if isinstance(step, str)), "")
        subject = f"each entry of '{name}'" if isinstance(path[-1], int) else f"'{name}'"
        what, has = _LIMITS[error.validator]
        count = f"{len(error.instance):,}"
        return [(path, f"{subject} {what} {error.validator_value:,} (it {has} {count})")]
    if error.validator == "enum":
        expected = "one of: " + ", ".join(str(v) for v in error.validator_value)
    else:
        expected = schema.get("x-error") or _TYPE_WORDS.get(str(schema.get("type")), "valid")
    name = next((step for step in reversed(path) if isinstance(step, str)), "")
    subject = f"each entry of '{name}'" if isinstance(path[-1], int) else f"'{name}'"
    return [(path, f"{subject} must be {expected}")]


def bundled(kind: str) -> dict[str, Any]:
    """A file's schema with the shared definitions copied in, so it stands on its own."""
    common_defs = _read(COMMON)["$defs"]
    text = json.dumps(_read(schema_file(kind))).replace(f'"{COMMON}#/$defs/', '"#/$defs/')
    schema = json.loads(text)
    schema["$defs"] = {**common_defs, **schema.get("$defs", {})}
    return schema
