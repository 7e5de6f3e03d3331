#!/usr/bin/env python3
"""Independent check of an official document (.docx) against the GB/T 9704-2012 layout in FORMATS.md.

Usage: check_layout.py FILE.docx [--out DIR] [--keep-pdf]

1. Reads the document back with python-docx (a second, independent reader): page size, margins, the line
   grid, document defaults, body/title/heading fonts (w:eastAsia) and sizes, first-line indents, even/odd
   footers with the PAGE field, no theme fonts anywhere, every w:rFonts naming ascii, hAnsi and eastAsia.
2. Converts it with LibreOffice to PDF (private profile, so parallel runs do not clash) and checks with poppler:
   pdfinfo says every page is A4; pdftotext -bbox-layout / -layout show a full body page of 22 lines on the
   28.95 pt grid starting at the top margin, and full body lines of 28 characters.
3. Writes PNGs of every page (pdftoppm -png -r 60) to DIR (default out/screenshots/docx).

Exit status 0 and a one-line summary on success; 1 and one line per failure otherwise; 2 when a tool is
missing. Needs: python-docx (PyPI), LibreOffice (soffice), poppler-utils (pdfinfo, pdftotext, pdftoppm).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

try:
    import docx
    from docx.oxml.ns import qn
except ImportError:
    print("check_layout: python-docx is missing (pip install python-docx)", file=sys.stderr)
    sys.exit(2)

# The layout, in twips and half-points (FORMATS.md).
PAGE = (11906, 16838)
MARGINS = {"top": 2098, "left": 1588, "right": 1474, "bottom": 1984}
LINE_PITCH = 579
BODY_FONT, TITLE_FONT, HEI, KAI = "仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312"
HEADING_FONTS = {1: HEI, 2: KAI, 3: BODY_FONT, 4: BODY_FONT}
NO_BOLD_FONTS = {TITLE_FONT, HEI, KAI}
LINES_PER_PAGE, CHARS_PER_LINE = 22, 28
PT_PER_TWIP = 1 / 20

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

failures = []
# How often each kind of failure was seen (a message without its “quoted” place), to report the first few only.
failure_kinds = {}
REPORTED_PER_KIND = 3


def fail(message):
    kind = re.sub(r"“[^”]*”|page \d+", "…", message)
    failure_kinds[kind] = failure_kinds.get(kind, 0) + 1
    if failure_kinds[kind] <= REPORTED_PER_KIND:
        failures.append(message)


def expect(condition, message):
    if not condition:
        fail(message)
    return condition


# ---------------------------------------------------------------- python-docx side

def effective(paragraph, run, getter):
    """A property as Word resolves it: the run, then the paragraph's style chain, then the document defaults."""
    value = getter(run._r.rPr) if run is not None and run._r.rPr is not None else None
    if value is not None:
        return value
    style = paragraph.style
    while style is not None:
        rpr = style.element.rPr
        if rpr is not None:
            value = getter(rpr)
            if value is not None:
                return value
        style = style.base_style
    defaults = paragraph.part.document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    return getter(defaults) if defaults is not None else None


def east_asia_font(rpr):
    fonts = rpr.find(qn("w:rFonts"))
    return fonts.get(qn("w:eastAsia")) if fonts is not None else None


def half_points(rpr):
    size = rpr.find(qn("w:sz"))
    return int(size.get(qn("w:val"))) if size is not None else None


def is_bold(rpr):
    bold = rpr.find(qn("w:b"))
    if bold is None:
        return None
    return bold.get(qn("w:val"), "true") not in ("0", "false", "off")


def char_spacing(rpr):
    spacing = rpr.find(qn("w:spacing"))
    return int(spacing.get(qn("w:val"))) if spacing is not None else None


def paragraph_property(paragraph, tag, attribute):
    """A w:pPr attribute, direct or from the style chain."""
    ppr = paragraph._p.pPr
    node = ppr.find(qn(tag)) if ppr is not None else None
    if node is not None and node.get(qn(attribute)) is not None:
        return node.get(qn(attribute))
    style = paragraph.style
    while style is not None:
        ppr = style.element.pPr
        node = ppr.find(qn(tag)) if ppr is not None else None
        if node is not None and node.get(qn(attribute)) is not None:
            return node.get(qn(attribute))
        style = style.base_style
    return None


