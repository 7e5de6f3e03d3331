import Foundation
import TaizhangCore

/// One generated project before it gets its code and id: the record, its stage history, monthly progress,
/// problems and follow-ups (their `projectID`s are filled in later).
struct DemoProjectDraft: Sendable {
    var project: Project
    var leadOn: CalendarDate
    var events: [DemoStageEvent]
    var progress: [ProjectProgress]
    var matters: [Matter]
    var followUps: [ProjectFollowUp]
    /// The brand in the investor's name, used to tell projects with the same name apart.
    var brand: String
}

/// Builds one demo project of a zone from its own random stream, so that each project is independent of the
/// others and of the order they are built in.
struct DemoProjectBuilder {
    let zone: DemoProjectZone
    let seed: UInt64
    let through: YearMonth
    /// Unit id by demo unit code.
    let unitIDs: [String: Int64]

    var asOf: CalendarDate { CalendarDate.lastDay(of: through) }

    func build(index: Int) -> DemoProjectDraft {
        var rng = DemoRandom(seed: seed, stream: "project", zone.code, String(index))
        let parks = DemoCityLayout.units.filter { $0.parentCode == zone.code }
        let unitCode: String
        let theme: DemoProjectTheme
        if rng.chance(permille: 120) {
            unitCode = zone.code
            theme = DemoProjectThemes.infrastructure
        } else {
            let park = rng.pick(weighted: parks.map { ($0, $0.parkShare) })
            unitCode = park.code
            theme = rng.pick(DemoProjectThemes.byPark[park.code]!)
        }

        let nature: ConstructionNature =
            theme.isInfrastructure ? .new : rng.pick(weighted: [(.new, 68), (.expansion, 20), (.renovation, 12)])
        let brand = String([rng.pick(DemoProjectThemes.brandFirst), rng.pick(DemoProjectThemes.brandSecond)])
        let (investor, origin, place) = investor(theme: theme, nature: nature, brand: brand, rng: &rng)
        let template = rng.pick(theme.templates)
        let name = projectName(template, theme: theme, nature: nature, brand: brand, parks: parks, rng: &rng)

        var contract = contractValue(rng: &rng)
        if theme.isInfrastructure { contract = Decimal(rng.int(in: 50...600) * 100) }
        if nature == .renovation { contract = max(5_000, (contract / 2 / 100).roundedHalfUp(scale: 0) * 100) }
        let investment = (contract * rng.permille(920, 1050) / 10).roundedHalfUp(scale: 0) * 10

        let leadOn = leadDate(rng: &rng)
        let timeline = DemoProjectLifecycle.timeline(
            leadOn: leadOn, investment: investment, nature: nature, isInfrastructure: theme.isInfrastructure,
            asOf: asOf, rng: &rng)
        let preparationShare =
            nature == .new && !theme.isInfrastructure ? rng.permille(60, 100) : rng.permille(10, 30)
        let spending = DemoProjectSpending(
            timeline: timeline, investment: investment, preparationShare: preparationShare, through: through)
        let months = spending.months(rng: &rng)
        let plans = spending.annualPlans(actual: months, rng: &rng)
        let isSigned = timeline.date(of: .signed) != nil
        let levels = isSigned ? self.levels(contract: contract, hasChain: theme.chain != nil, rng: &rng) : []

        var leaders = [rng.pick(zone.leaders)]
        if levels.contains(.provincialKey) || levels.contains(.provincialHundred) {
            leaders.append(rng.pick(DemoProjectPeople.cityLeaders))
        }
        let taskForce = (0..<rng.int(in: 3...4)).map { _ in
            "\(rng.pick(DemoProjectPeople.surnames))\(rng.pick(DemoProjectPeople.givenNames))"
                + "（\(rng.pick(DemoProjectPeople.taskForceOffices))）"
        }
        let hasStarted = timeline.date(of: .started) != nil
        let output =
            theme.isInfrastructure ? nil : (investment * rng.permille(1_000, 2_500) / 100).roundedHalfUp(scale: 0) * 100
        let tax = output.map { ($0 * rng.permille(40, 80) / 10).roundedHalfUp(scale: 0) * 10 }

        let project = Project(
            code: "", name: name, orgUnitID: unitIDs[unitCode]!, stage: timeline.stage, investor: investor,
            investorOrigin: origin, industry: theme.industry, industryChain: theme.chain,
            chainLink: theme.chain == nil ? nil : template.link, levels: levels, constructionNature: nature,
            projectType: name.hasSuffix("人才公寓项目") ? "社会事业项目" : theme.projectType,
            content: content(theme: theme, template: template, name: name, investment: investment, rng: &rng),
            promotionMethod: theme.isInfrastructure ? nil : rng.pick(weighted: DemoProjectThemes.promotionMethods),
            contractValue: isSigned ? contract : nil, plannedInvestment: investment,
            annualPlans: plans, signedOn: timeline.date(of: .signed),
            plannedStart: timeline.plannedStart, actualStart: timeline.date(of: .started),
            plannedCompletion: timeline.plannedCompletion, actualCompletion: timeline.date(of: .completed),
            productionOn: timeline.date(of: .operating), withdrawnOn: timeline.withdrawal?.on,
            withdrawalReason: timeline.withdrawal?.reason, isInStatistics: hasStarted && rng.chance(permille: 930),
            liaisonLeaders: leaders,
            responsibleUnit: zone.shortName + rng.pick(DemoProjectPeople.responsibleOffices),
            serviceUnit: rng.pick(DemoProjectPeople.serviceUnits), taskForce: taskForce,
            expectedAnnualOutput: isSigned ? output : nil, expectedAnnualTax: isSigned ? tax : nil)

        let matters = DemoProjectMatters.matters(
            timeline: timeline, months: months, orgUnitID: project.orgUnitID, zoneShortName: zone.shortName,
            asOf: asOf, rng: &rng)
        var preparationIndex = 0
        let progress = months.map { figures in
            let note = DemoProjectTexts.progressNote(
                figures, preparationIndex: preparationIndex, theme: theme, nature: nature, rng: &rng)
            if figures.constructionShare == nil { preparationIndex += 1 }
            let problem = matters.first { matter in
                matter.raisedOn.yearMonth <= figures.month
                    && (matter.resolvedOn.map { $0.yearMonth >= figures.month } ?? true)
            }
            return ProjectProgress(
                projectID: 0, month: figures.month, completedInvestment: figures.completed,
                fundsInPlace: figures.funds, progressNote: note,
                problemNote: problem.map { "\($0.kind.displayName)：\($0.description)" })
        }
        let followUps =
            theme.isInfrastructure
            ? []
            : DemoProjectMatters.followUps(
                timeline: timeline, investor: investor, place: place, projectName: name,
                zoneShortName: zone.shortName, industry: theme.industry, contractValue: project.contractValue,
                leader: leaders[0], asOf: asOf, rng: &rng)
        return DemoProjectDraft(
            project: project, leadOn: leadOn, events: timeline.events, progress: progress, matters: matters,
            followUps: followUps, brand: brand)
    }

