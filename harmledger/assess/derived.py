"""The assess stage's derived state, kept current by the store's unit of work.

:mod:`harmledger.store.derived` imports this module (it is listed there as a provider) before
the first commit that touches incidents, claims or documents; from then on every such commit
refreshes the touched incidents' stored figures and then their rule grades, in its own
transaction, whoever the writer is.
"""

from __future__ import annotations

from harmledger.assess.regrade import regrade
from harmledger.assess.stored_figures import refresh_figures
from harmledger.store.derived import register

register("stored figures", refresh_figures)
register("rule grades", regrade)
