"""What travels between stations, as pure functions over bytes and dicts.

The codebook, messages, envelopes, contact cards (with their fingerprint digits),
code lines, indicators, handling rules, rendering, transport framing (signed
requests, batches, receipts) and key statements. ``docs/PROTOCOL.md`` is the
specification.

May import: :mod:`siaga.base`. No SQL, no HTTP, no disk.
"""
