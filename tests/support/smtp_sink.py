"""A real SMTP server for Parley's tests (aiosmtpd), writing each accepted message to a folder.

Usage: python3 smtp_sink.py DIR [PORT]
Prints "READY <port>" once listening on 127.0.0.1 (on PORT when given, else a free one), and exits when its standard input closes (so
it never outlives the test process that started it). Recipients whose address starts with
"bounce" are refused with 550 (a permanent failure); those starting with "tempfail" with 451.
"""
import os
import socket
import sys
import uuid

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@", 1)[0].lower()
        if local.startswith("bounce"):
            return "550 5.1.1 No such mailbox"
        if local.startswith("tempfail"):
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(self.folder, uuid.uuid4().hex)
        with open(name + ".tmp", "wb") as f:
            f.write(("X-Envelope-To: " + ",".join(envelope.rcpt_tos) + "\r\n").encode())
            f.write(envelope.original_content or envelope.content)
        os.rename(name + ".tmp", name + ".eml")
        return "250 Message accepted for delivery"


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    wanted = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    for _ in range(20):
        if wanted:
            port = wanted
        else:
            probe = socket.socket()
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
            probe.close()
        controller = Controller(Sink(folder), hostname="127.0.0.1", port=port)
        try:
            controller.start()
            break
        except Exception:
            continue
    else:
        sys.exit("no free port for the SMTP sink")
    print(f"READY {port}", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
