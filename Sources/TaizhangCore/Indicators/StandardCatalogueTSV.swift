// swift-format-ignore-file
// GENERATED from shared/indicators.tsv (the standard indicator catalogue). Do not edit by hand: copy the file's
// text again when it changes. Columns are separated by tab characters; the literal keeps the file's final newline.

/// The text of the standard indicator catalogue (`indicators.tsv`), embedded so that Core needs no file I/O.
public enum StandardCatalogueTSV {
    /// The TSV text, byte for byte as in `shared/indicators.tsv`.
    public static let text: String = #"""
code	name	aliases	unit	kind	growth
gdp	地区生产总值	生产总值|GDP|经济总量	亿元	amount	real
va_primary	第一产业增加值	一产增加值|农业增加值	亿元	amount	real
va_secondary	第二产业增加值	二产增加值	亿元	amount	real
va_tertiary	第三产业增加值	三产增加值|服务业增加值	亿元	amount	real
industrial_output	规模以上工业总产值	规上工业总产值|规上工业产值|规模以上工业产值|工业总产值	亿元	amount	nominal
industrial_va	规模以上工业增加值	规上工业增加值|工业增加值|规模以上工业企业增加值	亿元	amount	real
strategic_emerging_va	规模以上战略性新兴产业增加值	战略性新兴产业增加值|战新产业增加值	亿元	amount	real
hightech_va	高新技术产业增加值	高新技术产业产值	亿元	amount	real
fixed_asset_investment	固定资产投资	全社会固定资产投资|固投	亿元	amount	nominal
industrial_investment	工业投资	工业固定资产投资	亿元	amount	nominal
retail_sales	社会消费品零售总额	全社会消费品零售总额|社零总额|社零	亿元	amount	nominal
foreign_trade	外贸进出口总额	外贸进出口额|进出口总额|外贸进出口	亿元	amount	nominal
exports	出口总额	出口额|出口	亿元	amount	nominal
budget_revenue	一般公共预算收入	一般性公共财政预算收入|一般公共财政预算收入|公共财政预算收入|地方一般公共预算收入	亿元	amount	nominal
tax_revenue	税收收入	税收|全口径税收|税收总额	亿元	amount	nominal
operating_revenue	营业收入	经营收入|销售收入|营业总收入|经营（销售）收入|主营业务收入	亿元	amount	nominal
profit_total	利润总额	实现利润|利润	亿元	amount	nominal
domestic_capital	实际利用内资	到位内资|利用内资	亿元	amount	nominal
foreign_capital	实际利用外资	实际使用外资|利用外资|到位外资	万美元	amount	nominal
urban_income	城镇居民人均可支配收入	城镇常住居民人均可支配收入	元	per_capita	nominal
rural_income	农村居民人均可支配收入	农村常住居民人均可支配收入|农民人均可支配收入	元	per_capita	nominal
rd_intensity	研发经费投入强度	研发经费支出占GDP比重|R&D经费支出占GDP比重|科技研发经费支出占GDP比重|研发投入强度	%	ratio	none
tech_contract_value	技术合同成交额	技术交易额|技术合同交易额	亿元	amount	nominal
above_scale_industrial_enterprises	规模以上工业企业数	规上工业企业|规上工业企业数|规模以上工业企业|规上企业	户	count	none
hightech_enterprises	高新技术企业数	高新技术企业|国家级高新技术企业|国家高新技术企业	户	count	none
tech_smes	科技型中小企业数	科技型中小企业	户	count	none
resident_enterprises	入驻企业数	入驻企业|园区入驻企业|入园企业	户	count	none
ecommerce_enterprises	电商企业数	电商企业	户	count	none
new_market_entities	新增市场主体	市场主体新增|新增市场主体数	户	count	none
valid_patents	有效专利数	有效专利	件	count	none
invention_patents	发明专利数	发明专利|有效发明专利	件	count	none
signed_projects	签约项目数	签约项目|签约招商项目|招引项目|引进项目	个	count	none
signed_value	签约金额	签约总金额|签约资金|协议投资额	亿元	amount	nominal
key_projects	重点项目数	重点项目|省市重点项目|重点建设项目	个	count	none
key_project_planned_investment	重点项目计划总投资	计划总投资|总投资	亿元	amount	nominal
key_project_annual_plan	重点项目年度计划投资	年度计划投资|年度计划|年内计划投资	亿元	amount	nominal
key_project_completed_investment	重点项目完成投资	完成投资|累计完成投资|完成投资额	亿元	amount	nominal
completed_projects	竣工投产项目数	竣工投产项目|竣工项目|建成投产项目	个	count	none
new_projects_started	新开工项目数	新开工项目	个	count	none
grain_area	粮食种植面积	粮食播种面积	万亩	area	none
grain_output	粮食产量	粮食总产量	万吨	amount	none
urban_new_jobs	城镇新增就业	城镇新增就业人数|新增就业	人	count	none
energy_per_va	单位增加值能耗	万元GDP能耗|单位GDP能耗	吨标准煤/万元	ratio	none

"""#
}
