#!/usr/bin/env python3
"""Generate the project ledger sheet fixtures (重点项目推进情况表) of ProjectSheetTests with independent writers.

openpyxl writes sheets shaped like the ones offices send: title lines above the header, a 序号 column, header
variants, a merged two-row header, section headings, a 合计 line and notes below; LibreOffice re-saves the
merged-header sheet as a workbook of its own making. Run from anywhere:

    python3 Tests/TaizhangOfficeTests/Fixtures/make_project_fixtures.py

Requires openpyxl and, for projects-libreoffice.xlsx, LibreOffice (skipped with a message when missing). The org
units named (海星经济技术开发区 = HX-KF, 海星高新区 = HX-GX) are those of TestSupport.swift.
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl
from openpyxl.styles import Font

OUT = os.path.dirname(os.path.abspath(__file__))


def save(workbook, name):
    path = os.path.join(OUT, name)
    workbook.save(path)
    print("wrote", name)
    return path


def alias_headers():
    """Title lines, 序号 first, alias headers, optional columns, a section heading, 合计 and a note."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "推进情况"
    ws.append(["河西经开区2026年1—10月重点项目推进情况表"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None,
               None, None, "单位：万元"])
    header = ["序号", "项目编号", "项目名称", "建设性质（新建/扩建/技改）", "建设规模及内容", "总投资（万元）",
              "今年计划完成投资", "1—10月累计完成投资", "本月完成", "计划开工时间", "计划竣工时间", "包抓领导",
              "责任单位", "服务单位", "项目类型", "建设阶段", "项目进展情况", "存在问题及建议",
              "所属园区", "项目级别", "产业链", "投资方", "签约金额"]
    ws.append(header)
    for cell in ws[3]:
        cell.font = Font(bold=True)
    ws.append(["一、续建项目"])
    # Row 5: every cell typed the plain way; dates as date cells.
    ws.append([1, "HX-2024-001", "年产10万吨绿色食品加工项目", "新建", "建设厂房3万平方米及生产线", 52000,
               12000, 9800.5, 1200, datetime.date(2024, 3, 15), datetime.date(2026, 12, 31), "张三、李四",
               "区经发局", "区住建局", "产业项目", "续建", "主体完工，设备安装中", "供电线路待接入",
               "海星经济技术开发区", "省重点、市重点", "绿色食品", "海星食品集团", 60000])
    # Row 6: thousands separators and full-width digits as text, a date typed as text, a date serial that lost
    # its format, a code given as a number, leaders split by a full-width comma.
    ws.append([2, 2026002, "新材料产业园二期", "扩建", None, "120,000", "３０００", "2,500.25", "0",
               "2026年3月", 46387, "王五，赵六", "区发改委", None, "产业项目", "新开工", "完成桩基", None,
               "HX-GX", "市百大产业链", "新材料", None, None])
    ws.append(["二、新开工项目"])
    # Row 8: a sparse line: no optional values, dates as “2026.5” text and “2027年底”.
    ws.append([3, "HX-2026-003", "智能装备产业园", "技改", None, 8000.75, None, None, None, "2026.5", "2027年底",
               None, None, None, None, "前期", None, None, None, None, None, None, None])
    ws.append(["合计", None, "共3个项目", None, None, 180000.75, 15000, 12300.75, 1200])
    ws.append(["填表人：张三    联系电话：0000-1234567"])
    save(wb, "projects-alias-headers.xlsx")


MERGED_HEADER_TOP = ["序号", "项目编号", "项目名称", "建设性质", "建设内容", "投资情况（万元）", None, None, None,
                     "计划开工时间", "计划竣工时间", "包联领导", "责任单位", "服务单位", "项目类型", "建设阶段",
                     "本月进展", "问题和建议"]
MERGED_HEADER_BOTTOM = [None, None, None, None, None, "总投资", "2026年计划投资", "1-10月累计完成投资", "10月完成投资"]


