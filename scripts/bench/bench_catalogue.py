"""The demo city's org unit codes and the standard indicator catalogue, shared by the benchmark scripts.

The same values as `DemoCityLayout` (Sources/TaizhangStore/Demo) and `indicators.tsv`; `taizhang demo
--print-codes` prints them as JSON, which `load_codes` reads when given (`--codes codes.json`).
"""

import json

# (code, name, kind), parents before children, as in DemoCityLayout.swift.
ORG_UNITS = [
    ("HX", "河西市", "city"),
    ("HX-CG", "城关区", "district"),
    ("HX-JK", "河西经济技术开发区", "zone"),
    ("HX-JK-ZB", "装备制造产业园", "park"),
    ("HX-JK-QP", "汽车零部件产业园", "park"),
    ("HX-JK-XCL", "新材料产业园", "park"),
    ("HX-JK-WL", "现代物流园", "park"),
    ("HX-GX", "河西高新技术产业开发区", "zone"),
    ("HX-GX-DZ", "电子信息产业园", "park"),
    ("HX-GX-SY", "生物医药产业园", "park"),
    ("HX-GX-KC", "科技创新园", "park"),
    ("HX-HD", "河东区", "district"),
    ("HX-HDJK", "河东经济开发区", "zone"),
    ("HX-HDJK-SP", "绿色食品产业园", "park"),
    ("HX-HDJK-ZB", "装备制造产业园", "park"),
    ("HX-HDJK-WL", "现代物流园", "park"),
    ("HX-LG", "临港工业园区", "zone"),
    ("HX-LG-HG", "精细化工产业园", "park"),
    ("HX-LG-XNY", "新能源产业园", "park"),
    ("HX-YN", "永宁县", "district"),
    ("HX-YNJK", "永宁经济开发区", "zone"),
    ("HX-YNJK-SP", "绿色食品产业园", "park"),
    ("HX-YNJK-FZ", "纺织服装产业园", "park"),
    ("HX-YNJK-NF", "农副产品加工园", "park"),
    ("HX-BS", "北山工业园区", "zone"),
    ("HX-BS-JC", "建材产业园", "park"),
    ("HX-BS-ZZ", "冶金铸造产业园", "park"),
]

