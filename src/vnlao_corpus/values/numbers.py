"""Vietnamese numbers: digits in the ``vi`` format, scale words and numbers in words.

The format is CLDR's for ``vi`` (read from babel once): a decimal comma and dot
grouping (``1.234,5``). Scale words multiply (``nghìn``/``ngàn`` 10³,
``triệu`` 10⁶, ``tỷ``/``tỉ`` 10⁹, ``nghìn tỷ`` 10¹²) and add up in compounds
(``3 tỷ 370 triệu``); numbers in words follow the Vietnamese grammar
(``hai mươi lăm``, ``một trăm linh năm``, ``một tỷ rưỡi``).

Every value is an exact :class:`~decimal.Decimal`, computed in a context with
no rounding, so that ``1,1 tỷ`` is ``Decimal('1100000000')`` for any number
of digits.

>>> parse_number("1.234,5")
Decimal('1234.5')
>>> parse_number("3 tỷ 370 triệu")
Decimal('3370000000')
>>> parse_number("hai mươi lăm")
Decimal('25')
"""

from __future__ import annotations

import decimal
import functools
import re
from decimal import Decimal
from typing import Final

import attrs

from ..errors import ParseError
from ..text.normalize import normalize_text

__all__ = ["SCALES", "NumberFormatError", "exact", "parse_digits", "parse_number", "vi_symbols"]

#: An arithmetic context that never rounds: sums and products of exact decimals stay exact.
exact = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)

