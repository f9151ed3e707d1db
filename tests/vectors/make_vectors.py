"""Regenerate message-v1.json (only when the protocol version changes on purpose).

    .venv/bin/python tests/vectors/make_vectors.py
"""

import json
from datetime import datetime, timezone
from pathlib import Path

from nacl.public import PrivateKey
from nacl.signing import SigningKey

from siaga.base.encoding import canonical
from siaga.protocol import codebook
from siaga.protocol.envelope import seal, sign
from siaga.protocol.message import StationInfo, build_report

SEED = bytes(range(32))
RECIPIENT = bytes(range(32, 64))


def main() -> None:
    signing = SigningKey(SEED)
    recipient = PrivateKey(RECIPIENT)
    author = StationInfo(bytes(signing.verify_key), "ID duty desk", "National CSIRT", "ID")
    draft = {
        "type": "early-warning", "code": "rsit:availability/ddos", "severity": 4, "tlp": "TLP:AMBER",
        "scope": "regional", "countries": ["ASEAN"], "observed_at": "2026-11-24T01:00:00Z",
        "summary": "DDoS against national payment gateway", "narrative": "Traffic peaked at 80 Gbit/s.",
        "indicators": [{"type": "ipv4-addr", "value": "198.51.100.23"}], "observations": ["service-down-heavy-traffic"],
    }
    content = build_report(draft, author, codebook.current(), datetime(2026, 11, 24, 2, 0, tzinfo=timezone.utc))
    content["nonce"] = "AAECAwQFBgcI"
    sealed = seal(content, signing, [bytes(recipient.public_key)])
    _, payload = sign(content, signing)
    vec = {
        "author_seed": SEED.hex(), "recipient_secret": RECIPIENT.hex(), "content": content,
        "content_canonical_hex": canonical(content).hex(), "message_id": sealed.msg_id,
        "signature": payload[:64].hex(), "envelope_hex": sealed.envelope.hex(),
    }
    out = Path(__file__).with_name("message-v1.json")
    out.write_text(json.dumps(vec, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
