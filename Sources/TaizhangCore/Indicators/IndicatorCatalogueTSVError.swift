/// A fault in an indicator catalogue TSV file, naming the line (1-based, the header is line 1) and column.
public enum IndicatorCatalogueTSVError: UserFacingError, Equatable {
    /// The first line is not the expected header `code name aliases unit kind growth`.
    case badHeader(found: String)
    /// A line has a different number of tab-separated columns than the header.
    case wrongColumnCount(line: Int, expected: Int, found: Int)
    /// A required cell is empty.
    case emptyCell(line: Int, column: Int, name: String)
    /// A code that is not lower-case ASCII letters, digits and underscores.
    case badCode(line: Int, code: String)
    /// A kind other than amount, per_capita, ratio, count, area.
    case unknownKind(line: Int, column: Int, value: String)
    /// A growth basis other than real, nominal, none.
    case unknownGrowth(line: Int, column: Int, value: String)
    /// The same code on two lines.
    case duplicateCode(line: Int, code: String, firstLine: Int)

    public var userMessage: String {
        switch self {
        case .badHeader(let found):
            return "指标目录第1行应为表头“code name aliases unit kind growth”（以制表符分隔），实际为“\(found)”"
        case .wrongColumnCount(let line, let expected, let found):
            return "指标目录第\(line)行应有\(expected)列（以制表符分隔），实际为\(found)列"
        case .emptyCell(let line, let column, let name):
            return "指标目录第\(line)行第\(column)列（\(name)）不能为空"
        case .badCode(let line, let code):
            return "指标目录第\(line)行第1列（代码）“\(code)”无效：只能使用小写字母、数字和下划线，且以字母开头"
        case .unknownKind(let line, let column, let value):
            return "指标目录第\(line)行第\(column)列（类型）“\(value)”无效，应为 amount、per_capita、ratio、count 或 area"
        case .unknownGrowth(let line, let column, let value):
            return "指标目录第\(line)行第\(column)列（增速口径）“\(value)”无效，应为 real、nominal 或 none"
        case .duplicateCode(let line, let code, let firstLine):
            return "指标目录第\(line)行第1列（代码）“\(code)”与第\(firstLine)行重复"
        }
    }

    public var description: String {
        switch self {
        case .badHeader(let found): "bad catalogue header: \(found)"
        case .wrongColumnCount(let line, let expected, let found):
            "line \(line): expected \(expected) columns, found \(found)"
        case .emptyCell(let line, let column, let name): "line \(line) column \(column) (\(name)) is empty"
        case .badCode(let line, let code): "line \(line): bad code '\(code)'"
        case .unknownKind(let line, let column, let value): "line \(line) column \(column): unknown kind '\(value)'"
        case .unknownGrowth(let line, let column, let value):
            "line \(line) column \(column): unknown growth basis '\(value)'"
        case .duplicateCode(let line, let code, let firstLine): "line \(line): code '\(code)' repeats line \(firstLine)"
        }
    }
}