    /// The investor, where it comes from (投资方来源) and the place its name starts with.
    private func investor(
        theme: DemoProjectTheme, nature: ConstructionNature, brand: String, rng: inout DemoRandom
    ) -> (String, String, String?) {
        if theme.isInfrastructure { return (zone.platformCompany, "本省", "河西") }
        let origins = DemoProjectThemes.origins
        let origin =
            nature != .new && rng.chance(permille: 700)
            ? origins[0] : rng.pick(weighted: origins.map { ($0, $0.weight) })
        let place: String? =
            origin.name == "港澳台" || origin.name == "海外" || rng.chance(permille: 550) ? rng.pick(origin.places) : nil
        let suffix = rng.pick(weighted: [("有限公司", 60), ("股份有限公司", 20), ("集团有限公司", 20)])
        return ((place ?? "") + brand + rng.pick(theme.companyWords) + suffix, origin.name, place)
    }

    private func projectName(
        _ template: DemoNameTemplate, theme: DemoProjectTheme, nature: ConstructionNature, brand: String,
        parks: [DemoUnitSpec], rng: inout DemoRandom
    ) -> String {
        var base = template.pattern
        if !template.numbers.isEmpty {
            base = base.replacingOccurrences(of: "#", with: "\(rng.pick(template.numbers))")
        }
        if theme.isInfrastructure {
            let places = parks.map(\.name) + ["东区", "西区", "南区", "北区", "起步区"]
            return rng.pick(places) + base
        }
        let stem = base.hasSuffix("项目") ? String(base.dropLast(2)) : base
        switch nature {
        case .new: return rng.chance(permille: 450) ? brand + base : base
        case .expansion: return brand + stem + "二期项目"
        case .renovation: return brand + stem + "技术改造项目"
        }
    }

