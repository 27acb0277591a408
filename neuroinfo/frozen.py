"""Record classes, made the way `dataclasses` makes them but without its cost.

`dataclasses` imports `inspect` (and with it `ast` and `dis`) and builds each class slowly:
about 15 ms of a run that should take 30. A record here is a class with annotated fields,
some with defaults; `@record` gives it __slots__, an __init__ taking the fields in order,
equality, a repr, and (with order=True) comparison; a frozen one (the default) also has a
hash and refuses assignment after __init__. `as_dict` is `dataclasses.asdict` for them."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs milliseconds at start-up; annotations need it only here
    from typing import Any

_MISSING = object()


class _Factory:
    __slots__ = ("make",)

    def __init__(self, make: Any) -> None:
        self.make = make


def field(default_factory: Any) -> Any:
    """A default made afresh for each record (as dataclasses.field(default_factory=...))."""
    return _Factory(default_factory)


def record(cls: Any = None, *, order: bool = False, frozen: bool = True) -> Any:
    """Make `cls` a record class (see the module's docstring)."""

    def make(cls: Any) -> Any:
        annotated = cls.__dict__.get("__annotations__", {})  # noqa: RUF063 - no inspect
        own = [n for n in annotated if not n.startswith("_")]
        inherited = [n for base in cls.__mro__[1:] for n in getattr(base, "__fields__", ())]
        names = [*dict.fromkeys([*inherited, *own])]
        defaults = {n: getattr(cls, "_defaults", {}).get(n) for n in inherited}
        defaults = {n: d for n, d in defaults.items() if d is not None}
        defaults |= {n: cls.__dict__[n] for n in own if n in cls.__dict__}
        for name, default in defaults.items():
            if isinstance(default, (list, dict, set)):
                raise ValueError(f"field {name!r}: use field(default_factory=...), not {default!r}")
        skipped = (*own, "__dict__", "__weakref__")
        namespace = {k: v for k, v in cls.__dict__.items() if k not in skipped}
        namespace["__slots__"] = tuple(own)
        namespace["__fields__"] = tuple(names)
        namespace["_defaults"] = defaults
        namespace["__init__"] = _init_later(names, defaults, cls.__qualname__, frozen)
        namespace["__reduce__"] = lambda self: (type(self), _values(self))  # copy, pickle
        namespace.setdefault("__eq__", _eq)
        namespace.setdefault("__repr__", _repr)
        if frozen:
            namespace["__setattr__"] = _refuse
            namespace["__delattr__"] = _refuse
            namespace["__hash__"] = _hash
        else:
            namespace["__hash__"] = None
        namespace["__getstate__"] = _values
        if order:
            namespace["__lt__"] = lambda a, b: _compared(a, b, "__lt__")
            namespace["__le__"] = lambda a, b: _compared(a, b, "__le__")
            namespace["__gt__"] = lambda a, b: _compared(a, b, "__gt__")
            namespace["__ge__"] = lambda a, b: _compared(a, b, "__ge__")
        made = type(cls)(cls.__name__, cls.__bases__, namespace)
        made.__qualname__ = cls.__qualname__
        return made

    return make if cls is None else make(cls)


def _init_later(names: list[str], defaults: dict[str, Any], qualname: str, frozen: bool) -> Any:
    """An __init__ that writes the class's own (see _init) when its first record is made,
    and puts it in its place: compiling one costs some 45 µs, and a run makes records of
    only some of the classes it imports."""

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        init = _init(names, defaults, qualname, frozen)
        owner = next(k for k in type(self).__mro__ if k.__dict__.get("__init__") is __init__)
        owner.__init__ = init
        init(self, *args, **kwargs)

    __init__.__qualname__ = f"{qualname}.__init__"
    return __init__


def _init(names: list[str], defaults: dict[str, Any], qualname: str, frozen: bool) -> Any:
    """An __init__ that sets each field, written out as code once per class."""
    params, body, scope = ["self"], [], {"_set": object.__setattr__ if frozen else setattr}
    for name in names:
        default = defaults.get(name, _MISSING)
        if isinstance(default, _Factory):
            scope[f"_make_{name}"] = default.make
            params.append(f"{name}=_MISSING")
            body.append(f" _set(self, {name!r}, _make_{name}() if {name} is _MISSING else {name})")
        elif default is not _MISSING:
            scope[f"_default_{name}"] = default
            params.append(f"{name}=_default_{name}")
            body.append(f" _set(self, {name!r}, {name})")
        else:
            params.append(name)
            body.append(f" _set(self, {name!r}, {name})")
    scope["_MISSING"] = _MISSING
    source = f"def __init__({', '.join(params)}):\n" + ("\n".join(body) or " pass") + "\n"
    exec(source, scope)
    init = scope["__init__"]
    init.__qualname__ = f"{qualname}.__init__"
    return init


def _compared(a: Any, b: Any, how: str) -> Any:
    if b.__class__ is not a.__class__:
        return NotImplemented
    return getattr(_values(a), how)(_values(b))


def _values(self: Any) -> tuple[Any, ...]:
    return tuple(getattr(self, name) for name in self.__fields__)


def _refuse(self: Any, name: str, value: Any = None) -> None:
    raise AttributeError(f"cannot assign to field '{name}' of a frozen record")


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _values(self) == _values(other)


def _hash(self: Any) -> int:
    return hash(_values(self))


def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__fields__)
    return f"{self.__class__.__qualname__}({shown})"


def as_dict(value: Any) -> Any:
    """A record as a dict of its fields, records inside it as dicts too; tuples and lists
    keep their type (as dataclasses.asdict)."""
    if hasattr(value, "__fields__") and not isinstance(value, type):
        return {name: as_dict(getattr(value, name)) for name in value.__fields__}
    if isinstance(value, (list, tuple)):
        return type(value)(as_dict(item) for item in value)
    if isinstance(value, dict):
        return {key: as_dict(item) for key, item in value.items()}
    return value


def fields(value: Any) -> tuple[str, ...]:
    """The names of a record's fields, in order."""
    return tuple(value.__fields__)


def replace(value: Any, **changes: Any) -> Any:
    """A copy of the record with some fields changed (as dataclasses.replace)."""
    return type(value)(**{name: getattr(value, name) for name in value.__fields__} | changes)
