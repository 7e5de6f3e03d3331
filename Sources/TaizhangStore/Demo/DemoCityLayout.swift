import Foundation
import TaizhangCore

/// The fixed layout of the demo city 河西市: districts, development zones and their parks, with their profiles.
enum DemoCityLayout {
    static let cityCode = "HX"

    /// Every unit in tree order (a parent before its children).
    static let units: [DemoUnitSpec] = [
        DemoUnitSpec(
            code: "HX", name: "河西市", kind: .city, parentCode: nil,
            profile: rest(
                gdp: 60, growth: 50, primary: 20, secondary: 250, tech: 300, trade: 60, retail: 900,
                grain: 0, urban: 46_800, rural: 19_600, energy: 520, bias: 1)),
        DemoUnitSpec(
            code: "HX-CG", name: "城关区", kind: .district, parentCode: "HX",
            profile: rest(
                gdp: 380, growth: 55, primary: 30, secondary: 280, tech: 450, trade: 90, retail: 620,
                grain: 12, urban: 48_900, rural: 22_300, energy: 380, bias: 0)),
        DemoUnitSpec(
            code: "HX-JK", name: "河西经济技术开发区", kind: .zone, parentCode: "HX-CG",
            profile: DemoProfile(
                gdp: 560, growth: pm(68), spread: pm(25), primaryShare: pm(12), secondaryShare: pm(640),
                techLevel: pm(620), tradeShare: pm(420), retailShare: pm(150), grainArea: Decimal(string: "1.85")!,
                urbanIncome: 51_200, ruralIncome: 24_600, energyIntensity: pm(480), targetBias: -2)),
        DemoUnitSpec(code: "HX-JK-ZB", name: "装备制造产业园", kind: .park, parentCode: "HX-JK", parkShare: 290),
        DemoUnitSpec(code: "HX-JK-QP", name: "汽车零部件产业园", kind: .park, parentCode: "HX-JK", parkShare: 230),
        DemoUnitSpec(code: "HX-JK-XCL", name: "新材料产业园", kind: .park, parentCode: "HX-JK", parkShare: 170),
        DemoUnitSpec(code: "HX-JK-WL", name: "现代物流园", kind: .park, parentCode: "HX-JK", parkShare: 90),
        DemoUnitSpec(
            code: "HX-GX", name: "河西高新技术产业开发区", kind: .zone, parentCode: "HX-CG",
            profile: DemoProfile(
                gdp: 300, growth: pm(98), spread: pm(30), primaryShare: pm(6), secondaryShare: pm(560),
                techLevel: pm(950), tradeShare: pm(360), retailShare: pm(180), grainArea: Decimal(string: "0.62")!,
                urbanIncome: 53_800, ruralIncome: 25_900, energyIntensity: pm(310), targetBias: -1)),
        DemoUnitSpec(code: "HX-GX-DZ", name: "电子信息产业园", kind: .park, parentCode: "HX-GX", parkShare: 330),
        DemoUnitSpec(code: "HX-GX-SY", name: "生物医药产业园", kind: .park, parentCode: "HX-GX", parkShare: 240),
        DemoUnitSpec(code: "HX-GX-KC", name: "科技创新园", kind: .park, parentCode: "HX-GX", parkShare: 160),
        DemoUnitSpec(
            code: "HX-HD", name: "河东区", kind: .district, parentCode: "HX",
            profile: rest(
                gdp: 260, growth: 50, primary: 60, secondary: 380, tech: 300, trade: 70, retail: 480,
                grain: 38, urban: 44_100, rural: 20_800, energy: 560, bias: 1)),
        DemoUnitSpec(
            code: "HX-HDJK", name: "河东经济开发区", kind: .zone, parentCode: "HX-HD",
            profile: DemoProfile(
                gdp: 240, growth: pm(62), spread: pm(30), primaryShare: pm(35), secondaryShare: pm(610),
                techLevel: pm(420), tradeShare: pm(210), retailShare: pm(240), grainArea: Decimal(string: "4.30")!,
                urbanIncome: 45_600, ruralIncome: 21_700, energyIntensity: pm(620), targetBias: Decimal(string: "0.5")!)
        ),
        DemoUnitSpec(code: "HX-HDJK-SP", name: "绿色食品产业园", kind: .park, parentCode: "HX-HDJK", parkShare: 310),
        DemoUnitSpec(code: "HX-HDJK-ZB", name: "装备制造产业园", kind: .park, parentCode: "HX-HDJK", parkShare: 260),
        DemoUnitSpec(code: "HX-HDJK-WL", name: "现代物流园", kind: .park, parentCode: "HX-HDJK", parkShare: 150),
        DemoUnitSpec(
            code: "HX-LG", name: "临港工业园区", kind: .zone, parentCode: "HX-HD",
            profile: DemoProfile(
                gdp: 165, growth: pm(75), spread: pm(40), primaryShare: pm(18), secondaryShare: pm(700),
                techLevel: pm(380), tradeShare: pm(520), retailShare: pm(90), grainArea: Decimal(string: "2.10")!,
                urbanIncome: 44_900, ruralIncome: 21_200, energyIntensity: pm(880), targetBias: 3)),
        DemoUnitSpec(code: "HX-LG-HG", name: "精细化工产业园", kind: .park, parentCode: "HX-LG", parkShare: 420),
        DemoUnitSpec(code: "HX-LG-XNY", name: "新能源产业园", kind: .park, parentCode: "HX-LG", parkShare: 330),
        DemoUnitSpec(
            code: "HX-YN", name: "永宁县", kind: .district, parentCode: "HX",
            profile: rest(
                gdp: 210, growth: 45, primary: 160, secondary: 360, tech: 180, trade: 40, retail: 520,
                grain: 96, urban: 39_800, rural: 18_400, energy: 640, bias: 1)),
        DemoUnitSpec(
            code: "HX-YNJK", name: "永宁经济开发区", kind: .zone, parentCode: "HX-YN",
            profile: DemoProfile(
                gdp: 135, growth: pm(55), spread: pm(30), primaryShare: pm(62), secondaryShare: pm(580),
                techLevel: pm(300), tradeShare: pm(120), retailShare: pm(260), grainArea: Decimal(string: "8.60")!,
                urbanIncome: 41_300, ruralIncome: 19_900, energyIntensity: pm(700), targetBias: Decimal(string: "-0.5")!
            )),
        DemoUnitSpec(code: "HX-YNJK-SP", name: "绿色食品产业园", kind: .park, parentCode: "HX-YNJK", parkShare: 340),
        DemoUnitSpec(code: "HX-YNJK-FZ", name: "纺织服装产业园", kind: .park, parentCode: "HX-YNJK", parkShare: 220),
        DemoUnitSpec(code: "HX-YNJK-NF", name: "农副产品加工园", kind: .park, parentCode: "HX-YNJK", parkShare: 180),
        DemoUnitSpec(
            code: "HX-BS", name: "北山工业园区", kind: .zone, parentCode: "HX-YN",
            profile: DemoProfile(
                gdp: 108, growth: pm(12), spread: pm(45), primaryShare: pm(45), secondaryShare: pm(690),
                techLevel: pm(150), tradeShare: pm(80), retailShare: pm(110), grainArea: Decimal(string: "5.40")!,
                urbanIncome: 38_600, ruralIncome: 17_800, energyIntensity: pm(950), targetBias: 7)),
        DemoUnitSpec(code: "HX-BS-JC", name: "建材产业园", kind: .park, parentCode: "HX-BS", parkShare: 380),
        DemoUnitSpec(code: "HX-BS-ZZ", name: "冶金铸造产业园", kind: .park, parentCode: "HX-BS", parkShare: 350),
    ]

    /// The zone whose latest month is still being filled in (填报中), so the workflow has something to show.
    static let draftZoneCode = "HX-YNJK"

    /// Profile of the part of a district or of the city outside its children (thousandths for shares).
    private static func rest(
        gdp: Int, growth: Int, primary: Int, secondary: Int, tech: Int, trade: Int, retail: Int, grain: Int,
        urban: Int, rural: Int, energy: Int, bias: Int
    ) -> DemoProfile {
        DemoProfile(
            gdp: Decimal(gdp), growth: pm(growth), spread: pm(20), primaryShare: pm(primary),
            secondaryShare: pm(secondary), techLevel: pm(tech), tradeShare: pm(trade), retailShare: pm(retail),
            grainArea: Decimal(grain), urbanIncome: Decimal(urban), ruralIncome: Decimal(rural),
            energyIntensity: pm(energy), targetBias: Decimal(bias))
    }
}
