#!/usr/bin/env python3
"""The docxtpl (Python) peer of the report benchmark.

make-template OURS.docx FIGURES.json TEMPLATE.docx CONTEXT.json
    Turns the report taizhang wrote into an equivalent docxtpl template: every run that prints a figure (in the
    order of FIGURES.json, which `taizhang report fill --provenance` wrote) becomes {{ fN }}, and CONTEXT.json
    holds the same figures, so both tools produce the same document from the same numbers.
render TEMPLATE.docx CONTEXT.json --repeat N [--out OUT.docx]
    Loads the template, fills it and saves it N times; prints min / p50 / max in ms on one line.
"""
import argparse, io, json, statistics, sys, time

from docx import Document


def runs_in_order(document):
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit('}', 1)[-1]
        if tag == 'p':
            yield from (r for r in child.iter() if r.tag.endswith('}r'))
        elif tag == 'tbl':
            yield from (r for r in child.iter() if r.tag.endswith('}r'))


def make_template(args):
    figures = [f["text"] for f in json.load(open(args.figures, encoding="utf-8"))]
    document = Document(args.ours)
    ns = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
    index = 0
    for run in runs_in_order(document):
        if index == len(figures):
            break
        texts = [t for t in run.iter(ns + 't')]
        if len(texts) == 1 and texts[0].text == figures[index]:
            texts[0].text = '{{ f%d }}' % index
            index += 1
    if index != len(figures):
        sys.exit(f"docxtpl_peer: tagged {index} of {len(figures)} figures")
    document.save(args.template)
    json.dump({f"f{i}": text for i, text in enumerate(figures)}, open(args.context, "w", encoding="utf-8"),
              ensure_ascii=False)
    print(f"docxtpl_peer: template with {index} tags")


def render(args):
    from docxtpl import DocxTemplate
    context = json.load(open(args.context, encoding="utf-8"))
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        template = DocxTemplate(args.template)
        template.render(context)
        buffer = io.BytesIO()
        template.save(buffer)
        times.append((time.perf_counter() - start) * 1000)
    if args.out:
        open(args.out, "wb").write(buffer.getvalue())
    times.sort()
    print(f"{times[0]:.1f} {statistics.median(times):.1f} {times[-1]:.1f}")


parser = argparse.ArgumentParser()
sub = parser.add_subparsers(dest="command", required=True)
make = sub.add_parser("make-template")
for name in ("ours", "figures", "template", "context"):
    make.add_argument(name)
run = sub.add_parser("render")
run.add_argument("template")
run.add_argument("context")
run.add_argument("--repeat", type=int, default=20)
run.add_argument("--out")
args = parser.parse_args()
make_template(args) if args.command == "make-template" else render(args)
