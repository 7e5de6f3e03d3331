import Foundation
import TaizhangCore

/// An exact decimal from a literal string (tests never go through Double).
func d(_ text: String) -> Decimal { Decimal(exactly: text)! }

func ym(_ year: Int, _ month: Int) -> YearMonth { YearMonth(year: year, month: month)! }
