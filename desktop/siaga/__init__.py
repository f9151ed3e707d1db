"""Siaga: cross-border cyber-incident early warning.

The package core (everything outside :mod:`siaga.gui`) never imports Qt.
"""

__version__ = "0.1.0"
