"""Machine translation of a document, for reading only: a seam for a backend the user chooses.

Monitors read sources in languages they do not know (Airwars translates every source), but no
translation model installs from a package registry: every open model (OPUS-MT, Argos, NLLB) is
downloaded from a model hub, which harmledger never does at run time. So translation is a
setting, ``HARMLEDGER_TRANSLATION``:

- ``none`` (the default): no translation; asking for one says how to configure it;
- ``argos``: Argos Translate with the language packages the user has installed on this machine
  (``argospm install`` or an ``.argosmodel`` file); a missing pair is an error, never a download;
- ``package.module:function``: the user's own ``function(text, source, target) -> str``, e.g. a
  client for their institution's translation server.

A translation is a reading aid, never evidence: claims are read from the original text, and
what is shown says which backend made it.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass

from harmledger.errors import ConfigError, Invalid

TranslateFunction = Callable[[str, str, str], str]
"""``translate(text, source_language, target_language) -> translated text``."""

ENVIRONMENT = "HARMLEDGER_TRANSLATION"


@dataclass(frozen=True)
class Translation:
    """A translated text and what made it."""

    text: str
    source: str
    target: str
    backend: str

    def to_dict(self) -> dict[str, str]:
        """JSON-ready mapping."""
        return dict(self.__dict__)


def _argos() -> TranslateFunction:
    try:
        from argostranslate import translate as argos  # type: ignore[import-not-found]
    except ImportError as error:
        raise ConfigError(
            f"{ENVIRONMENT}=argos needs Argos Translate (pip install argostranslate) and its "
            "language packages installed on this machine"
        ) from error

    def translate(text: str, source: str, target: str) -> str:
        languages = {lang.code: lang for lang in argos.get_installed_languages()}
        pair = (
            languages[source].get_translation(languages[target])
            if (source in languages and target in languages)
            else None
        )
        if pair is None:
            raise Invalid(
                f"no Argos Translate package for {source} -> {target} is installed here "
                "(install it with argospm or from an .argosmodel file; nothing is downloaded)"
            )
        return str(pair.translate(text))

    return translate


def _named(spec: str) -> TranslateFunction:
    module_name, _, attribute = spec.partition(":")
    try:
        function = getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError) as error:
        raise ConfigError(f"{ENVIRONMENT}={spec}: cannot load it ({error})") from error
    if not callable(function):
        raise ConfigError(f"{ENVIRONMENT}={spec}: {attribute} is not a function")
    return function  # type: ignore[no-any-return]


def backend(spec: str | None = None) -> tuple[str, TranslateFunction] | None:
    """The configured backend (``spec``, else the environment), or None when there is none."""
    spec = (spec if spec is not None else os.environ.get(ENVIRONMENT, "")).strip()
    if spec.lower() in ("", "none", "off"):
        return None
    if spec.lower() == "argos":
        return "argos", _argos()
    if ":" in spec:
        return spec, _named(spec)
    raise ConfigError(f"{ENVIRONMENT}={spec!r}: use none, argos, or package.module:function")


def translate(text: str, source: str | None, target: str, spec: str | None = None) -> Translation:
    """Translate ``text`` from ``source`` into ``target`` with the configured backend."""
    chosen = backend(spec)
    if chosen is None:
        raise ConfigError(
            f"no machine translation is configured: set {ENVIRONMENT} to argos (with language "
            "packages installed on this machine) or to package.module:function of your own; "
            "harmledger downloads no model"
        )
    if not source:
        raise Invalid("the document's language is unknown; it cannot be translated")
    name, function = chosen
    if source == target:
        return Translation(text, source, target, name)
    return Translation(function(text, source, target), source, target, name)
