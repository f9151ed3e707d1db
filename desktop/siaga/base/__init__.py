"""The ground floor: typed errors, canonical encoding, durable file writes, data files, logging, languages.

May import: the standard library and third-party packages only (nothing else of Siaga).
"""
