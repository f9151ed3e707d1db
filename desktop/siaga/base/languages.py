"""The languages Siaga speaks: its interface, its codebook's labels and its rendered reports.

Reports, code lines and the codebook read in every language of :data:`LANGUAGES` (those of
ASEAN's members); the app's own words (its interface) exist in :data:`INTERFACE_LANGUAGES`.
Languages are named from the Unicode CLDR (``base/cldr.py``), never by hand.
"""

#: every language reports and the codebook read in, by ISO 639 code (the one list: tests and options use it)
LANGUAGES = ("en", "id", "ms", "th", "vi", "fil", "km", "lo", "my")

#: the languages of the app's interface and of its texts outside the codebook (glossary, clocks)
INTERFACE_LANGUAGES = ("en", "id")

#: the language the interface's strings are written in (it needs no translation)
SOURCE_LANGUAGE = "en"


def reading_language(lang: object) -> str:
    """``lang`` if reports can be read in it, else English."""
    return lang if isinstance(lang, str) and lang in LANGUAGES else "en"


def interface_language(lang: object) -> str:
    """``lang`` if the interface speaks it, else English."""
    return lang if isinstance(lang, str) and lang in INTERFACE_LANGUAGES else "en"