def merged_header():
    """A two-row header: the amount columns grouped under a merged “投资情况（万元）”, the others merged down; the
    title names the year only, the month comes from “1-10月累计完成投资”."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "重点项目"
    ws.append(["2026年全区重点项目推进情况表"])
    ws.merge_cells("A1:R1")
    ws.append(["单位：万元"])
    ws.append(MERGED_HEADER_TOP)
    ws.append(MERGED_HEADER_BOTTOM)
    ws.merge_cells("F3:I3")
    for index, name in enumerate(MERGED_HEADER_TOP):
        if name is not None and index not in range(5, 9):
            letter = openpyxl.utils.get_column_letter(index + 1)
            ws.merge_cells(f"{letter}3:{letter}4")
    ws.append([1, "HX-KF-001", "海星港物流园", "新建", "仓储物流设施", 30000, 6000, 4500, 500,
               datetime.date(2025, 6, 1), datetime.date(2027, 6, 30), "张三", "区商务局", "区交通局",
               "基础设施项目", "续建", "仓库封顶", "用地指标不足"])
    ws.append([2, "HX-KF-002", "光伏组件技改", "技改", "更新生产线", 6000, 2000, 2000, 0,
               datetime.date(2026, 2, 1), datetime.date(2026, 9, 30), "李四", "区工信局", None,
               "产业项目", "竣工", "已竣工验收", None])
    ws.append([None, "合计", None, None, None, 36000, 8000, 6500, 500])
    return save(wb, "projects-merged-header.xlsx")


def libreoffice_copy(source):
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        print("libreoffice not found: skipping projects-libreoffice.xlsx", file=sys.stderr)
        return
    work = tempfile.mkdtemp()
    try:
        staged = os.path.join(work, "projects-libreoffice.xlsx")
        shutil.copy(source, os.path.join(work, "input.xlsx"))
        out = os.path.join(work, "out")
        os.mkdir(out)
        subprocess.run(
            [office, "--headless", f"-env:UserInstallation=file://{work}/profile",
             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, os.path.join(work, "input.xlsx")],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(os.path.join(out, "input.xlsx"), staged)
        shutil.copy(staged, os.path.join(OUT, "projects-libreoffice.xlsx"))
        print("wrote projects-libreoffice.xlsx")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def bad_rows():
    """One or more problems on each line, in the plain 17-column layout plus 所属单位 and 项目级别."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "推进情况"
    ws.append(["重点项目推进情况表"])
    ws.append(["项目编号", "项目名称", "建设性质", "建设内容", "总投资", "今年计划投资", "今年累计完成投资",
               "本月完成投资", "计划开工时间", "计划竣工时间", "包联领导", "责任单位", "服务单位", "项目类型",
               "建设阶段", "本月进展", "问题和建议", "所属单位", "项目级别"])
    rows = [
        # 3: fine.
        ["P-001", "好项目", "新建", None, 100, 50, 30, 10, "2026-01-01", "2026-12-31", "张三", None, None, None,
         "续建", None, None, "海星高新区", None],
        # 4: no code.
        [None, "没有编号的项目", "新建", None, 100, 50, 30, 10, None, None, None, None, None, None, "续建", None,
         None, None, None],
        # 5: no name; unknown stage.
        ["P-005", None, "新建", None, 100, 50, 30, 10, None, None, None, None, None, None, "在谈判", None, None,
         None, None],
        # 6: negative 总投资; 本月 > 累计.
        ["P-006", "负数项目", "新建", None, -100, 50, 30, 40, None, None, None, None, None, None, "续建", None,
         None, None, None],
        # 7: same code as row 3.
        ["P-001", "重复编号项目", "新建", None, 100, 50, 30, 10, None, None, None, None, None, None, "续建", None,
         None, None, None],
        # 8: bad date, unknown nature, unknown level, unknown org unit, “12万” not a number.
        ["P-008", "杂项错误项目", "新造", None, "12万", 50, 30, 10, "明年春天", None, None, None, None, None,
         "前期", None, None, "火星开发区", "国家级重点"],
        # 9: completion before start; blank stage.
        ["P-009", "倒序日期项目", "新建", None, 100, 50, 30, 10, "2026-06-01", "2026-03-01", None, None, None,
         None, None, None, None, None, None],
    ]
    for row in rows:
        ws.append(row)
    save(wb, "projects-bad-rows.xlsx")


if __name__ == "__main__":
    alias_headers()
    merged = merged_header()
    libreoffice_copy(merged)
    bad_rows()
