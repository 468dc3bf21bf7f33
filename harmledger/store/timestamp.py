"""RFC 3161 trusted timestamps: a time stamping authority (TSA) signs that it saw a hash at a time.

A signed checkpoint proves the log's head to whoever trusts the checkpoint key; a timestamp from
an authority the user names proves, to anyone who trusts that authority, that the head existed
no later than the time it signed, so a checkpoint cannot be back-dated by whoever holds the key.
The request carries only the SHA-256 of the checkpoint (nothing of the ledger leaves the
machine). Parsing uses ``asn1crypto`` (the ``timestamp`` extra), signatures ``cryptography``.

The token is checked in full: the hash it covers, the signer's signed attributes (content type,
message digest, signing certificate), the signature, the certificate's time-stamping key usage,
and, when the user gives the authority's certificate (``--tsa-cert``), that the signer is that
certificate or one it issued. Without one, the signer is only reported by name and fingerprint.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from harmledger.errors import Invalid, MissingExtraError

DEFAULT_TIMEOUT = 30.0
_HASHES = {"sha256": hashlib.sha256, "sha384": hashlib.sha384, "sha512": hashlib.sha512}


@dataclass(frozen=True)
class Timestamp:
    """What a verified token says: when, by whom (certificate subject and SHA-256)."""

    time: dt.datetime
    tsa: str
    certificate_sha256: str
    anchored: bool  # signed by the certificate the user gave (or one it issued)


def _asn1() -> Any:
    try:
        from asn1crypto import algos, cms, core, tsp
    except ImportError as error:
        raise MissingExtraError(
            "RFC 3161 timestamps need asn1crypto: pip install 'harmledger[timestamp]'"
        ) from error
    return algos, cms, core, tsp


def timestamp_request(data: bytes, nonce: int) -> bytes:
    """The DER of a TimeStampReq for SHA-256(data), asking for the TSA's certificate."""
    algos, _, _, tsp = _asn1()
    request = tsp.TimeStampReq(
        {
            "version": "v1",
            "message_imprint": {
                "hash_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
                "hashed_message": hashlib.sha256(data).digest(),
            },
            "nonce": nonce,
            "cert_req": True,
        }
    )
    return bytes(request.dump())


def request_timestamp(data: bytes, url: str, *, timeout: float = DEFAULT_TIMEOUT) -> bytes:
    """Ask the TSA at ``url`` to stamp SHA-256(data); return the token (DER) once checked."""
    import httpx

    nonce = secrets.randbits(63)
    try:
        answer = httpx.post(
            url,
            content=timestamp_request(data, nonce),
            headers={"Content-Type": "application/timestamp-query"},
            timeout=timeout,
            follow_redirects=False,
        )
    except httpx.HTTPError as error:
        raise Invalid(f"time stamping authority {url}: {error}") from error
    if answer.status_code != 200:
        raise Invalid(f"time stamping authority {url} answered HTTP {answer.status_code}")
    try:
        response = _response_type().load(answer.content)
        status = response["status"]["status"].native
        if status not in ("granted", "granted_with_mods"):
            text = response["status"]["status_string"].native or []
            raise Invalid(f"{url} refused the timestamp: {status} {' '.join(text)}".strip())
        der = bytes(response["time_stamp_token"].dump())
    except (ValueError, TypeError, KeyError) as error:
        raise Invalid(f"{url}: not an RFC 3161 time-stamp response ({error})") from error
    tst = _tst_info(der)
    if tst["nonce"].native != nonce:
        raise Invalid(f"{url}: the response answers another request (nonce differs)")
    verify_token(der, data)
    return der


def _response_type() -> Any:
    """TimeStampResp with its token optional, as RFC 3161 has it (asn1crypto requires it, so
    a refusal, which has none, would not parse)."""
    _, cms, core, tsp = _asn1()

    class Response(core.Sequence):  # type: ignore[misc,name-defined]
        _fields: ClassVar[list[tuple[Any, ...]]] = [
            ("status", tsp.PKIStatusInfo),
            ("time_stamp_token", cms.ContentInfo, {"optional": True}),
        ]

    return Response


def _tst_info(der: bytes) -> Any:
    _, cms, _, tsp = _asn1()
    info = cms.ContentInfo.load(der)
    if info["content_type"].native != "signed_data":
        raise Invalid("the timestamp token is not CMS signed data")
    encap = info["content"]["encap_content_info"]
    if encap["content_type"].native != "tst_info":
        raise Invalid("the timestamp token does not hold a TSTInfo")
    return tsp.TSTInfo.load(bytes(encap["content"]))


def _verify_signature(public_key: Any, signature: bytes, data: bytes, hash_name: str) -> None:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

    chosen = {"sha256": hashes.SHA256(), "sha384": hashes.SHA384(), "sha512": hashes.SHA512()}
    if isinstance(public_key, rsa.RSAPublicKey):
        public_key.verify(signature, data, padding.PKCS1v15(), chosen[hash_name])
    elif isinstance(public_key, ec.EllipticCurvePublicKey):
        public_key.verify(signature, data, ec.ECDSA(chosen[hash_name]))
    elif isinstance(public_key, ed25519.Ed25519PublicKey):
        public_key.verify(signature, data)
    else:
        raise Invalid(f"unsupported TSA key type {type(public_key).__name__}")


