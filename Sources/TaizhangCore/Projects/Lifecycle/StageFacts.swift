import Foundation

/// The facts a stage change brings with it (签约日期和金额、实际开工/竣工/投产日期); each is optional because a
/// fact already on the project need not be typed again. Only the facts the target stage requires are applied.
public struct StageFacts: Hashable, Sendable, Codable {
    public var signedOn: CalendarDate?
    /// 签约金额 (万元).
    public var contractValue: Decimal?
    public var actualStart: CalendarDate?
    public var actualCompletion: CalendarDate?
    public var productionOn: CalendarDate?

    public init(
        signedOn: CalendarDate? = nil, contractValue: Decimal? = nil, actualStart: CalendarDate? = nil,
        actualCompletion: CalendarDate? = nil, productionOn: CalendarDate? = nil
    ) {
        self.signedOn = signedOn
        self.contractValue = contractValue
        self.actualStart = actualStart
        self.actualCompletion = actualCompletion
        self.productionOn = productionOn
    }

    /// No facts: for the changes that need none (洽谈、前期、续建 …).
    public static let none = StageFacts()
}

/// One fact a stage change can require, named as the project form names it (for error messages and forms).
public enum StageFact: String, CaseIterable, Sendable, Codable, Hashable {
    case signedOn
    case contractValue
    case actualStart
    case actualCompletion
    case productionOn
    case withdrawalReason

    /// 签约日期、签约金额、实际开工日期、实际竣工日期、投产日期、调整退出原因.
    public var displayName: String {
        switch self {
        case .signedOn: "签约日期"
        case .contractValue: "签约金额"
        case .actualStart: "实际开工日期"
        case .actualCompletion: "实际竣工日期"
        case .productionOn: "投产日期"
        case .withdrawalReason: "调整退出原因"
        }
    }
}