#: Scale words (normalised spelling) and the power of ten each stands for.
SCALES: dict[str, int] = {"nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9}
_SCALE_POWERS: Final = {**SCALES, **{f"{t} {b}": 12 for t in ("nghìn", "ngàn") for b in ("tỷ", "tỉ")}}


class NumberFormatError(ParseError):
    """A number that cannot be read, or that could mean two things (strict mode).

    ``suggestions`` lists what the writer probably meant, as babel's
    ``NumberFormatError`` does.

    >>> try:
    ...     parse_number("1.1", strict=True)
    ... except NumberFormatError as exc:
    ...     exc.suggestions
    ['1,1', '1.100']
    """

    def __init__(self, message: str, suggestions: list[str] | None = None) -> None:
        super().__init__(message)
        self.suggestions = suggestions or []


@functools.cache
def vi_symbols() -> tuple[str, str, str]:
    """The ``vi`` decimal symbol, group symbol and minus sign, from babel's CLDR data.

    >>> vi_symbols()
    (',', '.', '-')
    """
    from babel import numbers

    return (
        numbers.get_decimal_symbol("vi"),
        numbers.get_group_symbol("vi"),
        numbers.get_minus_sign_symbol("vi"),
    )


# Digits as written: a sign, then digit runs joined by single dots or commas.
# Each alternative is a run of digits with one separator between runs, so the
# pattern cannot backtrack over overlapping classes.
_DIGITS: Final = re.compile(r"([-−+]?)(\d+(?:[.,]\d+)*)")
_SCALE_WORDS: Final = r"(?:nghìn tỷ|ngàn tỷ|nghìn tỉ|ngàn tỉ|nghìn|ngàn|triệu|tỷ|tỉ)"


@attrs.frozen
class _Format:
    """The ``vi`` number format as patterns, built once from babel's symbols."""

    decimal: str  # ","
    group: str  # "."
    number: re.Pattern[str]  # 1.234,5 or 1234,5
    scaled: re.Pattern[str]  # the same, then one scale word: the common case, read at once
    english: re.Pattern[str]  # 1,234.5: the symbols swapped

    def to_decimal(self, digits: str) -> Decimal:
        """The exact value of digits that :attr:`number` matched."""
        return Decimal(digits.replace(self.group, "").replace(self.decimal, "."))


@functools.cache
def _vi_format() -> _Format:
    dec, grp, _ = vi_symbols()
    d, g = re.escape(dec), re.escape(grp)
    number = rf"\d{{1,3}}(?:{g}\d{{3}})+(?:{d}\d+)?|\d+(?:{d}\d+)?"
    return _Format(
        dec,
        grp,
        re.compile(number),
        re.compile(rf"({number})(?:\s?({_SCALE_WORDS}))?"),
        re.compile(rf"\d{{1,3}}(?:{d}\d{{3}})+(?:{g}\d+)?"),
    )


def _say(text: str) -> str:
    return f"{text!r}"


def parse_digits(text: str, *, strict: bool = False) -> Decimal:
    """Read a number written in digits (``1.234,5``, ``16,7``, ``-6``), without scale words.

    Lenient mode also reads English-style input (``1,234.5``) and a lone dot
    that cannot be grouping (``1.5``) as a decimal point; strict mode rejects
    both and says what was probably meant.

    >>> parse_digits("2.300"), parse_digits("468,281"), parse_digits("1.5")
    (Decimal('2300'), Decimal('468.281'), Decimal('1.5'))
    >>> parse_digits("1,234.5", strict=True)
    Traceback (most recent call last):
    vnlao_corpus.values.numbers.NumberFormatError: '1,234.5' is not a Vietnamese number: ... did you mean '1.234,5'?
    """
    m = _DIGITS.fullmatch(text.strip())
    if m is None:
        msg = f"{_say(text)} is not a number: expected digits with a decimal comma and dot grouping, such as '1.234,5'"
        raise NumberFormatError(msg)
    sign, body = m.group(1), m.group(2)
    negative = sign in ("-", "−", vi_symbols()[2])
    vi = _vi_format()
    value = vi.to_decimal(body) if vi.number.fullmatch(body) else _other_format(text, body, strict=strict)
    return value.copy_negate() if negative else value


def _other_format(text: str, body: str, *, strict: bool) -> Decimal:
    """Digits that are not in the ``vi`` format: suggest (strict) or guess (lenient)."""
    dots, commas = body.count("."), body.count(",")
    if _vi_format().english.fullmatch(body) and (dots == 1 or commas > 1):
        # 1,234.5 or 1,234,567: English grouping.
        whole, _, frac = body.partition(".")
        vi = whole.replace(",", ".") + ("," + frac if frac else "")
        if strict:
            msg = f"{_say(text)} is not a Vietnamese number: it uses English grouping; did you mean {vi!r}?"
            raise NumberFormatError(msg, [vi])
        return Decimal(body.replace(",", ""))
    if dots == 1 and commas == 0:
        # 1.1 or 12.3456: a dot that cannot be grouping.
        whole, frac = body.split(".")
        comma = f"{whole},{frac}"
        grouped = f"{whole}.{(frac + '000')[:3]}" if len(frac) < 3 else ""
        suggestions = [comma] + ([grouped] if grouped else [])
        if strict:
            said = " or ".join(repr(s) for s in suggestions)
            msg = (
                f"{_say(text)} is ambiguous: Vietnamese writes a decimal comma and groups thousands by 3 digits;"
                f" did you mean {said}?"
            )
            if len(suggestions) > 1:
                msg = (
                    f"{_say(text)} is ambiguous: Vietnamese writes a decimal comma and groups thousands by 3"
                    f" digits; did you mean {comma!r} ({_spoken(comma)}) or {grouped!r}?"
                )
            raise NumberFormatError(msg, suggestions)
        return Decimal(body)
    msg = f"{_say(text)} is not a number: separators in the wrong places (expected a form such as '1.234.567,89')"
    raise NumberFormatError(msg)


_DIGIT_NAMES: Final = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _spoken(number: str) -> str:
    whole, _, frac = number.partition(",")
    if len(whole) == 1 and len(frac) == 1:
        return f"{_DIGIT_NAMES[int(whole)]} point {_DIGIT_NAMES[int(frac)]}"
    return f"{whole} point {frac}"


# --------------------------------------------------------------------------- words

#: Digit words and their values; ``mốt``, ``tư``, ``lăm``/``nhăm`` are the forms
#: of 1, 4 and 5 after ``mươi``/``mười``.
DIGIT_WORDS: dict[str, int] = {
    "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
    "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}  # fmt: skip
_UNIT_ONLY: Final = frozenset({"mốt", "lăm", "nhăm"})
#: Every word a number in words is made of (for scanners).
NUMBER_WORDS: frozenset[str] = frozenset({*DIGIT_WORDS, "mười", "mươi", "trăm", "linh", "lẻ", "rưỡi", *SCALES})

_TOKEN: Final = re.compile(r"[-−+]?\d+(?:[.,]\d+)*|[^\W\d_]+")


class _Words:
    """The state of a number being read word by word (see :func:`parse_number`)."""

    def __init__(self, text: str, strict: bool) -> None:
        self.text = text
        self.strict = strict
        self.parts: list[tuple[Decimal, int]] = []  # committed (value, power of ten of its scale)
        self.hundreds: Decimal | None = None
        self.tens: Decimal | None = None
        self.pending: Decimal | None = None  # a digit or digit group not yet placed
        self.pending_word: str | None = None
        self.last: str | None = None  # the previous token's role: "scale", "trăm", "digit", ...
        self.negative = False
        self.tail: tuple[Decimal, int] | None = None  # "hai nghìn tư": a digit after a unit

    def fail(self, why: str) -> NumberFormatError:
        return NumberFormatError(f"{_say(self.text)} is not a number: {why}")

    def chunk(self) -> Decimal | None:
        """The number below a thousand read since the last scale word."""
        if self.hundreds is None and self.tens is None and self.pending is None:
            return None
        total = Decimal(0)
        for part in (self.hundreds, self.tens, self.pending):
            if part is not None:
                total = exact.add(total, part)
        return total

    def reset_chunk(self) -> None:
        self.hundreds = self.tens = self.pending = None
        self.pending_word = None

    def digit(self, value: Decimal, word: str | None) -> None:
        if self.pending is not None:
            raise self.fail(f"two numbers in a row ({self.pending_word or self.pending} then {word or value})")
        if word in _UNIT_ONLY and self.last not in ("mươi", "mười", "linh", "scale", "trăm") and self.strict:
            raise self.fail(f"{word!r} is only said after 'mươi' or 'mười'")
        unit = self.parts_unit()
        if word is not None and unit is not None:
            # "một trăm mốt" (110), "hai nghìn tư" (2400): a last digit after a unit is tenths of it.
            self.tail = (value, unit)
        self.pending = value
        self.pending_word = word
        self.last = "digit"

    def parts_unit(self) -> int | None:
        if self.last == "trăm":
            return 2
        if self.last == "scale" and self.parts:
            return self.parts[-1][1]
        return None

    def word(self, w: str) -> None:
        if w in DIGIT_WORDS:
            self.digit(Decimal(DIGIT_WORDS[w]), w)
            return
        self.tail = None
        if w == "trăm":
            if self.hundreds is not None or self.tens is not None:
                raise self.fail("'trăm' after tens")
            self.hundreds = exact.multiply(self.pending if self.pending is not None else Decimal(1), Decimal(100))
            self.pending = None
            self.last = "trăm"
        elif w == "mươi":
            if self.pending is None or self.pending < 2 or self.tens is not None:
                raise self.fail("'mươi' needs a digit from 2 to 9 before it")
            self.tens = exact.multiply(self.pending, Decimal(10))
            self.pending = None
            self.last = "mươi"
        elif w == "mười":
            if self.pending is not None or self.tens is not None:
                raise self.fail("'mười' after another digit")
            self.tens = Decimal(10)
            self.last = "mười"
        elif w in ("linh", "lẻ"):
            if self.tens is not None or (self.hundreds is None and not self.parts):
                raise self.fail(f"{w!r} comes only after 'trăm' or a scale word")
            self.tens = Decimal(0)
            self.last = "linh"
        elif w == "rưỡi":
            self.half()
        elif w in SCALES:
            self.scale(SCALES[w], w)
        else:
            raise self.fail(f"{w!r} is not a number word")

    def half(self) -> None:
        if self.last == "scale" and self.parts:
            value, power = self.parts[-1]
            self.parts[-1] = (exact.add(value, Decimal(5).scaleb(power - 1, exact)), power)
        elif self.last == "trăm" and self.hundreds is not None:
            self.hundreds = exact.add(self.hundreds, Decimal(50))
        elif self.last in ("digit", "mười", "mươi"):
            self.pending = exact.add(self.pending or Decimal(0), Decimal("0.5"))
        else:
            raise self.fail("'rưỡi' (a half) needs a number before it")
        self.last = "rưỡi"

    def scale(self, power: int, w: str) -> None:
        value = self.chunk()
        if value is None:
            if self.last == "scale" and self.parts:
                # "nghìn tỷ": the scale words multiply.
                value = Decimal(0)
            elif self.strict:
                raise self.fail(f"{w!r} needs a number before it")
            else:
                value = Decimal(1)
        self.reset_chunk()
        while self.parts and self.parts[-1][1] < power:
            value = exact.add(value, self.parts.pop()[0])
        if value == 0 and self.strict:
            raise self.fail(f"{w!r} needs a number before it")
        self.parts.append((value.scaleb(power, exact), power))
        self.last = "scale"

    def result(self) -> Decimal:
        if self.tail is not None and self.pending is not None and self.last == "digit":
            # "hai nghìn tư": the digit stands for tenths of the last unit.
            self.pending = self.tail[0].scaleb(self.tail[1] - 1, exact)
        if self.parts == [] and self.chunk() is None:
            raise self.fail("no digits")
        total = self.chunk() or Decimal(0)
        for value, _ in self.parts:
            total = exact.add(total, value)
        return total.copy_negate() if self.negative else total


def _clean(value: Decimal) -> Decimal:
    """An exact value without exponent or trailing zeros: 1.1E+9 -> 1100000000, 16.70 -> 16.7."""
    if not value.is_finite():
        return value
    if value == value.to_integral_value(context=exact):
        return value.quantize(Decimal(1), context=exact)
    normal = value.normalize(exact)
    if normal.as_tuple().exponent < 0:  # type: ignore[operator]
        return normal
    return value


def parse_number(text: str, *, strict: bool = False) -> Decimal:
    """Read a Vietnamese number: digits, scale words, compounds, or words.

    Digits follow the ``vi`` format from babel (decimal comma, dot grouping).
    Strict mode rejects what could mean two things or is not Vietnamese
    format and raises :class:`NumberFormatError` (a :class:`~vnlao_corpus.ParseError`)
    with what was probably meant; lenient mode reads it as best it can.

    >>> parse_number("1,1 tỷ")
    Decimal('1100000000')
    >>> parse_number("86.000 tỉ")
    Decimal('86000000000000')
    >>> parse_number("1,5 nghìn tỷ")
    Decimal('1500000000000')
    >>> parse_number("một tỷ rưỡi"), parse_number("mười lăm"), parse_number("một trăm linh năm")
    (Decimal('1500000000'), Decimal('15'), Decimal('105'))
    >>> parse_number("hai mươi mốt"), parse_number("ba mươi tư"), parse_number("hai nghìn không trăm hai mươi lăm")
    (Decimal('21'), Decimal('34'), Decimal('2025'))
    >>> parse_number("1.1")
    Decimal('1.1')
    >>> parse_number("1.1", strict=True)
    Traceback (most recent call last):
    vnlao_corpus.values.numbers.NumberFormatError: '1.1' is ambiguous: ... '1,1' (one point one) or '1.100'?
    """
    vi = _vi_format()
    fast = vi.scaled.fullmatch(text)
    if fast is not None:  # the common case, "1,1 tỷ" or "2.300": read at once
        digits, scale = fast.group(1, 2)
        whole, _, frac = digits.replace(vi.group, "").partition(vi.decimal)
        power = _SCALE_POWERS[scale] if scale is not None else 0
        if len(frac) <= power and len(digits) < 300:  # an integer: exact in int arithmetic, nothing to clean
            return Decimal(int(whole + frac) * 10 ** (power - len(frac)))
        value = vi.to_decimal(digits)
        if scale is not None:
            value = value.scaleb(power, exact)
        return _clean(value)
    norm = normalize_text(text).strip()
    tokens = _TOKEN.findall(norm)
    rest = _TOKEN.sub("", norm)
    if not tokens or rest.strip():
        what = "it is empty" if not norm else f"it holds {rest.strip()[:20]!r}" if rest.strip() else "no digits"
        msg = f"{_say(text)} is not a number: {what}"
        raise NumberFormatError(msg)
    state = _Words(text, strict)
    for i, token in enumerate(tokens):
        if token[0].isdigit() or token[0] in "-−+":
            value = parse_digits(token, strict=strict)
            if value < 0:
                if i != 0:
                    raise state.fail("a sign inside the number")
                state.negative = True
                value = value.copy_negate()
            state.digit(value, None)
        else:
            word = token.casefold()
            state.word(word)
    return _clean(state.result())
