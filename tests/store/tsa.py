"""A local RFC 3161 time stamping authority for the tests (never a real one).

It answers a TimeStampReq with a token signed by its own EC key, the way real authorities do:
a TSTInfo with the request's hash and nonce, signed attributes (content type, message digest,
signing certificate v2), and its certificate, marked for time stamping only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from asn1crypto import algos, cms, core, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from werkzeug import Request, Response

NOW = dt.datetime(2026, 12, 3, 12, 0, tzinfo=dt.UTC)


def _certificate(name: str, key: ec.EllipticCurvePrivateKey) -> x509.Certificate:
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=365))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(key, hashes.SHA256())
    )


@dataclass
class LocalAuthority:
    name: str = "Test TSA"
    refuse: bool = False
    tamper: bool = False  # sign one TSTInfo, ship another
    key: ec.EllipticCurvePrivateKey = field(
        default_factory=lambda: ec.generate_private_key(ec.SECP256R1())
    )
    serial: int = 0

    def __post_init__(self) -> None:
        self.certificate = _certificate(self.name, self.key)

    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def handle(self, request: Request) -> Response:
        answer = self.respond(request.get_data())
        return Response(answer, content_type="application/timestamp-reply")

    def respond(self, body: bytes) -> bytes:
        if self.refuse:  # a status and no token (asn1crypto cannot build that: wrap by hand)
            status = tsp.PKIStatusInfo({"status": "rejection", "status_string": ["not today"]})
            inner = bytes(status.dump())
            return b"\x30" + bytes([len(inner)]) + inner
        request = tsp.TimeStampReq.load(body)
        self.serial += 1
        info = tsp.TSTInfo(
            {
                "version": "v1",
                "policy": "1.2.3.4.1",
                "message_imprint": request["message_imprint"],
                "serial_number": self.serial,
                "gen_time": NOW,
                "nonce": request["nonce"],
            }
        )
        content = bytes(info.dump())
        der = self.certificate.public_bytes(serialization.Encoding.DER)
        certificate = asn1_x509.Certificate.load(der)
        attributes = cms.CMSAttributes(
            [
                cms.CMSAttribute({"type": "content_type", "values": ["tst_info"]}),
                cms.CMSAttribute(
                    {"type": "message_digest", "values": [hashlib.sha256(content).digest()]}
                ),
                cms.CMSAttribute(
                    {
                        "type": "signing_certificate_v2",
                        "values": [{"certs": [{"cert_hash": hashlib.sha256(der).digest()}]}],
                    }
                ),
            ]
        )
        signature = self.key.sign(attributes.dump(), ec.ECDSA(hashes.SHA256()))
        if self.tamper:
            info["serial_number"] = core.Integer(self.serial + 1000)
            content = bytes(info.dump(force=True))
        signed = cms.SignedData(
            {
                "version": "v3",
                "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
                "encap_content_info": {
                    "content_type": "tst_info",
                    "content": core.ParsableOctetString(content),
                },
                "certificates": [certificate],
                "signer_infos": [
                    {
                        "version": "v1",
                        "sid": cms.SignerIdentifier(
                            {
                                "issuer_and_serial_number": {
                                    "issuer": certificate.issuer,
                                    "serial_number": certificate.serial_number,
                                }
                            }
                        ),
                        "digest_algorithm": {"algorithm": "sha256"},
                        "signed_attrs": attributes,
                        "signature_algorithm": {"algorithm": "sha256_ecdsa"},
                        "signature": signature,
                    }
                ],
            }
        )
        token = cms.ContentInfo({"content_type": "signed_data", "content": signed})
        return bytes(
            tsp.TimeStampResp({"status": {"status": "granted"}, "time_stamp_token": token}).dump()
        )