    /// 签约金额 (万元) between 5,000 and 300,000, skewed: most below 3亿, a few above 10亿.
    private func contractValue(rng: inout DemoRandom) -> Decimal {
        let roll = rng.int(in: 0...999)
        let value =
            roll < 480
            ? rng.int(in: 50...300) * 100
            : roll < 800
                ? rng.int(in: 30...60) * 1_000
                : roll < 935
                    ? rng.int(in: 60...99) * 1_000
                    : roll < 980 ? rng.int(in: 100...150) * 1_000 : rng.int(in: 150...300) * 1_000
        return Decimal(value)
    }

    /// A day the lead was first recorded, from March five years before `through` to the month before it; later
    /// years get more leads, as promotion intensified.
    private func leadDate(rng: inout DemoRandom) -> CalendarDate {
        let first = through.year - 5
        let year = rng.pick(weighted: [
            (first, 6), (first + 1, 12), (first + 2, 17), (first + 3, 24), (first + 4, 25), (first + 5, 16),
        ])
        let months = year == first ? 3...12 : year == through.year ? 1...max(1, through.month - 1) : 1...12
        return rng.day(in: YearMonth(year: year, month: rng.int(in: months))!)
    }

    /// The lists a signed project is on: large projects reach the province's, middle ones the city's, most the
    /// county's; some are on two.
    private func levels(contract: Decimal, hasChain: Bool, rng: inout DemoRandom) -> Set<ProjectLevel> {
        var levels: Set<ProjectLevel> = []
        if contract >= 100_000 {
            levels.insert(rng.pick(weighted: [(.provincialKey, 45), (.provincialHundred, 30), (.cityKey, 25)]))
            if rng.chance(permille: 350) { levels.insert(hasChain ? .cityHundredChain : .cityKey) }
        } else if contract >= 30_000 {
            levels.insert(
                rng.pick(weighted: [(hasChain ? .cityHundredChain : .cityKey, 45), (.cityKey, 35), (.countyKey, 20)]))
            if rng.chance(permille: 250) { levels.insert(.countyKey) }
        } else if rng.chance(permille: 880) {
            levels.insert(.countyKey)
        }
        return levels
    }

    /// 建设内容: land, floor area and equipment for an industrial project; the works for infrastructure.
    private func content(
        theme: DemoProjectTheme, template: DemoNameTemplate, name: String, investment: Decimal,
        rng: inout DemoRandom
    ) -> String {
        if theme.isInfrastructure {
            switch template.pattern {
            case "道路及配套管网工程": return "新建园区道路\(rng.int(in: 3...12))公里，同步建设雨污水、给水、燃气管网及路灯、绿化工程。"
            case "污水处理厂及配套管网项目": return "新建日处理能力\(rng.pick([1, 2, 3, 5]))万吨污水处理厂一座及配套收集管网。"
            case "110千伏变电站项目": return "新建110千伏变电站一座，主变容量2×50兆伏安，配套建设进出线工程。"
            case "集中供热管网工程": return "新建供热主管网\(rng.int(in: 5...20))公里及换热站\(rng.int(in: 3...8))座。"
            case "工业供水工程": return "新建日供水\(rng.pick([2, 3, 5]))万吨工业水厂及输水管线。"
            case "人才公寓项目": return "新建人才公寓\(rng.int(in: 300...900))套及配套服务设施。"
            case "智慧园区建设项目": return "建设园区综合管理平台、安全环保监测和能耗在线监测系统。"
            case "天然气管网工程": return "新建中压燃气管道\(rng.int(in: 6...25))公里及调压站。"
            default: return "新建标准化厂房及配套道路、管网、绿化等基础设施。"
            }
        }
        let mu = max(10, Int(truncating: (investment / 250) as NSDecimalNumber) / 5 * 5)
        let area = mu * rng.int(in: 350...600) / 100 * 100
        let machines = rng.int(in: 40...400)
        let first = rng.int(in: 0...(theme.equipment.count - 1))
        let second = (first + rng.int(in: 1...(theme.equipment.count - 1))) % theme.equipment.count
        let equipment = theme.equipment[first] + "、" + theme.equipment[second]
        return "占地约\(mu)亩，总建筑面积\(area)平方米，主要建设\(theme.buildings)，购置\(equipment)等设备\(machines)台（套）。"
    }
}