def check_document(path):
    document = docx.Document(path)
    section = document.sections[0]
    expect(
        (section.page_width.twips, section.page_height.twips) == PAGE,
        f"page size {section.page_width.twips}×{section.page_height.twips} twips, expected A4 {PAGE[0]}×{PAGE[1]}",
    )
    for side, expected in MARGINS.items():
        actual = getattr(section, f"{side}_margin").twips
        expect(actual == expected, f"{side} margin {actual} twips, expected {expected}")

    grid = section._sectPr.find(qn("w:docGrid"))
    expect(
        grid is not None and grid.get(qn("w:type")) == "lines" and grid.get(qn("w:linePitch")) == str(LINE_PITCH),
        f"docGrid must be type=lines linePitch={LINE_PITCH}, found "
        f"{None if grid is None else dict((k.split('}')[1], v) for k, v in grid.attrib.items())}",
    )

    # Document defaults must not keep Word's 10 pt space after and 1.15 spacing.
    ppr_default = document.styles.element.find(f"{W}docDefaults/{W}pPrDefault/{W}pPr/{W}spacing")
    expect(
        ppr_default is not None and ppr_default.get(qn("w:after")) == "0"
        and ppr_default.get(qn("w:lineRule")) == "exact",
        "docDefaults must set spacing after=0 and an exact line rule",
    )

    paragraphs = document.paragraphs
    texts = [p for p in paragraphs if p.text.strip()]
    expect(texts, "the document has no text")
    if not texts:
        return {}

    title = texts[0]
    for run in title.runs:
        font = effective(title, run, east_asia_font)
        size = effective(title, run, half_points)
        expect(font == TITLE_FONT, f"title “{title.text[:12]}” in {font}, expected {TITLE_FONT}")
        expect(size == 44, f"title size {size} half-points, expected 44 (2号)")
        expect(not effective(title, run, is_bold), "title is in Word bold")
    expect(paragraph_property(title, "w:jc", "w:val") == "center", "title is not centred")

    counts = {"body": 0, 1: 0, 2: 0, 3: 0, 4: 0}
    for paragraph in texts[1:]:
        style_id = paragraph.style.style_id if paragraph.style is not None else ""
        level = int(style_id[-1]) if re.fullmatch(r"Heading[1-4]", style_id) else None
        if level is None and style_id != "Normal":
            continue
        counts[level or "body"] += 1
        where = f"“{paragraph.text[:14]}”"
        expected_font = HEADING_FONTS[level] if level else BODY_FONT
        for run in paragraph.runs:
            if not run.text.strip():
                continue
            font = effective(paragraph, run, east_asia_font)
            size = effective(paragraph, run, half_points)
            expect(font == expected_font, f"{where}: font {font}, expected {expected_font}")
            expect(size == 32, f"{where}: size {size} half-points, expected 32 (3号)")
            expect(effective(paragraph, run, char_spacing) == -5, f"{where}: character spacing is not −0.25 pt")
            if font in NO_BOLD_FONTS:
                expect(not effective(paragraph, run, is_bold), f"{where}: Word bold on {font}")
        expect(
            paragraph_property(paragraph, "w:ind", "w:firstLineChars") == "200",
            f"{where}: first-line indent is not 2 characters",
        )
        expect(
            paragraph_property(paragraph, "w:spacing", "w:line") == str(LINE_PITCH)
            and paragraph_property(paragraph, "w:spacing", "w:lineRule") == "exact",
            f"{where}: line spacing is not exactly {LINE_PITCH} twips",
        )
        if level:
            expect(
                paragraph_property(paragraph, "w:outlineLvl", "w:val") == str(level - 1),
                f"{where}: heading level {level} without outlineLvl {level - 1}",
            )
        else:
            expect(paragraph_property(paragraph, "w:jc", "w:val") == "both", f"{where}: body is not justified")
    expect(counts["body"] > 0, "no body paragraph (style Normal) with text")

    # Footers: the PAGE field between dashes; even pages get their own footer when alternating.
    def footer_ok(footer, name):
        xml = footer._element.xml
        expect("PAGE" in xml and "—" in xml, f"{name} footer lacks “— PAGE —”")
        for paragraph in footer.paragraphs:
            for run in paragraph.runs:
                if run.text.strip():
                    font = effective(paragraph, run, east_asia_font)
                    size = effective(paragraph, run, half_points)
                    expect(size == 28, f"{name} footer page number size {size}, expected 28 (4号)")
                    expect(font == "宋体", f"{name} footer page number in {font}, expected 宋体")
        return xml

    expect(not section.footer.is_linked_to_previous, "no default footer")
    default_xml = footer_ok(section.footer, "default (odd)") if not section.footer.is_linked_to_previous else ""
    alternating = document.settings.odd_and_even_pages_header_footer
    if alternating:
        expect(not section.even_page_footer.is_linked_to_previous, "evenAndOddHeaders set but no even footer")
        if not section.even_page_footer.is_linked_to_previous:
            even_xml = footer_ok(section.even_page_footer, "even")
            expect('w:val="left"' in even_xml, "even-page number is not on the left")
        expect('w:val="right"' in default_xml, "odd-page number is not on the right")
    else:
        expect('w:val="center"' in default_xml, "page number is neither alternating nor centred")
    return {"alternating": alternating, **{f"h{k}": v for k, v in counts.items() if k != "body"}, "body": counts["body"]}


