"""What the pages may run: the app's own bundle files only (no inline script, no CDN)."""

from __future__ import annotations

import re

SCRIPT = re.compile(r"<script\b([^>]*)>")


def only_bundled_scripts(html: str) -> bool:
    """Every script of the page is a file of the app's bundle: none inline, none elsewhere."""
    found = [re.search(r'\bsrc="([^"]+)"', attributes) for attributes in SCRIPT.findall(html)]
    return all(src is not None and src.group(1).startswith("/static/dist/") for src in found)
