import Foundation
import TaizhangCore

/// A synthetic project ledger for benchmarks (not demo content): `count` projects spread over the zones and parks
/// of an existing org tree, each with annual plans, a stage history, monthly progress over the `months` months
/// through `through`, and some problems. Deterministic: project `i` depends only on the seed and `i`, so the
/// ledger is the same whatever the chunking.
public struct SyntheticProjects: Sendable {
    public let count: Int
    public let months: Int
    public let through: YearMonth
    public let seed: UInt64
    /// Codes are `PREFIX-000001` …; the prefix keeps them apart from the demo's and the office's codes.
    public let codePrefix: String
    let places: SyntheticPlaces

    public static let defaultSeed: UInt64 = 20_261_031

    /// Refuses a tree without zones (`SyntheticProjectsError.noZones`) and sizes out of range.
    public init(
        count: Int, months: Int, through: YearMonth, tree: OrgTree, seed: UInt64 = defaultSeed,
        codePrefix: String = "SYN"
    ) throws(SyntheticProjectsError) {
        guard (1...1_000_000).contains(count) else {
            throw .outOfRange(field: "项目数", value: count, range: 1...1_000_000)
        }
        guard (1...240).contains(months) else { throw .outOfRange(field: "月数", value: months, range: 1...240) }
        guard let places = SyntheticPlaces(tree: tree) else { throw .noZones }
        self.count = count
        self.months = months
        self.through = through
        self.seed = seed
        self.codePrefix = codePrefix
        self.places = places
    }

    /// The projects with indices in `range` and all that belongs to them, linked by index within the seed.
    public func seed(for range: Range<Int>) -> ProjectSeed {
        var seed = ProjectSeed(projects: [])
        for index in range.clamped(to: 0..<count) {
            let drawn = SyntheticProjectDraw(index: index, ledger: self)
            let position = seed.projects.count
            seed.projects.append(drawn.project)
            seed.histories += drawn.history.map { (position, $0) }
            seed.progress += drawn.progress.map { (position, $0) }
            seed.matters += drawn.matters.map { (position, $0) }
        }
        return seed
    }

    /// The code of project `index`.
    public func code(of index: Int) -> String {
        let digits = String(index + 1)
        return "\(codePrefix)-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// Writes the ledger through `bulkInsert` in chunks of `chunkSize` projects (one transaction each, so memory
    /// stays bounded); `onChunk` hears how many projects are written so far. Refuses when the first code is taken
    /// (the ledger was added before).
    @discardableResult
    public func load(
        into db: TaizhangDatabase, chunkSize: Int = 2_000, onChunk: @Sendable (Int) -> Void = { _ in }
    ) async throws -> SyntheticProjectsSummary {
        if try await db.projects.find(code: code(of: 0)) != nil { throw SyntheticProjectsError.codesTaken(code(of: 0)) }
        var summary = SyntheticProjectsSummary()
        var start = 0
        while start < count {
            let range = start..<min(count, start + max(1, chunkSize))
            let chunk = seed(for: range)
            try await db.projects.bulkInsert(chunk)
            summary.projects += chunk.projects.count
            summary.stageChanges += chunk.histories.count
            summary.progressEntries += chunk.progress.count
            summary.matters += chunk.matters.count
            start = range.upperBound
            onChunk(start)
        }
        return summary
    }
}

/// What `SyntheticProjects.load` wrote.
public struct SyntheticProjectsSummary: Sendable, Hashable {
    public var projects = 0
    public var stageChanges = 0
    public var progressEntries = 0
    public var matters = 0

    public init() {}
}

/// Why the synthetic ledger could not be made.
public enum SyntheticProjectsError: UserFacingError, Hashable {
    case noZones
    case codesTaken(String)
    case outOfRange(field: String, value: Int, range: ClosedRange<Int>)

    public var userMessage: String {
        switch self {
        case .noZones: "数据库中没有开发区，无法分配基准测试项目；请先运行 taizhang demo。"
        case .codesTaken(let code): "数据库中已有项目编号“\(code)”，基准测试项目已写入过，未重复写入。"
        case .outOfRange(let field, let value, let range):
            "“\(field)”应在\(range.lowerBound)至\(range.upperBound)之间，实际为\(value)。"
        }
    }

    public var description: String {
        switch self {
        case .noZones: "no zone in the org tree"
        case .codesTaken(let code): "project code \(code) exists"
        case .outOfRange(let field, let value, let range): "\(field) \(value) outside \(range)"
        }
    }
}

/// The units projects are filed under: every zone with its parks, and the units above zones (a few projects are
/// filed directly under a district, so that the bulletin meets projects outside every zone).
struct SyntheticPlaces: Sendable {
    struct Zone: Sendable {
        let id: Int64
        let name: String
        let parks: [Int64]
    }