def check_package(path):
    """Raw XML checks python-docx does not expose: theme fonts and incomplete w:rFonts in any part."""
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if not name.endswith(".xml") or not name.startswith("word/"):
                continue
            text = package.read(name).decode("utf-8")
            if re.search(r"w:(ascii|hAnsi|eastAsia|cs)Theme=", text):
                fail(f"{name} uses theme fonts")
            root = ET.fromstring(text)
            for fonts in root.iter(f"{W}rFonts"):
                missing = [a for a in ("ascii", "hAnsi", "eastAsia") if fonts.get(f"{W}{a}") is None]
                if missing:
                    fail(f"{name}: w:rFonts without {', '.join(missing)}")
                    break


# ---------------------------------------------------------------- PDF side

def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def convert(path, workdir):
    profile = tempfile.mkdtemp(prefix="lo-profile-", dir=workdir)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", workdir, path], timeout=180)
    pdf = os.path.join(workdir, os.path.splitext(os.path.basename(path))[0] + ".pdf")
    if not os.path.exists(pdf):
        raise RuntimeError("LibreOffice produced no PDF")
    return pdf


def wide(character):
    return unicodedata.east_asian_width(character) in ("W", "F")


# Closing punctuation may hang past the right margin (Word's overflowPunct and LibreOffice's hanging punctuation,
# both on by default); it is not one of the line's 28 characters.
HANGING = set("，。、；：！？）》」』】”’")


def without_hanging(text):
    return text[:-1] if len(text) == CHARS_PER_LINE + 1 and text[-1] in HANGING else text


def bbox_lines(pdf):
    """Lines per page from pdftotext -bbox-layout: (yMin, yMax, xMin, xMax, text)."""
    html = run(["pdftotext", "-bbox-layout", pdf, "-"]).stdout
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", html).replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    pages = []
    for page in root.iter("page"):
        lines = []
        for line in page.iter("line"):
            words = [w.text or "" for w in line.iter("word")]
            lines.append((float(line.get("yMin")), float(line.get("yMax")), float(line.get("xMin")),
                          float(line.get("xMax")), "".join(words)))
        lines.sort()
        pages.append((float(page.get("width")), float(page.get("height")), lines))
    return pages


