"""Commands on report templates: report template list, report template show (a draft to edit and file)."""

from __future__ import annotations

import argparse

from ..protocol import codebook
from ..station.report_templates import template, template_draft, templates, usable
from .common import lang_of, print_json


def cmd_template_list(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    book = codebook.current()
    found = [t for t in templates() if usable(t, book)]
    if args.json:
        print_json([{"code": t.code, "label": t.label(lang), "description": t.description(lang),
                     "observations": list(t.observations), "indicators": list(t.indicator_types)} for t in found])
        return 0
    for t in found:
        print(f"{t.code:12} {t.label(lang)}")
        print(f"{'':12} {t.description(lang)}")
        print(f"{'':12} observations: {', '.join(book.label('observations', o, lang) for o in t.observations)}")
        print(f"{'':12} typical indicators: {', '.join(t.indicator_types)}")
    return 0


def cmd_template_show(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    chosen = template(args.name)
    print_json(template_draft(chosen, codebook.current(), lang, args.country or ()))
    return 0
