"""What a station keeps on disk: the encrypted database, its field cipher, terms and blind
indexes, the inbox query, the audit log, the keystore, preferences and delivery states.

The only folder with SQL. May import: :mod:`siaga.base` and :mod:`siaga.protocol`.
"""