def check_pdf(pdf):
    info = run(["pdfinfo", "-l", "9999", pdf]).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)
    expect(sizes, "pdfinfo lists no pages")
    for number, (width, height) in enumerate(sizes, 1):
        expect(abs(float(width) - 595) <= 1 and abs(float(height) - 842) <= 1,
               f"page {number} is {width}×{height} pt, not A4 (595×842)")

    top = MARGINS["top"] * PT_PER_TWIP
    left = MARGINS["left"] * PT_PER_TWIP
    right = (PAGE[0] - MARGINS["right"]) * PT_PER_TWIP
    bottom = (PAGE[1] - MARGINS["bottom"]) * PT_PER_TWIP
    pitch = LINE_PITCH * PT_PER_TWIP

    pages = bbox_lines(pdf)
    best_page, best_run = None, 0
    for number, (_, _, lines) in enumerate(pages, 1):
        body = [line for line in lines if line[1] <= bottom + 2]
        if not body:
            continue
        expect(body[0][0] >= top - 1.5, f"page {number}: text starts {body[0][0]:.1f} pt from the top, above the "
               f"{top:.1f} pt margin")
        expect(min(line[2] for line in body) >= left - 1.5,
               f"page {number}: text starts {min(l[2] for l in body):.1f} pt from the left, inside the margin")
        # The longest stretch of consecutive lines exactly one grid pitch apart, starting on the first line.
        length = 1
        for previous, current in zip(body, body[1:]):
            if abs(current[0] - previous[0] - pitch) > 0.6:
                break
            length += 1
        if length > best_run:
            best_page, best_run = number, length
    expect(best_run == LINES_PER_PAGE,
           f"no full page of body text holds {LINES_PER_PAGE} lines on the {pitch:.2f} pt grid "
           f"(best: page {best_page}, {best_run} lines)")
    full_lines = []
    if best_page:
        lines = [line for line in pages[best_page - 1][2] if line[1] <= bottom + 2]
        first = lines[0]
        expect(first[0] < top + pitch, f"page {best_page}: first line {first[0]:.1f} pt, not on the first grid line")
        for line in lines:
            text = line[4].replace(" ", "")
            hangs = bool(text) and text[-1] in HANGING and 4 <= line[3] - right < pitch
            if abs(line[2] - left) < 2 and (abs(line[3] - right) < 4 or hangs) and text and all(map(wide, text)):
                full_lines.append(without_hanging(text))
        expect(full_lines, f"page {best_page}: no full line of Chinese text to count")
        for text in full_lines:
            expect(len(text) == CHARS_PER_LINE, f"page {best_page}: full line of {len(text)} characters, "
                   f"expected {CHARS_PER_LINE}: {text}")

    # The same count from pdftotext -layout, the plain reading a person would do.
    layout = run(["pdftotext", "-layout", pdf, "-"]).stdout.split("\f")
    if best_page and best_page <= len(layout):
        rows = [row for row in layout[best_page - 1].splitlines() if row.strip()]
        body_rows = [row for row in rows if not re.fullmatch(r"\s*—\s*\d+\s*—\s*", row)]
        expect(len(body_rows) == LINES_PER_PAGE,
               f"pdftotext -layout page {best_page}: {len(body_rows)} lines of text, expected {LINES_PER_PAGE}")
        longest = max((len(without_hanging(row.replace(" ", ""))) for row in body_rows
                       if all(wide(c) for c in row.replace(" ", ""))), default=0)
        expect(longest == CHARS_PER_LINE,
               f"pdftotext -layout page {best_page}: longest all-Chinese line {longest}, expected {CHARS_PER_LINE}")
        expect(len(rows) - len(body_rows) == 1, f"pdftotext -layout page {best_page}: no “— n —” page number")
    return {"pages": len(sizes), "full_page": best_page, "full_lines": len(full_lines)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docx")
    parser.add_argument("--out", default="out/screenshots/docx", help="where the PNGs go")
    parser.add_argument("--keep-pdf", action="store_true", help="copy the PDF next to the PNGs")
    arguments = parser.parse_args()

    for tool in ("pdfinfo", "pdftotext", "pdftoppm"):
        if shutil.which(tool) is None:
            print(f"check_layout: {tool} is missing (Debian package poppler-utils)", file=sys.stderr)
            return 2
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        print("check_layout: soffice is missing (Debian package libreoffice-writer)", file=sys.stderr)
        return 2

    path = os.path.abspath(arguments.docx)
    try:
        facts = check_document(path)
    except Exception as error:  # a reader failing is itself the finding
        fail(f"python-docx cannot read the document: {error}")
        facts = {}
    check_package(path)

    workdir = tempfile.mkdtemp(prefix="check-layout-")
    try:
        pdf = convert(path, workdir)
        facts.update(check_pdf(pdf))
        os.makedirs(arguments.out, exist_ok=True)
        stem = os.path.splitext(os.path.basename(path))[0]
        for old in os.listdir(arguments.out):
            if old.startswith(stem + "-") and old.endswith(".png"):
                os.remove(os.path.join(arguments.out, old))
        run(["pdftoppm", "-png", "-r", "60", pdf, os.path.join(arguments.out, stem)])
        if arguments.keep_pdf:
            shutil.copy(pdf, arguments.out)
    except subprocess.CalledProcessError as error:
        fail(f"{' '.join(error.cmd[:2])} failed: {error.stderr.strip()[:300]}")
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        fail(f"PDF conversion failed: {error}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    name = os.path.basename(path)
    if failures:
        for message in failures:
            print(f"check_layout: {name}: {message}", file=sys.stderr)
        for kind, count in failure_kinds.items():
            if count > REPORTED_PER_KIND:
                print(f"check_layout: {name}: … {count - REPORTED_PER_KIND} more like “{kind}”", file=sys.stderr)
        return 1
    print(f"check_layout: {name} OK — A4, GB/T 9704 margins, grid {LINE_PITCH}, "
          f"{facts.get('pages')} pages, page {facts.get('full_page')} has {LINES_PER_PAGE} lines × "
          f"{CHARS_PER_LINE} characters ({facts.get('full_lines')} full lines), headings "
          f"{facts.get('h1')}/{facts.get('h2')}/{facts.get('h3')}/{facts.get('h4')}, body paragraphs "
          f"{facts.get('body')}, footers {'odd/even' if facts.get('alternating') else 'centred'}; PNGs in "
          f"{arguments.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
