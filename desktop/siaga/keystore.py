"""The station's keys, encrypted at rest under the passphrase.

A station has an Ed25519 signing key, an X25519 encryption key and a random
*data key* that encrypts its database fields. The three are sealed together
(XSalsa20-Poly1305) under a key derived from the passphrase with Argon2id, in
``station.json``, written atomically. A wrong passphrase changes nothing;
changing the passphrase re-wraps the same keys, so the database stays as it is.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import nacl.exceptions
import nacl.pwhash
import nacl.secret
import nacl.utils
from nacl.hash import blake2b
from nacl.encoding import RawEncoder
from nacl.public import PrivateKey
from nacl.signing import SigningKey

from .encoding import b64d, b64e, canonical, parse_json
from .errors import AlreadyInitialised, DecodeError, InputError, NotInitialised, Reason, StorageError, WrongPassphrase
from .fileio import atomic_write, private_file, private_folder, read_bytes

log = logging.getLogger("siaga.keystore")

KEYSTORE_FILE = "station.json"
MIN_PASSPHRASE = 8
#: Argon2id cost. "moderate" (the default) takes about 0.7 s on a 2-core laptop:
#: cheap once per unlock, costly per guess. "min" exists only for test suites.
KDF_PROFILES = {
    "moderate": (nacl.pwhash.argon2id.OPSLIMIT_MODERATE, nacl.pwhash.argon2id.MEMLIMIT_MODERATE),
    "interactive": (nacl.pwhash.argon2id.OPSLIMIT_INTERACTIVE, nacl.pwhash.argon2id.MEMLIMIT_INTERACTIVE),
    "min": (nacl.pwhash.argon2id.OPSLIMIT_MIN, nacl.pwhash.argon2id.MEMLIMIT_MIN),
}
FINGERPRINT_ITERATIONS = 5200


def kdf_profile() -> str:
    profile = os.environ.get("SIAGA_KDF", "moderate")
    if profile not in KDF_PROFILES:
        raise InputError(f"SIAGA_KDF must be one of: {', '.join(KDF_PROFILES)}")
    return profile


def fingerprint_digits(sign_pk: bytes, box_pk: bytes) -> str:
    """30 digits (six groups of five) that identify a station's keys.

    Iterated SHA-512 over the keys; the first 30 bytes are cut into six 5-byte
    chunks, each taken modulo 100000. Two people compare them aloud.
    """
    keys = sign_pk + box_pk
    digest = b"\x00\x01" + keys + b"siaga-station"
    for _ in range(FINGERPRINT_ITERATIONS):
        digest = hashlib.sha512(digest + keys).digest()
    groups = [int.from_bytes(digest[i: i + 5], "big") % 100000 for i in range(0, 30, 5)]
    return " ".join(f"{g:05d}" for g in groups)


@dataclass
class Keys:
    """Unlocked key material of one station (kept in memory only)."""

    signing: SigningKey
    box: PrivateKey
    data_key: bytes
    #: keys replaced by a rotation, newest first: still open what was sealed to them
    retired: list[tuple[SigningKey, PrivateKey]] = field(default_factory=list)

    @property
    def sign_pk(self) -> bytes:
        return bytes(self.signing.verify_key)

    @property
    def box_pk(self) -> bytes:
        return bytes(self.box.public_key)

    def box_keys(self) -> list[PrivateKey]:
        """The current encryption key, then the retired ones."""
        return [self.box, *(box for _, box in self.retired)]

    def signing_keys(self) -> dict[bytes, SigningKey]:
        """Current and retired signing keys by public key."""
        return {bytes(k.verify_key): k for k in [self.signing, *(s for s, _ in self.retired)]}

    def subkey(self, purpose: bytes) -> bytes:
        """A key for one purpose, derived from the data key."""
        return blake2b(purpose, key=self.data_key, digest_size=32, person=b"siaga-subkey", encoder=RawEncoder)

    @classmethod
    def generate(cls) -> "Keys":
        return cls(SigningKey.generate(), PrivateKey.generate(), nacl.utils.random(32))


def _derive(passphrase: str, salt: bytes, ops: int, mem: int) -> bytes:
    return nacl.pwhash.argon2id.kdf(
        nacl.secret.SecretBox.KEY_SIZE, passphrase.encode("utf-8"), salt, opslimit=ops, memlimit=mem
    )


def check_passphrase_rules(passphrase: str) -> None:
    if not isinstance(passphrase, str) or len(passphrase) < MIN_PASSPHRASE:
        raise InputError(Reason("passphrase-short", f"the passphrase needs at least {MIN_PASSPHRASE} characters",
                                limit=MIN_PASSPHRASE))


def _seal(keys: Keys, passphrase: str, profile: str) -> bytes:
    ops, mem = KDF_PROFILES[profile]
    salt = nacl.utils.random(nacl.pwhash.argon2id.SALTBYTES)
    secret = canonical({
        "sign_sk": b64e(bytes(keys.signing)),
        "box_sk": b64e(bytes(keys.box)),
        "data_key": b64e(keys.data_key),
        "retired": [{"sign_sk": b64e(bytes(sk)), "box_sk": b64e(bytes(bk))} for sk, bk in keys.retired],
    })
    sealed = nacl.secret.SecretBox(_derive(passphrase, salt, ops, mem)).encrypt(secret)
    doc = {
        "format": 1,
        "kdf": {"alg": "argon2id13", "opslimit": ops, "memlimit": mem, "salt": b64e(salt)},
        "public": {"sign_pk": b64e(keys.sign_pk), "box_pk": b64e(keys.box_pk)},
        "sealed": b64e(sealed),
    }
    return canonical(doc)


def exists(home: Path) -> bool:
    return (Path(home) / KEYSTORE_FILE).exists()


def create(home: Path, passphrase: str, keys: Keys | None = None) -> Keys:
    home = Path(home)
    check_passphrase_rules(passphrase)
    if exists(home):
        raise AlreadyInitialised(home=str(home))
    try:
        if private_folder(home):
            log.info("the station folder %s was open to other users; it is now readable by its owner only", home)
    except OSError as exc:
        raise StorageError(exc.strerror or str(exc), path=str(home)) from None
    keys = keys or Keys.generate()
    atomic_write(home / KEYSTORE_FILE, _seal(keys, passphrase, kdf_profile()))
    log.info("keystore created")
    return keys


def _load(home: Path) -> dict:
    path = Path(home) / KEYSTORE_FILE
    if not path.exists():
        raise NotInitialised(home=str(home))
    if private_file(path, create=False):  # written by an older version, readable by others
        log.info("the keystore %s was open to other users; it is now readable by its owner only", path)
    try:
        doc = parse_json(read_bytes(path), "keystore")
        kdf = doc["kdf"]
        if doc.get("format") != 1 or kdf.get("alg") != "argon2id13":
            raise DecodeError("unsupported keystore format", what="keystore")
        int(kdf["opslimit"]), int(kdf["memlimit"])
        b64d(kdf["salt"], "kdf salt", nacl.pwhash.argon2id.SALTBYTES)
        b64d(doc["sealed"], "sealed keys")
        return doc
    except (KeyError, TypeError, ValueError):
        raise DecodeError("the keystore file is damaged", what=str(path)) from None


def public_keys(home: Path) -> tuple[bytes, bytes]:
    """The station's public keys, readable without the passphrase."""
    doc = _load(home)
    return b64d(doc["public"]["sign_pk"], "sign_pk", 32), b64d(doc["public"]["box_pk"], "box_pk", 32)


