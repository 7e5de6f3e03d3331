#!/usr/bin/env python3
"""Read an .xlsx with openpyxl, an independent reader, and print what it sees as JSON.

Usage: python3 scripts/e2e/xlsx_readback.py FILE.xlsx

Prints {"sheets": [{"name", "state", "freeze_panes", "column_widths", "validations", "rows": [...]}]} where each
row is a list of cells {"ref", "type", "value", "number_format", "bold", "fill"} for non-empty cells. Numbers are
printed with repr() so that tests can compare them exactly; dates as ISO 8601.
"""
import datetime
import decimal
import json
import sys
import warnings

import openpyxl


def cell_json(cell):
    value = cell.value
    if isinstance(value, bool):
        kind, shown = "bool", value
    elif isinstance(value, (int, float, decimal.Decimal)):
        kind, shown = "number", repr(value)
    elif isinstance(value, (datetime.datetime, datetime.date)):
        kind, shown = "date", value.isoformat()
    else:
        kind, shown = "text", str(value)
    fill = cell.fill.fgColor.rgb if cell.fill is not None and cell.fill.fill_type == "solid" else None
    return {
        "ref": cell.coordinate,
        "type": kind,
        "value": shown,
        "number_format": cell.number_format,
        "bold": bool(cell.font and cell.font.b),
        "fill": fill if isinstance(fill, str) else None,
    }


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        workbook = openpyxl.load_workbook(sys.argv[1])
    sheets = []
    for sheet in workbook.worksheets:
        rows = []
        for row in sheet.iter_rows():
            cells = [cell_json(cell) for cell in row if cell.value is not None]
            if cells:
                rows.append(cells)
        widths = {key: dimension.width for key, dimension in sheet.column_dimensions.items() if dimension.customWidth}
        validations = [
            {"sqref": str(validation.sqref), "type": validation.type, "formula1": validation.formula1}
            for validation in sheet.data_validations.dataValidation
        ]
        sheets.append({
            "name": sheet.title,
            "state": sheet.sheet_state,
            "freeze_panes": sheet.freeze_panes,
            "column_widths": widths,
            "validations": validations,
            "rows": rows,
        })
    print(json.dumps({"sheets": sheets, "warnings": [str(w.message) for w in caught]}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
