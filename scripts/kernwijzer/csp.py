"""A Content-Security-Policy per page, as a meta tag, so any static host enforces it.

Material writes three small inline scripts into every page; they are allowed by their
hash, nothing else inline runs. No 'unsafe-eval', no 'unsafe-inline'.
"""

from __future__ import annotations

import base64
import hashlib
import re

_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>(.*?)</script>",
                            re.DOTALL)
_CHARSET = re.compile(r"<meta charset=\"utf-8\">", re.IGNORECASE)

POLICY = ("default-src 'self'; script-src 'self'{hashes}; style-src 'self'; "
          "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; "
          "object-src 'none'; base-uri 'self'; form-action 'self'")


def policy(html: str) -> str:
    hashes = sorted({"'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
                     + "'" for body in _INLINE_SCRIPT.findall(html)})
    return POLICY.format(hashes="".join(" " + h for h in hashes))


def add_policy(html: str) -> str:
    """The page with its policy as the first thing after the charset (before any script)."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">'
    result, count = _CHARSET.subn(lambda m: m.group(0) + meta, html, count=1)
    if count != 1:
        raise ValueError("geen <meta charset=\"utf-8\"> gevonden om het beleid achter te zetten")
    return result