def verify_token(der: bytes, data: bytes, trusted: Path | None = None) -> Timestamp:
    """Check a token over SHA-256(data); Invalid says what is wrong with it."""
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature

    _, cms, _, _ = _asn1()
    try:
        signed = cms.ContentInfo.load(der)["content"]
        tst = _tst_info(der)
        imprint = tst["message_imprint"]
        hash_name = imprint["hash_algorithm"]["algorithm"].native
        if hash_name not in _HASHES:
            raise Invalid(f"the timestamp uses the unsupported hash {hash_name}")
        if imprint["hashed_message"].native != _HASHES[hash_name](data).digest():
            raise Invalid("the timestamp is for other content than this checkpoint")
        [signer] = list(signed["signer_infos"])
        certificates = [c.chosen for c in signed["certificates"] or [] if c.name == "certificate"]
        sid = signer["sid"]
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            found = [
                c
                for c in certificates
                if c.serial_number == wanted["serial_number"].native
                and c.issuer == wanted["issuer"]
            ]
        else:
            found = [c for c in certificates if c.key_identifier == sid.chosen.native]
        if not found:
            raise Invalid("the timestamp token does not include its signer's certificate")
        certificate_der = bytes(found[0].dump())
        attributes = {a["type"].native: a["values"][0] for a in signer["signed_attrs"]}
        digest_name = signer["digest_algorithm"]["algorithm"].native
        if digest_name not in _HASHES:
            raise Invalid(f"the timestamp is signed with the unsupported hash {digest_name}")
        content = bytes(signed["encap_content_info"]["content"])
        if attributes.get("content_type") is None or attributes["content_type"].native != (
            "tst_info"
        ):
            raise Invalid("the timestamp's signed attributes name another content type")
        if attributes.get("message_digest") is None or (
            attributes["message_digest"].native != _HASHES[digest_name](content).digest()
        ):
            raise Invalid("the timestamp's TSTInfo was changed after it was signed")
        _check_signing_certificate(attributes, certificate_der)
        certificate = x509.load_der_x509_certificate(certificate_der)
        _check_key_usage(certificate)
        signed_attributes = signer["signed_attrs"].untag().dump(force=True)
        _verify_signature(
            certificate.public_key(), signer["signature"].native, signed_attributes, digest_name
        )
    except InvalidSignature as error:
        raise Invalid("the timestamp's signature does not match its content") from error
    except (ValueError, TypeError, KeyError) as error:
        raise Invalid(f"not a valid RFC 3161 timestamp token ({error})") from error
    anchored = False
    if trusted is not None:
        _check_anchor(certificate, trusted)
        anchored = True
    return Timestamp(
        time=tst["gen_time"].native,
        tsa=certificate.subject.rfc4514_string(),
        certificate_sha256=hashlib.sha256(certificate_der).hexdigest(),
        anchored=anchored,
    )


def _check_signing_certificate(attributes: dict[str, Any], certificate_der: bytes) -> None:
    """RFC 3161 (and 5816) bind the signer's certificate into the signed attributes."""
    if "signing_certificate_v2" in attributes:
        cert_id = attributes["signing_certificate_v2"]["certs"][0]
        name = cert_id["hash_algorithm"]["algorithm"].native
        expected = _HASHES.get(name, hashlib.sha256)(certificate_der).digest()
    elif "signing_certificate" in attributes:
        cert_id = attributes["signing_certificate"]["certs"][0]
        expected = hashlib.sha1(certificate_der, usedforsecurity=False).digest()
    else:
        raise Invalid("the timestamp does not name its signing certificate")
    if cert_id["cert_hash"].native != expected:
        raise Invalid("the timestamp names another signing certificate than it carries")


def _check_key_usage(certificate: Any) -> None:
    from cryptography import x509
    from cryptography.x509.oid import ExtendedKeyUsageOID

    try:
        usage = certificate.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    except x509.ExtensionNotFound as error:
        raise Invalid("the timestamp's certificate is not for time stamping") from error
    if ExtendedKeyUsageOID.TIME_STAMPING not in usage.value:
        raise Invalid("the timestamp's certificate is not for time stamping")


def _check_anchor(certificate: Any, trusted: Path) -> None:
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature

    try:
        anchors = x509.load_pem_x509_certificates(trusted.read_bytes())
    except (OSError, ValueError) as error:
        raise Invalid(f"{trusted}: not a PEM certificate ({error})") from error
    for anchor in anchors:
        if anchor == certificate:
            return
        try:
            certificate.verify_directly_issued_by(anchor)
            return
        except (InvalidSignature, ValueError, TypeError):  # another issuer, or not its key
            continue
    raise Invalid(
        f"the timestamp is signed by {certificate.subject.rfc4514_string()}, which is neither "
        f"the certificate in {trusted} nor issued by it"
    )


def encode(der: bytes) -> str:
    return base64.b64encode(der).decode()


def decode(text: str) -> bytes:
    return base64.b64decode(text, validate=True)
