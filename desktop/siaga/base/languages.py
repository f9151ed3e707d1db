"""The languages Siaga speaks: its interface, its codebook's labels and its rendered reports."""

#: every language, by ISO 639-1 code
LANGUAGES = ("en", "id")

#: the language the interface's strings are written in (it needs no translation)
SOURCE_LANGUAGE = "en"
