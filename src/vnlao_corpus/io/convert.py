"""The project's own cattrs converter: records <-> plain JSON-ready data.

Every serializer in :mod:`vnlao_corpus.io` goes through :func:`make_converter`,
so the wire encoding is decided in one place (:func:`configure_converter`).
Structuring is strict: a wrong type is an error, never coerced, and errors
carry a path to the bad field (``... @ $.meetings[0].date``).

>>> from decimal import Decimal
>>> from vnlao_corpus.model import Amount
>>> to_dict(Amount(Decimal("1.1E+9"), "USD"))["value"]
'1100000000'
>>> from_dict({"value": "16.7", "currency": None, "unit": "%", "kind": "percent",
...            "qualifier": None, "per": None}, Amount).value
Decimal('16.7')
"""

from __future__ import annotations

import datetime
import enum
import functools
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, TypeVar, get_args, get_origin, overload

from ..errors import VnlaoError
from ..model import Article, Span

if TYPE_CHECKING:
    import cattrs

# cattrs is imported on first use, not with the package: it is most of the
# import time of ``import vnlao_corpus`` otherwise.

__all__ = [
    "SerializationError",
    "configure_converter",
    "converter",
    "from_dict",
    "make_converter",
    "structure",
    "to_dict",
    "unstructure",
]

T = TypeVar("T")


class SerializationError(VnlaoError, ValueError):
    """Data that cannot be read back into a record.

    ``errors`` lists one message per bad field, each ending in the path to it
    (``"expected a str, got int @ $.title"``); ``str(err)`` joins them.

    >>> err = SerializationError(["expected a str, got int @ $.title"])
    >>> err.errors
    ('expected a str, got int @ $.title',)
    >>> str(err)
    'cannot read the data as a record: expected a str, got int @ $.title'
    """

    def __init__(self, errors: list[str] | tuple[str, ...], *, what: str = "the data as a record") -> None:
        self.errors = tuple(errors)
        super().__init__(f"cannot read {what}: " + "; ".join(self.errors))


# --------------------------------------------------------------------------- strict leaf hooks
# cattrs' default hooks coerce (``str(3)``, ``int("3")``, ``bool("no")``): a
# reader of someone else's file must see the mistake, not a silently wrong value.


def _type_name(value: object) -> str:
    return type(value).__name__


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        msg = f"expected a str, got {_type_name(value)}"
        raise TypeError(msg)
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected an int, got {_type_name(value)}"
        raise TypeError(msg)
    return value


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        msg = f"expected a bool, got {_type_name(value)}"
        raise TypeError(msg)
    return value


def _structure_decimal(value: object, _: type) -> Decimal:
    if not isinstance(value, str):
        msg = f"expected a decimal number as a string, got {_type_name(value)}"
        raise TypeError(msg)
    try:
        number = Decimal(value)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite() or value != value.strip():
        msg = f"expected a decimal number as a string, got {value!r}"
        raise ValueError(msg)
    return number


def _unstructure_decimal(value: Decimal) -> str:
    # "f" never uses exponent form: Decimal("1.1E+9") -> "1100000000".
    return format(value, "f")


def _iso_parser(kind: type[T], parse: Callable[[str], T]) -> Callable[[object, type], T]:
    def structure(value: object, _: type) -> T:
        if not isinstance(value, str):
            msg = f"expected an ISO 8601 {kind.__name__} string, got {_type_name(value)}"
            raise TypeError(msg)
        try:
            return parse(value)
        except ValueError:
            msg = f"expected an ISO 8601 {kind.__name__} string, got {value!r}"
            raise ValueError(msg) from None

    return structure