def unlock(home: Path, passphrase: str) -> Keys:
    doc = _load(home)
    kdf = doc["kdf"]
    started = time.perf_counter()
    key = _derive(passphrase, b64d(kdf["salt"]), int(kdf["opslimit"]), int(kdf["memlimit"]))
    log.debug("key derived in %.0f ms", (time.perf_counter() - started) * 1000)
    try:
        secret = parse_json(nacl.secret.SecretBox(key).decrypt(b64d(doc["sealed"])), "keystore")
    except nacl.exceptions.CryptoError:
        raise WrongPassphrase() from None
    keys = Keys(
        SigningKey(b64d(secret["sign_sk"], "sign_sk", 32)),
        PrivateKey(b64d(secret["box_sk"], "box_sk", 32)),
        b64d(secret["data_key"], "data_key", 32),
        [(SigningKey(b64d(r["sign_sk"], "sign_sk", 32)), PrivateKey(b64d(r["box_sk"], "box_sk", 32)))
         for r in secret.get("retired", [])],
    )
    if b64e(keys.sign_pk) != doc["public"]["sign_pk"] or b64e(keys.box_pk) != doc["public"]["box_pk"]:
        raise DecodeError("the keystore's public keys do not match its private keys", what="keystore")
    log.info("keystore unlocked")
    return keys


def change_passphrase(home: Path, old: str, new: str) -> None:
    """Re-wrap the keys under ``new``; a wrong ``old`` changes nothing."""
    check_passphrase_rules(new)
    keys = unlock(home, old)
    write(home, keys, new)
    log.info("passphrase changed")


def write(home: Path, keys: Keys, passphrase: str) -> None:
    """Replace the keystore with ``keys`` sealed under ``passphrase`` (used by rotation too)."""
    atomic_write(Path(home) / KEYSTORE_FILE, _seal(keys, passphrase, kdf_profile()))
