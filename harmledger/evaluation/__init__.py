"""Accuracy of harmledger against labelled third-party data read from ``../shared/eval``.

:func:`harmledger.evaluation.extraction.evaluate_extraction` scores claim extraction on every
labelled set; each figure comes with its definition (:data:`DEFINITIONS`).
"""

from harmledger.evaluation.extraction import DEFINITIONS, evaluate_extraction

__all__ = ["DEFINITIONS", "evaluate_extraction"]