def _structure_span(value: object, _: type) -> Span:
    if (
        not isinstance(value, list | tuple)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        msg = f"expected a span [start, end] of two ints, got {value!r}"
        raise TypeError(msg)
    return Span(value[0], value[1])


def _unstructure_span(span: Span) -> list[int]:
    return [span.start, span.end]


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    values = {member.value: member for member in cls}
    choices = ", ".join(repr(v) for v in values)

    def structure(value: object, _: type) -> enum.Enum:
        if isinstance(value, bool) or not isinstance(value, str | int) or value not in values:
            msg = f"expected one of {choices}, got {value!r}"
            raise ValueError(msg)
        return values[value]

    return structure


def _is_var_tuple(cls: Any) -> bool:
    args = get_args(cls)
    return get_origin(cls) is tuple and len(args) == 2 and args[1] is Ellipsis


def _var_tuple_hook(conv: cattrs.Converter) -> Callable[[Any], Callable[[object, type], tuple[Any, ...]]]:
    from cattrs.errors import IterableValidationError, IterableValidationNote

    def factory(cls: Any) -> Callable[[object, type], tuple[Any, ...]]:
        item_type = get_args(cls)[0]
        item_hook = conv.get_structure_hook(item_type)

        def structure(value: object, _: type) -> tuple[Any, ...]:
            # A str or a dict is iterable, but it is not a list of items.
            if not isinstance(value, list | tuple):
                msg = f"expected a list, got {_type_name(value)}"
                raise TypeError(msg)
            items: list[Any] = []
            errors: list[Exception] = []
            for index, item in enumerate(value):
                try:
                    items.append(item_hook(item, item_type))
                except Exception as exc:
                    note = IterableValidationNote(f"Structuring {cls} @ index {index}", index, item_type)
                    exc.__notes__ = [*getattr(exc, "__notes__", []), note]
                    errors.append(exc)
            if errors:
                raise IterableValidationError(f"While structuring {cls!r}", errors, cls)
            return tuple(items)

        return structure

    return factory


def configure_converter(conv: cattrs.Converter) -> None:
    """Register the wire encoding of every vnlao_corpus record on ``conv``.

    Encodings (both directions; reading is strict, nothing is coerced):

    - ``Decimal``: an exact string in positional notation (``"1100000000"``,
      ``"16.7"``, ``"-1.6"``; never ``"1.1E+9"``); reading needs a str holding
      a finite decimal number.
    - ``datetime.date``, ``datetime.datetime``, ``datetime.time``: ISO 8601
      strings (``"2024-08-27"``, ``"2024-08-27T15:42:00+07:00"``, ``"15:42:00"``).
    - enums (``MeetingKind``, ``Severity``, ...): their ``.value``
      (``"phone_call"``); any other value is an error listing the choices.
    - :class:`~vnlao_corpus.Span`: a two-item list ``[start, end]``.
    - tuples (``titles``, ``participants``, ...): JSON lists; reading needs a
      list (a str is not a list of characters).
    - attrs records: objects with one key per field, every field written
      (defaults too); unknown keys and missing required keys are errors.
    - ``str``, ``int``, ``bool``: themselves; an int is not a str, a bool is not
      an int, a str is not a bool.
    - ``None``: ``null``.

    >>> import cattrs
    >>> conv = cattrs.Converter(forbid_extra_keys=True)
    >>> configure_converter(conv)
    >>> conv.unstructure(Span(3, 7))
    [3, 7]
    """
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_unstructure_hook(Decimal, _unstructure_decimal)
    # datetime before date: datetime is a subclass of date.
    conv.register_structure_hook(datetime.datetime, _iso_parser(datetime.datetime, datetime.datetime.fromisoformat))
    conv.register_unstructure_hook(datetime.datetime, datetime.datetime.isoformat)
    conv.register_structure_hook(datetime.date, _iso_parser(datetime.date, _strict_date))
    conv.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    conv.register_structure_hook(datetime.time, _iso_parser(datetime.time, datetime.time.fromisoformat))
    conv.register_unstructure_hook(datetime.time, datetime.time.isoformat)
    conv.register_structure_hook(Span, _structure_span)
    conv.register_unstructure_hook(Span, _unstructure_span)
    conv.register_structure_hook_factory(_is_enum, _enum_hook)
    conv.register_unstructure_hook_func(_is_enum, lambda member: member.value)
    conv.register_structure_hook_factory(_is_var_tuple, _var_tuple_hook(conv))


def _strict_date(text: str) -> datetime.date:
    # date.fromisoformat also takes "20240827" and "2024-W35-2"; a date field
    # holds the extended calendar form only.
    if len(text) != 10:
        msg = f"not YYYY-MM-DD: {text!r}"
        raise ValueError(msg)
    return datetime.date.fromisoformat(text)


def make_converter() -> cattrs.Converter:
    """A new converter with :func:`configure_converter` applied.

    Unknown keys are rejected and tuples unstructure to lists.

    >>> from vnlao_corpus.model import Severity
    >>> make_converter().unstructure(Severity.INFO)
    'info'
    """
    import cattrs

    conv = cattrs.Converter(
        forbid_extra_keys=True,
        detailed_validation=True,
        unstruct_collection_overrides={tuple: list},
    )
    configure_converter(conv)
    return conv


@functools.cache
def converter() -> cattrs.Converter:
    """The shared converter of :mod:`vnlao_corpus.io`, built once on first use.

    >>> converter() is converter()
    True
    """
    return make_converter()


def to_dict(record: object) -> dict[str, Any]:
    """A record as a dict of JSON-ready values (see :func:`configure_converter`).

    >>> from vnlao_corpus.model import Diagnostic, Span
    >>> to_dict(Diagnostic("impossible-date", "'31/2' is not a date", Span(10, 14)))
    {'code': 'impossible-date', 'message': "'31/2' is not a date", 'span': [10, 14], 'severity': 'warning'}
    """
    data = unstructure(record)
    if not isinstance(data, dict):
        msg = (
            f"to_dict() needs an attrs record other than Span (a Span is a list [start, end]), got {_type_name(record)}"
        )
        raise TypeError(msg)
    return data


def unstructure(value: object) -> Any:
    """Any record or value as JSON-ready data: :func:`to_dict` without the dict check.

    >>> unstructure(Span(3, 7))
    [3, 7]
    """
    return converter().unstructure(value)


@overload
def from_dict(data: Mapping[str, Any]) -> Article: ...
@overload
def from_dict(data: Mapping[str, Any], cls: type[T]) -> T: ...
def from_dict(data: Mapping[str, Any], cls: type[Any] = Article) -> Any:
    """Read a record of type ``cls`` (default :class:`~vnlao_corpus.Article`) back from :func:`to_dict` data.

    Raises :class:`SerializationError` listing every bad field with its path.

    >>> from vnlao_corpus.model import Span, Official
    >>> from_dict({"name": "Bùi Thanh Sơn", "titles": ["Phó Thủ tướng"], "country": "VN",
    ...            "aliases": [], "mentions": [[0, 13]]}, Official)
    Official(name='Bùi Thanh Sơn', titles=('Phó Thủ tướng',), country='VN', aliases=(),
             mentions=(Span(start=0, end=13),))
    >>> from_dict({"name": 3, "titles": "Phó Thủ tướng"}, Official)
    Traceback (most recent call last):
    ...
    vnlao_corpus.io.convert.SerializationError: cannot read the data as Official:
        expected a str, got int @ $.name; expected a list, got str @ $.titles
    """
    return structure(data, cls)


def structure(data: object, cls: type[T], *, path: str = "$") -> T:
    """Like :func:`from_dict`, for any value; ``path`` prefixes error paths (``"$[3]"`` for line 3).

    >>> structure([1, 2], Span)
    Span(start=1, end=2)
    """
    from cattrs import transform_error
    from cattrs.errors import BaseValidationError

    try:
        return converter().structure(data, cls)
    except BaseValidationError as exc:
        errors = transform_error(exc, path=path, format_exception=_format_exception)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        errors = [f"{_format_exception(exc, None)} @ {path}"]
    name = getattr(cls, "__name__", repr(cls))
    raise SerializationError(errors, what=f"the data as {name}") from None


def _format_exception(exc: BaseException, type_: type | None) -> str:
    import cattrs
    import cattrs.v

    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"unknown field(s) {', '.join(sorted(exc.extra_fields))}"
    if isinstance(exc, TypeError | ValueError) and str(exc):
        return str(exc)
    return cattrs.v.format_exception(exc, type_)
