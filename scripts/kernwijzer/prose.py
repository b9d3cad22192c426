"""The prose a reader sees on a page or in a record, for spelling and readability checks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .models import Checklist, Sjabloon, Voorbeeld

_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
_STRIP = [
    (re.compile(r"```.*?```", re.DOTALL), " "),                 # fenced code
    (re.compile(r"`[^`]*`"), " "),                              # inline code
    (re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL), " "),     # macros
    (re.compile(r"<[^>]+>"), " "),                              # HTML tags
    (re.compile(r"^\[\^[^\]]+\]:", re.MULTILINE), " "),         # footnote definition labels
    (re.compile(r"\[\^[^\]]+\]"), ""),                          # footnote references
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),            # links and images: keep text
    (re.compile(r"https?://\S+"), " "),                         # bare URLs
    (re.compile(r"\{[:#.][^}]*\}"), " "),                       # attribute lists
    (re.compile(r"^(?:!!!|\?\?\?\+?)\s+\w+(?:\s+\"([^\"]*)\")?", re.MULTILINE), r"\1"),
    (re.compile(r"^\s*\|?[\s:|-]+\|[\s:|-]*$", re.MULTILINE), " "),  # table rules
    (re.compile(r"[|*_#>]"), " "),                              # remaining markup signs
]


def page_prose(markdown: str) -> str:
    """Title, description and body text of a Markdown page, without markup."""
    text = markdown
    head = ""
    match = _FRONT.match(text)
    if match:
        text = text[match.end():]
        head = "\n".join(re.findall(r"^(?:title|description):\s*(.+)$", match.group(1), re.MULTILINE))
    for pattern, replacement in _STRIP:
        text = pattern.sub(replacement, text)
    return head + "\n" + text


def checklist_prose(checklist: Checklist) -> str:
    parts = [checklist.titel, checklist.intro]
    for item in checklist.items:
        parts += [item.tekst, item.hint or ""]
    # A blank line between parts: each list item or title counts as a sentence of its own.
    return "\n\n".join(parts)


def voorbeeld_prose(voorbeeld: Voorbeeld) -> str:
    parts = [voorbeeld.titel, voorbeeld.gemeente, voorbeeld.samenvatting, voorbeeld.aanpak,
             voorbeeld.resultaten, voorbeeld.kosten or "", *voorbeeld.actoren,
             *voorbeeld.overnemen, *voorbeeld.valkuilen, *(b.titel for b in voorbeeld.bronnen)]
    return "\n\n".join(parts)


def sjabloon_prose(sjabloon: Sjabloon) -> str:
    parts = [sjabloon.titel, sjabloon.doel, *sjabloon.instructie]
    for blok in sjabloon.blokken:
        parts.append(blok.titel)
        if blok.soort == "velden":
            parts += blok.velden
        elif blok.soort == "tabel":
            parts += [*blok.kolommen, *(blok.eerste_kolom or [])]
        elif blok.soort == "raster":
            parts += [blok.horizontaal, blok.verticaal]
            parts += [text for vak in blok.vakken for text in (vak.titel, vak.tekst)]
        else:
            parts += blok.alineas
    return "\n\n".join(parts)


# --- readability -------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-zÀ-ÿ'’-]+")
_SENTENCE_END = re.compile(r"[.!?:;]+(?:\s|$)|\n\s*\n|\n\s*[-0-9]")
_VOWEL_GROUPS = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]+", re.IGNORECASE)


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    syllables: int

    @property
    def flesch_douma(self) -> float:
        """Flesch reading ease for Dutch (Douma, 1960): higher is easier; 60-70 is B1-ish."""
        if not self.words or not self.sentences:
            return 0.0
        return 206.84 - 0.77 * (100 * self.syllables / self.words) - 0.93 * (self.words / self.sentences)


def syllables(word: str) -> int:
    """A Dutch syllable estimate: vowel groups, with common diphthongs counted once."""
    return max(1, len(_VOWEL_GROUPS.findall(word.replace("ij", "y"))))


def readability(text: str) -> Readability:
    words = _WORD.findall(text)
    words = [w for w in words if any(c.isalpha() for c in w)]
    sentences = [s for s in _SENTENCE_END.split(text) if _WORD.search(s)]
    return Readability(len(words), max(1, len(sentences)), sum(syllables(w) for w in words))
