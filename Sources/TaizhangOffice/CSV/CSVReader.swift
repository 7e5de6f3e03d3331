import Foundation

/// Reads CSV as RFC 4180 describes it (quoted fields, doubled quotes, CRLF or LF, line breaks inside quotes),
/// after detecting UTF-8 or GB18030.
public enum CSVReader {
    /// Decodes and parses a CSV file's bytes; throws `OfficeFileError.undecodableText` when the encoding is
    /// neither UTF-8 nor GB18030.
    public static func read(_ data: Data, fileName: String, delimiter: Character = ",") throws -> CSVTable {
        guard let (text, encoding) = CSVEncoding.decode(data) else {
            throw OfficeFileError.undecodableText(fileName: fileName)
        }
        return CSVTable(rows: parse(text, delimiter: delimiter), encoding: encoding)
    }

    /// Reads a CSV file from disk.
    public static func read(
        contentsOf url: URL, fileName: String? = nil, delimiter: Character = ","
    ) throws
        -> CSVTable
    {
        let name = fileName ?? url.lastPathComponent
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw OfficeFileError.readFailed(fileName: name, detail: String(describing: error))
        }
        return try read(data, fileName: name, delimiter: delimiter)
    }

    /// Parses decoded text into records numbered from 1; a trailing line break does not make an empty record.
    public static func parse(_ text: String, delimiter: Character = ",") -> [CSVTable.Row] {
        let separator = delimiter.unicodeScalars.first!
        var rows: [CSVTable.Row] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var fieldWasQuoted = false
        var recordHasContent = false
        let scalars = Array(text.unicodeScalars)
        var i = 0

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            rows.append(CSVTable.Row(number: rows.count + 1, fields: fields))
            fields = []
            recordHasContent = false
        }

        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" {
                        field.append("\"")
                        i += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    field.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
                recordHasContent = true
            case separator:
                endField()
                recordHasContent = true
            case "\r":
                endRecord()
                if i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
            case "\n":
                endRecord()
            default:
                // A stray quote inside an unquoted field is kept as text, as Excel does.
                field.append(c)
                recordHasContent = true
            }
            i += 1
        }
        if recordHasContent || !field.isEmpty || !fields.isEmpty { endRecord() }
        return rows
    }
}
