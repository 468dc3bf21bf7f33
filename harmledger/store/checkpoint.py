"""Checkpoints: the custody chain's head, signed with a key kept outside the database.

The hash chain shows that no event was edited *between* others, but on its own it cannot show
that the newest events were not deleted, or that the whole tail was rewritten with every later
hash recomputed: the database holds everything needed to do that. A checkpoint anchors the head
outside: ``harmledger checkpoint`` writes the head event's id and hash and the number of events,
signed with an Ed25519 key that does not live in the database; ``verify --checkpoint FILE``
checks the signature against that key and then checks that the ledger still holds that head,
with that hash, and at least that many events. Keep checkpoint files (and the key) where the
database's users cannot write: another machine, a mail to a colleague, a printed hash.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from harmledger.errors import ConfigError, Conflict, InputError, Invalid
from harmledger.store.ledger import Ledger
from harmledger.store.tables import CustodyEvent

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

FORMAT = "harmledger-checkpoint/1"
KEY_FILE = Path("keys") / "checkpoint-ed25519.pem"


@dataclass(frozen=True)
class Checkpoint:
    """What a checkpoint asserts: this many events, the newest being this one with this hash."""

    format: str
    events: int
    head_id: int
    head_hash: str
    created_at: str
    public_key: str  # base64 raw Ed25519 public key, to tell which key signed it

    def payload(self) -> bytes:
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":")).encode()


def default_key_path(ledger: Ledger) -> Path:
    return ledger.settings.home / KEY_FILE


def _load_or_create_key(path: Path, *, create: bool) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    if path.is_file():
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (ValueError, TypeError) as error:
            raise ConfigError(f"{path}: not an unencrypted PEM private key ({error})") from error
        if not isinstance(key, Ed25519PrivateKey):
            raise ConfigError(f"{path}: the checkpoint key must be an Ed25519 key")
        return key
    if not create:
        raise ConfigError(f"no checkpoint key at {path} (make one with 'harmledger checkpoint')")
    key = Ed25519PrivateKey.generate()
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
    return key


def _public_raw(key: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives import serialization

    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def write_checkpoint(
    ledger: Ledger,
    output: Path,
    key_path: Path | None = None,
    *,
    tsa: str | None = None,
    tsa_cert: Path | None = None,
) -> Checkpoint:
    """Sign the chain's current head into ``output``; create the key on first use (mode 600).

    With ``tsa`` (a time stamping authority's URL) the signed checkpoint also gets an RFC 3161
    timestamp, checked before it is written (against ``tsa_cert`` when given)."""
    key = _load_or_create_key(key_path or default_key_path(ledger), create=True)
    with ledger.reader() as session:
        count = session.scalar(select(func.count(CustodyEvent.id))) or 0
        head = session.scalars(select(CustodyEvent).order_by(CustodyEvent.id.desc())).first()
    if head is None:
        raise Conflict("the custody log is empty: nothing to checkpoint yet")
    checkpoint = Checkpoint(
        format=FORMAT,
        events=count,
        head_id=head.id,
        head_hash=head.hash,
        created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        public_key=_public_raw(key),
    )
    signature = base64.b64encode(key.sign(checkpoint.payload())).decode()
    document: dict[str, object] = {**asdict(checkpoint), "signature": signature}
    if tsa is not None:
        from harmledger.store.timestamp import encode, request_timestamp, verify_token

        token = request_timestamp(checkpoint.payload(), tsa)
        stamp = verify_token(token, checkpoint.payload(), tsa_cert)
        document["timestamp"] = {
            "authority": tsa,
            "time": stamp.time.isoformat(),
            "signer": stamp.tsa,
            "token": encode(token),
        }
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return checkpoint


def read_checkpoint(path: Path, key_path: Path) -> Checkpoint:
    """The checkpoint in ``path`` if the key at ``key_path`` signed it; else Invalid."""
    from cryptography.exceptions import InvalidSignature

    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        signature = base64.b64decode(document.pop("signature"), validate=True)
        document.pop("timestamp", None)  # checked by timestamp_findings
        checkpoint = Checkpoint(**document)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise Invalid(f"{path}: not a harmledger checkpoint ({error})") from error
    if checkpoint.format != FORMAT:
        raise Invalid(f"{path}: unknown checkpoint format {checkpoint.format!r}")
    key = _load_or_create_key(key_path, create=False)
    if checkpoint.public_key != _public_raw(key):
        raise Invalid(f"{path}: signed with another key than {key_path}")
    try:
        key.public_key().verify(signature, checkpoint.payload())
    except InvalidSignature as error:
        raise Invalid(f"{path}: the signature does not match its content") from error
    return checkpoint


def checkpoint_problems(ledger: Ledger, checkpoint: Checkpoint) -> list[str]:
    """What in the ledger contradicts a (verified) checkpoint: a lost or rewritten head, or
    fewer events than it counted."""
    with ledger.reader() as session:
        count = session.scalar(select(func.count(CustodyEvent.id))) or 0
        head = session.get(CustodyEvent, checkpoint.head_id)
    problems = []
    if head is None:
        problems.append(
            f"event {checkpoint.head_id}, the head at the checkpoint of "
            f"{checkpoint.created_at}, is gone (the log was truncated)"
        )
    elif head.hash != checkpoint.head_hash:
        problems.append(
            f"event {checkpoint.head_id} has hash {head.hash[:16]}…, not "
            f"{checkpoint.head_hash[:16]}… as at the checkpoint of {checkpoint.created_at} "
            "(the log was rewritten up to it)"
        )
    if count < checkpoint.events:
        problems.append(
            f"the log holds {count} events, fewer than the {checkpoint.events} at the "
            f"checkpoint of {checkpoint.created_at} (events were deleted)"
        )
    return problems


def timestamp_findings(
    path: Path, checkpoint: Checkpoint, tsa_cert: Path | None = None
) -> tuple[list[str], list[str]]:
    """Problems with a checkpoint's RFC 3161 timestamp, and notes on what it proves.

    No timestamp is a note, not a problem (it is optional); one that does not cover this
    checkpoint, or is not validly signed, or not by ``tsa_cert``, is a problem.
    """
    from harmledger.store.timestamp import decode, verify_token

    try:
        stamp = json.loads(path.read_text(encoding="utf-8")).get("timestamp")
    except (OSError, ValueError) as error:
        return [f"{path}: cannot read it ({error})"], []
    if stamp is None:
        if tsa_cert is not None:
            return [f"{path} has no RFC 3161 timestamp, but --tsa-cert asks for one"], []
        return [], []
    try:
        found = verify_token(decode(str(stamp.get("token", ""))), checkpoint.payload(), tsa_cert)
    except (InputError, ValueError) as error:
        return [f"{path}: its RFC 3161 timestamp is not valid: {error}"], []
    said = (
        f"checkpoint {path} existed by {found.time.isoformat()}, as {found.tsa} signed "
        f"(certificate sha256 {found.certificate_sha256[:16]}…)"
    )
    if not found.anchored:
        said += "; give --tsa-cert with the authority's certificate to check it is that authority"
    return [], [said]
