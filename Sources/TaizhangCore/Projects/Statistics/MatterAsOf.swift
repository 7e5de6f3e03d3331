import Foundation

extension Matter {
    /// The matter as it stood at the end of `day`: open if it was resolved only later.
    func asOfEnd(of day: CalendarDate) -> Matter {
        var then = self
        if status == .resolved, let resolvedOn, resolvedOn > day {
            then.status = .open
            then.resolvedOn = nil
            then.resolution = nil
        }
        return then
    }

    /// Raised by and still open at the end of `day`.
    func isOpen(atEndOf day: CalendarDate) -> Bool {
        raisedOn <= day && asOfEnd(of: day).status == .open
    }

    /// Open at the end of `day` with a deadline before that day: `isOverdue(asOf: day)` on the matter as it stood then.
    func isOverdue(atEndOf day: CalendarDate) -> Bool {
        raisedOn <= day && asOfEnd(of: day).isOverdue(asOf: day)
    }
}
