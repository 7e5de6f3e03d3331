#!/usr/bin/env bash
# Reports from the command line on a demo database: the three built-in reports filled for a demo zone and written
# as official .docx (read back by python-docx and converted to PDF by LibreOffice: A4, no repair), HTML and
# Markdown; a template with a figure the ledgers lack is refused with the slot named.
# Usage: report_cli.sh TAIZHANG_BIN DATABASE WORKDIR
set -euo pipefail
bin="$1" database="$2" work="$3/reports"
mkdir -p "$work"
cd "$(dirname "$0")/../.."

printf '一是企业服务专员走访企业XX家。\n' >"$work/masked.txt"
printf '园区亩均税收稳步提高，完成亩均评价企业全覆盖。\n' >"$work/enterprise.txt"
printf '项目要素保障仍有短板。\n' >"$work/problems.txt"
printf '坚持项目为王，推动产业链延链补链。\n' >"$work/next.txt"

"$bin" report fill --builtin economic-bulletin --unit HX-JK --period 2026-10 --date 2026-11-05 \
    --database "$database" -o "$work/economic.docx" --provenance "$work/economic.json" >/dev/null
"$bin" report fill --builtin project-bulletin --unit HX-JK --period 2026-10 --database "$database" \
    -o "$work/projects.html" >/dev/null
"$bin" report fill --builtin annual-summary --unit HX-GX --period 2025 --database "$database" \
    --section 企业服务与亩均评价="$work/enterprise.txt" --section 存在问题="$work/problems.txt" \
    --section 下一步工作思路="$work/next.txt" -o "$work/annual.docx" >/dev/null
"$bin" report fill --builtin annual-summary --unit HX-GX --period 2025 --database "$database" \
    --section 企业服务与亩均评价="$work/enterprise.txt" --section 存在问题="$work/problems.txt" \
    --section 下一步工作思路="$work/next.txt" -o "$work/annual.md" >/dev/null

# A writer section still holding a mask, and a figure nobody reported, stop the report with their places.
if "$bin" report fill --builtin annual-summary --unit HX-GX --period 2025 --database "$database" \
    --section 企业服务与亩均评价="$work/masked.txt" --section 存在问题="$work/problems.txt" \
    --section 下一步工作思路="$work/next.txt" -o "$work/bad.docx" 2>"$work/bad.err"; then
    echo "report_cli: a section with XX was accepted" >&2; exit 1
fi
grep -q "占位符" "$work/bad.err" || { cat "$work/bad.err"; echo "report_cli: the mask was not reported" >&2; exit 1; }
[ ! -e "$work/bad.docx" ] || { echo "report_cli: a refused report left a file" >&2; exit 1; }

python3 - "$work" <<'PY'
import json, pathlib, re, sys
from docx import Document
work = pathlib.Path(sys.argv[1])
for name, title in [("economic.docx", "河西经济技术开发区经济运行简报"), ("annual.docx", "2025年工作总结")]:
    doc = Document(work / name)
    texts = [p.text for p in doc.paragraphs]
    assert any(title in t for t in texts), (name, texts[:3])
    body = "\n".join(texts)
    assert not re.search(r"XX|【|】", body), (name, "unfilled or bracket left")
    sect = doc.sections[0]
    assert (sect.page_width, sect.page_height) == (7560945, 10692130) or abs(sect.page_width.mm - 210) < 0.5, name
    assert doc.tables, (name, "no indicator table")
annual = "\n".join(p.text for p in Document(work / "annual.docx").paragraphs)
for heading in ["五、存在问题", "项目要素保障仍有短板。", "六、下一步工作思路"]:
    assert heading in annual, heading
figures = json.loads((work / "economic.json").read_text())
assert len(figures) > 40 and all(f["provenance"]["sources"] for f in figures), "provenance"
html = (work / "projects.html").read_text()
assert "重点项目建设调度通报" in html and 'class="figure"' in html and "http" not in html.split("<body>")[1], "html"
md = (work / "annual.md").read_text()
assert md.startswith("# 河西高新技术产业开发区2025年工作总结"), md[:60]
print("report_cli: economic and annual .docx read back by python-docx; html and markdown checked")
PY

# The economic bulletin as plain text is a draft with real figures: it checks against the ledgers, and with one
# figure changed that figure (and only it) is listed as disagreeing, with the stored value.
python3 - "$work" <<'PY'
import pathlib, re, sys
from docx import Document
work = pathlib.Path(sys.argv[1])
text = "\n".join(p.text for p in Document(work / "economic.docx").paragraphs if p.text.strip())
text = text.split("附件：数据来源")[0]
(work / "economic.txt").write_text(text, encoding="utf-8")
wrong, n = re.subn(r"(地区生产总值)(\d+)\.(\d\d)(亿元)", lambda m: f"{m[1]}{int(m[2]) + 1}.{m[3]}{m[4]}", text, count=1)
assert n == 1
(work / "wrong.txt").write_text(wrong, encoding="utf-8")
PY
# (The demo's 新开工/竣工 counts in the indicator ledger differ from its project ledger: those two are listed
# either way.) The wrong figure adds exactly one line, for 地区生产总值, with the stored value.
set +e
"$bin" draft check "$work/economic.txt" --unit HX-JK --period 2026-10 --database "$database" >"$work/check.out"
"$bin" draft check "$work/wrong.txt" --unit HX-JK --period 2026-10 --database "$database" >"$work/wrong.out"
status=$?
set -e
[ "$status" -eq 2 ] || { cat "$work/wrong.out"; echo "report_cli: a planted wrong figure passed (exit $status)" >&2; exit 1; }
diff <(grep '^不一致' "$work/check.out" | sed 's/第[0-9]*字//') <(grep '^不一致' "$work/wrong.out" | sed 's/第[0-9]*字//') \
    | grep '^>' >"$work/planted.out" || true
[ "$(wc -l <"$work/planted.out")" -eq 1 ] && grep -qE '地区生产总值：台账为[0-9.]+亿元' "$work/planted.out" || {
    cat "$work/check.out" "$work/wrong.out"; echo "report_cli: the planted figure is not the one listed" >&2; exit 1; }
grep -q '^一致.*地区生产总值' "$work/check.out" || { echo "report_cli: GDP does not agree in our own report" >&2; exit 1; }
# And the draft becomes a template that checks clean.
"$bin" draft template "$work/economic.txt" -o "$work/economic.template.txt" 2>/dev/null
"$bin" report check "$work/economic.template.txt" >/dev/null

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$work" \
    "$work/economic.docx" "$work/annual.docx" >/dev/null 2>&1
for pdf in economic annual; do
    pdfinfo "$work/$pdf.pdf" | awk -v f="$pdf" '/Page size/ {
        if ($3 < 594 || $3 > 596.5 || $5 < 841 || $5 > 843) { print "report_cli: " f ".pdf is " $3 "x" $5 ", not A4" > "/dev/stderr"; exit 1 } }'
done
echo "report_cli: 3 built-in reports as .docx/.html/.md, LibreOffice renders A4, a masked section is refused," \
    "a planted wrong figure is found, a draft becomes a template"