    let zones: [Zone]
    let outside: [Int64]

    init?(tree: OrgTree) {
        let live = tree.units.filter { !$0.isArchived }.sorted { $0.id < $1.id }
        zones = live.filter { $0.kind == .zone }.map { zone in
            Zone(
                id: zone.id, name: zone.name,
                parks: tree.children(of: zone.id).filter { $0.kind == .park }.map(\.id).sorted())
        }
        guard !zones.isEmpty else { return nil }
        outside = live.filter { $0.kind == .district }.map(\.id)
    }
}

/// One synthetic project drawn from its own random stream.
private struct SyntheticProjectDraw {
    var project: Project
    var history: [ProjectStageChange] = []
    var progress: [ProjectProgress] = []
    var matters: [Matter] = []

    init(index: Int, ledger: SyntheticProjects) {
        var rng = DemoRandom(seed: ledger.seed, stream: "synthetic-project", String(index))
        let texts = SyntheticTexts.self
        let asOf = CalendarDate.lastDay(of: ledger.through)
        let last = DemoDays.index(ledger.through)
        let first = last - ledger.months + 1

        // Where: a zone (evenly), then one of its parks or the zone itself; one in 200 directly under a district.
        let zone = rng.oneOf(ledger.places.zones)
        var unitID = zone.id
        if !zone.parks.isEmpty, rng.chance(permille: 700) { unitID = rng.oneOf(zone.parks) }
        if !ledger.places.outside.isEmpty, rng.chance(permille: 5) {
            unitID = rng.oneOf(ledger.places.outside)
        }

        // What: a chain and link, an investor, a size (万元, whole).
        let chain = rng.oneOf(ProjectSchema.defaultChainList)
        let link = rng.oneOf(chain.1)
        let brand = rng.oneOf(texts.brands)
        let product = rng.oneOf(texts.products)
        let sizeRoll = rng.int(in: 0...999)
        let total =
            sizeRoll < 500
            ? rng.int(in: 5_000...20_000)
            : sizeRoll < 800
                ? rng.int(in: 20_000...50_000)
                : sizeRoll < 950 ? rng.int(in: 50_000...100_000) : rng.int(in: 100_000...500_000)

        // When: signed mostly before the window (so most report every month of it), some inside it.
        let signedMonth = rng.chance(permille: 920) ? first - rng.int(in: 1...12) : rng.int(in: first...last)
        let signedOn = DemoDays.adding(
            months: signedMonth - DemoDays.index(asOf.yearMonth), to: asOf, day: rng.int(in: 1...28))
        let leadOn = DemoDays.adding(-rng.int(in: 90...400), to: signedOn)
        let negotiatingOn = DemoDays.adding(rng.int(in: 10...60), to: leadOn)
        let plannedStart = DemoDays.adding(months: rng.int(in: 1...8), to: signedOn, day: rng.int(in: 1...28))
        let plannedMonths = rng.int(in: 36...72)
        let plannedCompletion = DemoDays.adding(months: plannedMonths - 1, to: plannedStart, day: 28)
        let delayRoll = rng.int(in: 0...999)
        let delay = delayRoll < 700 ? 0 : delayRoll < 950 ? rng.int(in: 1...6) : rng.int(in: 12...40)
        let started = DemoDays.adding(months: delay, to: plannedStart, day: rng.int(in: 1...28))
        let actualMonths = max(6, plannedMonths * rng.int(in: 85...130) / 100)
        let completed = DemoDays.adding(months: actualMonths - 1, to: started, day: rng.int(in: 1...28))
        let operating = DemoDays.adding(rng.int(in: 30...120), to: completed)
        var withdrawn: CalendarDate?
        if rng.chance(permille: 30) {
            let monthsAfter = rng.int(in: 2...max(2, last - signedMonth + 6))
            withdrawn = DemoDays.adding(months: monthsAfter, to: signedOn, day: rng.int(in: 1...28))
        }
        // Facts only count when they happened by the as-of day and before a withdrawal.
        func happened(_ day: CalendarDate) -> CalendarDate? {
            guard day <= asOf else { return nil }
            if let withdrawn, withdrawn <= asOf, withdrawn <= day { return nil }
            return day
        }
        let actualStart = happened(started)
        let actualCompletion = actualStart.flatMap { _ in happened(completed) }
        let productionOn = actualCompletion.flatMap { _ in rng.chance(permille: 700) ? happened(operating) : nil }
        let withdrawnOn = withdrawn.flatMap { $0 <= asOf ? $0 : nil }

        // History, oldest first, as the lifecycle records it (续建 on 1 January after the start).
        var events: [(ProjectStage, CalendarDate, String?)] = [
            (.lead, leadOn, nil), (.negotiating, negotiatingOn, nil), (.signed, signedOn, nil),
        ]
        let preparingOn = DemoDays.adding(rng.int(in: 5...20), to: signedOn)
        if preparingOn < plannedStart { events.append((.preparing, preparingOn, nil)) }
        if let actualStart {
            events.append((.started, actualStart, nil))
            let newYear = CalendarDate(year: actualStart.year + 1, month: 1, day: 1)!
            if newYear <= asOf, actualCompletion.map({ newYear < $0 }) ?? true,
                withdrawnOn.map({ newYear < $0 }) ?? true
            {
                events.append((.continuing, newYear, nil))
            }
        }
        if let actualCompletion { events.append((.completed, actualCompletion, nil)) }
        if let productionOn { events.append((.operating, productionOn, nil)) }
        if let withdrawnOn {
            events = events.filter { $0.1 < withdrawnOn }
            events.append((.withdrawn, withdrawnOn, rng.oneOf(texts.withdrawalReasons)))
        }
        events = events.filter { $0.1 <= asOf }
        var previous: ProjectStage?
        for (stage, day, reason) in events {
            history.append(
                ProjectStageChange(projectID: 0, from: previous, to: stage, on: day, reason: reason, recordedBy: "基准测试")
            )
            previous = stage
        }
        let stage = previous ?? .lead

        // Plans per year of the window while the project is live in that year; one in 30 has none this year.
        let performance = rng.int(in: 700...1_300)
        var plans: [Int: Decimal] = [:]
        var planCents: [Int: Int] = [:]
        let endOfLife = withdrawnOn ?? actualCompletion
        for year in DemoDays.month(first).year...ledger.through.year {
            guard signedOn.year <= year, endOfLife.map({ $0.year >= year }) ?? true else { continue }
            if year == ledger.through.year, rng.chance(permille: 33) { continue }
            let share = total * 12 / max(12, plannedMonths)
            let plan = max(100, share * rng.int(in: 80...120) / 100 / 10 * 10)
            plans[year] = Decimal(plan)
            planCents[year] = plan * 100
        }

        // Monthly progress from the signing month (or the window's start) to completion or withdrawal.
        let lastReport = min(
            last, endOfLife.map { DemoDays.index($0.yearMonth) } ?? last)
        let silentThisMonth = rng.chance(permille: 80)
        if max(first, signedMonth) <= lastReport {
            for monthIndex in max(first, signedMonth)...lastReport {
                if monthIndex == last, silentThisMonth { continue }
                if rng.chance(permille: 20) { continue }
                let month = DemoDays.month(monthIndex)
                let monthly = (planCents[month.year] ?? total * 100 / 3) / 12
                let building = actualStart.map { $0.yearMonth <= month } ?? false
                let factor = building ? performance * rng.int(in: 600...1_400) / 1_000 : rng.int(in: 30...200)
                let cents = monthly * factor / 1_000
                let funds: Decimal? =
                    rng.chance(permille: 700) ? Decimal(cents * rng.int(in: 50...100) / 100) / 100 : nil
                let note =
                    building
                    ? rng.oneOf(texts.buildingNotes)
                    : rng.oneOf(texts.preparingNotes)
                progress.append(
                    ProjectProgress(
                        projectID: 0, month: month, completedInvestment: Decimal(cents) / 100, fundsInPlace: funds,
                        progressNote: note,
                        problemNote: rng.chance(permille: 50) ? rng.oneOf(texts.problemNotes) : nil))
            }
        }

        // Problems: about one project in three has one or two.
        let matterCount = rng.chance(permille: 350) ? (rng.chance(permille: 300) ? 2 : 1) : 0
        for _ in 0..<matterCount {
            let raisedMonth = rng.int(in: max(first, signedMonth)...last)
            let raisedOn = DemoDays.adding(months: raisedMonth - last, to: asOf, day: rng.int(in: 1...28))
            guard raisedOn <= asOf else { continue }
            let kind = rng.oneOf(MatterKind.allCases)
            let deadline = DemoDays.adding(rng.int(in: 20...120), to: raisedOn)
            var matter = Matter(
                projectID: 0, orgUnitID: unitID, kind: kind,
                description: "\(kind.displayName)：\(rng.oneOf(texts.matterTexts))",
                ownerUnit: rng.oneOf(texts.owners), raisedOn: raisedOn, deadline: deadline)
            // Older problems are more likely solved by now.
            if rng.chance(permille: raisedMonth < last - 6 ? 900 : 600) {
                let resolvedOn = DemoDays.adding(rng.int(in: 5...150), to: raisedOn)
                if resolvedOn <= asOf {
                    matter.status = .resolved
                    matter.resolvedOn = resolvedOn
                    matter.resolution = "已协调解决"
                }
            }
            matters.append(matter)
        }

        var levels: Set<ProjectLevel> = []
        for (level, permille) in [
            (ProjectLevel.provincialKey, 80), (.provincialHundred, 60), (.cityHundredChain, 200), (.cityKey, 350),
        ] where rng.chance(permille: permille) {
            levels.insert(level)
        }
        if levels.isEmpty { levels.insert(.countyKey) }
        let leader = rng.oneOf(texts.leaders)
        let output = total * rng.int(in: 120...250) / 100
        project = Project(
            code: ledger.code(of: index), name: "\(brand)\(product)项目", orgUnitID: unitID, stage: stage,
            investor: "\(brand)\(rng.oneOf(texts.companySuffixes))",
            investorOrigin: rng.oneOf(texts.origins), industry: chain.0,
            industryChain: chain.0, chainLink: link, levels: levels,
            constructionNature: ConstructionNature.allCases[rng.int(in: 0...2)],
            projectType: rng.oneOf(ProjectType.standard),
            content: "新建厂房\(rng.int(in: 1...20))万平方米，购置生产设备\(rng.int(in: 20...400))台（套），"
                + "建成\(product)生产线\(rng.int(in: 1...6))条。",
            promotionMethod: rng.oneOf(PromotionMethod.standard),
            contractValue: Decimal(total * rng.int(in: 90...120) / 100), plannedInvestment: Decimal(total),
            annualPlans: plans, signedOn: signedOn, plannedStart: plannedStart, actualStart: actualStart,
            plannedCompletion: plannedCompletion, actualCompletion: actualCompletion, productionOn: productionOn,
            withdrawnOn: withdrawnOn, withdrawalReason: withdrawnOn == nil ? nil : history.last?.reason,
            isInStatistics: rng.chance(permille: 800), liaisonLeaders: [leader],
            responsibleUnit: "\(zone.name)\(rng.oneOf(texts.offices))",
            serviceUnit: rng.oneOf(texts.owners),
            taskForce: [rng.oneOf(texts.offices), texts.owners[rng.int(in: 0...2)]],
            expectedAnnualOutput: Decimal(output), expectedAnnualTax: Decimal(output * rng.int(in: 3...8) / 100))
    }
}

/// The small word lists synthetic projects are made of.
private enum SyntheticTexts {
    static let brands = [
        "华泰", "中鼎", "恒信", "金诺", "东方", "天合", "远航", "鑫源", "博瑞", "国泰", "瑞丰", "宏达", "新能", "北辰",
        "长江", "海川", "卓越", "凯盛", "荣盛", "万通",
    ]
    static let products = [
        "精密轴承", "智能装备", "汽车零部件", "高性能复合材料", "光伏组件", "储能电池", "绿色食品加工", "冷链仓储",
        "生物制药", "医疗器械", "电子元器件", "智能终端", "多式联运物流", "氢能装备", "特种合金",
    ]
    static let companySuffixes = ["集团有限公司", "股份有限公司", "科技有限公司", "实业有限公司"]
    static let origins = ["京津冀", "长三角", "珠三角", "成渝", "本省", "港澳台", "境外"]
    static let leaders = ["张振宇", "林晓东", "钱文博", "王建国", "李红梅", "赵志强", "陈静", "刘洋"]
    static let offices = ["经济发展局", "招商服务局", "规划建设局", "项目服务中心"]
    static let owners = ["自然资源局", "供电公司", "水务集团", "发展改革委", "住房城乡建设局", "地方金融监管局", "行政审批局"]
    static let withdrawalReasons = ["投资方资金链断裂，项目终止", "市场变化，投资方调整战略布局", "项目用地调整，双方协商解除协议"]
    static let buildingNotes = ["主体结构施工", "钢结构安装", "设备安装调试", "室外配套工程施工", "厂房封顶，内部装修"]
    static let preparingNotes = ["办理用地手续", "施工图设计审查", "环评批复办理中", "施工招标"]
    static let problemNotes = ["施工用电容量不足", "土地指标未落实", "融资审批进度慢", "环评批复待下达"]
    static let matterTexts = ["协调解决项目建设要素保障", "加快办理前期审批手续", "落实配套基础设施", "协调银行贷款投放"]
}

extension DemoRandom {
    /// One of `items`, uniformly (the list is never empty here).
    fileprivate mutating func oneOf<T>(_ items: [T]) -> T { items[int(in: 0...(items.count - 1))] }
}
