"""Dutch messages for pydantic's validation errors, one per error type."""

from __future__ import annotations

import datetime as dt

from pydantic_core import ErrorDetails

_TYPE_NAMES = {
    str: "tekst",
    int: "een geheel getal",
    float: "een kommagetal",
    bool: "een ja/nee-waarde",
    list: "een lijst",
    dict: "een reeks velden",
    dt.date: "een datum",
    type(None): "leeg",
}


def type_name(value: object) -> str:
    for kind, name in _TYPE_NAMES.items():
        if type(value) is kind:
            return name
    return type(value).__name__


def _expected(ctx: dict) -> str:
    # pydantic writes "'a', 'b' or 'c'"; we write "a, b of c".
    text = str(ctx.get("expected", "")).replace("'", "")
    return text.replace(" or ", " of ")


def _count(number: int, one: str, more: str) -> str:
    return f"{'één' if number == 1 else number} {one if number == 1 else more}"


_BY_TYPE = {
    "missing": lambda e: "verplicht veld ontbreekt",
    "extra_forbidden": lambda e: "onbekend veld",
    "string_type": lambda e: f"moet tekst zijn, niet {type_name(e['input'])}",
    "string_too_short": lambda e: "mag niet leeg zijn",
    "string_pattern_mismatch": lambda e: (
        f"ongeldige id '{e['input']}': gebruik kleine letters, cijfers en koppeltekens"),
    "int_type": lambda e: f"moet een geheel getal zijn, niet {type_name(e['input'])}",
    "int_from_float": lambda e: "moet een geheel getal zijn",
    "list_type": lambda e: f"moet een lijst zijn, niet {type_name(e['input'])}",
    "model_type": lambda e: f"moet een reeks velden zijn, niet {type_name(e['input'])}",
    "model_attributes_type": lambda e: (
        f"moet een reeks velden zijn, niet {type_name(e['input'])}"),
    "dict_type": lambda e: f"moet een reeks velden zijn, niet {type_name(e['input'])}",
    "date_type": lambda e: (
        f"moet een datum zijn in de vorm JJJJ-MM-DD, niet {type_name(e['input'])}"),
    "literal_error": lambda e: (
        f"onbekende waarde '{e['input']}'; kies uit: {_expected(e.get('ctx', {}))}"),
    "too_short": lambda e: (
        f"moet minstens {_count(e['ctx']['min_length'], 'element', 'elementen')} bevatten"),
    "too_long": lambda e: (
        f"mag hoogstens {_count(e['ctx']['max_length'], 'element', 'elementen')} bevatten"),
    "greater_than_equal": lambda e: f"moet minstens {e['ctx']['ge']} zijn",
    "less_than_equal": lambda e: f"mag hoogstens {e['ctx']['le']} zijn",
    "union_tag_invalid": lambda e: (
        f"onbekende soort '{e['ctx']['tag']}'; kies uit: "
        f"{e['ctx']['expected_tags'].replace(chr(39), '').replace(' or ', ' of ')}"),
    "union_tag_not_found": lambda e: "verplicht veld 'soort' ontbreekt",
    "bool_type": lambda e: f"moet ja of nee zijn, niet {type_name(e['input'])}",
}


def dutch(error: ErrorDetails) -> str:
    """The Dutch message for one pydantic error; our own errors already carry Dutch."""
    kind = error["type"]
    if kind.startswith("kw_"):
        return error["msg"]
    if kind in _BY_TYPE:
        return _BY_TYPE[kind](error)
    # A rule without a translation is a bug of ours: name it so a test can catch it.
    return f"ongeldige waarde (onvertaalde fout '{kind}')"


# The YAML parser's most common complaints, in words an editor understands.
_YAML_PROBLEMS = {
    "did not find expected ',' or ']'": "een lijst tussen [ ] is niet afgesloten",
    "did not find expected ',' or '}'": "een reeks tussen { } is niet afgesloten",
    "did not find expected key": "de inspringing klopt niet, of een veldnaam ontbreekt",
    "did not find expected '-' indicator": "de inspringing van een lijst klopt niet",
    "expected ',' or ']'": "een lijst tussen [ ] is niet afgesloten",
    "expected ',' or '}'": "een reeks tussen { } is niet afgesloten",
    "mapping values are not allowed here": (
        "een dubbelpunt op een plaats waar dat niet mag; zet tekst met ': ' tussen aanhalingstekens"),
    "could not find expected ':'": "na een veldnaam ontbreekt het dubbelpunt",
    "expected <block end>": "de inspringing klopt niet",
    "found unexpected end of stream": "een aanhalingsteken is niet afgesloten",
    "found undefined alias": "een verwijzing (*naam) naar iets dat niet bestaat",
    "found character '@' that cannot start any token": (
        "een waarde mag niet met @ beginnen; zet ze tussen aanhalingstekens"),
    "found character '`' that cannot start any token": (
        "een waarde mag niet met ` beginnen; zet ze tussen aanhalingstekens"),
}


def yaml_problem(detail: str) -> str:
    for english, dutch_text in _YAML_PROBLEMS.items():
        if detail.startswith(english):
            return f"ongeldige YAML-syntaxis: {dutch_text}"
    return f"ongeldige YAML-syntaxis (de lezer meldt: {detail})"