# (code, name, unit, kind, growth) from indicators.tsv.
INDICATORS = [
    ("gdp", "地区生产总值", "亿元", "amount", "real"),
    ("va_primary", "第一产业增加值", "亿元", "amount", "real"),
    ("va_secondary", "第二产业增加值", "亿元", "amount", "real"),
    ("va_tertiary", "第三产业增加值", "亿元", "amount", "real"),
    ("industrial_output", "规模以上工业总产值", "亿元", "amount", "nominal"),
    ("industrial_va", "规模以上工业增加值", "亿元", "amount", "real"),
    ("strategic_emerging_va", "规模以上战略性新兴产业增加值", "亿元", "amount", "real"),
    ("hightech_va", "高新技术产业增加值", "亿元", "amount", "real"),
    ("fixed_asset_investment", "固定资产投资", "亿元", "amount", "nominal"),
    ("industrial_investment", "工业投资", "亿元", "amount", "nominal"),
    ("retail_sales", "社会消费品零售总额", "亿元", "amount", "nominal"),
    ("foreign_trade", "外贸进出口总额", "亿元", "amount", "nominal"),
    ("exports", "出口总额", "亿元", "amount", "nominal"),
    ("budget_revenue", "一般公共预算收入", "亿元", "amount", "nominal"),
    ("tax_revenue", "税收收入", "亿元", "amount", "nominal"),
    ("operating_revenue", "营业收入", "亿元", "amount", "nominal"),
    ("profit_total", "利润总额", "亿元", "amount", "nominal"),
    ("domestic_capital", "实际利用内资", "亿元", "amount", "nominal"),
    ("foreign_capital", "实际利用外资", "万美元", "amount", "nominal"),
    ("urban_income", "城镇居民人均可支配收入", "元", "per_capita", "nominal"),
    ("rural_income", "农村居民人均可支配收入", "元", "per_capita", "nominal"),
    ("rd_intensity", "研发经费投入强度", "%", "ratio", "none"),
    ("tech_contract_value", "技术合同成交额", "亿元", "amount", "nominal"),
    ("above_scale_industrial_enterprises", "规模以上工业企业数", "户", "count", "none"),
    ("hightech_enterprises", "高新技术企业数", "户", "count", "none"),
    ("tech_smes", "科技型中小企业数", "户", "count", "none"),
    ("resident_enterprises", "入驻企业数", "户", "count", "none"),
    ("ecommerce_enterprises", "电商企业数", "户", "count", "none"),
    ("new_market_entities", "新增市场主体", "户", "count", "none"),
    ("valid_patents", "有效专利数", "件", "count", "none"),
    ("invention_patents", "发明专利数", "件", "count", "none"),
    ("signed_projects", "签约项目数", "个", "count", "none"),
    ("signed_value", "签约金额", "亿元", "amount", "nominal"),
    ("key_projects", "重点项目数", "个", "count", "none"),
    ("key_project_planned_investment", "重点项目计划总投资", "亿元", "amount", "nominal"),
    ("key_project_annual_plan", "重点项目年度计划投资", "亿元", "amount", "nominal"),
    ("key_project_completed_investment", "重点项目完成投资", "亿元", "amount", "nominal"),
    ("completed_projects", "竣工投产项目数", "个", "count", "none"),
    ("new_projects_started", "新开工项目数", "个", "count", "none"),
    ("grain_area", "粮食种植面积", "万亩", "area", "none"),
    ("grain_output", "粮食产量", "万吨", "amount", "none"),
    ("urban_new_jobs", "城镇新增就业", "人", "count", "none"),
    ("energy_per_va", "单位增加值能耗", "吨标准煤/万元", "ratio", "none"),
]

# Decimals shown per unit (IndicatorUnit.defaultDecimals in TaizhangCore).
UNIT_DECIMALS = {"亿元": 2, "亿美元": 2, "万元": 2, "万美元": 2, "元": 0, "美元": 0, "%": 2, "户": 0, "个": 0,
                 "件": 0, "人": 0, "家": 0, "项": 0, "人次": 0, "万亩": 2, "万吨": 2, "亩": 2, "吨": 2,
                 "吨标准煤/万元": 3}

# Unit → factor to the stored base unit (IndicatorUnit in TaizhangCore); others are their own base.
UNIT_FACTOR = {"亿元": 10**8, "万元": 10**4, "元": 1, "万美元": 10**4, "亿美元": 10**8, "美元": 1}

# Every stored figure is the value in the base unit × 10⁴ (StoredAmount.scale).
STORED_SCALE = 10**4

HEADERS = ["组织编码", "组织名称", "指标编码", "指标名称", "计量单位", "月份", "本月值", "累计值", "上年同期累计值",
           "公布增速(%)", "备注"]


def load_codes(path):
    """Org units [(code, name, kind)] and indicators [(code, name, unit, kind, growth, decimals)].

    `path` is the JSON `taizhang demo --print-codes` prints: {"orgUnits": [{"code", "name", "kind"}],
    "indicators": [{"code", "name", "unit", "kind", "decimals"}]}; without it the built-in lists are used.
    """
    growth = {code: g for code, _, _, _, g in INDICATORS}
    if path is None:
        units = list(ORG_UNITS)
        indicators = [(c, n, u, k, g, UNIT_DECIMALS.get(u, 2)) for c, n, u, k, g in INDICATORS]
        return units, indicators
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    units = [(u["code"], u["name"], u.get("kind", "zone")) for u in data["orgUnits"]]
    indicators = [(i["code"], i["name"], i["unit"], i["kind"], i.get("growth", growth.get(i["code"], "nominal")),
                   int(i.get("decimals", UNIT_DECIMALS.get(i["unit"], 2)))) for i in data["indicators"]]
    return units, indicators
