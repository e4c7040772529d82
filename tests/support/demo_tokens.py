"""Signs in to a running demo Parley as its member, moderator and admin, and prints their
access tokens (one line each: role token). Reads the accounts from the demo-accounts.txt the
demo writes; computes the staff's two-factor codes (RFC 6238: SHA-1, 30 s, 6 digits) from the
keys printed there, as an authenticator app would.

    python3 tests/support/demo_tokens.py DATA_DIR/demo-accounts.txt http://127.0.0.1:PORT
"""

import base64
import hashlib
import hmac
import json
import re
import struct
import sys
import time
import urllib.error
import urllib.request


def totp(key: str, step: int) -> str:
    secret = base64.b32decode(key + "=" * (-len(key) % 8))
    counter = struct.pack(">Q", step)
    digest = hmac.new(secret, counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{code % 1_000_000:06d}"


def login(base: str, email: str, password: str, key: str | None) -> str:
    # A code is accepted once: the demo's own seeding may have used this step's code, so a
    # refused code is tried again at the next step, as a person would.
    for attempt in range(3):
        body = {"email": email, "password": password}
        if key:
            body["totp"] = totp(key, int(time.time()) // 30)
        request = urllib.request.Request(
            f"{base}/api/v1/auth/login",
            data=json.dumps(body).encode(),
            headers={"content-type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request) as answer:
                return json.load(answer)["access_token"]
        except urllib.error.HTTPError as refused:
            if not key or refused.code != 401 or attempt == 2:
                raise
            time.sleep(30 - time.time() % 30 + 0.5)
    raise AssertionError("unreachable")


def main() -> None:
    accounts_file, base = sys.argv[1], sys.argv[2].rstrip("/")
    text = open(accounts_file, encoding="utf-8").read()
    people = {}
    for match in re.finditer(
        r"^\s+(admin|moderator|member)\s+(\S+@\S+)\s+password: (.+?)\s*$"
        r"(?:\n\s+two-factor key[^:]*: (\S+))?",
        text,
        re.M,
    ):
        role, email, password, key = match.groups()
        people.setdefault(role, (email, password, key))
    for role in ("member", "moderator", "admin"):
        email, password, key = people[role]
        print(role, login(base, email, password, key))


if __name__ == "__main__":
    main()
