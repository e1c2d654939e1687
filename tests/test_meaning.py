"""What a figure measures and whom it is about, read from its sentence (reportfacts.extract.meaning), on tiny texts."""

import pytest

from reportfacts.extract.facts import extract_report
from reportfacts.extract.meaning import Reader, continued, headline_subject, place_level


def _rows(text, subject="", published="2021-08"):
    from reportfacts.extract.catalog import load_catalog
    from reportfacts.extract.facts import extract_clean
    from reportfacts.text.clean import clean_text
    f, _ = extract_clean(clean_text(text), "t", "t.txt", published, load_catalog(), default_subject=subject)
    return {w: (m, s) for w, m, s in zip(f.value_as_written, f.measure_zh, f.subject_zh)}


@pytest.mark.parametrize("text,figure,measure", [
    ("上半年，规模以上工业增加值同比增长8.3%。", "8.3", "规模以上工业增加值"),
    ("高技术产业和战略性新兴产业增加值同比分别增长13.8%、98.2%。", "13.8", "高技术产业增加值"),
    ("高技术产业和战略性新兴产业增加值同比分别增长13.8%、98.2%。", "98.2", "战略性新兴产业增加值"),
    # the words after the word the first item ends with, repeated in the last (低保), are shared
    ("城市低保、农村低保人均月补差分别提高到300元、200元。", "300", "城市低保人均月补差"),
    ("城市低保、农村低保人均月补差分别提高到300元、200元。", "200", "农村低保人均月补差"),
    ("新认定国家高新技术企业10家，总数达到18家。", "18", "新认定国家高新技术企业总数"),
    ("实施“三大改造”项目29个。", "29", "实施“三大改造”项目"),
    ("年均滚动实施600个以上智能化改造项目。", "600", "实施智能化改造项目"),  # -化 and its verb modify the noun
    ("其中，208个续建项目年度投资完成率89.1%。", "208", "续建项目"),  # what is counted ends the count's phrase
    ("济南、青岛、烟台三市生产总值合计28838.2亿元。", "28838.2", "生产总值"),  # 三|市: the class counted
    ("全省GDP增长2.9%。合肥市增长2.9%，与全省持平（一季度为增长5.2%）。", "5.2", "GDP"),  # 持平 compares
    # the count of the items listed (四大) ends the last item; the words after it are shared
    ("半导体、智能终端、光电子、软件信息四大产业集群产值分别增长12.4%、28.7%、41.1%和9.8%。", "28.7", "智能终端产业集群产值"),
    ("半导体、智能终端、光电子、软件信息四大产业集群产值分别增长12.4%、28.7%、41.1%和9.8%。", "9.8", "软件信息产业集群产值"),
    ("其中3个省重点项目、16个市重点项目完成投资。", "16", "市重点项目"),
    ("2022年重大项目共安排883个。", "883", "重大项目"),
    ("成都上半年实现GDP9602.72亿元，同比增长13.1%。", "13.1", "GDP"),
    ("经营盈利为人民币418.32亿元。", "418.32", "经营盈利"),  # the currency is the amount's, no measure
    ("设立了1.5亿元的高质量发展专项资金。", "1.5", "高质量发展专项资金"),
    ("一季度，规上工业增加值保持增长2%。", "2", "规上工业增加值"),
    # the measure written before a period expression, a preposition or an adverb between them
    ("主体税种从2016年的2.65亿元增长至2020年的4.3亿元，年均增速达12.6%。", "4.3", "主体税种"),
    ("主体税种从2016年的2.65亿元增长至2020年的4.3亿元，年均增速达12.6%。", "12.6", "主体税种"),
    ("全域农村污水管网已敷设460公里。", "460", "全域农村污水管网"),
    # a class bound inside a phrase, with the amount that bounds it
    ("其中10亿元以上项目4个。", "4", "10亿元以上项目"),
    ("税收500万元以上企业5家，较上年增加2家。", "5", "税收500万元以上企业"),  # (jieba glues 万元以上)
    ("3月末城镇登记失业率为1.6%，同比下降0.5个百分点。", "1.6", "城镇登记失业率"),  # (the month's end, a date)
    ("生物医药和电子信息增幅最大，分别为19.8%和17.3%。", "17.3", "电子信息"),  # (items joined by 和; a growth rate
    # measures what grows, its rate head cut)
    ("光伏新能源和有色金属增幅最大，分别为18.6%和15.3%。", "15.3", "有色金属"),
    ("重点监测的40家重点工业企业经营状况良好。", "40", "重点工业企业"),  # (how the things counted stand: no part)
    # an amount of output inside a project's name: the capacity of the product the name gives
    ("总投资2亿元的厦工北方年产1万台智能化整车项目进展顺利。", "1", "年产智能化整车"),
    ("恒瑞2万吨/年锂电池正极材料项目加快建设。", "2", "锂电池正极材料产能"),
    ("宝地钛业5万吨海绵钛项目A区厂房已完工。", "5", "海绵钛产能"),
    ("建设10万平方米标准化厂房项目。", "10", "标准化厂房项目"),  # (an area with no 年产: no capacity)
    ("提前一个月完成1070亩土地征迁任务。", "1070", "土地征迁任务"),  # (the work a task names, its verb inside)
    ("全年完成3000亩棚户区改造任务。", "3000", "棚户区改造任务"),
    # a part of the whole the sentence before measured, what it did written with no object (沿海港口: jieba's ns)
    ("全省规模以上港口完成货物吞吐量17362万吨。其中，沿江港口完成14128万吨；沿海港口完成3234万吨。", "14128", "沿江港口货物吞吐量"),
    ("全省规模以上港口完成货物吞吐量17362万吨。其中，沿江港口完成14128万吨；沿海港口完成3234万吨。", "3234", "沿海港口货物吞吐量"),
    ("其中，计划新开工项目98个，续建项目539个。", "539", "续建项目"),
    # a change of revenue or spending on the time before (增收, 少支) is of the measure before it
    ("经开区大口径财政收入完成8615万元，较上年同月增收4127万元，增长92%。", "4127", "大口径财政收入"),
    ("一般公共预算支出1500万元，较上年同期少支964万元，下降39%。", "39", "一般公共预算支出"),
    ("全市接待游客583.42万人次，恢复到2019年同期的81.1%。", "81.1", "接待游客"),  # (recovered to a share of a year)
    ("秋粮平均亩产576.07公斤，比上年增加17.91公斤。", "576.07", "秋粮平均亩产"),  # (an average inside a name)
    ("城镇登记失业率为2.1%，与去年相比降低0.11个百分点。", "0.11", "城镇登记失业率"),  # (与…相比: a comparison)
    ("全年城镇新增就业2.1万人，失业人员再就业9295人。", "9295", "失业人员再就业"),  # (a term: re-employment)
    # ordinals listed, then an item whose last word they share
    ("第一、二、三产业和居民生活用电量同比分别增长17.2%、12.6%、21.9%和8.4%。", "12.6", "第二产业用电量"),
    ("第一、二、三产业和居民生活用电量同比分别增长17.2%、12.6%、21.9%和8.4%。", "8.4", "居民生活用电量"),
    ("来自全县各条战线的241名人大代表精神饱满。", "241", "人大代表"),  # (an abbreviation in an item: no place)
    ("其中，江西、山西同比增速分别高于全国2.3个百分点、1.8个百分点。", "1.8", "同比增速"),  # (places' one rate)
    ("建设项目数量比2020和2019年分别增长21%和38%。", "38", "建设项目数量"),  # (years compared with, sharing 年)
    ("1至11月共完成形象进度投资4471.3亿元，占年计划的102.7%。", "102.7", "形象进度投资占年计划"),  # (进度 a noun)
    ("全市地区生产总值预期增长目标定为6%。", "6", "地区生产总值"),  # (the goal set: its measure is what grows)
    ("成都将2024年GDP增长目标定在6%以上。", "6", "GDP"),
    ("湖北一般贸易进出口2190.4亿元，占湖北外贸总值的（下同）67.7%。", "67.7", "一般贸易进出口占湖北外贸总值"),  # (a note)
    ("其中恩施进出口激增3倍、十堰增长47.8%。", "3", "进出口"),  # (激增, a verb of change)
    ("三季度进出口创历史新高，同比增长49.3%。", "49.3", "进出口"),  # (what set the record)
    ("全市GDP增长5%，增速居全省第三。", "三", "GDP增速"),  # (the rate's rank)
    ("焦作高新区排名居第138位，增速名列河南省国家高新区第二。", "二", "增速"),  # (a place's group; no rate of a rank)
    ("运用“四种形态”处理72人次，前两种形态占比87%。", "87", "前两种形态占比"),  # (the first so many of a kind)
    ("省级以上研发平台从18个增长至67个。", "67", "省级以上研发平台"),
    # a share of the figure before it; a growth after the share is of that figure again
    ("数字经济核心产业增加值2306亿元，占GDP的26.7%，同比增长16.7%。", "26.7", "数字经济核心产业增加值占GDP"),
    ("数字经济核心产业增加值2306亿元，占GDP的26.7%，同比增长16.7%。", "16.7", "数字经济核心产业增加值"),
    # a bracket left open is dropped; one closed is kept
    ("均高于规上工业（增加值同比增长12.7%）。", "12.7", "规上工业增加值"),
    ("培育创新创业领军人才（团队）5个。", "5", "培育创新创业领军人才（团队）"),
    # a time word ends what a count counts
    ("有10个副省级城市上半年经济总量超5000亿元。", "10", "副省级城市"),
    ("东北的四个副省级城市中，长春GDP增长9%。", "四", "副省级城市"),   # a locative ends no noun phrase
    ("全省11个城市中，有9个公布了季度数据。", "9", "城市"),   # a verb alone after it is a predicate: nothing counted
    ("新开工项目8个今冬完工。", "8", "新开工项目"),   # and a time word right after the measure word is nothing counted
    ("完成投资5亿元，剩余3个明年完工。", "3", "剩余"),  # a frame word (余) inside a word (剩余) is no frame word
    ("年末结余3亿元。", "3", "结余"),
    # a count of a bare class word that the clause describes counts what the description says
    ("文苑街道等21个单位荣获项目建设先进单位称号。", "21", "荣获项目建设先进单位称号的单位"),
    ("5家企业获得国家级荣誉。", "5", "获得国家级荣誉的企业"),
    ("对30%的社区开展了专项检查。", "30", "开展专项检查的社区"),   # a share of one too
    ("46个工业项目完成投资53.6亿元。", "46", "工业项目"),
    ("12个村实现整村推进。", "12", "实现整村推进的村"),   # 村 (jieba: zg) is a noun; 实现 with its object is a description
    ("8个单位荣获“五好”先进单位称号。", "8", "荣获“五好”先进单位称号的单位"),  # a numeral in a quoted name is no figure
    ("5家企业同比增长。", "5", "企业"),   # frame words alone describe nothing
    ("12个行业营业收入同比增长。", "12", "行业"),   # they say what changes: the noun before them is not counted
    # what follows a count's measure word: modifiers and a relative clause stay; a possessive's noun does not
    ("拥有24家省级以上“专精特新”企业、2家省级创新龙头企业。", "24", "省级以上“专精特新”企业"),
    ("拥有24家省级以上“专精特新”企业、2家省级创新龙头企业。", "2", "省级创新龙头企业"),
    ("明仁50亿大健康产业集群等4个主导产业集群初具规模。", "4", "主导产业集群"),  # an idiom after a noun: a predicate
    ("力争引进10支处于国内领先水平的高层次创新创业团队。", "10", "处于国内领先水平的高层次创新创业团队"),
    ("重点服务河南理工大学2755项发明专利的推介交易服务。", "2755", "发明专利"),
    # items that carry their own counts before 分别: the count's measure word opens no item; the noun after 分别 is
    # what each measures
    ("其中2个省重点项目、9个市重点项目分别完成投资30亿元、12亿元。", "12", "市重点项目投资"),
    # a gap after a comparison is a gap of the measure before the comparison, not of what it is compared with
    ("主体税种增长21.7%，高于全市平均水平24个百分点。", "24", "主体税种增速"),
    ("高技术产业和战略性新兴产业增加值分别增长13.8%、98.2%，分别高于规模以上工业增加值增速4.9个、89.3个百分点。",
     "4.9", "高技术产业增加值"),
    ("高技术产业和战略性新兴产业增加值分别增长13.8%、98.2%，分别高于规模以上工业增加值增速4.9个、89.3个百分点。",
     "89.3", "战略性新兴产业增加值"),
    # 率 makes a noun of the word before it; a rank word before a rank's verb says what is ranked
    ("“三个一批”项目21个，其中，开工率100%，投产率60%。", "60", "投产率"),
    ("焦作高新区排名居第138位。", "138", "排名"),
    # one-character modifiers listed before a noun; a one-character word before a count says less than what follows
    ("11个省、市重点项目开复工率达到100%。", "11", "省、市重点项目"),
    ("今年区3个省重点项目总投资32亿元。", "3", "省重点项目"),
    # a relative clause before a count: what is counted follows the measure word
    ("抓好新上、续建的43个工业项目。", "43", "工业项目"),
    ("新开工3个、8个五十亿以上重点项目。", "8", "五十亿以上重点项目"),   # an amount bounding the class it opens
    # an amount written between its verb and what it is of; an adverb of time opens no measure
    ("共投入3亿元专项资金。", "3", "专项资金"),
    ("在厦门扩建50GWh的锂电池工厂。", "50", "锂电池工厂"),   # 的 between them
    ("达产后，年产8万吨有机肥料。", "8", "有机肥料"),   # 年产 (jieba: j) is a verb
    ("今年的目标是冲击500亿产值。", "500", "产值"),   # a verbal noun (冲击, vn) before the amount too
    ("建设了投资8亿元的乳业项目。", "8", "投资"),   # but a verbal noun before 的 names what the amount is of the noun
    ("今年自筹3亿元征迁资金。", "3", "征迁资金"),   # one-character verbs joined before a noun (征|迁|资金) modify it
    ("近三年来，先后投入6.13亿元。", "6.13", "投入"),
    ("全年减税降费5亿元。", "5", "减税降费"),   # one-character verbs joined to the verb before them: one compound
    ("建区30年。", "30", "建区"),   # and one before a noun makes one word with it
    ("线上可办事项300项。", "300", "线上可办事项"),
    ("今年选树先进典型15个。", "15", "选树先进典型"),   # with the lone character before it (选, jieba: zg)
    # a short head verb keeps the noun before it that says whose (金融业实现税收); 全市 inside a share's phrase
    ("去年1~11月份，金融业实现税收2556万元。", "2556", "金融业税收"),
    ("111个省重点在建项目实际完成投资452.5亿元。", "452.5", "省重点在建项目实际完成投资"),
    ("经济总量占全市比重10%以上。", "10", "经济总量占全市比重"),
    ("作为长三角经济总量排名第三的城市。", "三", "经济总量"),   # a place ends the measure read backwards
    ("高新区全国综合排名进入前100强。", "100", "综合排名"),   # 进入 a rank group: the verb is no part of the measure
    ("2023年，共为辖区172家市场主体提供贷款18.27亿元。", "172", "市场主体"),  # a count counts the noun after its measure word
    # a verb of change between nouns names a programme; nouns listed together are counted together
    ("完成农村安全饮水巩固提升工程38个。", "38", "完成农村安全饮水巩固提升工程"),  # with the flow word of a count
    ("培育市级以上名师、骨干教师180余名。", "180", "培育市级以上名师、骨干教师"),
    ("解决劳资纠纷76起。", "76", "解决劳资纠纷"),
    ("园区入驻各类企业80家。", "80", "各类企业"),   # a determiner opens the noun phrase it quantifies
    ("省级孵化器和众创空间达到12家。", "12", "省级孵化器和众创空间"),   # so are nouns joined by 和, 及
    ("带动配套产业及第三产业产值超200亿元。", "200", "配套产业及第三产业产值"),
    ("安排位于城区或连接城区内外项目50个。", "50", "位于城区或连接城区内外项目"),
    # a goal's framing words are no part of what is measured; 安排 is kept with a short measure, like 完成
    ("2022年深圳地区生产总值预期增长目标6%左右。", "6", "地区生产总值"),
    ("一季度完成投资108亿元，达到年度投资目标的40%。", "40", "年度投资目标"),  # a goal that is the base of a share
    ("计划安排投资500亿元。", "500", "计划安排投资"),
    ("两市之间的差距也仅为99亿元。", "99", "差距"),   # a locative before 的 does not modify what is measured
    ("与居民生活密切相关的服务业增长8%。", "8", "服务业"),   # nor does a relative clause cut from its preposition
    ("社会消费品零售总额增长接近30%。", "30", "社会消费品零售总额"),  # a bound's word frames the figure (接近, 不足)
    ("其中，111个省重点在建项目完成投资452.5亿元。", "111", "省重点在建项目"),  # 在建 modifies the noun after it
    ("研发投入119.1亿元，约为全省平均水平5.7倍。", "5.7", "研发投入"),  # the whole a multiple is of, after 为
    ("全市每万人口高价值发明专利拥有量136.95件。", "136.95", "每万人口高价值发明专利拥有量"),  # per so many: 每 kept
    ("国家高新区每万名从业人员拥有发明专利466件。", "466", "每万名从业人员拥有发明专利"),  # (拥有: having, no time)
    # a standing before 的 (一流, 领先) describes the noun counted after it
    ("到2020年，培养100名国内一流的高新技术产业领军人才。", "100", "培养国内一流的高新技术产业领军人才"),
    # a character cut from its word by the segmenter (战|新企业) names nothing
    ("截至去年底，光谷集聚了全市六成以上的战新企业。", "六成", ""),
    # the order a place reached a mark in ranks it among the places that reached it
    ("苏州成为继深圳之后全国第二个规上工业总产值超四万亿元的城市。", "二", "规上工业总产值超四万亿元的城市"),
    # a gap in a rate with nothing before it to continue: the rate, alone
    ("郴州受有色金属价格回落等因素影响，增速比全省低2.3个百分点。", "2.3", "增速"),
    # periods listed before 分别 are no items of the measure
    ("全省GDP一季度、上半年、前三季度分别增长18.6%、13.0%和9.7%。", "13.0", "GDP"),
    # a figure in an aside cuts no phrase around it
    ("国家高新区实现园区生产总值17.3万亿元，占国内生产总值（121.0万亿元）的比重达到14.3%。", "14.3",
     "园区生产总值占国内生产总值的比重"),
    # a name's last character, cut off by the segmenter (上海张|江), measures nothing: the list's measure goes on
    ("2022年营业收入居前的国家高新区中，中关村示范区8.7万亿元（增长2.9%）；上海张江2.6万亿元（增长5.1%）。", "2.6",
     "营业收入"),
    # a share written before 的 after a verb is a share of the verb's object (聚集, 创造 name no measure)
    ("国家高新区聚集了近80%的全国重点实验室。", "80", "全国重点实验室"),
    ("国家高新区以全国2.5%的建设用地创造了13.4%的国内生产总值。", "13.4", "国内生产总值"),
    # a share of the scope's whole right after an amount is the amount's share of it
    ("其中，核心产业增加值5800亿元，约占全省的58%。", "58", "核心产业增加值占全省"),
    # an item of a list with its figure alone in brackets after it measures that figure
    ("排名前五的产业链为：新能源及其装备制造(1177.75亿元)、石化化工(363.33亿元)。", "363.33", "石化化工"),
    # 控股 (holding), which jieba tags a verb, is a modifier in a class of firms
    ("379家中央国有控股上市公司共实现营收24.69万亿元。", "379", "中央国有控股上市公司"),
    # 合同, which jieba tags an adjective, is the contract counted (meaning.yml retag)
    ("截至2月底，泉州市共认定登记技术合同83项。", "83", "登记技术合同"),
    # a rate kept over a run of quarters is of what lasted (not 稳定增长, how it grew)
    ("全省地区生产总值增长8.7%，已连续8个季度保持8%以上稳定增长。", "8", "地区生产总值"),
    # a rank or a duration of a rate (…增速连续4个月居全省首位) measures the rate, not what grows
    ("GDP实际增速位居全省首位。", "首位", "GDP增速"),
    ("全市固定资产投资增速连续4个月居全省首位。", "4", "固定资产投资增速"),
    ("全市固定资产投资增速连续4个月居全省首位。", "首位", "固定资产投资增速"),
])
def test_the_measure_is_the_phrase_the_sentence_prints(text, figure, measure):
    assert _rows(text)[figure][0] == measure


def test_the_subject_is_a_name_of_the_clause_a_topic_place_or_the_reports_own():
    rows = _rows("广州上半年GDP为13101.89亿元。同比增长13.7%。\n\n新增企业5家。", subject="广东")
    assert rows["13101.89"][1] == "广州" and rows["13.7"][1] == "广州"  # a place opening a sentence carries
    rows = _rows("四川上半年GDP增长8%。", subject="中国")
    assert rows["8"] == ("GDP", "四川")                                   # a name may hold a numeral (四川, 长三角)
    rows = _rows("新增企业5家，总投资10亿元。", subject="焦作高新区")
    assert rows["5"][1] == "焦作高新区"                                   # no name: the report's subject
    rows = _rows("搭建创业中心、河南理工大学科技园等4个创新创业平台。", subject="焦作高新区")
    assert rows["4"] == ("创新创业平台", "焦作高新区")                      # examples of a list are not the subject
    rows = _rows("汇聚了河北工业大学、河北师范学院、石家庄工贸学院、石家庄职教园区等5所院校。", subject="焦作高新区")
    assert rows["5"][1] == "焦作高新区"                                   # however long the list
    rows = _rows("东方集团、明仁50亿健康产业园等3个项目开工。", subject="焦作高新区")
    assert rows["3"][1] == "焦作高新区"                                   # with figures in its names


def test_only_a_name_in_a_sentences_opening_is_a_topic_the_next_sentences_carry():
    # a name after a verb is an object: 培育焦作市…人才 does not make 焦作市 the subject of what follows
    rows = _rows("培育焦作市创新创业领军人才5个。建成投用面积27万平方米。", subject="焦作高新区")
    assert rows["5"][1] == "焦作高新区" and rows["27"][1] == "焦作高新区"  # not even of its own clause
    rows = _rows("实施河南理工大学科技园二期等项目，总投资58亿元。", subject="焦作高新区")
    assert rows["58"][1] == "焦作高新区"
    # a clause of attribution or of scope before the name leaves it the topic
    rows = _rows("深圳市统计局公布的数据显示，上半年，全市工业增加值增长8.3%。两年平均增长3.2%。", subject="广东")
    assert rows["8.3"][1] == "深圳市" and rows["3.2"][1] == "深圳市"
    rows = _rows("15个城市中，成都上半年GDP增长13.1%。两年平均增长6.7%。", subject="广东")
    assert rows["6.7"][1] == "成都"
    rows = _rows("西南的三个城市中，成都经济亮眼，两年平均增长6.7%。", subject="广东")
    assert rows["6.7"][1] == "成都"   # a name in a clause of scope names the group, not the topic
    # an enumerated point (二是…) is about the report's place again, not the place an earlier point's sentence opened
    rows = _rows("一是重点项目加快推进。南港区域在谈项目超过2000亿元。二是工业生产整体良好，增速保持在30%左右。",
                 subject="滨海新区")
    assert rows["2000"][1] == "南港" and rows["30"][1] == "滨海新区"


@pytest.mark.parametrize("text,figures,measures", [
    # a bare list after a clause listing as many figures: item by item
    ("通用设备、专用设备制造业增加值分别增长27.7%、11.9%，两年平均增长9.6%和8.7%。",
     ("9.6", "8.7"), ("通用设备制造业增加值", "专用设备制造业增加值")),
    # after 分别, a list of n figures continues the n clauses before it
    ("甲企业从10家增长至28家，乙平台从18个增长至67个，分别增长180%、272%。",
     ("180", "272"), ("甲企业", "乙平台")),
    # a clause whose own words name a measure is not a bare list (from X to Y after from X to Y)
    ("综合排名从146位提升至130位，国家高新技术企业从10家增长至28家。", ("28",), ("国家高新技术企业",)),
    # after 分别, an item joined by 以及 is one item
    ("交通运输、教育、科技以及信息化行业分别完成182.4亿元、164.5亿元和70.2亿元。",
     ("182.4", "70.2"), ("交通运输行业", "科技以及信息化行业")),
    # a list of shares after a list of items: each item's share of the whole it names, or its share again (占比)
    ("电子信息、装备制造产业增加值增速分别为9.6%、8.3%，占规上工业增加值比重分别为48.7%、31.2%。",
     ("48.7", "31.2"), ("电子信息产业增加值占规上工业增加值比重", "装备制造产业增加值占规上工业增加值比重")),
    ("进出口、出口和进口值占全省份额分别为12.0%、12.1%和11.8%，占比分别提升0.2、0.1和0.3个百分点。",
     ("0.2", "0.3"), ("进出口值占比", "进口值占比")),
    # (but places listed share one measure: each place's share of it)
    ("郑州、洛阳GDP分别为12000亿元、5000亿元，占全省比重分别为20%、9%。", ("20", "9"), ("GDP占全省比重",) * 2),
])
def test_a_bare_list_continues_the_list_before_it_item_by_item(text, figures, measures):
    rows = _rows(text)
    assert tuple(rows[f][0] for f in figures) == measures


def test_the_country_opening_a_sentence_is_the_topic_the_next_sentences_carry():
    rows = _rows("根据国家统计局，2023年末全国人口140967万人。全年出生人口902万人，出生率为6.39‰。", subject="上海")
    assert rows["140967"][1] == rows["902"][1] == rows["6.39"][1] == "全国"
    # until a sentence opens on a place of its own
    rows = _rows("2023年末全国人口140967万人。全市常住人口2487万人。出生人口8万人。", subject="上海")
    assert rows["8"][1] != "全国"


def test_an_area_named_by_what_is_done_there_is_no_place():
    rows = _rows("我区已发展成为全国动力电池产业主要聚集区。目前，我区拥有产业链企业超100家。", subject="")
    assert rows["100"][1] != "聚集区"
    rows = _rows("全市建成区绿化覆盖率达43.95%。", subject="成都")
    assert rows["43.95"] == ("建成区绿化覆盖率", "成都")
    # after a name it is part of the name (亚龙湾|度假区), and a district the segmenter tags a noun stays a place
    rows = _rows("三亚亚龙湾度假区接待游客120万人次。鼓楼区完成投资50亿元。", subject="海南")
    assert rows["120"][1].endswith("度假区") and rows["50"][1] == "鼓楼区"


def test_a_compared_places_figure_in_brackets_is_of_the_measure_compared():
    rows = _rows("一季度，全市地区生产总值同比增长5.5%，分别高于全国(5.4%)、全省(5.2%)0.1和0.3个百分点。", subject="朝阳")
    assert rows["5.4"] == ("地区生产总值", "全国") and rows["5.2"] == ("地区生产总值", "全省")


def test_a_ranks_group_of_cities_is_no_citys_ordinal_and_names_what_is_ranked():
    rows = _rows("中部地区GDP十强城市出炉。武汉稳居首位，郑州重返第二。", subject="", published="2024-10")
    assert rows["首位"][0] == rows["二"][0] == "GDP"


def test_a_rank_describing_a_name_after_it_is_that_names():
    rows = _rows("目前排在第三位的宜宾增速较快。", subject="四川")
    assert rows["三"][1] == "宜宾"
    rows = _rows("全市经济总量居全国第二的水平。", subject="成都")
    assert rows["二"][1] == "成都"  # not a name after 的


def test_two_nouns_joined_after_a_count_are_one_class_counted():
    rows = _rows("来自22个国家和地区的外资企业参会。全市有12个项目和3个园区。", subject="重庆")
    assert rows["22"][0] == "国家和地区" and rows["12"][0] == "项目" and rows["3"][0] == "园区"


def test_places_before_a_rank_are_the_group_ranked_in_not_what_is_ranked():
    rows = _rows("全省电子信息制造业营业收入排名全国第10位。营收增速居中部地区和长三角地区首位。", subject="安徽")
    assert rows["首位"][0] == "营收增速"
    rows = _rows("一季度，全市居民人均可支配收入增长5%，增速苏南第一。", subject="苏州")
    assert rows["一"][0] == "居民人均可支配收入增速"


def test_a_change_after_a_figure_continues_it_not_the_scope_lead():
    rows = _rows("在农民工总量中，外出农民工17185万人，比上年增加251万人，增长1.5%。", subject="全国")
    assert rows["251"][0] == rows["1.5"][0] == "外出农民工"
    rows = _rows("在建项目中，江油市56个、安县24个。", subject="绵阳")
    assert rows["56"][0] == "在建项目"  # items under the lead still count what it names


def test_the_topic_a_clause_judges_is_measured_without_whose_it_is():
    rows = _rows("其中，丰镇市规模以上工业企业火力发电量最多，占全市规模以上工业企业火力发电量的31.1%。", subject="乌兰察布")
    assert rows["31.1"] == ("规模以上工业企业火力发电量占全市规模以上工业企业火力发电量", "丰镇市")


def test_an_amount_naming_a_class_keeps_its_number_with_its_unit():
    rows = _rows("实施500万元投资建设项目15个，竣工10个。", subject="玉溪")
    assert rows["15"][0] == "实施500万元投资建设项目" and rows["10"][0] == "竣工500万元投资建设项目"


def test_a_generic_head_continues_the_measure_before_it():
    assert continued("总数", "国家高新技术企业") == "国家高新技术企业总数"
    rows = _rows("全市GDP增长10%，深圳总量位居第一。主要经济指标增长5%。焦作高新区排名居第138位。")
    assert rows["一"][0] == "总量" and rows["138"][0] == "排名"  # after a name it is the name's own
    assert continued("", "GDP") == "GDP" and continued("营业收入", "GDP") == "营业收入"
    assert continued("占GDP", "增加值") == "增加值占GDP" and continued("", "增加值占GDP", growth=True) == "增加值"


def test_the_headline_gives_its_first_name():
    from reportfacts.extract.catalog import load_catalog
    from reportfacts.extract.meaning import add_names
    # the names the catalog knows, as extraction adds them (so the test does not depend on one run before it)
    add_names(a for e in load_catalog().entities.values() for a in (e.name_zh, *e.aliases_zh))
    assert headline_subject("焦作高新区开创又高又新发展新局面") == "焦作高新区"
    assert headline_subject("") == ""


def test_figures_joined_in_a_run_are_read_against_the_list_before_them():
    assert _rows("出口和进口增长12%和8%。") == {"12": ("出口", ""), "8": ("进口", "")}
    got = _rows("亩均工业增加值和税收位居全国高新区第七和第五。")
    assert got["五"][0] == "税收"
    got = _rows("全省电子信息制造业、软件业规模分别位列全国第三和第四。")  # 分别 before a run of ordinals
    assert got["三"][0] == "电子信息制造业规模" and got["四"][0] == "软件业规模"
    got = _rows("杭州和武汉在副省级城市中分列第四和第五位。")  # a list of names: the subjects, in order
    assert got["四"][1] == "杭州" and got["五"][1] == "武汉"


def test_listed_places_own_their_counts_of_what_the_scope_lead_names():
    got = _rows("在建项目中，江油市56个、涪城区32个、安县24个分别排在全市前三位。")
    assert [got[k] for k in ("56", "32", "24")] == [("在建项目", "江油市"), ("在建项目", "涪城区"), ("在建项目", "安县")]
    assert _rows("其中，城镇人口1647.20万人。", subject="内蒙古")["1647.20"] == ("城镇人口", "内蒙古")  # no place


def test_the_gazetteer_makes_places_of_cities_the_segmenter_mistags():
    from reportfacts.extract.meaning import gazetteer, load_meaning_rules, words
    names = gazetteer()
    assert {"合肥", "石家庄", "甘南", "内蒙古"} <= set(names) and names["安徽"] == "省" and names["合肥"] == "市"
    assert not set(names) & load_meaning_rules().not_name
    assert all(f == "ns" for w in ("合肥", "石家庄", "开封") for _, f in words(w))
    assert words("合作共建")[0] == ("合作", "vn")  # a county-level city whose name is a common word is left out
    assert _rows("合肥正起草电子信息产业发展规划，到2020年产值将达5000亿元。")["5000"][1] == "合肥"


def test_a_sentence_opening_on_the_report_s_own_place_ends_a_smaller_topic():
    text = "上饶经开区首次突破千亿元。全省开发区全年共引进项目160个。"
    assert _rows(text, subject="江西")["160"][1] == "江西"
    text = "上半年厦门全市实现地区生产总值3399.85亿元。全市固定资产投资增长12%。"  # 全市: the city just named
    assert _rows(text, subject="福建")["12"][1] == "厦门"


def test_a_class_of_zones_is_named_with_its_level():
    assert headline_subject("商务部公布2023年国家级经济技术开发区考核结果") == "国家级经济技术开发区"
    rows = _rows("2022年，国家级经开区实现地区生产总值14万亿元，占国内生产总值的比重为12%。", subject="商务部")
    assert rows["14"][1] == "国家级经开区" and rows["12"][1] == "国家级经开区"


def test_a_report_that_never_names_its_place_is_about_the_word_it_calls_itself():
    text = "2022年，全县上下坚持以习近平新时代中国特色社会主义思想为指引。\n\n全县生产总值254.5亿元，增长5.2%。"
    assert _rows(text)["254.5"][1] == "全县"  # 中国特色 is a set phrase, no place


def test_without_a_given_subject_the_report_is_about_the_place_it_names_most():
    rows = _rows("杭州经济持续回升。杭州今年前三季度GDP增长10%。\n\n新增企业5家。")
    assert rows["5"][1] == "杭州"


def test_a_short_name_the_text_shows_to_be_a_place_is_a_subject():
    # the segmenter tags 凤凰 (a county, left out of the gazetteer as a common word) a person's name; "凤凰全县"
    # shows it a place
    rows = _rows("凤凰全县经济总量领先。\n\n凤凰去年GDP增长13.3%。", subject="湖南")
    assert rows["13.3"][1] == "凤凰"
    rows = _rows("凤凰去年GDP增长13.3%。", subject="湖南")  # nothing shows it a place: the report's subject
    assert rows["13.3"][1] == "湖南"
    assert _rows("寿宁去年GDP增长13.3%。", subject="福建")["13.3"][1] == "寿宁"  # a county the gazetteer knows


def test_a_word_for_whichever_place_the_report_is_about_is_no_subject():
    rows = _rows("上半年厦门全市实现地区生产总值3399.85亿元。全市固定资产投资增长12%。", subject="福建")
    assert rows["3399.85"][1] == "厦门" and rows["12"][1] == "厦门"


def test_an_apposition_or_a_generic_body_is_no_subject():
    rows = _rows("宁波和青岛这两个计划单列市都超过了6500亿元。", subject="浙江")
    assert rows["6500"][1] == "宁波"
    rows = _rows("深圳安排市政府投资项目522个。", subject="广东")
    assert rows["522"][1] == "深圳"


def test_the_word_lists_have_no_duplicates():
    import collections
    from reportfacts.core import yamlio
    from reportfacts.core.paths import CATALOG_DIR
    doc = yamlio.safe_load((CATALOG_DIR / "meaning.yml").read_text(encoding="utf-8"))
    for key, words in doc.items():
        if isinstance(words, list):
            assert not [w for w, n in collections.Counter(words).items() if n > 1], key


@pytest.mark.parametrize("text,figure,measure", [
    # the words between a rank's verb and the rank name the group ranked in, not what is ranked
    ("GDP总量位居副省级城市第13位。", "13", "GDP总量"),
    ("来自西南的成都继续位居副省级城市第三位。", "三", ""),
    ("规模以上工业总产值居全国城市首位。", "首位", "规模以上工业总产值"),  # 全国 scopes the group
    ("居民消费价格上涨1.2%。", "1.2", "居民消费价格"),  # jieba's idiom 价格上涨 holds the frame word 上涨
    # the measure before a comparison with last year (比上年, 较上年: a comparison base, not a period of the figure)
    ("全年工业增加值比上年增长6.3%。", "6.3", "工业增加值"),
    ("工业固体废物综合利用率较上年提高2个百分点。", "2", "工业固体废物综合利用率"),
    ("增长面达74%。", "74", "增长面"),
    ("2022年全年工业增加值比上年增长6.3%。", "6.3", "工业增加值"),  # between two period expressions
    ("社会消费品零售总额增长8%，快于一季度3.6个百分点。", "3.6", "社会消费品零售总额增速"),  # a gap on a period
    ("猪肉产量由一季度的下降1.7%转为上半年的增长1.6%。", "1.6", "猪肉产量"),  # 由…转为…: one measure
    ("税收收入占合肥市比重达24.6%。", "24.6", "税收收入占合肥市比重"),  # a named whole of a share
    ("基础研究经费支出占社会R&D投入强度达6%。", "6", "基础研究经费支出占社会R&D投入强度"),
    # an amount's bound or scale inside a class's name
    ("全市产值过亿元企业共477家。", "477", "产值过亿元企业"),
    ("营业收入超百亿元企业达到12家。", "12", "营业收入超百亿元企业"),
    ("2022年，合肥高新区新增工业百亿企业4家。", "4", "新增工业百亿企业"),  # a bare magnitude between nouns
    ("培育千亿元级企业1家、百亿元级企业25家。", "25", "百亿元级企业"),
    ("5G基站达到25.5万个。", "25.5", "5G基站"),  # a digit and letters name a technology
    ("2013年，五莲县计划招引20个以上过亿项目。", "20", "招引过亿项目"),  # an amount's bound opening the class, with the flow verb
    ("人口自然增长率控制在3‰以内。", "3", "人口自然增长率"),
    ("规模以上工业中战略性新兴产业产值增长13.5%。", "13.5", "战略性新兴产业产值"),  # 中: the group looked in
    ("江西GDP增量较大，全国排名由第18位前移至第15位。", "18", "全国排名"),  # a rank word and its scope before 由
    ("全市固定资产投资增长12%，增速继续保持全省首位。", "首位", "固定资产投资"),  # 继续: a frame, no measure
    ("一季度上海市地区生产总值(GDP)10010.25亿元。", "10010.25", "地区生产总值"),  # an abbreviation in brackets
    ("全社会研究与试验发展经费投入年均增长18%以上。", "18", "全社会研究与试验发展经费投入"),  # 与 (jieba: p) joins
    ("粮食产量6789万吨，增产3.7%。", "3.7", "粮食产量"),  # 增产: a growth of output
    ("合肥电子信息产业总产值突破1000亿元，在中部省会排名第3。", "3", "电子信息产业总产值"),  # 在…: the group
    ("省级及以上研发机构1.2万家。", "1.2", "省级及以上研发机构"),
    ("占全国实际使用外资比重为23%。", "23", "占全国实际使用外资比重"),
    ("年营业收入达100亿元以上的高新技术企业从2015年的8家增至2019年的17家。", "8", "营业收入达100亿元以上的高新技术企业"),
    ("年营业收入达100亿元以上的高新技术企业从2015年的8家增至2019年的17家。", "17", "营业收入达100亿元以上的高新技术企业"),
    # one-character items share the rest of the last item
    ("轻、重工业占比分别为30.6%和69.4%。", "30.6", "轻工业占比"),
    ("轻、重工业占比分别为30.6%和69.4%。", "69.4", "重工业占比"),
    ("综合排名跃升至第28位。", "28", "综合排名"),
    # a verb after the noun ends what follows 的
    ("设立了1.5亿元的专项资金支持企业。", "1.5", "专项资金"),
])
def test_a_rank_group_and_a_trailing_verb_are_not_the_measure(text, figure, measure):
    assert _rows(text)[figure][0] == measure


@pytest.mark.parametrize("text,figure,measure", [
    # a verb of attainment goes, the noun before it says whose (完成投资 is a term and stays)
    ("第一产业实现增加值499.7亿元，增长3.1%。", "499.7", "第一产业增加值"),
    ("零售业完成销售额19.6亿元。", "19.6", "零售业销售额"),
    ("金融业实现税收5.8亿元。", "5.8", "金融业税收"),
    ("工业项目完成投资30亿元。", "30", "工业项目完成投资"),
    ("各行业投资完成量3.6亿元。", "3.6", "各行业投资完成量"),   # not 投资|完成|量, a noun with the verb inside
    # a gap after a growth rate is of the rate, named as its clause names it
    ("地区生产总值同比增长3.6%，快于全省1.7个百分点。", "1.7", "地区生产总值增速"),
    ("GDP两年平均增长7.0%，两年平均增速比一季度加快0.8个百分点。", "0.8", "GDP两年平均增速"),
    # trade with a partner is measured with the partner
    ("我省对美国进出口2162.7亿元，增长4.2%。", "2162.7", "对美国进出口"),
])
def test_verbs_of_attainment_gaps_and_partners(text, figure, measure):
    assert _rows(text)[figure][0] == measure


def test_a_figure_in_brackets_after_a_name_is_that_names():
    got = _rows("宁波的GDP增速处于中位，但低于武汉(8.1%)、无锡(7.1%)等城市。", subject="宁波")
    assert (got["8.1"][1], got["7.1"][1]) == ("武汉", "无锡")


def test_a_datelines_place_is_not_the_headlines_subject():
    assert headline_subject("本报济南12月11日讯 今年前11个月，山东省外贸进出口1.7万亿元。") == "山东省"
    assert headline_subject("中新网2月1日电 2022年武汉GDP为18866.43亿元") == "武汉"


def test_a_report_calling_itself_by_a_higher_level_than_the_place_it_names_most_is_about_itself():
    text = ("我省开发区正以改革创新姿态再造发展新优势。南昌高新区、南昌经开区获得考核前2名。"
            "我省开发区工业企业实现主营业务收入1.2万亿元。")
    assert _rows(text)["1.2"][1] == "我省"
    # a city report writing 全省 as a scope stays the city's
    assert _rows("南昌GDP增长5%，居全省首位。南昌经开区营收增长8%。全省第一。")["8"][1].startswith("南昌")


def test_the_level_a_report_opens_its_clauses_with_picks_its_place():
    # a province's review naming its cities' zones most: the province it names (全省开发区…)
    text = ("厦门火炬高新区、厦门海沧投资区居前列。厦门自贸片区表现突出。近日，福建省开发区考评结果发布。"
            "全省开发区新认定国家级高新技术企业840家，全省开发区实际使用外资166.7亿元。")
    assert _rows(text)["840"][1] == "福建省"
    # a city's review naming its counties most, and 全省 as a scope: the city it never names, as it writes itself
    text = "1-10月，全市研发费用186.43亿元，全省第四。新昌县增长50%，诸暨市增长40%，新昌县第一。全市新认定企业1149家。"
    assert _rows(text)["1149"][1] == "全市"


def test_a_trade_partner_is_no_report_s_place_nor_is_a_rank_s_scope_its_level():
    text = "一季度，全省进出口增长5%，全省出口增长8%。非洲市场表现亮眼。进口下降2%。"
    assert _rows(text, published="2019-04")["2"][1] == "全省"
    text = "一季度，全市地区生产总值完成242.0亿元，全省第7位；同比增长5.5%，全省第7位。规上工业增加值增长6%，全省第5位。"
    assert Reader(text).default_subject == "全市"


def test_a_place_qualifying_another_a_media_credit_and_a_congress_venue():
    # 绵阳市涪城区: the district; 【香港商报网讯】: who published it, not the place
    text = "【香港商报网讯】2月19日，绵阳市涪城区第六届人民代表大会开幕。2018年涪城全区经济发展良好。全区生产总值379.95亿元。"
    assert _rows(text, published="2019-02")["379.95"][1] == "涪城区"
    # the report's own congress, though after 在: not a venue
    text = "——2020年5月13日在正镶白旗第十五届人民代表大会上。内蒙古自治区表彰先进。生产总值26.8亿元。"
    assert _rows(text, published="2020-05")["26.8"][1] == "正镶白旗"


def test_a_rank_s_scope_a_compared_average_and_a_channel_credit_are_not_the_reports():
    text = "柘城县电视台|商丘市经济运行成绩单出炉\n\n全市规模以上工业增加值增长4.1%，高于全省平均增速(2.4%)1.1个百分点，全省排名第3位。"
    got = _rows(text, published="2020-06")
    assert got["4.1"][1] == got["3"][1] == "商丘市" and got["2.4"][1] == "全省"
    got = _rows("1-10月，全市研发费用186.43亿元，同比增长44.5%，全省第四。", published="2021-12")
    assert got["44.5"][1] == got["四"][1] == "全市"


def test_a_place_the_segmenter_splits_is_learned_from_its_institutions():
    text = "温州市洞头区人民政府办公室关于印发实施方案的通知。\n\n到2025年，力争新增科技型企业100家。"
    assert _rows(text, published="2023-09")["100"][1] == "洞头区"


def test_items_share_what_the_last_item_holds_beyond_its_own_words_and_a_fall_continues_its_growth():
    got = _rows("1—11月份，全市猪、牛、羊、禽出栏量同比分别增长9%、23%、6%、28%。")
    assert [got[v][0] for v in ("9", "6", "28")] == ["猪出栏量", "羊出栏量", "禽出栏量"]
    got = _rows("城镇居民和农村居民人均可支配收入分别增长7.1%、8.2%。")
    assert got["7.1"][0] == "城镇居民人均可支配收入"
    got = _rows("农民人均纯收入和城镇居民人均可支配收入分别增长18%和16.5%。")  # a whole item takes nothing
    assert got["18"][0] == "农民人均纯收入"
    got = _rows("1—5月份，全市规模以上工业增加值同比下降0.8%，降幅比1—4月份收窄2.1个百分点。")
    assert got["2.1"][0] == "规模以上工业增加值降幅"


def test_a_respective_list_named_in_the_clause_before_and_a_terse_growth():
    got = _rows("炼焦、非金属矿制品、机械、化学行业实现两位数增长，分别增长31.7%、22.5%、13%、12.3%。")
    assert [got[v][0] for v in ("31.7", "13", "12.3")] == ["炼焦行业", "机械行业", "化学行业"]
    assert _rows("1-10月，全省GDP同比增8.1%。")["8.1"][0] == "GDP"


def test_an_own_place_word_after_a_period_opens_the_sentences_after_it():
    text = "全区经济发展良好，全区工业增长5%。\n\n1—6月份，全县实现进出口总额7318万美元。其中，进口1346万美元。"
    got = _rows(text, published="2021-07")
    assert got["5"][1] == "全区" and got["7318"][1] == got["1346"][1] == "全县"


@pytest.mark.parametrize("text,figure,measure", [
    ("全年全市实现地区生产总值[2]1002.18亿元。", "1002.18", "地区生产总值"),   # a bulletin's note marker
    ("新增省级经开区5个、省级高新区1个。", "5", "新增省级经开区"),               # the class of zones counted
    ("一产业年均增速保持在2.6%以上。", "2.6", "一产业"),                      # short for 第一产业
    ("其中3个省重点项目、16个市重点项目分别完成年度投资计划的146%、189%。", "189", "完成年度投资计划"),  # groups' shares
    ("高新区集中开工5个项目，总投资32.1亿元。", "5", "集中开工项目"),   # what is counted with the flow counting it
    ("全年新开工5个项目。", "5", "新开工项目"),
    ("预计全县高新技术企业可达18家。", "18", "高新技术企业"),                # a modal before the verb
    ("全县金融机构人民币存款余额877.7亿元。", "877.7", "金融机构人民币存款余额"),  # a currency inside a phrase
    ("全年总收入为人民币1061.58亿元。", "1061.58", "总收入"),                   # and as a frame before a figure
    ("全县申请专利620件，年平均增长率17.6%。", "17.6", "申请专利"),        # a growth rate's name alone
    ("第三产业增加值增长6.5%。其中交通运输业恢复强劲，增速达14.8%。", "14.8", "交通运输业"),  # no figure right before
])
def test_measures_of_bulletins_and_reviews(text, figure, measure):
    assert _rows(text)[figure][0] == measure


def test_ranks_listed_after_the_clause_naming_their_places_are_theirs_in_order():
    got = _rows("此外，无锡、常州、南通、镇江、扬州进入前30名，分列第13、16、23、25、27位。")
    assert [got[v][1] for v in ("13", "23", "27")] == ["无锡", "南通", "扬州"]
    assert got["13"][0] != "进入"  # a verb of standing names nothing ranked
    # the places a count of zones lists, not the class of zones they are (国家高新区), after 分别 or before a run
    got = _rows("南昌、新余、赣州5家国家高新区跻身全国前100名，分别列第27位、第58位和第74位。")
    assert [got[v][1] for v in ("27", "74")] == ["南昌", "赣州"]
    got = _rows("九江、吉安、抚州3家国家高新区位次分别提升了7位、4位和13位，列第112位、第125位和第140位。")
    assert [got[v][1] for v in ("112", "140")] == ["九江", "抚州"]


def test_a_rank_moved_from_last_year_is_measured_by_the_rank_word_before_it():
    got = _rows("嘉兴经开区排名由上年第31位上升至第19位。", published="2020-01")
    assert got["31"][0] == got["19"][0] == "排名"


def test_a_bullet_s_place_is_its_own_and_a_class_counted_after_a_verb_is_no_subject():
    text = "●广州经济总量突破3万亿元；\n\n●地方一般公共预算收入达1.39万亿元。"
    assert _rows(text, subject="广东省", published="2024-01")["1.39"][1] == "广东省"
    got = _rows("国家级高新区增加到9家，高新技术企业突破1万家。", subject="河南省", published="2023-01")
    assert got["9"][1] == got["1"][1] == "河南省"


def test_customs_is_a_body_reporting_not_the_place_reported_on():
    text = ("4月16日，记者从太原海关举办的新闻发布会获悉，今年一季度，我省完成进出口总值264.5亿元，同比下降0.2%。"
            "其中，出口151.1亿元。")
    assert _rows(text, published="2020-04")["151.1"][1] in ("我省", "全省")


def test_gaps_over_places_compared_continue_the_growth_and_the_bracketed_figures_are_theirs():
    got = _rows("一季度，全市地区生产总值完成242.0亿元；同比增长5.5%，分别高于全国(5.4%)、全省(5.2%)0.1和0.3个百分点。",
                published="2025-04")
    assert got["0.1"][0] == got["0.3"][0] == "地区生产总值增速"
    assert (got["5.4"][1], got["5.2"][1], got["0.1"][1]) == ("全国", "全省", "全市")


def test_a_bare_share_after_an_amount_is_that_amount_s_share():
    got = _rows("其中，农业产值123.5亿元，占51.1%；林业产值14.1亿元，占5.8%。", published="2021-07")
    assert (got["51.1"][0], got["5.8"][0]) == ("农业产值占比", "林业产值占比")


def test_the_statistical_regions_are_subjects():
    got = _rows("在百强县中，东部地区占据了66席，中部地区有18席。", subject="湖北")
    assert (got["66"][1], got["18"][1]) == ("东部地区", "中部地区")
    got = _rows("“十三五”期间，国务院共批复新建国家高新区23家，中西部地区国家高新区达到84家。", subject="全国")
    assert got["84"][1].startswith("中西部地区")


def test_a_rank_naming_no_measure_is_of_the_ranking_its_report_announces():
    text = ("2024全国百强县榜单发布\n\n7月31日，赛迪方略公布了2024年度赛迪百强县名单。湖北省共有8个县市上榜：仙桃市位列第54名。"
            "\n\n与去年相比，仙桃市从第56位升至第54位，新增企业52家，数量位居湖北省第一。")
    got = _rows(text, subject="湖北", published="2024-08")
    assert got["54"][0] == got["56"][0] == "赛迪百强县排名"
    assert got["一"][0].startswith("新增企业")   # a rank in a scope of its own is no rank of the ranking
    # a ranking's name in quotes ends at the quote; of rankings a release joins, the ranks are the first's
    text = "科技部近日发布“2021年国家高新区总体排名和五个一级指标排名”，我省九江高新区列第112位。"
    assert _rows(text, published="2022-03")["112"][0] == "国家高新区总体排名"


def test_a_body_before_a_verb_of_attainment_is_the_subject_not_the_measure():
    assert _rows("高新区实现生产总值1510.3亿元。")["1510.3"][0] == "生产总值"
    # an idiom inside a measure's name
    assert _rows("开发区涉企政务服务事项一网通办率达95.24%。")["95.24"][0].endswith("一网通办率")


def test_items_with_a_list_mark_inside_listed_as_clauses_before_fenbie():
    text = "交通运输、仓储和邮政业，住宿和餐饮业，批发和零售业增加值同比分别增长6.6%、5.7%和4.4%。"
    got = _rows(text)
    assert [got[v][0] for v in ("6.6", "5.7", "4.4")] == ["交通运输、仓储和邮政业增加值", "住宿和餐饮业增加值", "批发和零售业增加值"]
    text = "其中，石油、煤炭及其他燃料加工业，非金属矿物制品业2个行业增加值分别增长12.5%、21.3%。"
    assert _rows(text)["21.3"][0] == "非金属矿物制品业增加值"


def test_a_datelines_place_and_the_source_of_the_figures_are_no_subjects():
    text = "本报济南12月11日讯 据海关最新统计，今年前11个月，山东省外贸进出口1.7万亿元，同比增长7.4%。其中，出口9594.1亿元。"
    got = _rows(text, published="2018-12-12")
    assert got["7.4"][1] == got["9594.1"][1] == "山东省"


@pytest.mark.parametrize("text,figure,measure", [
    ("网上零售额增长20%，拉动全区增长12.6个百分点。", "12.6", "拉动全区增长"),
    ("锂电新能源产业对全市规上工业增加值增长贡献达到93.7%。", "93.7", "对全市规上工业增加值增长贡献"),
])
def test_a_contribution_is_measured_with_what_it_contributes_to(text, figure, measure):
    assert _rows(text)[figure][0] == measure


def test_zones_named_as_a_class_or_after_a_place():
    # a class of zones is the subject of national figures; a kind of zone named by a common noun is none
    assert _rows("178家国家高新区生产总值占全国GDP总数的14.3%。")["14.3"][1] == "国家高新区"
    from reportfacts.extract.meaning import Reader
    assert Reader("全市工业园区实现工业增加值348亿元。工业园区主营业务收入增长8%。").most_named_place() == ""
    # a zone word after a place's name is the rest of that name, not the measure; a body before 实现 is no measure
    got = _rows("广丰经济开发区325.44亿元。全市工业园区实现工业增加值348亿元。", subject="上饶市")
    assert got["325.44"][0] != "经济开发区" and got["348"][0] == "工业增加值"


def test_a_name_in_a_place_phrase_is_where_not_whose():
    assert headline_subject("第十七届人民代表大会第六次会议在县城东关剧院隆重开幕") == ""
    got = _rows("“十三五”期间，焦作高新区在全国国家高新区的综合排名从146位提升至130位。", published="2021-05")
    assert got["146"][1] == "焦作高新区"


def test_negative_growth_and_month_on_month_frame_a_figure():
    got = _rows("第二产业增加值438.43亿元，负增长7.6%。财政支出环比增长100.8%。引进优强企业21家(任务数18家)。")
    assert got["7.6"][0] == "第二产业增加值" and got["100.8"][0] == "财政支出"
    assert got["21"][0] == "引进优强企业"   # an aside in brackets is not what is counted


def test_a_zone_the_segmenter_splits_is_named_by_its_place_and_kind():
    got = _rows("碧江高新区签约项目41个，签约资金22.51亿元。上饶经济技术开发区主营业务收入494.82亿元。", subject="铜仁")
    assert got["41"][1] == "碧江高新区" and got["494.82"][1] == "上饶经济技术开发区"
    # a common noun before the kind names no zone
    assert _rows("全市工业园区实现工业增加值348亿元。", subject="上饶市")["348"][1] == "上饶市"


def test_an_own_place_word_after_a_period_ends_a_smaller_topic():
    text = "横峰经济开发区100.88亿元。\n\n1-7月全市工业园区完成基础设施投入29.35亿元。"
    assert _rows(text, subject="上饶市")["29.35"][1] == "上饶市"


def test_a_figure_after_a_rank_continues_the_figure_before_the_rank():
    text = ("其中上饶经济技术开发区主营业务收入494.82亿元，在全省100个工业园区中排位第五位；"
            "广丰经济开发区325.44亿元，全省第八位。")
    got = _rows(text, subject="上饶市")
    assert got["325.44"][0] == got["八"][0] == "主营业务收入"


def test_a_figure_naming_nothing_at_a_paragraphs_start_continues_the_figure_before_in_its_unit():
    text = "2023年湖南省地区生产总值突破5万亿元。\n\n从2012年突破2万亿元，到2016年突破3万亿元。"
    got = _rows(text, subject="湖南", published="2024-01")
    assert got["2"][0] == got["3"][0] == "地区生产总值"
    assert _rows("(经济观察)“GDP冲上5万亿”折射湖南经济韧性与活力。", subject="湖南", published="2024-01")["5"][0] == "GDP"


def test_a_class_of_zones_counted_is_not_whose_count_it_is():
    got = _rows("其中国家高新区9家，数量位居中部地区第二位；省级高新区35家。", subject="河南")
    assert got["9"][1] == got["二"][1] == got["35"][1] == "河南"


def test_a_long_first_sentence_is_no_headline_and_a_place_gone_to_is_not_the_reports():
    assert headline_subject("中国改革开放的巨轮破浪远航。随着以建设国家高新区为重要内容的“火炬计划”的实施，洛阳高新区应运而生，"
                            "始终与改革开放的脚步同频共振。") == ""
    from reportfacts.extract.meaning import Reader
    text = "高港区高端装备制造产业园区立足新起点。赴北京、上海招商。高港区新签约项目55个。"
    assert Reader(text).most_named_place() == "高港区"


def test_common_words_the_segmenter_tags_as_places_are_no_subjects_and_a_price_basis_frames():
    from reportfacts.extract.meaning import Reader
    assert Reader("目前全市上市高新技术企业17家。上市企业增加3家。").most_named_place() == ""
    assert _rows("产业兴城。全市培育专精特新企业37家。", subject="我市")["37"][1] != "兴城"
    assert _rows("全县地区生产总值258亿元，按可比价计算同比增长6.1%。")["6.1"][0] == "地区生产总值"
    assert _rows("其中，工业增加值62.5亿元，可比增长5.6%。")["5.6"][0] == "工业增加值"


def test_a_share_of_what_follows_its_de_when_the_words_before_name_only_whose_it_is():
    assert _rows("如今，高新区已拥有全市50%的国家专业化众创空间。")["50"][0] == "国家专业化众创空间"


def test_a_zones_name_before_an_amount_is_whose_it_is_and_the_measure_continues():
    text = "其中上饶经济技术开发区主营业务收入494.82亿元；万年高新技术产业园区108.16亿元。"
    assert _rows(text, subject="上饶市")["108.16"][0] == "主营业务收入"
    assert _rows("全省开发区达到105个。")["105"][0].endswith("开发区")   # a count of zones counts them


def test_an_amounts_bound_inside_the_class_counted():
    assert _rows("新增产值超亿元企业340家。")["340"][0].endswith("产值超亿元企业")
    assert _rows("全市340家产值超亿元企业。")["340"][0].startswith("产值超亿元")


def test_the_country_opening_a_sentence_is_its_subject_but_not_a_ranks_scope():
    got = _rows("目前，全国共有16个副省级城市。全国排名由第18位前移至第15位。", subject="江西")
    assert got["16"][1] == "全国" and got["18"][1] == "江西"


def test_the_classes_of_industry_a_release_counts_are_one_word():
    assert _rows("27个行业大类中有20个行业实现增加值正增长。")["27"][0] == "行业大类"


def test_a_bracketed_province_a_zone_class_and_a_source_are_not_the_reports_subject():
    assert headline_subject("(安徽省)亳州市2021年全市经济运行情况") == "亳州市"
    from reportfacts.extract.meaning import Reader
    assert Reader("一季度全市园区实现产值227.5亿元，其中国家级高新区产值120亿元。").most_named_place() == ""
    text = "日前，科技部通报了全国国家高新区综合评价排名，徐州高新区总排名位居第49位，比上年提升2位。"
    assert _rows(text)["2"][1].startswith("徐州")   # not 科技部, the source


def test_a_class_of_zones_has_no_rank_of_its_own():
    text = "会议确定示范区2020年经济社会发展的主要预期目标：国家高新区在全国综合排名中前移10个位次。"
    assert _rows(text, subject="示范区", published="2020-01")["10"][1] == "示范区"


def test_zones_counted_are_the_place_s_that_owns_them_not_the_class_s_nor_the_listed_zones():
    text = "我省国家高新区跻身全国百强\n全省9家国家高新区有8家实现了位次提升；共有2家高新区进入前60名。"
    got = _rows(text, published="2022-03")
    assert got["9"][1] == got["2"][1] == "全省"  # (the sentence's own word, else the headline's)
    assert _rows(text.replace("全省9家国家高新区有8家实现了位次提升；", ""), published="2022-03")["2"][1] == "我省"
    text = "我市嘉兴经济技术开发区、嘉善经济技术开发区和平湖经济技术开发区3个国家级经开区排名整体前移。"
    assert _rows(text, subject="嘉兴", published="2020-01")["3"][1] in ("我市", "嘉兴")  # (not 平湖: a zone counted)
    got = _rows("新华社北京1月27日电 商务部完成了对217家国家级经开区的考核评价。", subject="全国", published="2022-01")
    assert got["217"][1] == "全国"  # (where the news was filed from is no owner)


def test_a_list_of_verbs_before_a_count_is_no_list_of_places():
    got = _rows("宜昌市重大项目活动举行。夷陵区集中签约、开工、竣工项目46个，总投资286.7亿元。", published="2023-04")
    assert got["46"][1] == got["286.7"][1] == "夷陵区"


def test_a_modifier_before_a_rank_word_keeps_it():
    text = "徐州高新区在全国147家高新区中总排名位居第49位，比上年提升2位。"
    assert _rows(text)["49"][0] == "总排名"


def test_a_headline_s_zone_named_by_its_kind_and_a_figure_of_speech():
    assert headline_subject("高新区经济运行呈现良好势头") == "高新区"
    assert headline_subject("今年上半年GDP同比增长3.1% 高新区交出高质量发展答卷") == "高新区"
    assert headline_subject("稀土高新区:重点项目为依托 推动稀土产业高质量发展") == "稀土高新区"
    poem = "砥砺奋进七十载，山河壮丽一幅画。"
    body = poem + "\n建国以来，崇阳县人民克难奋进。2018年，全县国内生产总值达到127.41亿元。"
    assert headline_subject(poem) == "山河"  # without the text: the headline's first name, as before
    assert headline_subject(poem, body) == ""  # the body never writes it again: no subject
    # a place with its level stays the subject even when the body calls it 全市 throughout
    assert headline_subject("毫州市2021年经济运行情况", "毫州市2021年经济运行情况\n2021年，全市生产总值1972.7亿元。") == "毫州市"


@pytest.mark.parametrize("text,figure,measure", [
    # a share of a plan done is measured by what was done of which plan (an amount of the plan is no part of it);
    # a plan that does not name what it plans is the plan of the measure before it in its sentence
    ("新增经营主体3.2万户，完成全年任务的148.8%。", "148.8", "新增经营主体完成全年任务"),
    ("已完成投资193亿元，完成全年计划投资的95%。", "95", "完成全年计划投资"),
    ("引进优强企业8家，完成全年目标任务7家的114.29%。", "114.29", "引进优强企业完成全年目标任务"),
    ("引进优强企业8家，完成全年目标任务7家的114.29%。", "7", "引进优强企业目标任务"),
    ("完成全年任务的148.8%。", "148.8", "完成全年任务"),  # nothing before it: the plan alone
    # a growth after a plan's share and its rank is of the amount planned
    ("全市到位省外资金400.6亿元，完成年度目标的84.9%，进度居全省第二位，同比增长8.3%。", "8.3", "到位省外资金"),
    # the plan's amount written inside it is no part of what is done of it
    ("招商引资到位资金累计完成14.98亿元，完成全年43亿元目标任务的34.82%。", "34.82", "招商引资到位资金完成全年目标任务"),
    # a bare change of a count continues the count before it
    ("“专精特新”中小企业共192户，净增114户。", "114", "“专精特新”中小企业净增"),
])
def test_measures_of_plans_done_and_of_net_changes(text, figure, measure):
    assert _rows(text)[figure][0] == measure


def test_a_rank_whose_words_name_only_who_is_ranked_is_measured_by_its_ranking():
    got = _rows("郑州、洛阳、新乡、南阳高新区分别位列第17、37、66和88位。")
    assert {got[f][0] for f in ("17", "37", "66", "88")} == {"排名"}
    assert _rows("规模以上工业增加值增速位居全省第二。")["二"][0] == "规模以上工业增加值增速"  # a measure of its own
    # (the rate ranked, as the keys print it: 固定资产投资增速居全省首位)


def test_a_rate_of_a_plan_done_without_de_is_measured_by_it_too():
    assert _rows("新增科技型中小企业1200家，完成全年目标114.9%。")["114.9"][0] == "新增科技型中小企业完成全年目标"
    assert _rows("完成目标任务100亿元。")["100"][0] != "完成目标任务"  # an amount, no share of the plan


def test_a_work_report_s_congress_names_its_place_and_a_place_visited_is_no_subject():
    text = ("政府工作报告\n\n——2023年2月2日在长沙县第十八届人民代表大会第三次会议上\n\n各位代表：\n\n"
            "2022年，全县地区生产总值增长5.2%，连续多年位居全国百强县前列，百强县排名第四。")
    assert Reader(text).default_subject == "长沙县"
    visited = "2020年，全市上下认真学习总书记视察山西重要讲话精神。全年全市生产总值1425.7亿元，比上年增长6.1%。"
    assert Reader(visited).default_subject == "全市"  # 山西, only visited, is not whom the figures are about


def test_a_share_of_the_whole_after_an_amount_is_that_amount_s_share_of_it():
    text = "高新区完成地区生产总值565亿元，增长7.2%，占全市的40.8%；实际到位外资20147万美元，占全市比重16.72%。"
    got = _rows(text)
    assert got["40.8"][0] == "地区生产总值占全市比重"
    assert got["16.72"][0].endswith("到位外资占全市比重")  # its own words name the share: as before


def test_a_share_of_a_class_described_by_the_first_of_its_listed_predicates():
    assert _rows("95.2%的村完成集体产权制度改革、挂牌成立股份经济合作社。")["95.2"][0] == "完成集体产权制度改革的村"
    assert _rows("宇华实验学校3名学生被清华、北大录取。")["3"][0] != "被清华的学生"  # objects listed, no predicates


def test_a_zone_s_own_report_naming_no_place_is_about_the_zone():
    text = ("1月25日，高新区经发局召开全体干部会议，传达贯彻全区经济工作会议精神。\n\n"
            "2021年，高新区完成地区生产总值120亿元。")
    assert Reader(text).default_subject == "高新区"
    assert Reader(text.replace("高新区", "本局")).default_subject == "全区"  # no zone named: its own word, as before


def test_a_congress_line_broken_before_its_session_and_a_ranking_s_name():
    text = "政 府 工 作 报 告\n\n—— 2023年2月23日在苏尼特右旗\n\n第十六届人民代表大会第三次会议上\n\n全年地区生产总值完成47.2亿元。"
    assert Reader(text).default_subject == "苏尼特右旗"
    got = _rows("长沙县位居全国百强县投资潜力第3。", "长沙县")
    assert got["3"][1] == "长沙县"  # 百强县 names a yearly ranking, no place


def test_ranks_among_is_no_name():
    assert _rows("全市工业投资增长20%，在全省18个地市中居第5位。", "三门峡")["5"][1] == "三门峡"  # not 中居, a surname


@pytest.mark.parametrize("text,figure,measure", [
    ("高新区连续三年获得全市教育质量管理一等奖。", "三", "获得全市教育质量管理一等奖"),
    ("高新区连续4年被科技部评为先进单位。", "4", "被科技部评为先进单位"),
    # what lasted is the rate written before: 保持, 超过 keep up or pass it
    ("前三季度四川GDP同比增长8.1%，已连续6个季度保持8%以上稳定增长。", "6", "GDP"),
])
def test_a_duration_lasted_what_its_sentence_names_or_the_achievement_after_it(text, figure, measure):
    assert _rows(text)[figure][0] == measure


def test_an_excluded_place_and_an_adjective_the_segmenter_calls_a_place_are_no_subjects():
    rows = _rows("一季度，全市11个产业集聚区(不含巩义)规划面积888.79平方公里。")
    assert rows["888.79"][1] == "全市"  # what a figure leaves out is not whom it is about
    rows = _rows("石泉县有扶贫任务的村150个，其中深度贫困村5个。全年新增美丽乡村达标村46个。")
    assert rows["5"][1] == rows["46"][1] == "石泉县"


def test_a_noun_the_segmenter_writes_before_a_lone_xian_is_a_county():
    assert headline_subject("资源县农业农村局召开2022年工作部署会") == "资源"


def test_a_place_in_a_documents_title_is_not_the_place_a_report_names_and_we_is_the_country():
    text = ("国家发展改革委主任作《中华人民共和国国民经济和社会发展第十四个五年规划纲要》实施中期评估报告。\n\n"
            "我国国内生产总值跨过120万亿元台阶。纲要提出的20项主要指标中，16项基本符合或快于预期。")
    rows = _rows(text, published="2023-12")
    assert rows["16"][1] == "全国"  # the country's figures are shown by its scope word, as it prints its statistics
    assert _rows("我市地区生产总值增长6%。")["6"][1] == "我市"  # a city's first person stays as written


def test_a_known_place_the_segmenter_splits_from_its_level_is_read_whole():
    rows = _rows("中山区营商局不断创优营商环境。\n\n在全区6个街道设置综合服务窗口，预约上门服务8000余次。")
    assert rows["6"][1] == rows["8000"][1] == "中山区"


def test_figures_itemized_by_name_after_fenbie_wei_are_the_names_of_the_totals_measure():
    rows = _rows("1-9月份全市新签约项目344个，分别为：霍邱县52个、舒城县50个、叶集区19个。", subject="六安")
    assert [rows[v] for v in ("50", "19")] == [("新签约项目", "舒城县"), ("新签约项目", "叶集区")]
    # with no total before 分别, the words before it name the measure
    rows = _rows("各县区新签约项目开工率分别为：金安区93.5%、叶集区89.5%。", subject="六安")
    assert rows["89.5"] == ("新签约项目开工率", "叶集区")


def test_the_amount_a_growth_is_compared_from_and_the_growth_are_of_the_measure_before():
    rows = _rows("目前在沪两院院士184人，较2016年170人增长8%；上海领军人才1739人，较2016年的1290人增长34.8%。",
                 subject="上海", published="2022-06")
    assert rows["170"][0] == rows["8"][0] == rows["184"][0]
    assert rows["1290"][0] == rows["34.8"][0] == "领军人才"


def test_the_parts_of_a_structure_and_of_its_change_are_of_the_structure():
    rows = _rows("全县三次产业结构由上年的24.8:41.7:33.5调整为22.7:42.8:34.5。一产下降2.1个百分点。", subject="尤溪")
    assert {rows[v][0] for v in ("24.8", "33.5", "22.7", "34.5")} == {"三次产业结构"}
    assert rows["2.1"][0] == "一产"


def test_a_zone_opening_a_listed_item_is_its_ranks_subject_whole():
    text = ("8月10日，赛迪顾问发布2022园区高质量发展百强榜单，山东共有7大园区上榜，分别是：青岛经济技术开发区，位列第18位；"
            "济南高新技术产业开发区，位列第19位。")
    rows = _rows(text, subject="烟台", published="2022-09")
    assert rows["18"][1] == "青岛经济技术开发区" and rows["19"][1] == "济南高新技术产业开发区"


def test_a_group_counted_in_a_scope_is_the_scopes():
    rows = _rows("钦州港经开区在参评的全国217家经开区中排名第94位，在西部47家国家级经开区中排名第13位。",
                 subject="广西", published="2023-02")
    assert (rows["217"][1], rows["47"][1]) == ("全国", "西部")
    assert rows["94"][1] == "钦州港经开区"  # the rank is the zone's own


def test_a_period_word_inside_a_measure_does_not_cut_it():
    rows = _rows("生物医药产业全年产值实现404.6亿元，增长46.9%。石化产业今年产值实现855.2亿元。", subject="天津")
    assert (rows["404.6"][0], rows["46.9"][0], rows["855.2"][0]) == ("生物医药产业产值", "生物医药产业产值", "石化产业产值")
    rows = _rows("火炬开发区全年地区生产总值预计完成531.48亿元。", subject="中山")
    assert rows["531.48"][0] == "地区生产总值"  # a zone before the period is whose, not part of the measure


def test_a_headlines_place_is_read_with_the_names_its_body_shows_to_be_places():
    text = "湖南凤凰:“十三五”经济社会发展取得新突破\n“十三五”期间，湖南省湘西州凤凰县圆满完成了目标任务。"
    assert headline_subject(text.split("\n")[0], text) == "湖南凤凰"   # 凤凰 (a person's name to the segmenter)
    assert headline_subject(text.split("\n")[0]) == "湖南"               # without the body nothing shows it a place


def test_a_gap_after_a_rise_is_of_the_rate_and_a_share_rising_is_a_word():
    rows = _rows("1-9月，全省规模以上工业增加值同比增长1.8%，分别比1-3月和1-6月回升8.6和1.7个百分点。回升面为37.8%。",
                 subject="福建")
    assert rows["8.6"][0] == rows["1.7"][0] == "规模以上工业增加值增速"
    assert rows["37.8"][0] == "回升面"


def test_adverbs_and_a_basis_of_comparison_frame_a_figure():
    rows = _rows("全县油菜播种面积30.97万亩，油菜籽总产量仍达到3.31万吨，同比增长1.1%。", subject="安化")
    assert rows["3.31"][0] == rows["1.1"][0] == "油菜籽总产量"
    rows = _rows("7月份，居民消费价格同比上涨2.0%，涨幅比6月份扩大0.4个百分点。", subject="甘肃")
    assert rows["0.4"][0] == "居民消费价格涨幅"


def test_industrial_clusters_and_per_mu_yields_are_whole_terms():
    rows = _rows("一季度，全市共有11个产业集聚区。全市亩均利润达到2.8万元。", subject="郑州")
    assert rows["11"][0] == "产业集聚区" and rows["2.8"][0] == "亩均利润"


def test_ranks_of_a_joined_run_are_of_the_names_listed_clauses_before_in_their_sentence():
    text = "镇江、淮安两家经济技术开发区进步明显，双双跻身全国30强，分别列22位和29位。"
    rows = _rows(text, subject="江苏", published="2019-01")
    assert (rows["22"][1], rows["29"][1]) == ("镇江", "淮安")


def test_the_scope_a_figure_is_ranked_in_is_not_whose_rank_it_is():
    rows = _rows("1—2月，全市规模以上工业增加值同比增长8.7%，居全国第10位、西部地区第5位。", subject="重庆",
                 published="2024-03")
    assert rows["10"][1] == rows["5"][1] == "重庆"
    rows = _rows("15个副省级城市中，南京第4、苏州第5。", subject="江苏", published="2024-03")
    assert (rows["4"][1], rows["5"][1]) == ("南京", "苏州")  # a place written before its rank is whose rank it is


def test_a_plan_naming_no_measure_is_the_plan_of_the_measure_before_and_growth_after_it_is_the_measures():
    rows = _rows("引进省外项目资金额219.2亿元，完成年度目标任务589亿元的37.22%，同比增长8.08%。")
    assert rows["219.2"][0] == "省外项目资金额"
    assert rows["589"][0] == "省外项目资金额年度目标任务"
    assert rows["37.22"][0] == "省外项目资金额完成年度目标任务"
    assert rows["8.08"][0] == "省外项目资金额"  # the growth of the amount, not of its share of the plan
    # the plan as what the sentence is about keeps its own words
    assert _rows("年度计划完成2241.3亿元，同比增长6.3%。")["2241.3"][0] == "年度计划"


def test_a_place_the_segmenter_does_not_know_is_learned_from_its_bodies_while_its_report_is_read():
    from reportfacts.extract.meaning import names_of, text_names, words
    text = "4月21日，坪山区第二届人民代表大会第二次会议召开，坪山区委副书记作报告。"
    assert text_names(text) == ["坪山区", "坪山"]
    # a verb's object, a body, a preposition before a known place, the party: no names
    assert text_names("我代表区人民政府报告工作。在区委区政府的领导下，锚定县委目标。") == []
    assert text_names("，在东石镇政府召开；中共东石镇委员会") == ["东石镇", "东石"]
    before = words("坪山区全年地区生产总值")
    with names_of(text):
        assert ("坪山区", "ns") in words("坪山区全年地区生产总值")
    assert words("坪山区全年地区生产总值") == before  # the next report is read as if this one never was
    rows = _rows(text + "\n全年地区生产总值达910.6亿元，增长11.7%。\n坪山区规上工业增加值485.1亿元。")
    assert rows["485.1"][1] == "坪山区"


def test_of_the_places_a_headline_names_its_subject_is_the_one_its_body_names_most():
    headline = "泸州市庆祝改革开放40周年合江县专场新闻发布会"
    body = headline + "\n合江县专场召开。合江县县长作主题发布。全县地区生产总值202亿元。"
    assert headline_subject(headline, body) == "合江县"
    assert headline_subject(headline) == "泸州市"  # without the body: its first


def test_the_unit_of_a_figure_before_is_no_measure_of_the_figure_after():
    rows = _rows("2021年，城镇就业人员从2012年的37287万人增加到46773万人。", published="2022-09")
    assert rows["46773"][0] == rows["37287"][0] == "城镇就业人员"
    assert _rows("超10亿元企业有16家。")["16"][0].endswith("亿元企业")  # an amount inside a class's name stays


def test_a_gap_after_an_average_growth_is_of_the_average():
    rows = _rows("全年社会消费品零售总额增长6.7%，较前三季度回落5.3个百分点；两年平均增长0.2%，较前三季度回落0.6个百分点。",
                 published="2022-01")
    assert rows["5.3"][0] == "社会消费品零售总额增速"
    assert rows["0.6"][0] == "社会消费品零售总额两年平均增速"


def test_cumulative_frames_a_figure_and_names_nothing_measured():
    rows = _rows("新增国家级专精特新企业20家，累计已拥有40家。", published="2021-11")
    assert rows["40"][0].endswith("专精特新企业")


def test_an_amount_named_the_basis_of_what_follows_is_of_the_measure_before():
    rows = _rows("山西煤炭产量在连续两年每年增产1亿多吨的基础上，再增产5743万吨，达到13.78亿吨。", published="2024-01")
    assert rows["1"][0] == rows["5743"][0] == rows["13.78"][0] == "煤炭产量"


@pytest.mark.parametrize("text,figures,measures", [
    # a word naming two parts before figures listed in turn: each part's
    ("城乡居民人均可支配收入分别增长3.5%、6%。", ("3.5", "6"), ("城镇居民人均可支配收入", "农村居民人均可支配收入")),
    ("城乡居民收入达到23292元和7750元、分别增长8.8%和10%。", ("7750", "10"), ("农村居民收入", "农村居民收入")),
    # items and their shared head after 等
    ("节能环保、公共安全、城乡社区等支出分别增长223.2%、12.2%、135.8%。", ("223.2", "135.8"), ("节能环保支出", "城乡社区支出")),
])
def test_figures_listed_in_turn_of_a_pair_word_or_of_items_before_deng(text, figures, measures):
    rows = _rows(text, published="2021-02")
    assert tuple(rows[f][0] for f in figures) == measures


def test_a_report_calling_itself_by_a_lower_level_than_the_place_it_names_most_is_about_its_own():
    text = ("全市科技自主创新能力明显增强，6项科技成果获得河南省科技进步奖。\n"
            "我市高新技术产业增加值增长30%左右。河南省科技厅表彰我市。")
    assert _rows(text, published="2017-02")["30"][1] in ("我市", "全市")


def test_a_headline_s_zone_its_body_reports_on_is_its_subject_not_the_city_that_holds_the_news_conference():
    headline = "新乡市2020年经济社会发展成就系列新闻发布会高新区专场"
    body = headline + "\n3月4日，高新区专场举行，高新区通报了2020年经济社会发展情况。2020年，高新区全区经济稳中向好。"
    assert headline_subject(headline, body) == "高新区"
    # a place's zones, or a class of zones counted, are no zone of the report's own
    assert headline_subject("河南新增5家省级高新区", "河南新增5家省级高新区\n省级高新区增至44家，高新区覆盖全省。") != "高新区"


def test_a_lead_clause_of_a_counted_group_of_places_names_members_not_a_measure():
    r = Reader("x")
    assert r.scope_measure("东北的四个副省级城市中") == ""
    assert r.scope_measure("其余城市中") == ""  # a class of places: the measure goes on from before
    assert r.scope_measure("在建项目中") == "在建项目"
    rows = _rows("苏州上半年GDP为10936.4亿元，排名第六。\n其余城市中，宁波7461.4亿元（增长2.6%）、青岛6950.5亿元（3.4%）。")
    assert [rows[w] for w in ("7461.4", "2.6", "6950.5", "3.4")] == [("GDP", "宁波")] * 2 + [("GDP", "青岛")] * 2


def test_a_figure_in_an_aside_is_of_what_the_aside_names_unless_the_aside_goes_on_with_the_noun_before():
    rows = _rows("一季度开局良好(GDP增长5.9%)，全年实现明显回升(GDP增长5.8%)。", published="2025-01")
    assert rows["5.9"][0] == rows["5.8"][0] == "GDP"
    assert _rows("三次产业结构调整为8.6:49.1:42.3。", published="2020-04")["8.6"][0].endswith("产业结构")
    assert _rows("规上工业增加值比增40.3%。", published="2021-08")["40.3"][0] == "规上工业增加值"


def test_the_verb_of_a_milestone_reached_names_nothing_measured():
    rows = _rows("2023年安徽粮食总产达到830.16亿斤，连续7年站稳800亿斤台阶。", published="2024-02")
    assert rows["800"][0] == rows["830.16"][0] == "粮食总产"


def test_a_difference_from_a_compared_place_and_the_compared_figure_continue_the_measure_before():
    rows = _rows("人均地区生产总值5.18万元，比全省高1.18万元。规上工业企业500家，比上年少12家。", published="2019-01")
    assert rows["1.18"][0] == "人均地区生产总值"
    assert rows["12"][0] == "规上工业企业"
    rows = _rows("前三季度，全市地区生产总值增长7.5%，比全省的6.1%快1.4个百分点。", published="2023-10")
    assert rows["6.1"][0] == rows["7.5"][0] == "地区生产总值"
    assert rows["1.4"][0].startswith("地区生产总值")
    # 较 as an adverb (relatively) opens no comparison
    assert "经开区" in _rows("利用外资规模较大的10家经开区中，8家在东部。", published="2021-01")["10"][0]


def test_nominal_growth_and_a_level_held_frame_the_figure():
    rows = _rows("园区生产总值达到12.33万亿元，同比名义增长7.11%。粮食产量连年稳定在1.3万亿斤以上。", published="2023-12")
    assert rows["7.11"][0] == "园区生产总值"
    assert rows["1.3"][0] == "粮食产量"


def test_the_subject_zone_written_before_a_measure_is_whose_it_is_not_what_is_measured():
    rows = _rows("高新区生产总值完成205.87亿元，增长7.2%。", subject="高新区", published="2023-02")
    assert rows["205.87"] == ("生产总值", "高新区")
    # a county's concentration in its parks keeps the parks; zones counted stay what is counted
    rows = _rows("全市工业园区产业集中度达到86.5%。新增国家级经开区5个。", subject="广安市", published="2023-02")
    assert rows["86.5"][0] == "工业园区产业集中度"
    assert "国家级经开区" in rows["5"][0]


def test_a_place_named_once_by_a_report_calling_itself_quan_shi_more_often_is_no_subject():
    text = "上半年，全市完成地区生产总值802.81亿元。全市规上工业增加值增长9%。支持奥瑞金、立邦涂料等重点企业创建示范。"
    assert _rows(text, published="2021-08")["802.81"][1] == "全市"


def test_a_zone_the_report_takes_in_is_not_the_place_it_reports_on():
    text = ("区招商引资综合成绩包括铜仁高新区。2023年，我区完成情况(包括铜仁高新区)签约项目108个。"
            "其中，我区单独签约项目94个。")
    assert _rows(text, published="2024-01")["108"][1] == "我区"


def test_a_papers_credit_opening_a_paragraph_is_no_topic():
    text = ("衡南县：上半年经济运行稳中向好\n\n衡阳日报讯 (通讯员 肖力元 记者 周瑞华) 今年来，衡南县坚持稳中求进。\n\n"
            "全县经济发展稳中向好：上半年，全县地区生产总值同比增长8.2%。")
    assert _rows(text, subject="衡南县", published="2021-07")["8.2"][1] in ("衡南县", "全县")


def test_a_count_counts_a_quoted_name_and_a_rank_class_whole():
    rows = _rows("全市13家专精特新“小巨人”企业入选国家支持计划。新引进3家境外世界500强企业。", published="2023-02")
    assert rows["13"][0] == "专精特新“小巨人”企业"
    assert "世界500强企业" in rows["3"][0]


def test_an_aside_in_brackets_after_the_measure_qualifies_it():
    rows = _rows("私人控股企业投资增长5%。全市固定资产投资（不含农户）同比增长13.0%。", published="2022-05")
    assert rows["13.0"][0].startswith("固定资产投资")


def test_a_milestone_broken_through_frames_the_figure():
    rows = _rows("全省GDP首破4万亿元大关。2017年绵阳GDP破2000亿元。", published="2019-01")
    assert rows["4"][0] == rows["2000"][0] == "GDP"


def test_a_destination_is_no_subject():
    text = "江苏中欧班列开行1973列。其中，欧洲方向1037列，同比减少0.4%；中亚方向876列，同比增长21.5%。"
    rows = _rows(text, subject="江苏", published="2023-01")
    assert rows["1037"][1] != "欧洲" and rows["876"][1] != "中亚"


def test_a_count_of_a_lists_entries_counts_what_the_list_names():
    rows = _rows("1月4日，省经信厅公布了200家2020年度省专精特新中小企业名单。", published="2021-01")
    assert rows["200"][0] == "省专精特新中小企业"


def test_the_group_a_rank_is_in_with_its_size_is_not_what_is_ranked():
    rows = _rows("国家高新技术企业数量均居全市6县市第一。全县一般公共预算收入位居循环县区榜首。", published="2019-04")
    assert rows["一"][0] == "国家高新技术企业数量"
    assert rows["榜首"][0] == "一般公共预算收入"


def test_ordinals_sharing_di_and_a_noun_are_each_items_and_a_pull_is_on_what_it_names():
    rows = _rows("第一、二、三产业分别同比增长64.6%、7.9%、3.5%。", published="2019-04")
    assert (rows["64.6"][0], rows["7.9"][0], rows["3.5"][0]) == ("第一产业", "第二产业", "第三产业")
    rows = _rows("第一、二、三产业分别拉动GDP增长0.1、3.8、5.1个百分点。", published="2019-04")
    assert rows["3.8"][0] == "第二产业拉动GDP增长"


def test_a_rank_listed_after_another_continues_its_measure():
    rows = _rows("农村居民人均可支配收入增长8%，增速居全国第6位、中部第2位。", published="2019-04")
    assert rows["2"][0] == rows["6"][0] != ""


def test_revenue_written_short_and_a_converted_amount():
    rows = _rows("农业社会化服务覆盖率达到60%；农产品加工业营收达到2.1万亿元；休闲农业实现营收493亿元。人均GDP达70429元(折合10209美元)。",
                 published="2023-02")
    assert (rows["2.1"][0], rows["493"][0]) == ("农产品加工业营收", "休闲农业营收")
    assert rows["10209"][0] == "人均GDP"


def test_where_or_when_a_figure_happened_is_not_its_measure():
    rows = _rows("出口规模在历史同期首次突破3000亿元。科技企业孵化器在孵科技型中小企业20.6万家。", published="2019-01")
    assert rows["3000"][0] == "出口规模"
    assert rows["20.6"][0] != "科技企业孵化器"  # 在孵: in incubation, no locative


def test_the_noun_of_a_count_before_a_list_mark_is_not_the_next_figures():
    rows = _rows("2021年西洽会集中签约102个重大项目、总投资2285亿元。名师、骨干教师180余名。", published="2022-01")
    assert rows["2285"][0] == "总投资"
    assert rows["180"][0] == "名师、骨干教师"
    # a noun listed with the count's own stays in the measure
    assert _rows("3月13日，11个省、市重点项目开复工率达到100%。", published="2020-04")["100"][0] == "省、市重点项目开复工率"


def test_a_bare_share_right_after_an_amount_is_that_amounts():
    rows = _rows("全市工业合同引资7300亿元、占比42%，到位资金1950亿元、占比54%。", published="2022-01")
    assert (rows["42"][0], rows["54"][0]) == ("工业合同引资占比", "到位资金占比")


def test_a_prefecture_calling_itself_wo_zhou_and_each_of_a_kind_is_no_name():
    assert _rows("本网讯 2020年我州重点项目250个，年度计划投资307.05亿元。", published="2020-09")["250"][1] == "我州"
    text = "各县区(开发区)人社局：\n\n2021年，全市人社系统承担了14项民生工程任务。全市城镇新增就业5.2万人。"
    assert _rows(text, published="2021-12")["5.2"][1] == "全市"


def test_a_class_of_firms_named_with_zhizao_or_shifan_is_counted_whole():
    rows = _rows("全省培育30家服务型制造示范企业，新建10家智能制造标杆企业。", published="2023-01")
    assert rows["30"][0].endswith("服务型制造示范企业") and rows["10"][0].endswith("智能制造标杆企业")


def test_a_budget_carried_out_is_a_plan_done_of_the_measure_before():
    rows = _rows("全区一般公共预算收入98.5亿元，完成年度预算的100.2%，同比增长7.2%。", published="2022-02")
    assert rows["100.2"][0] == "一般公共预算收入完成年度预算" and rows["7.2"][0] == "一般公共预算收入"


def test_a_gap_after_the_rank_of_a_rate_is_of_the_rate():
    rows = _rows("全县规模以上工业增加值增长2.7%，居全市第7位，低于全市平均增速14.8个百分点。", published="2022-08")
    assert rows["14.8"][0] == "规模以上工业增加值增速"


def test_respective_items_ending_in_one_measure_head_are_whole_and_partners_trade_each():
    got = _rows("财政总收入和地方财政收入分别增长10.6%和12.3%左右。")
    assert got["10.6"][0] == "财政总收入" and got["12.3"][0] == "地方财政收入"
    got = _rows("城镇登记失业率、居民消费价格指数和人口自增率分别控制在4.2%、3%、2.5‰以内。")
    assert [got[v][0] for v in ("4.2", "3", "2.5")] == ["城镇登记失业率", "居民消费价格指数", "人口自增率"]
    got = _rows("国有企业、外商投资企业进出口分别为997.4亿元、818.7亿元。")  # the word the first item ends with
    assert got["997.4"][0] == "国有企业进出口" and got["818.7"][0] == "外商投资企业进出口"
    got = _rows("对欧盟、美国和日本分别进出口731.1亿元、544.2亿元和308.9亿元。")
    assert [got[v][0] for v in ("731.1", "544.2", "308.9")] == ["对欧盟进出口", "对美国进出口", "对日本进出口"]
    got = _rows("城镇居民和农村居民人均可支配收入分别增长8%和9%。")  # a shared tail still shared
    assert got["9"][0] == "农村居民人均可支配收入"
    assert _rows("接待游客180.4万人次，同口径下降47.9%。")["47.9"][0] == "接待游客"  # a frame word, as 同比


def test_partners_listed_as_the_subject_of_a_respective_trade_are_each_one_partner_and_a_modifier_is_no_measure():
    got = _rows("东盟、美国、中国香港、欧盟为湖南前4大贸易伙伴，分别进出口917.9亿元、419亿元、403.8亿元、394.7亿元。",
                subject="湖南")
    assert [got[v][0] for v in ("917.9", "419", "403.8", "394.7")] == [
        "对东盟进出口", "对美国进出口", "对中国香港进出口", "对欧盟进出口"]
    got = _rows("2020年，电子信息产业首次突破1000亿大关，成为全省唯一拥有两个千亿产业的园区。")
    assert got["两"][0] != "唯一"  # an adjective alone names nothing counted


def test_places_listed_before_fenbie_are_each_figure_s_subject_also_in_a_second_fenbie_of_the_sentence():
    got = _rows("去年苏南、苏中、苏北高新技术产业产值增幅分别为9.0%、12.3%、18.5%，占规上工业的比重分别为52.3%、49.8%、"
                "41.1%。", subject="江苏", published="2023-02")
    assert [got[v][1] for v in ("9.0", "12.3", "18.5", "52.3", "49.8", "41.1")] == ["苏南", "苏中", "苏北"] * 2
    assert got["12.3"][0] == "高新技术产业产值"
    got = _rows("对欧盟、美国分别进出口731.1亿元、544.2亿元。", subject="湖北")
    assert got["544.2"][1] == "湖北"  # partners after 对 are no subjects


def test_a_noun_after_fenbie_is_what_each_listed_item_measures_and_a_numeral_opening_a_term_stays():
    got = _rows("规上电气机械制造业、金属制品业和纺织行业分别实现增加值63.46亿元、17.77亿元和67.07亿元。杭州、宁波分别"
                "完成营业收入100亿元、90亿元。", subject="海宁", published="2024-07")
    assert [got[v][0] for v in ("17.77", "67.07")] == ["金属制品业增加值", "纺织行业增加值"]
    assert got["90"] == ("营业收入", "宁波")  # places listed are the subjects; the noun alone is the measure
    got = _rows("上半年，全市三次产业结构比为1.3∶57.3∶41.4。", subject="海宁", published="2024-07")
    assert got["57.3"][0] == "三次产业结构"


def test_a_gap_after_a_comparison_word_is_a_change_of_the_measure_before_it_and_a_multiple_of_a_whole_after_shi():
    from reportfacts.extract.catalog import load_catalog
    from reportfacts.extract.facts import extract_clean
    from reportfacts.text.clean import clean_text
    text = ("1~5月份，规上工业每百元主营业务收入成本低于全国平均水平7.5元。东莞不仅远低于深圳超3000亿元的经济体量。"
            "每万名从业人员中研发人员数量是全国平均水平的5倍多。新增企业189家，是去年同期的2.4倍。")
    f, _ = extract_clean(clean_text(text), "t", "t.txt", "2022-07", load_catalog(), default_subject="内蒙古")
    got = {w: (m, k) for w, m, k in zip(f.value_as_written, f.measure_zh, f.kind)}
    assert got["7.5"] == ("主营业务收入成本", "change")
    assert got["3000"][1] == "level"  # the figure of what is compared with, 的 after it
    assert got["5"][0] == "研发人员数量" and got["2.4"][0] == "新增企业"  # (a multiple after a count: what it counted)
    text = "2012年全省人均GDP达到38557元，比全国人均GDP(38449元)高出108元，约折合6110美元。"
    f, _ = extract_clean(clean_text(text), "t", "t.txt", "2013-01", load_catalog(), default_subject="陕西")
    got = {w: (m, k) for w, m, k in zip(f.value_as_written, f.measure_zh, f.kind)}
    assert got["108"] == ("人均GDP", "change") and got["6110"][0] == "人均GDP"  # the compared figure in brackets aside


def test_a_figure_nothing_names_measures_what_the_report_names_most_for_its_unit():
    text = ("上半年，深圳GDP达到14325亿元。广州GDP达到13102亿元。成都GDP达到9543亿元，两年平均增长6.2%。\n\n"
            "南京以7622.77亿元位居副省级城市第六位。宁波全市规上工业增加值2000亿元。")
    got = _rows(text, published="2021-08")
    assert got["7622.77"][0] == "GDP"  # the report's measure for amounts, named three times
    assert got["六"][0] == "GDP"  # a rank with no measure: the report's most named amount's
    assert got["2000"][0] == "规上工业增加值"  # a figure's own words still name its measure


def test_a_zone_named_with_its_level_between_place_and_kind_is_the_subject():
    text = ("常州国家高新区在全国147个高新区中综合排名33，较去年进步了9位。\n\n"
            "武进国家高新区在全国147个高新区中综合排名54，综合排名居全省县级市国家高新区第一。")
    got = _rows(text, subject="常州国家高新区", published="2017-01")
    assert got["54"][1] == "武进国家高新区" and got["33"][1] == "常州国家高新区"


def test_zones_listed_before_a_joined_run_of_ranks_are_each_rank_s_subject_and_a_score_is_read():
    text = ("在全省评价中，杭州紫金港数字信息高新区、萧山高新区、余杭生物医药高新区分列第11、14、16位。"
            "杭州高新区综合评价得分95.71分。会议于15时30分召开。")
    got = _rows(text, subject="杭州", published="2023-02")
    assert [got[v][1] for v in ("11", "14", "16")] == ["杭州紫金港数字信息高新区", "萧山高新区", "余杭生物医药高新区"]
    assert got["95.71"][0] == "综合评价得分" and "30" not in got  # a score's points; a time of day's minutes are none
    got = _rows("杭州和武汉上半年GDP均超过8000亿元，在副省级城市中分列第四和第五位。", published="2021-08")
    assert (got["四"][1], got["五"][1]) == ("杭州", "武汉")  # the group ranked in names none: the clause before does


def test_places_listed_before_fenbie_are_no_measure_and_sectors_listed_are_whole():
    text = ("一季度，成德眉资规模以上工业增加值增长8.4%。成都市、德阳市、眉山市、资阳市分别增长8.5%、8.2%、8.9%、7.9%。"
            "农副食品加工业和食品制造业分别增长10.8%和10.7%。")
    got = _rows(text, subject="成都", published="2022-05")
    assert got["8.2"] == ("成德眉资规模以上工业增加值", "德阳市")
    assert (got["10.8"][0], got["10.7"][0]) == ("农副食品加工业", "食品制造业")
    got = _rows("兰州、白银高新区在全国169家高新区中综合排名分别位列第65名和第128名，较上年排名分别上升5位和1位。",
                subject="兰州", published="2021-02")
    assert got["65"][0] == got["5"][0] == "综合排名" and got["128"][1] == "白银高新区"


def test_a_figure_whose_clause_names_nothing_measures_the_topic_of_the_clause_before_it():
    text = ("一季度，全市经济平稳。同期，广州固定资产投资延续去年以来的良好增势，同比增长9.3%。"
            "经济增速方面，滁州以5.5%领跑。外贸进出口总值在上年同期较快恢复性增长的基础上同比增长1.1%。")
    got = _rows(text, subject="广州", published="2022-04")
    assert (got["9.3"][0], got["5.5"][0], got["1.1"][0]) == ("固定资产投资", "经济增速", "外贸进出口总值")
    assert _rows("城镇新增就业人数8.1万人。消费价格(CPI)同比温和上涨1.6%。")["1.6"][0] == "消费价格"  # (温和: how)


def test_what_the_figure_before_describes_after_its_de_is_no_part_of_the_next_item_s_measure():
    got = _rows("2022年，实施了总投资30亿元的医药研发及智能化生产基地项目、新飞智家总投资15.2亿元的科技产业园项目。")
    assert "项目" not in got["15.2"][0] and got["15.2"][0].endswith("总投资")


def test_a_name_opening_a_statement_is_the_subject_of_its_clauses_up_to_the_semicolon():
    text = ("1-4月,规上工业累计完成产值58.71亿元,同比下降21.6%。其中:区本级累计完成产值32.74亿元,同比下降16.4%;"
            "航空经开区累计完成产值9.18亿元,同比下降35.5%;全区规上工业增加值同比下降17.2%。")
    got = _rows(text, subject="汉台区", published="2023-05")
    assert got["9.18"][1] == got["35.5"][1] == "经开区"
    assert got["17.2"][1] == "汉台区"  # the next statement opens on the report's own place
    got = _rows("西南的三个城市中，成都经济亮眼，两年平均增长6.7%。", subject="广东")
    assert got["6.7"][1] == "成都"  # a clause of scope opening the statement names the group, not its subject


def test_partners_after_dui_are_objects_even_with_our_country_written_between_and_neihe_is_no_place():
    got = _rows("对欧盟、美国、我国香港地区和日本分别进出口731.1亿元、544.2亿元、339.3亿元和308.9亿元。", subject="湖北")
    assert got["731.1"][1] == got["544.2"][1] == got["339.3"][1] == got["308.9"][1] == "湖北"
    assert _rows("在建项目中，江油市56个、安县24个。")["24"][1] == "安县"  # a listed item with its own figure
    assert _rows("一季度，内河水运完成投资9.6亿元。", subject="河南")["9.6"] == ("内河水运完成投资", "河南")


def test_a_share_of_a_whole_named_with_its_time_and_place_and_a_body_that_did_it():
    got = _rows("一般贸易进出口4500亿元，占同期湖北进出口总值的76.9%。进口金属矿砂1.2亿吨，价值407.6亿元。", subject="湖北")
    assert got["76.9"][0] == "一般贸易进出口占湖北进出口总值"  # 同期 is when, no part of the measure
    assert got["407.6"][0] == "进口金属矿砂价值"  # the value of what was counted before
    got = _rows("上半年，原煤产量2000万吨。其中，县属企业完成1094.2万吨，同比下降17.1%。", subject="柳林县")
    assert got["1094.2"] == got["17.1"] == ("原煤产量", "县属企业")  # who did it is the subject, not the measure
    assert _rows("规上工业企业完成产值50亿元。", subject="柳林县")["50"][0] == "规上工业企业产值"  # a measure named after


def test_a_size_is_of_the_noun_after_it_and_a_count_of_what_its_listed_sizes_describe():
    got = _rows("形成了长12公里、面积达334公顷生态水面。新建占地70亩的玉珑路小学。", subject="焦作高新区")
    assert got["12"][0] == "生态水面长" and got["334"][0] == "生态水面面积"
    assert got["70"][0] != "玉珑路小学占地"  # a described name after 的 is no measure
    got = _rows("高新区将强力推进228个、总投资969亿元的重点项目建设。", subject="焦作高新区")
    assert got["228"][0] == "重点项目" and got["969"][0] == "总投资"


def test_a_count_of_times_with_no_noun_before_it_counts_the_action():
    got = _rows("侦破黑恶案件12起。县级领导到乡镇（街道）下访89次，把问题解决在基层。", subject="焦作高新区")
    assert got["89"][0] == "下访"  # not the measure of the figure before


def test_a_count_after_examples_is_counted_as_the_clause_opened():
    got = _rows("新引进嘉洁能智慧供暖、中原总部基地等各类项目38个，总投资376.8亿元。", subject="焦作高新区")
    assert got["38"][0] == "新引进各类项目"


def test_a_structures_parts_of_listed_items_and_an_amount_after_a_count_of_who_has_it():
    got = _rows("一季度，第一、二、三产业增加值占GDP的比重为11.4:31.2:57.5。三次产业结构为9.2:51:39.8。", subject="朝阳")
    assert [got[v][0] for v in ("11.4", "31.2", "57.5")] == [
        "第一产业增加值占GDP的比重", "第二产业增加值占GDP的比重", "第三产业增加值占GDP的比重"]
    assert got["9.2"][0] == got["51"][0]  # a structure naming no items: one measure for its parts
    got = _rows("上半年，全省高新区实现营业收入13977亿元，其中8个国家高新区7831.36亿元，省级高新区6146.10亿元。"
                "引进9只私募基金，总规模74.36亿元。", subject="四川")
    assert got["7831.36"][0] == got["6146.10"][0] == "营业收入"
    assert got["74.36"][0].endswith("私募基金总规模")  # the size of those counted


def test_since_when_function_words_and_a_frame_of_height_name_no_measure():
    got = _rows("全市规模以上工业增加值增长5%，新冠肺炎疫情以来两年平均增长4.4%。规上工业总产值增速高达30%。"
                "全省园区实际到位外商直接投资金额53.26亿美元。", subject="东莞")
    assert got["4.4"][0] == "规模以上工业增加值"  # since the pandemic: when, not what
    assert got["30"][0] == "规上工业总产值"  # the quantity that grows (高达: a frame word)
    assert got["53.26"][0].endswith("到位外商直接投资金额")  # foreign direct investment, one term
    got = _rows("2020年湖南地区生产总值41781亿元。这是继2008年跨上万亿元台阶后，又一个新台阶。", subject="湖南")
    assert got["万亿"][0] == "地区生产总值"


def test_a_class_of_zones_opening_a_sentence_is_no_topic_the_next_carry():
    text = ("营业收入中，8个国家高新区实现营业收入7831.36亿元。其中国家高新区实现高新技术产业营业收入4139.70亿元。\n\n"
            "工业方面，上半年全省高新区实现工业增加值1902.36亿元，同比增长17.57%。")
    got = _rows(text, subject="四川", published="2021-08-31")
    assert got["4139.70"][1] == "国家高新区" and got["1902.36"][1] == got["17.57"][1] == "四川"


def test_the_three_sectors_listed_in_turn_and_a_pair_after_a_year():
    got = _rows("三次产业对经济增长贡献率分别为3.3%、75.2%和21.5%。", subject="闽清")
    assert [got[v][0] for v in ("3.3", "75.2", "21.5")] == [
        "第一产业对经济增长贡献率", "第二产业对经济增长贡献率", "第三产业对经济增长贡献率"]
    got = _rows("2021年拉萨市城乡居民人均可支配收入分别比全国平均水平高1887元和2267元。", subject="拉萨")
    assert got["1887"][0] == "城镇居民人均可支配收入" and got["2267"][0] == "农村居民人均可支配收入"
    got = _rows("去年，6个高新区(来宾高新区2015年3月获批)工业总产值达到3934.66亿元。农林牧渔业(包括辅助性活动)增加值增长11.6%。",
                subject="广西", published="2015-04")
    assert got["3934.66"][0] == "工业总产值" and got["11.6"][0] == "农林牧渔业增加值"  # asides no part of them
    assert _rows("江西省共有国家工程(技术)研究中心8个。")["8"][0] == "国家工程(技术)研究中心"  # a name's bracket kept


def test_a_bare_rank_after_a_modifier_and_its_rank_word_is_of_both():
    got = _rows("常州国家高新区在全国147个高新区中综合排名33，较去年进步了9位。", subject="常州", published="2017-08")
    assert got["33"][0] == got["9"][0] == "综合排名"


def test_names_listed_before_the_count_of_them_are_what_is_counted_not_whose():
    got = _rows("广西目前共有南宁、桂林、柳州、北海4个国家高新区；梧州、钦州、来宾3个自治区高新区。", subject="广西")
    assert got["4"][1] == got["3"][1] == "广西"
    got = _rows("在建项目中，江油市56个、安县24个。", subject="绵阳")  # items each counted: each its own
    assert got["56"][1] == "江油市" and got["24"][1] == "安县"


def test_a_move_after_a_rank_is_of_that_rank_not_the_rankings_name():
    text = ("科技部火炬中心公布2016年度国家高新区评价结果。\n\n常州国家高新区在全国147个高新区中综合排名33，较去年进步了9位。"
            "高新区可持续发展能力排名70，较去年进步了2位。")
    got = _rows(text, subject="常州", published="2017-08")
    assert got["9"][0] == "综合排名" and got["2"][0] == got["70"][0]


def test_a_port_named_after_its_place_is_one_name_and_a_headlines_subject():
    from reportfacts.extract.meaning import headline_subject
    assert headline_subject("北部湾港吞吐量逆势增长") == "北部湾港"
    got = _rows("本报南宁讯 1-2月北部湾港完成货物总吞吐量4287万吨，同比增长16.6%。", subject="北部湾港", published="2020-04")
    assert got["4287"][1] == got["16.6"][1] == "北部湾港"  # the dateline's city is where it was filed


def test_a_flow_word_alone_after_a_name_counts_what_the_figure_before_counted():
    got = _rows("上半年全省新增研发机构32个。其中国家高新区新增10个，省级高新区新增22个。", subject="四川",
                published="2021-08")
    assert got["10"] == ("新增研发机构", "国家高新区") and got["22"] == ("新增研发机构", "省级高新区")


def test_places_counted_by_their_level_are_what_is_counted():
    got = _rows("全省16市2022年GDP陆续出炉。蚌埠GDP总量在安徽16市中排名第七。", subject="安徽", published="2023-02")
    assert got["16"][0] == "市"


def test_a_zone_written_whole_before_its_measure_is_whose_figure_and_a_zone_of_any_national_class_is_one():
    got = _rows("2022年1-11月，萧山高新区规上工业增加值122.39亿元，增长5%。", subject="杭州", published="2023-02")
    assert got["122.39"] == ("规上工业增加值", "萧山高新区")
    text = "2020年兰白自创区地区生产总值预计达到420亿元，比2019年增长5.86%。"
    got = _rows(text, subject="兰州高新区", published="2021-02")
    assert got["420"] == ("地区生产总值", "兰白自创区") and got["5.86"][1] == "兰白自创区"


def test_a_share_of_a_whole_written_with_de_is_of_the_measure_before_and_a_list_item_is_no_later_topic():
    got = _rows("一季度，全市社会消费品零售总额3000亿元，占全省的比重为47.3%。", subject="成都", published="2022-05")
    assert got["47.3"][0] == "社会消费品零售总额占全省比重"
    text = ("六区地区生产总值分别为：思明区2503.88亿元，增长5.2%；翔安区887.14亿元，增长6.0%。"
            "城镇居民人均可支配收入7.05万元，增长4.9%。")
    got = _rows(text, subject="厦门", published="2023-03")
    assert got["887.14"][1] == "翔安区" and got["7.05"][1] == "厦门"


def test_a_place_s_organs_and_a_milestone_are_no_subject_and_a_mark_passed_before_is_of_the_measure_before_ji():
    text = ("市委市政府召开的发展大会明确了战略方向，经济总量突破五千亿大关、达到5070亿元，历史性突破5000亿元大关。"
            "地区生产总值继2021年突破1万亿元后又跃上新台阶，达到11201.6亿元。")
    got = _rows(text, subject="济宁", published="2022-01")
    assert got["5070"] == ("经济总量", "济宁") and got["五千亿"][1] == "济宁"
    assert got["5000"][0] == "经济总量"  # 历史性 frames the figure; the measure continues
    assert got["1"][0] == got["11201.6"][0] == "地区生产总值"


def test_items_listed_in_the_clause_before_fenbie_after_a_verb_and_before_their_summing_up_are_each_figure_s():
    text = "2021年，济宁市实现GDP、工业、投资、消费等主要指标均快于全省平均水平，分别高于全省0.2个、3.5个、6.4个、0.3个百分点。"
    got = _rows(text, subject="济宁", published="2022-01")
    assert [got[v][0] for v in ("0.2", "3.5", "6.4", "0.3")] == ["GDP", "工业", "投资", "消费"]
    got = _rows("汽车制造业、燃气生产和供应业两个行业增加值增势较好，分别增长89.2%、159.4%。", subject="松明", published="2022-05")
    assert (got["89.2"][0], got["159.4"][0]) == ("汽车制造业", "燃气生产和供应业")


def test_a_year_opening_the_sentence_leaves_its_first_figure_the_topic_before_but_a_source_is_none():
    got = _rows("2022年甘肃农业增产丰收，粮食产量再创历史新高，连续三年保持在1200万吨以上。", subject="甘肃", published="2023-01")
    assert got["1200"][0] == "粮食产量"
    got = _rows("1月27日，商务部公布了2021年考核评价结果，杭州经开区排名较上年度提升一位。", subject="杭州", published="2022-02")
    assert got["一"][0] != "商务部"


def test_a_statement_after_a_semicolon_whose_figure_names_nothing_measures_the_topic_its_clause_before_opens():
    text = "“十三五”期间，全省电子信息制造业规上工业增加值年均增速超过20%；营业收入总量规模进入全国第一方阵，跃居全国同行业第10位。"
    got = _rows(text, subject="安徽", published="2021-02")
    assert got["10"][0] == "营业收入总量规模"


def test_the_report_s_own_place_and_the_levels_of_government_name_no_measure_and_no_subject_and_zones_counted_end():
    got = _rows("2012年，我省GDP增速居全国第6位。全市企业达到300家。", subject="陕西", published="2013-01")
    assert (got["6"][0], got["300"][0]) == ("GDP增速", "企业")
    got = _rows("省市区各级共为总窗口1812家企业兑现奖补资金7.7亿元。", subject="陕西", published="2022-07")
    assert got["1812"][1] != "省市区"
    got = _rows("去年，6个高新区现有企业数1.4019万家。", subject="广西", published="2016-04")
    assert got["6"][0] == "高新区"


def test_words_framing_a_milestone_or_a_turn_name_no_measure():
    got = _rows("前三季度，湖南地区生产总值增长9.0%。这是继上半年由负转正增长1.3%后，经济持续回升。", subject="湖南",
                published="2021-10")
    assert got["1.3"][0] == "地区生产总值"
    assert _rows("北京GDP首度跃上4万亿元台阶。", subject="北京", published="2022-01")["4"][0] == "GDP"


def test_the_bare_kind_of_the_report_s_own_zone_opening_a_sentence_is_the_zone_not_the_place_before():
    text = ("去年，滨海—中关村科技园新增注册企业907家，同比增长76.1%。此外，经开区还加快建设商业保理创新基地，"
            "全年新增保理企业20家，同比增长5倍。")
    got = _rows(text, subject="天津经开区", published="2022-01")
    assert got["20"][1] == "天津经开区"


def test_a_verb_of_change_right_after_the_figure_before_names_no_measure():
    got = _rows("规上企业从153家发展到268家、进入全市前三。", subject="全椒", published="2021-12")
    assert got["268"][0] == got["153"][0] == "规上企业"


def test_an_outlet_s_dateline_and_common_nouns_ending_like_places_name_no_subject():
    text = "长城网·冀云客户端讯(记者 董肖飞)2022年，沧州市2403家规上工业企业实现营业收入5767.1亿元，同比增长6.5%。"
    got = _rows(text, subject="沧州市", published="2023-02")
    assert got["6.5"][1] == "沧州市"
    text = "2024年，全区规模以上工业总产值达到1587.7亿元，同比增长5.2%，汽车产量居全市行政区第一。"
    assert _rows(text, published="2025-01")["1587.7"][1] == "全区"
    got = _rows("全市改造老旧小区162个、棚户区1445套。城建总投资275亿元。", subject="连云港", published="2024-01")
    assert got["1445"][1] == got["275"][1] == "连云港"


def test_a_sector_named_with_ji_qi_ta_is_whole_and_a_pull_up_is_a_contribution():
    text = ("2022年，沧州市规上工业企业实现营业收入5767.1亿元。其中，石油、煤炭及其他燃料加工业实现收入同比增长26.4%，"
            "上拉全市收入增速5.3个百分点。")
    got = _rows(text, subject="沧州市", published="2023-02")
    assert got["26.4"][0] == "石油、煤炭及其他燃料加工业收入" and got["5.3"][0] == "上拉全市收入增速"


def test_the_unit_of_the_item_listed_before_is_no_part_of_the_next_item_s_measure():
    got = _rows("全市新增绿地204公顷、绿道39公里。", subject="连云港", published="2024-01")
    assert not got["39"][0].startswith("、") and "公顷" not in got["39"][0]


def test_a_group_counted_with_da_opening_a_sentence_is_no_measure_of_its_figures():
    got = _rows("三大门类中，制造业产值同比增长5.2%，增速较前三季度加快2.6个百分点。", subject="江北区", published="2025-01")
    assert got["2.6"][0] == "制造业产值增速"


def test_a_part_of_a_class_bounded_by_an_amount_after_qizhong_is_that_part_and_the_amount_no_fact():
    got = _rows("全年新签约项目44个，其中亿元以上18个；新开工项目30个，其中10亿元以上5个。", subject="长丰",
                published="2023-01")
    assert (got["18"][0], got["5"][0]) == ("新签约亿元以上项目", "新开工10亿元以上项目") and "10" not in got


def test_a_figure_an_attribute_of_what_a_comparison_names_is_the_compared_place_s():
    got = _rows("深圳今年GDP增长6%，这个目标高于全国GDP5.5%的增长目标。", subject="深圳", published="2022-03")
    assert got["6"][1] == "深圳" and got["5.5"][1] == "全国"
    assert _rows("增长7.5%，高于全国2.2个百分点。", subject="深圳", published="2022-03")["2.2"][1] == "深圳"
    got = _rows("宁德GDP达到3151亿元，不仅远低于东莞超3000亿元的经济体量。", subject="宁德", published="2022-01")
    assert got["3000"][1] == "东莞"


def test_items_listed_before_fenbie_share_the_words_the_last_item_has_beyond_a_typical_item():
    text = "企业职工基本养老、城镇基本医疗、失业、工伤和生育保险参保人数分别达到1997.54万人、3906.05万人、1477.11万人、1578.28万人和1500万人。"
    got = _rows(text, subject="江苏", published="2015-10")
    assert (got["1997.54"][0], got["1477.11"][0]) == ("企业职工基本养老保险参保人数", "失业保险参保人数")


def test_classes_listed_before_fenbie_are_whole_though_one_lists_its_own_parts():
    text = "粮油食品类、日用品类和服装、鞋帽、针纺织品类分别实现零售额31.4、15.7、34.9亿元，分别增长11.0%、6.2%和9.6%。"
    got = _rows(text, subject="常州", published="2015-07")
    assert [got[v][0] for v in ("31.4", "15.7", "34.9")] == ["粮油食品类零售额", "日用品类零售额", "服装、鞋帽、针纺织品类零售额"]
    assert got["9.6"][0] == "服装、鞋帽、针纺织品类零售额"


def test_items_listed_before_deng_and_their_class_each_measure_what_the_class_measures():
    text = ("前三季度，化学原料和化学制品制造业、非金属矿物制品业、黑色金属冶炼和压延加工业等高耗能行业用电量同比分别下降"
            "3.2%、1.6%和30.7%。粮油食品类、饮料类和烟酒类商品零售额同比分别增长6.8%、8.6%和9.7%。")
    got = _rows(text, subject="深圳", published="2024-10")
    assert [got[v][0] for v in ("3.2", "1.6", "30.7")] == [
        "化学原料和化学制品制造业用电量", "非金属矿物制品业用电量", "黑色金属冶炼和压延加工业用电量"]
    assert (got["6.8"][0], got["9.7"][0]) == ("粮油食品类商品零售额", "烟酒类商品零售额")
    # the last class written as one word with its mark (饮料类) shares the same words
    got = _rows("烟酒类、文化办公用品类、饮料类商品零售额同比分别增长5.1%、22.2%、36.6%。", subject="湖滨区", published="2025-08")
    assert (got["5.1"][0], got["22.2"][0]) == ("烟酒类商品零售额", "文化办公用品类商品零售额")


def test_a_count_of_a_class_of_zones_names_what_the_figures_after_measure_not_whose_they_are():
    got = _rows("5家综保区进出口1039.6亿元，增长9.4%。", subject="湖南", published="2023-10")
    assert got["5"][0] == "综保区" and got["1039.6"] == ("综保区进出口", "湖南")


def test_trade_with_a_partner_named_after_its_description_is_with_the_partner():
    got = _rows("湖北对第一大贸易伙伴东盟进出口951.3亿元。", subject="湖北", published="2023-12")
    assert got["951.3"][0] == "对东盟进出口"


def test_schools_and_children_in_kindergarten_are_what_an_education_bulletin_counts():
    text = "全省共有初中3832所，比上年增加84所。在园(班)幼儿987853人，比上年减少39693人。普通高中6所。"
    got = _rows(text, subject="广东", published="2022-06")
    assert got["3832"][0] == "初中" and got["987853"][0].startswith("在园") and got["6"] == ("普通高中", "广东")


def test_a_clause_of_a_verb_and_a_figure_counts_the_verb_s_elided_object_the_figure_before_named():
    got = _rows("今年签约项目20个，开工15个，投产8个。申请资金9.5亿元，目前到位2.39亿元。引进企业30家，其中落地22家。",
                subject="焦作", published="2021-04")
    assert [got[v][0] for v in ("15", "8", "2.39", "22")] == ["开工项目", "投产项目", "到位资金", "落地企业"]
    # a verb holding its object (结案: 案) takes none
    assert _rows("立案审查案件23起，结案23起。", subject="高新区", published="2020-01")["23"][0] != "结案立案审查案件"
    # the object is the measure before without the verb that counted it
    assert _rows("实施千万元投资建设项目11个，竣工1个。", subject="玉溪", published="2017-05")["1"][0] == "竣工千万元投资建设项目"
    # not after a size (what the figure before measured is no thing), nor for a share
    got = _rows("引进私募基金9只，总规模74.36亿元，到位10.84亿元。政府投资1000亿元，占25.7%。", subject="深圳", published="2022-04")
    assert got["10.84"][0] != "到位规模" and got["25.7"][0] != "政府投资占占比"


def test_a_headline_s_place_written_with_a_kind_of_zone_is_the_zone():
    assert headline_subject("园区经济-丰城市工业园区") == "丰城市工业园区"
    assert headline_subject("上饶经济技术开发区一季度经济运行良好") == "上饶经济技术开发区"


def test_a_place_naming_a_facility_opens_no_topic_for_the_sentences_after():
    text = "2008年，园区基础设施投资完成1.6亿元。台湾电子科技园10万平方米标准厂房工程全面竣工。企业完成固定资产投资30.3亿元。"
    assert _rows(text, subject="丰城市工业园区", published="2010-05")["30.3"][1] == "丰城市工业园区"
    # a place opening its sentence is still a topic (深圳…。增速…)
    assert _rows("广州GDP达到2.8万亿元。增速居全省第一。", subject="广东", published="2022-01")["一"][1] == "广州"


def test_terms_the_segmenter_splits_and_the_total_of_a_class_of_zones():
    got = _rows("全口径财政收入完成1.92亿元。国家高新区聚集了84%的国家重点实验室、78%的国家技术创新中心。"
                "截至目前，国家高新区总数达173家。", subject="国家高新区", published="2022-09")
    assert got["1.92"][0] == "全口径财政收入" and got["78"][0] == "国家技术创新中心"
    assert got["173"][0] == "国家高新区总数"
    # a flow word after the class continues what the figure before counted, the class's part of it
    got = _rows("新增研发机构32个：国家高新区新增10个。", subject="四川", published="2021-08")
    assert got["10"][0] == "新增研发机构"


def test_a_body_an_officer_speaks_for_is_the_source_not_the_subject():
    text = "科技部火炬中心副主任李有平介绍，截至目前，国家高新区总数达173家，较2012年增加84家。"
    assert _rows(text, subject="国家高新区", published="2022-09")["84"][1] == "国家高新区"
    # a place before its office's officer is still the place reported on
    assert _rows("江苏省商务厅厅长王某介绍，一季度进出口总额1.2万亿元，增加84亿元。", published="2022-04")["84"][1] == "江苏省"


def test_a_verb_alone_after_the_same_verb_with_its_object_measures_the_same():
    text = "渝中区接待国内游客252.3万人次，同比增长19.7%；万盛经开区接待53.13万人次，同比增长78.1%。"
    got = _rows(text, subject="重庆", published="2017-05")
    assert got["53.13"] == ("接待国内游客", "万盛经开区") and got["78.1"][0] == "接待国内游客"
    # a stock and a flow of the same animals are parallel predicates, no verb and its object
    got = _rows("生猪存栏17.74万头，同比下降2%，出栏9.3万头。", subject="石泉县", published="2016-09")
    assert got["9.3"][0] == "出栏"
    # the figure before in another sentence names no object
    got = _rows("投入各类政策性资金3亿元。近三年来，先后投入6.13亿元。", subject="焦作", published="2024-10")
    assert got["6.13"][0] == "投入"



def test_events_counted_by_session_are_measured_by_what_was_held():
    assert _rows("开展线上活动27场次。", subject="都江堰", published="2022-02")["27"][0] == "开展线上活动"


def test_a_place_compared_with_is_not_the_place_reported_on():
    text = ("前三季度，全县完成生产总值56.7亿元，增长7.5%。\n"
            "前三季度全县主要经济发展指标与比拼对象保康县比，主要指标增速全面赶超。")
    assert _rows(text, published="2018-11")["56.7"][1] != "保康县"


def test_a_facility_a_place_names_is_the_subject_and_no_part_of_the_measure():
    got = _rows("春节假期，我市共接待游客137.88万人次。虹口景区接待游客105180人次。融创文旅城接待游客404867人次。",
                subject="都江堰", published="2022-02")
    assert got["105180"] == ("接待游客", "虹口景区")
    assert got["404867"][1] != "虹口"  # the facility's place opens no topic for the sentences after


def test_words_the_segmenter_mistags_as_places_and_the_unit_of_the_figure_before_a_list_separator():
    got = _rows("全省畜禽规模养殖率达到80%。新建国家级海洋牧场示范区4个。禽出栏7039.78万羽、下降5.6%。",
                subject="辽宁", published="2024-01")
    assert got["4"] == ("新建国家级海洋牧场示范区", "辽宁")
    assert got["7039.78"][0] == got["5.6"][0] == "禽出栏"


def test_a_headline_opening_on_a_firm_before_a_period_or_a_result_is_about_that_firm():
    assert headline_subject("海尔智家上半年营收1138亿元 同比增长9.6%") == "海尔智家"
    assert headline_subject("宁德时代一季度净利润增长") == "宁德时代"  # not its city, 宁德
    assert headline_subject("格力电器实现营业收入1000亿元") == "格力电器"
    # a place's measure, or the report's own place word, is no firm
    assert headline_subject("深圳GDP上半年增长") == "深圳" and headline_subject("全省上半年经济运行") == ""
    # a first line opening on a period names no firm; a statistics office is a source; a firm its body never names
    # again is none
    assert headline_subject("1-10月，全县招商引资工作成效明显") == ""
    assert headline_subject("松原市统计局上半年数据") != "松原市统计局"
    assert headline_subject("宁德时代一季度净利润增长", "宁德时代一季度净利润增长\n全市工业平稳。") != "宁德时代"


def test_a_report_with_no_headline_is_about_the_firm_its_first_paragraph_opens_on():
    text = ("8月25日晚间，中国中车发布2023年半年度报告。上半年，公司实现营业收入873.03亿元，同比增长7.39%；归属于上市公司"
            "股东的净利润34.60亿元，同比增长10.53%。\n中国中车新产业收入表现亮眼。")
    assert headline_subject(text.split("\n")[0], text) == "中国中车"
    text = ("据重庆钢铁年中报数据显示，2016年上半年重庆钢铁实现营业收入27.89亿元，上年同期为45.06亿元，同比下降38.1%，"
            "归属于上市公司股东的净利润亏损17.9亿元。")
    assert headline_subject(text, text) == "重庆钢铁"
    # a city's report opening on its own place word names no firm
    text = ("上半年，全市实现地区生产总值1029.5亿元，同比增长7.0%，增速比全省和全国分别高1.4、1.8个百分点，"
            "规模以上工业增加值同比增长8.1%。")
    assert headline_subject(text, text) == ""


def test_a_place_beginning_the_report_s_own_firm_as_written_is_that_firm():
    text = "据重庆钢铁年中报数据显示，2016年上半年重庆钢铁实现营业收入27.89亿元，上年同期为45.06亿元，同比下降38.09%。"
    got = _rows(text, subject="重庆钢铁", published="2016-08")
    assert got["27.89"] == got["45.06"] == ("营业收入", "重庆钢铁")


def test_classes_named_with_a_scope_word_or_bounded_by_an_amount_and_terms_of_zone_evaluations():
    kw = {"subject": "国家高新区", "published": "2025-11"}
    got = _rows("国家高新区聚集了70%的国家制造业创新中心、80%的全国重点实验室。营收超亿元的企业达到了4.3万家。", **kw)
    assert (got["70"][0], got["80"][0]) == ("国家制造业创新中心", "全国重点实验室")
    assert got["4.3"][0] == "营收超亿元的企业"
    assert _rows("高新区可持续发展能力排名70。", **kw)["70"][0].endswith("可持续发展能力")


def test_gaps_against_places_listed_after_a_comparison_are_of_the_rate_not_parallel_items():
    text = "前三季度，全区实现地区生产总值1029.5亿元，同比增长7.0%，增速比全市和全国分别高1.4、1.8个百分点。"
    got = _rows(text, subject="江津区", published="2023-10")
    assert got["1.4"][0] == got["1.8"][0] == "地区生产总值增速"
    # items compared with one base stay parallel
    text = "高技术产业和战略性新兴产业增加值分别同比增长13.8%、98.2%，分别高于规模以上工业增加值增速4.9个、89.3个百分点。"
    assert _rows(text, subject="焦作", published="2020-04")["4.9"][0].startswith("高技术产业")


def test_terms_of_finance_the_segmenter_splits_are_kept_whole():
    got = _rows("新增小微企业首贷户2万户、普惠小微企业贷款2000亿元以上。", subject="深圳", published="2022-04")
    assert (got["2"][0], got["2000"][0]) == ("新增小微企业首贷户", "普惠小微企业贷款")


def test_terms_holding_a_frame_word_are_kept_whole_and_a_price_basis_frames_no_measure():
    got = _rows("到2025年，人均预期寿命达到83岁。实际到账外资1.5亿美元。两化融合发展水平指数连续六年位居全国第一。",
                subject="广州", published="2021-05")
    assert (got["83"][0], got["1.5"][0], got["一"][0]) == ("人均预期寿命", "到账外资", "两化融合发展水平指数")
    got = _rows("全区实现地区生产总值38亿元，可比价增长7.5%。", subject="常州经开区", published="2019-01")
    assert got["7.5"][0] == "地区生产总值"


def test_the_statistics_bureaus_short_forms_and_industry_names_are_kept_whole():
    got = _rows("限上社零额实现1.36亿元。非金属矿物制品业增长38.0%。全省21个市州一季度地区生产总值均已揭晓。", subject="四川", published="2022-05")
    assert (got["1.36"][0], got["38.0"][0], got["21"][0]) == ("限上社零额", "非金属矿物制品业", "市州")


def test_what_those_counted_before_own_is_measured_without_them():
    got = _rows("104个村的背街小巷硬化工程已完工81个，剩余23个今冬完工。", subject="中站区", published="2024-10")
    assert (got["104"][0], got["81"][0]) == ("村", "背街小巷硬化工程")
    assert _rows("全市3个园区的规上企业达到120家。", subject="焦作", published="2024-10")["120"][0] == "规上企业"


def test_a_first_person_own_place_is_the_report_s_place_after_others_were_named():
    text = "浙江省GDP首次突破6万亿元。去年我省GDP增速在全国前五中排第一。我国GDP增长6.1%。"
    got = _rows(text, subject="河南", published="2020-01")
    assert got["6"][1] == "浙江省" and got["6.1"][1] == "全国"
    assert got["一"][1] == "河南"


def test_items_before_a_class_of_products_share_what_it_measures():
    text = "规模工业中，工业机器人、锂离子电池、微型计算机设备等新产品产量分别增长45.5%、53.9%、60.3%。"
    got = _rows(text, subject="湖南", published="2022-01")
    assert [got[v][0] for v in ("45.5", "53.9", "60.3")] == ["工业机器人产量", "锂离子电池产量", "微型计算机设备产量"]


def test_a_bare_kind_of_zone_opening_a_clause_is_the_report_s_zone_or_that_zone_as_written():
    text = "2022年，经开区实现进出口总额557.8亿元。2022年，自贸区实现规上工业总产值764亿元，外贸进出口总额300亿元。"
    got = _rows(text, subject="西安经开区", published="2024-01")
    assert got["764"][1] == got["300"][1] == "自贸区"
    assert "经开区" in got["557.8"][1]


def test_a_share_of_a_scope_s_whole_names_its_part_and_an_abbreviation_in_brackets_is_no_aside_that_ends_it():
    kw = {"subject": "国家高新区", "published": "2022-09"}
    assert _rows("国家高新区生产总值占全国的比重为13.4%。", **kw)["13.4"][0] == "生产总值占全国比重"
    got = _rows("国家高新区生产总值占国内生产总值(GDP)的比重从2012年的10.1%增至2021年的13.4%。", **kw)
    assert got["10.1"][0] == got["13.4"][0] == "生产总值占国内生产总值的比重"
    # items before 等 and a class of products share the measure after it (not 光纤产品产量)
    got = _rows("光纤、新能源汽车、锂离子电池等产品产量分别增长66.5%、17.5%、12.1%。", subject="河南", published="2023-04")
    assert [got[v][0] for v in ("66.5", "17.5", "12.1")] == ["光纤产量", "新能源汽车产量", "锂离子电池产量"]


def test_a_frame_before_a_comparison_base_and_a_plan_s_first_years_name_no_measure():
    got = _rows("2021年，数字经济核心产业增加值2580.6亿元，按可比价计算较上年同期增长18.7%，高于全市GDP增速10.1个百分点。"
                "贵州数字经济规模占GDP比重39.8%、较“十三五”初期提升9.6个百分点。重点在谈项目20余个。",
                subject="成都", published="2022-04")
    assert got["18.7"][0] == "数字经济核心产业增加值" and got["10.1"][0] == "数字经济核心产业增加值增速"
    assert got["9.6"][0] == "数字经济规模占GDP比重"
    assert got["20"][0] == "重点在谈项目"


def test_a_milestone_s_name_after_an_amount_ends_with_its_word():
    got = _rows("2022年，内蒙古人均地区生产总值96474元，2022年迈上9万元新台阶。", subject="内蒙古", published="2023-02")
    assert got["9"][0] == "人均地区生产总值"


def test_things_counted_listed_after_the_count_with_none_of_their_own_before_a_verb_are_all_counted():
    got = _rows("46家重点企业、60余家高校、科研院所共建产学研联合体50多个。", subject="高新区", published="2018-05")
    assert got["46"][0] == "重点企业" and got["60"][0] == "高校、科研院所"
    # not a name listed after its count's unit (郭树勋 of 郭树勋等4名同志)
    assert _rows("高新区检察院筹备处等5个单位、郭树勋等4名同志荣获特别贡献奖。", subject="高新区",
                 published="2020-01")["5"][0] == "单位"


def test_a_gap_after_a_compared_figure_in_brackets_is_of_the_rate_before_the_comparison():
    text = ("1-10月，研发费用支出同比增长44.5%，全省第四，高于营收(24.0%)20.5个百分点。"
            "1-10月，高新技术产业投资增长30.3%，全省第五，高于固定资产投资增速(11.8%)18.5个百分点。")
    got = _rows(text, subject="绍兴", published="2021-12")
    assert got["11.8"][0] == "固定资产投资"
    assert (got["20.5"][0], got["18.5"][0]) == ("研发费用支出增速", "高新技术产业投资增速")


def test_a_duration_of_a_rank_held_is_of_the_measure_ranked_not_the_rank_s_words():
    got = _rows("2021年，贵州数字经济增长20.6%，连续七年位居全国第一。", subject="贵州", published="2022-07")
    assert got["七"][0] == got["一"][0] == "数字经济"


def test_a_sector_or_ownership_type_named_with_separators_inside_is_one_measure():
    text = ("一季度，国有企业增加值同比增长18.9%，外商及港澳台商投资企业增长10.3%。分行业看，电力、热力生产和供应业增长19.9%，"
            "计算机、通信和其他电子设备制造业增长17.8%。")
    got = _rows(text, subject="四川", published="2022-04")
    assert got["10.3"][0] == "外商及港澳台商投资企业"
    assert (got["19.9"][0], got["17.8"][0]) == ("电力、热力生产和供应业", "计算机、通信和其他电子设备制造业")


def test_a_report_naming_no_place_that_opens_clauses_with_quanguo_is_national():
    text = "10月份，全国规模以上工业增加值同比增长6.9%。1-10月份，全国服务业生产指数同比下降1.6%。采矿业增加值同比增长3.5%。"
    assert _rows(text, published="2020-11")["3.5"][1] == "全国"
    # a zone's bare kind opening its clause in the zone's own report is the report's own subject, as printed
    assert _rows("示范区加快重点产业转型发展，工业税收实现2.55亿元。", subject="示范区（高新区）",
                 published="2020-01")["2.55"][1] == "示范区（高新区）"


def test_a_class_bounded_by_an_attribute_and_a_flow_word_opening_what_is_counted_are_whole():
    got = _rows("在117个新签约项目中，投资总额在5亿元以上的项目69个，占比为60%。营业收入在10亿元以上的企业达到35家。",
                subject="南阳", published="2022-03")
    assert got["117"][0] == "新签约项目"
    assert (got["69"][0], got["35"][0]) == ("投资总额在5亿元以上的项目", "营业收入在10亿元以上的企业")
    # a relative clause opened by another preposition still says nothing alone
    assert _rows("与经济运行质量密切相关的主体税种增长12%。", published="2022-03")["12"][0] == "主体税种"


def test_a_real_growth_s_frame_names_no_measure_and_grid_connection_is_one_word():
    got = _rows("上半年，全区居民人均可支配收入13000元，扣除价格因素实际增长12.1%。新能源并网投产711.65万千瓦。",
                subject="广西", published="2021-07")
    assert got["12.1"][0] == "居民人均可支配收入" and got["711.65"][0] == "新能源并网投产"


def test_zones_listed_as_examples_of_the_zones_counted_are_not_whose_count_it_is():
    got = _rows("东侨经济技术开发区、厦门海沧台商投资区、福州经济技术开发区等3家开发区位居前列。", subject="福建",
                published="2021-10")
    assert got["3"][1] == "福建"


def test_zones_bounded_by_an_amount_are_a_class_counted_not_an_amount():
    got = _rows("经营(销售)收入超1000亿元园区达到9家，2000亿元以上开发区达到4家。超500亿元的开发区达20个。",
                subject="安徽", published="2022-04")
    assert "1000" not in got and "2000" not in got and "500" not in got
    assert (got["9"][0], got["4"][0], got["20"][0]) == ("经营(销售)收入超1000亿元园区", "2000亿元以上开发区",
                                                        "超500亿元的开发区")


def test_a_count_of_members_of_a_group_that_do_something_is_of_what_they_do():
    text = "上半年13个重点园区中有9个实现增长。41个大类行业中有30个行业增加值保持增长，其中电气机械增长39.3%。"
    got = _rows(text, subject="海南", published="2024-07")
    assert (got["9"][0], got["30"][0]) == ("实现增长的重点园区", "增加值保持增长的行业")
    assert got["13"][0] == "重点园区" and got["39.3"][0] == "电气机械"


def test_a_list_s_last_conjunction_joins_its_last_item_and_a_bound_is_the_last_item_s_own():
    got = _rows("教育文化娱乐、交通通信、生活用品及服务和医疗保健价格分别下降3.5%、2.3%、0.4%和0.6%。"
                "汽车类、石油及制品类和家用电器类零售额分别增长5%、6%和7%。"
                "0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、19099人、48951人和25594人。",
                subject="某市", published="2023-03")
    assert [got[v][0] for v in ("3.5", "0.4", "0.6")] == ["教育文化娱乐价格", "生活用品及服务价格", "医疗保健价格"]
    assert [got[v][0] for v in ("6", "7")] == ["石油及制品类零售额", "家用电器类零售额"]
    assert (got["18891"][0], got["25594"][0]) == ("0-17岁户籍人口", "60岁及以上户籍人口")
    assert "17" not in got and "60" not in got  # the age bands are classes, no figures


def test_a_verb_of_standing_or_a_comparison_base_names_nothing_ranked():
    text = ("在2022年国家级经开区综合发展水平考核评价中，宁波杭州湾经开区首次挺进30强。"
            "在实际使用外资单项中，杭州经开区位列全国第6，较上一年度提升1位；合肥高新区、合肥经开区分别位列同类第8位、第10位。")
    got = _rows(text, subject="浙江", published="2023-03")
    assert got["30"][0] == "国家级经开区综合发展水平考核评价排名"  # (the ranking's name, not 挺进 nor …评价中)
    assert got["1"][0] == got["6"][0] == "实际使用外资单项"
    assert got["10"][0] != "同类"


def test_a_customs_district_s_seat_is_the_source_and_the_group_a_rank_is_in_is_no_subject():
    got = _rows("7月19日，青岛海关和济南海关联合举行新闻发布会，上半年山东省进出口总值1.57万亿元，比去年同期增长17%。"
                "2022年，我省粮食单产958.2斤/亩，居全国粮食主产省第一位。", subject="山东省", published="2022-07")
    assert got["17"][1] == "山东省"
    assert got["一"][1] == "山东省"  # (主产省 is the group ranked in)


def test_a_clause_opening_with_the_country_makes_the_clauses_after_it_in_its_sentence_national():
    got = _rows("12月12日，国家统计局发布公告，全国粮食播种面积177498万亩，比2021年增加1052万亩，增长0.6%。"
                "江苏最大的优势是实体经济，拥有全国最大规模的制造业集群，产值约占七分之一。", subject="辽宁省",
                published="2022-12")
    assert got["177498"][1] == got["1052"][1] == got["0.6"][1] == "全国"
    assert got["七分之一"][1] == "江苏"  # (全国 inside what a verb opening its clause takes)


def test_a_gap_after_a_rate_s_rank_is_of_that_rate_and_a_counted_group_is_not_ranked():
    text = ("1-7月份，全县规模以上工业增加值同比下降20.0%，居全市第7位，低于全市平均增速14.8个百分点。"
            "战略性新兴产业产值同比增长2.3%，居全市第6位，高于全市平均增速1.3个百分点，较1-6月份提高9.0个百分点。"
            "钦州港经开区在西部47家国家级经开区中排名第13位。")
    got = _rows(text, subject="固镇县", published="2022-08")
    assert got["1.3"][0] == got["9.0"][0] == "战略性新兴产业产值增速"
    assert got["13"][0] != "国家级经开区"


def test_a_share_of_a_place_s_whole_names_the_place_and_a_place_listed_after_it_has_its_own():
    got = _rows("醴陵电瓷产量占全省98%、全国51%，出口居全国第一、占全球30%。", subject="醴陵", published="2022-02")
    assert (got["98"][0], got["51"][0], got["30"][0]) == ("电瓷产量占全省", "电瓷产量占全国", "出口占全球")


def test_a_report_whose_headline_names_no_place_is_about_the_place_whose_government_is_its_source():
    text = "\n前三季度我市经济总体保持平稳恢复态势\n\n发布日期:2021-10-29 信息来源:慈溪市人民政府网站\n\n全市GDP增长10.3%。"
    assert headline_subject("", text) == "慈溪市"
    assert headline_subject("", "\n来源:新华社\n\n全国GDP增长5%。") == ""  # (a news agency names no place)


def test_a_section_under_a_heading_of_its_own_is_about_the_report_s_place_again():
    text = ("陕西一季度外贸进出口862.6亿元\n另外，中欧班列(长安号)也克服疫情影响出现逆势增长。据统计，一季度中欧班列(长安号)"
            "共开行656列，是去年同期的2.3倍，开行量在全国各省(区、市)列首位。\n\n对韩国、东盟、日本进出口大幅增长 外资、民企"
            "进出口保持增长\n\n据介绍，一季度陕西省对东盟、日韩进出口大幅增长。对韩国进出口216.3亿元，增长47.4%。")
    got = _rows(text, subject="陕西", published="2020-04")
    assert got["216.3"][1] == "陕西"


def test_a_report_s_subject_does_not_depend_on_what_was_read_before_it():
    # in a fresh process: the headline's subject once the catalog is loaded, and again after another report is read
    import subprocess
    import sys
    script = (
        "from reportfacts.extract.catalog import load_catalog\n"
        "from reportfacts.extract.facts import extract_report\n"
        "from reportfacts.extract.meaning import headline_subject\n"
        "h = '中国工信部:前三季度国家高新区生产总值同比增长7.11%'\n"
        "t = h + '\\n前三季度，178家国家高新区发展总体向好，园区生产总值达到12.33万亿元。'\n"
        "catalog = load_catalog()\n"
        "first = headline_subject(h, t)\n"
        "extract_report('郑州高新区一季度营业收入增长5%。', 'a', 'a.txt', '2023-04', catalog)\n"
        "print(first, headline_subject(h, t))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["国家高新区", "国家高新区"]  # (not 中国, the country of the ministry that is the source)


def test_a_class_s_total_before_an_adverb_of_time_and_ordinals_listed_before_a_flow():
    got = _rows("截至去年年底，国家高新区总数已达88家。其中，第一、二、三产业分别实现增加值62亿元、1137.1亿元、1402.6亿元。",
                subject="全国", published="2012-04")
    assert got["88"][0] == "国家高新区总数"
    assert [got[v][0] for v in ("62", "1137.1")] == ["第一产业增加值", "第二产业增加值"]


def test_a_class_of_firms_named_by_a_ranking_s_length_keeps_its_number():
    got = _rows("其中世界500强企业投资项目22个、央企合作项目24个。", subject="长春高新区", published="2014-03")
    assert got["22"][0] == "世界500强企业投资项目" and "500" not in got


def test_a_place_opening_a_sentence_mid_paragraph_is_no_topic_of_the_next_paragraph():
    text = ("上半年，山东省进出口1.57万亿元。青岛进出口4100.6亿元，增长2.7%，总量继续位居全省首位。\n\n"
            "对主要贸易伙伴进出口均保持较高增长。其中对东盟进出口2868.4亿元，增长47.9%。\n\n"
            "青岛外贸进出口增长5%。其中，出口增长8%。")
    got = _rows(text, subject="山东省", published="2022-07")
    assert got["4100.6"][1] == "青岛" and got["2868.4"][1] == "山东省"
    assert got["8"][1] == "青岛"  # (a place opening its paragraph is its topic)


def test_the_largest_of_a_place_s_kind_is_a_rank_of_that_kind():
    got = _rows("其次，东盟成为重庆第一大贸易伙伴。服务业是全市第一大产业。三大改造项目29个。", subject="重庆",
                published="2019-10")
    assert got["一"][0] == "产业"  # (the last 一; 三大改造 stays a name's count)
    f, _ = extract_report("东盟成为重庆第一大贸易伙伴。", "t", "t.txt", "2019-10", None)
    assert list(f.kind) == ["rank"] and list(f.value) == ["1"]


def test_places_the_segmenter_splits_listed_before_respectively_are_each_figures_subject():
    text = "观海卫、周巷、龙山新设小微企业数位列全市各镇前三，分别贡献544家、436家和312家。"
    got = _rows(text)
    assert [got[x][1] for x in ("544", "436", "312")] == ["观海卫", "周巷", "龙山"]
    assert got["544"][0] == got["312"][0] == "小微企业数"  # what the places were ranked by, not a piece of a name
    # common nouns listed are measures, not places
    got = _rows("猪、牛、羊出栏量分别增长5%、3%和2%。")
    assert [got[x][0] for x in ("5", "3", "2")] == ["猪出栏量", "牛出栏量", "羊出栏量"]


def test_a_zone_or_place_opening_an_earlier_clause_is_whose_figures_the_later_clauses_give():
    text = "近日，山东省商务厅、科技厅通报了评价情况，青岛高新区在160家开发区中排名第5位，较上年度第11位上升6个位次。"
    got = _rows(text, published="2023-03")
    assert got["11"][1] == got["6"][1] == "青岛高新区"
    # a place opening a clause, after a sentence-opening phrase of what it follows (按照…的要求): not that frame's
    text = "按照吉林省委的要求，围绕产业带建设，长春市集中启动100个项目，总投资1127亿元。"
    assert _rows(text, published="2010-06")["1127"][1] == "长春市"
    # a common noun the segmenter tags a place (城镇) opens no clause for the clauses after it
    text = "全区城镇新增就业3万人，城镇失业人员再就业8.66万人，就业困难人员就业3.55万人。"
    assert _rows(text, subject="广西", published="2021-08")["3.55"][1] == "广西"


def test_a_place_inside_a_quoted_programme_name_is_no_subject():
    got = _rows("新增市“姑苏领军人才计划”人才900余人。", subject="苏州市", published="2022-03")
    assert got["900"][1] == "苏州市"
    assert _rows("“青岛高新区”实现产值30亿元。", subject="山东省")["30"][1] == "青岛高新区"  # a quoted zone is one


def test_a_place_inside_quoted_speech_is_the_subject_of_its_figures():
    text = "发言人介绍：“全省增长较快。从总量看，武汉市实现地区生产总值3714.2亿元，仍居全省首位。”"
    got = _rows(text, subject="湖北", published="2021-04")
    assert got["3714.2"][1] == got["首位"][1] == "武汉市"


def test_a_dateline_after_a_headline_is_where_the_news_was_filed_not_its_subject():
    text = ("国家高新区总数达178家\n\n本报北京12月12日电(记者王政)工业和信息化部12日表示，截至2023年11月，国家高新技术产业开发区"
            "总数达178家。从基地平台看，聚集了近80%的全国重点实验室。\n")
    got = _rows(text, "国家高新区", "2023-12-13")
    assert got["80"][1] != "北京", got  # (nor the paragraph's topic, carried to its next sentence)


def test_a_counted_class_of_zones_opening_a_sentence_is_whose_figures_follow():
    text = ("我国国家级高新区总数将破百。\n\n据科技部资料显示，2011年，88家国家高新区上报统计的企业总计5.96万家，"
            "实现营业总收入13.16万亿元。\n")
    got = _rows(text, "", "2012-04-03")
    assert got["13.16"][1] == "国家高新区", got  # (not 全国, the earlier paragraph's topic)


@pytest.mark.parametrize("text,figure,measure", [
    # a clause with no figure judging a noun phrase: the figures after it that name nothing measure that phrase
    ("全市固定资产投资增长5.1%。工业投资持续高增长，占总投资比重为21.6%，同比增长35.5%。", "21.6", "工业投资占总投资比重"),
    ("全市固定资产投资增长5.1%。工业投资持续高增长，占总投资比重为21.6%，同比增长35.5%。", "35.5", "工业投资"),
    ("全市固定资产投资增长5.1%，其中项目投资拉动作用明显，同比增长11.2%。", "11.2", "项目投资"),
    # a judgement of no measure (经济) or no noun (再创历史新高): the measure before goes on
    ("地区生产总值增长5.1%，经济增长态势与全国基本一致，增速较一季度提高0.3个百分点。", "0.3", "地区生产总值增速"),
    ("进出口增长12%，再创历史新高，排名全国第五。", "五", "进出口"),
    # an aside in brackets, commas inside, is no clause: the measure before it names the figure after it
    ("1-10月，全市规上服务业营业收入(错月统计，不含批零住餐、金融业和房地产开发业，下同)同比增长2.2%。", "2.2",
     "规上服务业营业收入"),
])
def test_a_judged_topic_names_the_figures_after_it(text, figure, measure):
    assert _rows(text)[figure][0] == measure


@pytest.mark.parametrize("text,figure,measure", [
    # items listed in the clause before 分别, its own words frame words only (同比)
    ("服务业增加值增长3%，特别是金融业、营利性服务业、批发和零售业增加值，同比分别增长10.1%、7.2%、4.2%。", "7.2",
     "营利性服务业增加值"),
    ("住宿和餐饮业、批发和零售业增加值呈现快速增长，同比分别增长22.7%和10.4%。", "22.7", "住宿和餐饮业增加值"),
    ("住宿和餐饮业、批发和零售业增加值呈现快速增长，同比分别增长22.7%和10.4%。", "10.4", "批发和零售业增加值"),
    # an item that names its own measure takes no shared head
    ("战略性新兴产业产值、高技术产业增加值分别增长29.7%、22.1%。", "29.7", "战略性新兴产业产值"),
    # the clause before with figures of its own lists no items: the ranks are of the rates listed before them
    ("战略性新兴产业产值、高技术产业增加值分别增长29.7%、22.1%，比7月份高8.4、17.5个百分点，增幅分别居全省第3、第5位。",
     "3", "战略性新兴产业产值"),
    # a rank of a growth rate (增速排位): the rate's
    ("第一产业增加值55.65亿元，增长3.9%，增速排位全省第四。", "四", "第一产业增加值增速"),
    ("规上工业增加值同比增长7.4%，比上半年加快0.8个百分点，增速排位全省第三位。", "三", "规上工业增加值增速"),
])
def test_lists_named_before_and_ranks_of_rates(text, figure, measure):
    assert _rows(text)[figure][0] == measure


def test_a_national_scope_opening_a_noun_phrase_is_no_subject():
    rows = _rows("全国综合实力前十强的稀土磁材企业已有6家落户稀土高新区，稀土永磁材料产能达到15万吨。", subject="包头")
    assert rows["6"][1] != "全国" and rows["15"][1] != "全国"
    assert _rows("目前，全国共有15个副省级城市。")["15"][1] == "全国"  # the country as the sentence's subject


def test_a_zone_named_more_often_than_any_place_is_the_reports_subject():
    text = ("12月27日，市政府新闻办召开新闻发布会，慈湖高新区管委会副主任就高新区2023年经济社会发展情况进行发布。\n"
            "今年以来，慈湖高新区全力拼经济，在全区组织开展专项行动。规上工业增加值增长7%。\n"
            "慈湖高新区科技活力加速释放，全省首笔“科技创新积分贷”顺利落地。\n")
    assert Reader(text).default_subject == "慈湖高新区"
    once = text.replace("慈湖高新区科技", "园区科技").replace("以来，慈湖高新区", "以来，园区")
    assert Reader(once).default_subject != "慈湖高新区"  # named once: not enough


def test_a_rank_s_phrase_after_its_verb_naming_a_ranking_is_its_measure():
    assert _rows("新吴区跻身全国生物医药产业园区综合竞争力第18位。")["18"][0] == "生物医药产业园区综合竞争力"
    assert _rows("工业增加值位居副省级城市第三位。")["三"][0] == "工业增加值"  # a group ranked in, no ranking



def test_places_listed_together_opening_a_sentence_open_no_topic_of_the_first():
    text = "我省科技型中小企业有290家高新技术企业。郑州、洛阳、新乡三市集聚了497家企业,占总数的78.5%;327家企业位于国家高新区内。"
    assert _rows(text)["327"][1] == "我省"  # not 郑州, the first of the places listed


def test_shares_joined_each_before_its_own_noun_after_de_are_each_of_their_own():
    got = _rows("高新区创造了全省40%的工业产值和54%的高新技术产业产值。")
    assert (got["40"][0], got["54"][0]) == ("工业产值", "高新技术产业产值")


def test_a_share_with_its_scope_right_before_it_is_of_the_noun_after_de_and_the_scope_owns_nothing():
    got = _rows("郑州高新区以占全市3%的土地面积，贡献了全市20%的GDP。", "郑州高新区")
    assert (got["3"][0], got["20"][0]) == ("土地面积", "GDP")
    assert got["20"][1] == "郑州高新区"  # not 全市, the whole the share is of
    assert _rows("电瓷产量占全省98%。")["98"][0] == "电瓷产量占全省"  # no 的: the share of what comes before


def test_zones_listed_before_fenbie_are_whose_figures_whole_and_not_part_of_the_measure():
    got = _rows("襄阳高新区、宜昌高新区营业收入分别增长9.6%、8.1%。", "湖北")
    assert got["9.6"] == ("营业收入", "襄阳高新区") and got["8.1"] == ("营业收入", "宜昌高新区")
    got = _rows("佛山高新区、东莞松山湖高新区营业收入分别增长8.4%和11.2%。", "广东")  # 东莞|松山湖: split by the segmenter
    assert got["8.4"] == ("营业收入", "佛山高新区") and got["11.2"] == ("营业收入", "东莞松山湖高新区")


def test_an_office_before_a_headlines_colon_is_its_speaker_not_the_topic_of_the_text():
    text = "科技部：“十三五”期间国家高新区营业收入年均增长近10%\n“‘十三五’以来，国家高新区数量由146家增加到169家。”"
    assert _rows(text, "国家高新区", "2021-02")["146"][1] == "国家高新区"  # not 科技部


def test_a_class_of_zones_counted_after_an_aspect_word_is_the_measure_and_not_whose_count():
    got = _rows("目前，全省国家高新区已达8家。到2020年全省国家高新区数量达到10家。", "四川", "2019-10")
    assert got["8"] == ("国家高新区", "四川") and got["10"][1] == "四川"
    assert _rows("配套工程已完成投资3亿元。")["3"][0] == "完成投资"  # 已 before a verb of its own still cuts
    assert _rows("我省7家国家高新区中有5家排名前移。", "湖南")["5"][1] == "湖南"


def test_town_and_country_listed_before_fenbie_are_parts_of_the_measure_not_places():
    got = _rows("城镇、农村居民人均可支配收入分别达到71850元和38950元，分别增长4.0%和6.8%。", "昆山")
    assert got["71850"] == got["4.0"] == ("城镇居民人均可支配收入", "昆山")
    assert got["38950"] == got["6.8"] == ("农村居民人均可支配收入", "昆山")


def test_a_share_after_a_gap_in_growth_is_of_the_amount_not_of_its_growth_rate():
    text = "全市数字经济核心产业增加值同比增长8.9%，高于全市地区生产总值增速6.1个百分点，占地区生产总值比重达13.1%。"
    got = _rows(text, "成都")
    assert got["6.1"][0] == "数字经济核心产业增加值增速"
    assert got["13.1"][0] == "数字经济核心产业增加值占地区生产总值比重"  # not …增速占…
    assert continued("占GDP比重", "工业增加值增速") == "工业增加值占GDP比重"
    assert continued("规模", "进出口总值增速") == "进出口总值规模"  # an amount's size, not its rate's
    assert continued("排名", "进出口总值增速") == "进出口总值增速排名"  # the rate's rank


def test_a_name_after_a_lead_of_where_to_look_is_the_topic_of_its_sentence():
    got = _rows("分地市看，郑州市进出口2413.5亿元，下降13.8%，占全省的62.9%。", "河南")
    assert got["2413.5"][1] == got["13.8"][1] == got["62.9"][1] == "郑州市"


def test_trade_with_partners_keeps_the_partner_in_the_growth_after_and_after_the_place_trading():
    got = _rows("对美国、东盟分别进出口1317.9亿元和826.5亿元，分别增长19.8%和28.7%。", "宁波")
    assert (got["19.8"][0], got["28.7"][0]) == ("对美国进出口", "对东盟进出口")
    got = _rows("厦门对东盟、美国分别进出口1673.9亿元、1003.5亿元。", "厦门")
    assert (got["1673.9"][0], got["1003.5"][0]) == ("对东盟进出口", "对美国进出口")  # not 对厦门…
    assert _rows("对RCEP其他成员国进出口1587.2亿元。", "宁波")["1587.2"][0] == "对RCEP其他成员国进出口"


def test_a_shares_whole_holding_a_verb_is_read_whole_after_its_link():
    got = _rows("亿元以上项目数占签约项目总数的47.6%，比上年提高3.8个百分点。", "苏州工业园区")
    assert got["47.6"][0] == got["3.8"][0] == "亿元以上项目数占签约项目总数"  # not 项目总数, read back to 签约


def test_a_rank_naming_nothing_does_not_take_the_measure_of_a_sentence_before():
    got = _rows("去年全省国家高新区营业收入增长12%。今年将推动郑州高新区进入全国前20。", "河南", "2019-12")
    assert got["20"][0] != "营业收入"
    got = _rows("全市GDP增长8%，居全省第一。", "洛阳")
    assert got["一"][0] == "GDP"  # in its own sentence, a rank goes on with the figure before it


def test_an_office_whose_officer_speaks_after_a_few_words_is_the_source_not_the_subject():
    text = "省科技厅有关负责人在接受采访时说，“去年，全省9家国家高新区实现营业收入8216.7亿元，同比增长18.9%。”"
    got = _rows(text, "江西", "2022-04")
    assert got["8216.7"][1] != "省科技厅" and got["18.9"][1] != "省科技厅"


def test_goods_listed_before_a_trade_verb_after_fenbie_are_each_traded():
    got = _rows("原油、铁矿砂分别进口486.3亿元、402.8亿元，分别增长41.2%、68.5%。", "宁波")
    assert (got["486.3"][0], got["68.5"][0]) == ("原油进口", "铁矿砂进口")
    got = _rows("广州、深圳分别进出口1000亿元、2000亿元。", "广东")
    assert got["1000"] == ("进出口", "广州")  # places trading, no partners


def test_how_a_figure_is_counted_is_no_measure():
    got = _rows("全省一般公共预算收入8000亿元，扣除留抵退税因素后增长6.0%，按自然口径计算下降3.2%。", "浙江")
    assert got["6.0"][0] == got["3.2"][0] == "一般公共预算收入"


def test_a_name_in_single_quotes_inside_speech_is_part_of_the_measure():
    assert _rows("国家级专精特新‘小巨人’企业300家。")["300"][0] == "国家级专精特新‘小巨人’企业"


def test_a_headline_in_a_national_offices_voice_or_the_countrys_is_about_the_country():
    body = "\n上半年国内生产总值562642亿元，同比增长2.5%，全国经济企稳回升。"
    assert headline_subject("国家统计局：上半年国内生产总值同比增长2.5%", body) == "全国"
    assert headline_subject("一季度我国经济同比增长18.3%", "\n一季度全国经济开局良好。") == "全国"
    assert headline_subject("杭州市统计局：前三季度GDP增长", "\n杭州市前三季度GDP增长5%。") == "杭州市"  # a city's office


def test_a_figure_after_a_count_of_places_does_not_measure_the_places_counted():
    text = "全省地区生产总值54355.10亿元，增长4.5%。\n从增速看，9个设区市中有3个市增速高于全省平均水平。福州市增长5.6%。"
    got = _rows(text, "福建", "2024-02")
    assert got["3"][0].endswith("市") and not got["5.6"][0].endswith("市")  # not 增速高于全省平均水平的市


def test_a_goal_compared_after_a_figure_goes_on_with_its_measure():
    got = _rows("国内生产总值比上年增长6.1%，符合6%—6.5%的预期目标。一季度增长6.4%。", "全国", "2020-01")
    assert got["6.4"][0] == "国内生产总值"  # not 符合, the verb comparing the goal
    got = _rows("城镇调查失业率平均值为5.1%，低于5.5%以内的控制目标。", "全国", "2024-10")
    assert got["5.5"][0] == "城镇调查失业率平均值"


def test_a_share_of_the_whole_the_part_is_in_is_the_parts_share_as_printed():
    got = _rows("目前制造业的总产值在深圳GDP当中所占的比重依然在35%以上。民营经济在全省经济中的比重超过60%。")
    assert got["35"][0] == "制造业的总产值在深圳GDP当中所占的比重"
    assert got["60"][0] == "民营经济在全省经济中的比重"


def test_a_headlines_province_whose_body_calls_it_quanshen_is_the_subject_over_its_most_named_city():
    head = "上半年安徽16市GDP排名出炉：合肥总量稳居首位"
    body = "上半年全省实现地区生产总值21963.6亿元。合肥市实现5597.9亿元，占全省的25.5%。合肥居首。全省9个市超千亿元。"
    assert headline_subject(head, head + "\n" + body) == "安徽"
    assert place_level("滁州") == "市" and place_level("恩施州") == "州"  # a city named …州, an autonomous prefecture


def test_items_of_a_list_after_its_opener_measure_what_the_opener_names_without_the_class_of_the_places():
    text = ("合肥软件业收入增长20%。2023年，西部部分省会城市GDP如下：成都22074.7亿元，西安12010.76亿元。"
            "合肥软件业收入增长20%。发言人介绍：成都增长6%。")
    got = _rows(text, subject="合肥", published="2024-02")
    assert got["22074.7"] == ("GDP", "成都") and got["12010.76"] == ("GDP", "西安")
    assert got["6"][0] != "GDP"  # a speaker's colon opens no list
    text = "各项贷款余额5082.7亿元。一季度部分省辖市地区生产总值及增速如下：\n郑州：2947.1亿元，增长16.0%；\n洛阳：1215.6亿元，" \
        "增长15.4%。\n洛阳：总投资120亿元。"  # items on lines of their own, after the line opening them (not after a line
    got = _rows(text, subject="洛阳", published="2021-04")  # that is none of them)
    assert got["2947.1"] == got["16.0"] == ("地区生产总值", "郑州") and got["1215.6"] == ("地区生产总值", "洛阳")
    assert got["120"][0] != "地区生产总值"
    got = _rows("2022年全省GDP排名前十的市（州）依次为：\n成都20817.5亿元，增长2.8%；\n绵阳3626.9亿元，增长5.0%。",
                subject="四川", published="2023-01")
    assert got["20817.5"] == got["2.8"] == ("GDP", "成都")  # (the class of places ends the opener: what comes before)
    got = _rows("2023年全省GDP排名前八的地区分别为：郑州13617.8亿元（增长7.4%）、洛阳5482.7亿元（3.0%）。", subject="河南",
                published="2024-01")
    assert got["13617.8"] == ("GDP", "郑州") and got["3.0"] == ("GDP", "洛阳")
    got = _rows("2021年上海部分区GDP如下：浦东新区15352.99亿元；黄浦区2960.31亿元。", subject="浦东", published="2022-02")
    assert got["15352.99"] == ("GDP", "浦东新区") and got["2960.31"] == ("GDP", "黄浦区")


def test_a_clause_naming_no_one_goes_on_with_the_place_opening_the_clause_before_it():
    text = "放在全省看，上半年山东省地区生产总值增长5.6%，济南增速居全省16市第3位，经济总量占全省的比重约为11.8%。"
    got = _rows(text, subject="济南", published="2019-08")
    assert got["5.6"][1] == "山东省" and got["11.8"][1] == "济南"
    text = "培育创新型企业，加大力度培育高成长企业，力争新增国家高新技术企业10家。"  # (加大力度: jieba's place)
    assert _rows(text, subject="焦作高新区", published="2020-04")["10"][1] == "焦作高新区"


def test_gdp_written_as_guonei_shengchan_zongzhi_is_the_countrys_not_the_reports_place():
    got = _rows("上半年国内生产总值593034亿元，同比增长5.5%。", subject="上海", published="2023-07")
    assert got["593034"][1] == got["5.5"][1] == "全国"
    assert _rows("占国内生产总值的比重为3.8%。", subject="上海", published="2023-07")["3.8"][1] == "上海"


def test_a_place_a_headline_compares_with_is_neither_its_subject_nor_a_clauses():
    head = "15113亿元！重庆上半年经济总量反超广州 重回全国城市第四"
    body = "广州实现14582亿元。广州增长2.0%。广州领先。重庆增长6.1%。"
    assert headline_subject(head, head + "\n" + body) == "重庆"
    assert _rows("重庆经济总量反超广州，增长6.1%。", subject="", published="2024-07")["6.1"][1] == "重庆"


def test_a_thousands_comma_ends_no_clause_so_a_respective_list_reads_item_by_item():
    got = _rows("上海、北京、深圳上半年分别实现地区生产总值22,668.14亿元、21,764.1亿元和17,250.51亿元。", published="2024-07")
    assert [got[v] for v in ("22,668.14", "21,764.1", "17,250.51")] == [
        ("地区生产总值", "上海"), ("地区生产总值", "北京"), ("地区生产总值", "深圳")]


def test_what_a_place_did_with_a_figure_after_yi_is_no_measure():
    got = _rows("上半年，广州GDP为11350.38亿元，成都以7793.1亿元排名第三，武汉以9979.58亿元紧随其后。", published="2019-08")
    assert got["7793.1"][0] == got["9979.58"][0] == "GDP"


def test_a_milestone_verb_frames_the_figure_and_names_no_measure():
    for verb in ("跃过", "跨过", "站上"):
        got = _rows(f"全市地区生产总值首次{verb}2000亿元大关，达到2047.3亿元。", published="2023-04")
        assert got["2000"][0] == got["2047.3"][0] == "地区生产总值", verb


def test_a_demonstrative_before_a_generic_head_points_back_to_the_measure_just_read():
    text = "2022年徐州地区生产总值8457.8亿元。十年前，这一数字还只有4016.6亿元。高技术制造业占规上工业比重为19%，而全省这一比重已达到24%左右。"
    got = _rows(text, published="2023-04")
    assert got["4016.6"][0] == "地区生产总值" and got["24"][0] == "高技术制造业占规上工业比重"


def test_a_tables_declared_unit_and_caption_give_its_bare_figures_their_unit_and_measure():
    got = _rows("【附】部分万亿城市上半年GDP（单位：亿元）及增速：杭州 9,648.0，5.2%；武汉 9,402.38，6.1%。", published="2023-07")
    assert got["9,648.0"] == ("GDP", "杭州") and got["9,402.38"] == ("GDP", "武汉")


def test_places_itemized_after_a_class_named_with_a_measure_each_have_that_measure():
    got = _rows("2022年六个省会城市的GDP分别为：武汉18866.43亿元、长沙13966.11亿元。", published="2023-01")
    assert got["18866.43"] == ("GDP", "武汉") and got["13966.11"] == ("GDP", "长沙")


def test_a_figure_for_each_unit_of_people_keeps_its_per_unit_words():
    assert _rows("全市每万人拥有5G基站21.7个。", published="2022-02")["21.7"][0] == "每万人拥有5G基站"


def test_the_place_led_or_overtaken_is_no_subject_of_the_gap():
    got = _rows("广州领先重庆242亿元，上海反超北京1228亿元。", published="2023-07")
    assert got["242"][1] == "广州" and got["1228"][1] == "上海"


def test_an_own_place_word_of_a_higher_level_names_the_place_above_the_reports():
    text = "一季度，徐州地区生产总值2047.3亿元。全省一季度地区生产总值30327.1亿元，同比增长4.7%。"
    got = _rows(text, subject="徐州市", published="2023-04")
    assert got["2047.3"][1] == "徐州" and got["30327.1"][1] == got["4.7"][1] == "全省"
    assert _rows("全市地区生产总值增长7%左右。", subject="义乌市", published="2023-01")["7"][1] == "义乌市"


def test_the_average_a_place_outperforms_is_the_compared_places_figure():
    got = _rows("从增速看，24城中只有8城跑赢全国5.5%的平均水平。", subject="上海", published="2023-07")
    assert got["5.5"][1] == "全国"


def test_the_parties_compared_a_lead_and_a_threshold_name_no_measure_of_their_own():
    got = _rows("北京GDP为19352.2亿元，上海为19349.31亿元，两者相差仅2.89亿元。重庆GDP为15000亿元，以530.98亿元的优势反超广州。"
                "武汉GDP首次在上半年跨过万亿元门槛。", published="2023-07")
    assert got["2.89"][0] == got["530.98"][0] == got["万亿"][0] == "GDP"
    assert continued("两地", "") == "" and continued("经济总量差距", "GDP") == "经济总量差距"  # (a gap names itself)


def test_an_aside_with_figures_is_one_clause_whose_names_own_its_figures():
    got = _rows("佛山、东莞分别实现2810.24亿元和2473.39亿元，增速分别为3.4%和3.7%（去年同期东莞增长25.9%，增速居全省首位）。",
                subject="广东", published="2021-04")
    assert got["25.9"][1] == "东莞" and [v[1] for k, v in got.items() if k not in ("2810.24", "2473.39", "3.4",
                                                                                   "3.7", "25.9")] == ["东莞"]


def test_yidu_at_one_time_frames_a_figure_and_is_no_number_ending_its_measure():
    got = _rows("去年一季度全区GDP一度下降6.9%。浦东GDP增速一度达到14.6%。", subject="浦东", published="2021-02")
    assert got["6.9"][0] == got["14.6"][0] == "GDP"


def test_a_fraction_with_its_bound_before_de_is_a_share_of_what_follows():
    got = _rows("民营经济贡献了全市超过八成的地区生产总值。核心产业增加值3000亿元，苏州、无锡两地合计占全市的一半左右。",
                subject="苏州", published="2021-03")
    assert got["八成"][0] == "地区生产总值"
    assert got["一半"][0] == "核心产业增加值占全市"  # (the parties' share of what was measured before)


def test_a_place_publishing_its_plan_in_the_headline_is_the_reports_subject():
    text = "武汉发布战略性新兴产业发展“十四五”规划\n《规划》提出，武汉战新产业规模到2025年翻一番。"
    assert headline_subject(text.split("\n")[0], text) == "武汉"
    assert headline_subject("工信部发布前三季度国家高新区运行情况", "国家高新区营业收入增长8%。") != "工信部"


def test_a_breakdown_after_a_semicolon_of_the_country_s_gdp_is_the_country_s():
    got = _rows("上半年全国国内生产总值593034亿元，同比增长5.5%；其中二季度同比增长6.3%。上海GDP增长9.7%；其中二季度增长20%。",
                subject="上海", published="2023-07")
    assert got["6.3"][1] == "全国" and got["20"][1] == "上海"


def test_the_gazetteer_knows_districts_and_counties_the_segmenter_takes_for_people():
    got = _rows("南山GDP为6500亿元。其他区中，龙岗4337.26亿元、宝安3883.94亿元。", subject="南山", published="2021-01")
    assert got["4337.26"] == ("GDP", "龙岗") and got["3883.94"] == ("GDP", "宝安")
    assert place_level("龙岗") == "区" and place_level("兰考") == "县" and place_level("市中") == ""  # (no generic word)


def test_growths_listed_after_a_list_of_levels_measure_what_each_level_measured_whole():
    got = _rows("全市城镇、农村常住居民人均可支配收入分别为14125元和7068元，分别增长5.6%和7.3%。", subject="襄阳", published="2024-04")
    assert got["5.6"][0] == got["14125"][0] and got["7.3"][0] == got["7068"][0] == "农村常住居民人均可支配收入"


def test_places_leading_in_the_clause_before_a_respective_list_are_no_items_of_sectors():
    got = _rows("深圳、广州继续领跑GDP，上半年GDP分别为12280.63亿元和11350.38亿元。", subject="深圳", published="2019-07")
    assert got["12280.63"] == ("GDP", "深圳") and got["11350.38"] == ("GDP", "广州")


def test_what_a_place_did_with_its_figure_after_yi_names_no_measure_of_it():
    got = _rows("郑州以13617.8亿元的经济总量稳居首位。全省有1.5亿元的专项资金支持企业。", subject="河南", published="2024-01")
    assert got["13617.8"][0] == "经济总量"


def test_a_rate_the_items_before_fenbie_share_is_each_item_s_rate():
    got = _rows("一季度，徐州工业和投资增速分别高于全省1.8个和3.3个百分点。", subject="徐州", published="2023-04")
    assert (got["1.8"][0], got["3.3"][0]) == ("工业增速", "投资增速")


def test_a_sentence_framed_by_the_whole_country_is_about_the_country_where_it_names_no_one():
    got = _rows("江苏国家高新区营业收入增长。\n放眼全国，据科技部火炬中心统计，国家高新区实现营业收入56.1万亿元；"
                "园区生产总值18.1万亿元。", subject="江苏", published="2024-05")
    assert got["18.1"][1] == "全国"


def test_a_kind_of_land_ending_like_a_district_is_no_place_of_the_report():
    got = _rows("一季度全区生产总值733.6亿元，增长5.4%。全区城镇新增就业1.3万人；农牧区劳动力转移就业31万人次，增长11.4%。",
                published="2022-04")
    assert {s for _, s in got.values()} == {"全区"}


def test_places_compared_with_their_own_rates_in_brackets_are_no_items_and_their_average_is_their_rate():
    text = "上半年，全市生产总值541.37亿元，增长9.3%，比全省（9.1%）和全国平均水平（6.7%）分别高0.2、2.6个百分点。"
    got = _rows(text, subject="抚州", published="2016-07")
    assert got["9.1"] == ("生产总值", "全省") and got["6.7"] == ("生产总值", "全国")
    assert got["0.2"][0] == got["2.6"][0] == "生产总值增速"
    got = _rows("固定资产投资增长21.6%，增速比全省和全国平均水平分别高7.5、12.6个百分点。", published="2016-07")
    assert got["7.5"][0] == got["12.6"][0] == "固定资产投资增速"
    # an amount's average over a group is an average per member, a measure of its own
    got = _rows("高新区营收1500亿元，仅为全国国家高新区平均水平（约2,500亿元）的六成。", published="2021-07")
    assert got["2,500"][0] == "平均水平"


def test_items_counted_by_place_take_the_nearest_lead_of_scope_before_them():
    got = _rows("2021年无锡市三项考核中，产业招商部分锡山获得了二等奖，其中新签约的重大外资项目中，锡山开发区4个，东港2个。",
                published="2022-02")
    assert got["4"][0] == got["2"][0] == "新签约的重大外资项目"


def test_places_joined_before_fenbie_are_whose_figures_and_no_items_of_the_measure():
    got = _rows("2018年，全省GDP增长8.3%。厦门和漳州位居前列，分别达到4791亿元和3947亿元。", published="2019-02")
    assert got["4791"] == ("GDP", "厦门") and got["3947"] == ("GDP", "漳州")


def test_a_class_of_places_names_no_measure_of_a_rate_and_a_bound_compared_with_is_a_frame():
    got = _rows("一季度，全国GDP增长4.8%。22个省份中，有9个省份增速超过或等于5.5%，分别是江西(7.1%)、山西(6.6%)。",
                published="2022-04-27")
    assert got["7.1"][0] == got["6.6"][0] == "GDP" and got["9"][0] == "省份"  # a count of them counts the places
    got = _rows("全省GDP增长5.2%。吉安以7.6%的增速领跑设区市。", published="2022-04-27")
    assert got["7.6"][0] == "GDP"


def test_the_place_a_sentence_s_opening_clause_closes_on_is_its_topic():
    got = _rows("从增速看，吉安以7.6%的增速领跑设区市。紧随其后的是抚州，增速为7.3%。"
                "去年经济总量首次突破1200亿元的鹰潭，一季度地区生产总值增长7.1%。其后是宜春，增长7.0%。"
                "排名第三的九江，地区生产总值为873.42亿元。", published="2022-04-25")
    assert [got[v][1] for v in ("7.6", "7.3", "1200", "7.1", "7.0", "三", "873.42")] == \
        ["吉安", "抚州", "鹰潭", "鹰潭", "宜春", "九江", "九江"]
    # an idiom alone (紧随其后) names no measure: the figure continues the one before
    assert got["7.3"][0] == got["7.6"][0]
    # a place after a verb, with more of its clause after it, stays its object
    assert _rows("全省GDP增长5.2%。投资者看好南昌的发展，增速为7.3%。", published="2022-04-25")["7.3"][1] != "南昌"


def test_a_count_of_places_is_about_the_whole_they_make_up():
    got = _rows("广东一季度GDP破2.8万亿。15省份增速高于全国。", published="2022-04-27")
    assert got["15"][1] == "全国"
    got = _rows("一季度江苏实现地区生产总值26492.4亿元，13个设区市中有8个增速超过全省平均水平。", "无锡", "2021-04-27")
    assert got["13"][1] == got["8"][1] == "江苏"
    # not a count of things a province or city level names (3个省重点项目)
    assert _rows("高新区一季度完成投资108亿元，3个省重点项目进展顺利。", "高新区", "2021-04-27")["3"][1] == "高新区"


def test_a_group_or_list_ranked_by_a_measure_names_that_measure_for_the_figures_in_it():
    got = _rows("2022年全省GDP增长4.5%。在GDP“八强”中，苏州增速最快，增长5.6%。在全国城市GDP排行中，青岛位列第13位，"
                "与第12位的宁波（12408.7亿元）仅差8.1亿元。", published="2023-02-01")
    assert got["5.6"][0] == got["12408.7"][0] == "GDP"


@pytest.mark.parametrize("text", [
    "据调查，全国36个大中城市居民收入增长20%，我市在大中城市中居第14位。",  # a class of places (place_classes)
    "城中村改造工程。全年完成城中村改造拆迁126.4万平方米。主城区建成垃圾中转站5座。",  # kinds of area (not_name)
    "风景名胜区新建垃圾中转站5座。全市风景名胜区接待游客10万人次。",  # (a scenic area, a kind of area)
])
def test_a_class_or_kind_of_place_is_no_place_a_report_names(text):
    assert Reader(text).most_named_place() == ""


def test_a_local_outlets_city_is_the_subject_of_its_citys_news_when_the_headline_names_none():
    text = "春节假日我市接待游客312.68万人次\n洛阳网讯（记者 刘冰）\n春节期间，全市共接待游客312.68万人次，应天门遗址博物馆…"
    assert headline_subject(text.split("\n")[0], text) == "洛阳"
    national = "春节假日我市接待游客312.68万人次\n新华网讯（记者 刘冰）\n春节期间，全市共接待游客312.68万人次。"
    assert headline_subject(national.split("\n")[0], national) == ""  # (an outlet named after no city)


def test_a_gap_between_two_parties_is_continued_by_no_clause_after_it():
    got = _rows("2022年，广东实现地区生产总值129118.6亿元，两省差距由上年的8005.5亿元缩小至6243.0亿元；"
                "排在第三、第四位的山东、浙江分别为87435亿元和77715亿元，分别增长3.9%和3.1%。", published="2023-01-30")
    assert got["6243.0"][0] == "差距"  # (the gap's own clause)
    assert [got[v][0] for v in ("三", "87435", "77715", "3.9")] == ["地区生产总值"] * 4


def test_how_a_figure_was_calculated_or_bounded_names_no_measure_of_it():
    for basis in ("按可比价格计算", "按不变价格计算"):
        got = _rows(f"2021年全区地区生产总值为20618.35亿元；{basis}，比上年增长6.4%。", published="2022-03-15")
        assert got["6.4"][0] == "地区生产总值"
    got = _rows("1978年河南全年GDP不到163亿元。", published="2023-01-21")
    assert got["163"][0] == "GDP"


def test_each_place_of_a_list_of_ranks_joined_by_a_list_mark_is_its_own_rank_s_subject():
    got = _rows("榆林位列第二，咸阳位列第三，宝鸡位列第四、渭南位列第五、延安位列第六。", published="2023-02-03")
    assert [got[v][1] for v in ("四", "五", "六")] == ["宝鸡", "渭南", "延安"]


def test_a_figure_printed_again_with_no_words_of_its_own_is_the_figure_printed_first():
    got = _rows("2022年河南实现地区生产总值61418.26亿元。国家统计局数据显示，2022年我国国内生产总值超120万亿元。"
                "\n61418.26亿元是什么概念？对比2021年，一年增量超过2500亿元。", published="2023-01-21")
    assert got["61418.26"] == ("地区生产总值", "河南")
    # (a figure of few digits printed again may be another figure: 6万亿 of a milestone, 6% of another rate)
    got = _rows("全市GDP增长6%。\n6%的企业实现盈利。", published="2023-01-21")
    assert got["6"][0] != "GDP"  # (the second 6%)


def test_a_share_of_a_whole_measured_at_the_same_time_and_place_names_part_place_and_whole():
    got = _rows("国家高新区工业增加值占同期全国第二产业增加值比重17%。", published="2015-07-19")
    assert got["17"][0] == "工业增加值占全国第二产业增加值比重"


def test_a_verbal_noun_opening_a_compound_after_a_share_s_的_is_what_the_share_is_of():
    got = _rows("2021年，国家高新区营业收入48万亿元。国家高新区以2.6%的建设用地创造了13.8%的GDP。", published="2022-11-27")
    assert (got["2.6"][0], got["13.8"][0]) == ("建设用地", "GDP")


def test_a_source_s_clause_names_no_topic_of_the_figures_after_it():
    got = _rows("报告显示，2017年全国数字经济总量已占全国GDP总量的32.74%。", published="2018-04-16")
    assert not got["32.74"][0].startswith("报告")


def test_a_respective_list_takes_the_names_the_clause_before_ends_on():
    got = _rows("技术合同成交金额居前三位的设区市依次是厦门、福州和泉州，占全省的比例分别为59.29%、33.25%和2.88%。",
                subject="福建", published="2022-03")
    assert [got[f][1] for f in ("59.29", "33.25", "2.88")] == ["厦门", "福州", "泉州"]


def test_the_countrys_gdp_as_the_whole_of_a_share_names_no_subject():
    text = "国家高新区园区生产总值增至15.3万亿元；占我国国内生产总值的比重增至13.4%。"
    got = _rows(text, subject="国家高新区", published="2022-09")
    assert got["13.4"][1] == "国家高新区"
    assert _rows("上半年国内生产总值593034亿元。", subject="深圳", published="2022-08")["593034"][1] == "全国"


def test_a_title_places_are_given_is_no_place():
    # 示范县, 百强县: a class of places created or counted, the measure's, not a subject
    got = _rows("建设完成县城第二水源49个，创建省级创新示范县25个。", subject="陕西", published="2021-08")
    assert got["25"] == ("创建省级创新示范县", "陕西")


def test_a_places_zones_of_a_kind_opening_a_clause_are_its_subject():
    text = "一季度，全市工业园区招商引资到位资金67.2亿元。全省开发区实现营业收入5000亿元。"
    got = _rows(text, subject="全市园区", published="2017-05")
    assert got["67.2"][1] == "全市工业园区" and got["5000"][1] == "全省开发区"
    assert _rows("全国高新区营业收入50万亿元。", published="2017-05")["50"][1] == "全国"  # the country: no body


def test_the_places_a_rank_names_after_it_are_its_subject():
    text = ("2022年，杭州市高新技术产业增加值2961.25亿元。从区、县(市)看，高新技术产业增加值排前三位的是："
            "滨江区、钱塘区和萧山区，这三个区贡献了杭州市高新技术产业增加值的55.9%。")
    got = _rows(text, subject="杭州市", published="2023-07")
    assert got["三"][1] == "滨江区、钱塘区和萧山区"


def test_the_country_after_a_source_clause_or_a_year_end_is_the_sentences_subject():
    got = _rows("上海常住人口2487万人。根据国家统计局，2023年末全国人口140967万人，比上年末减少208万人。",
                subject="上海", published="2024-04")
    assert got["2487"][1] == "上海" and got["140967"][1] == got["208"][1] == "全国"


def test_a_national_office_publishing_in_the_headline_is_the_countrys_report():
    text = "国家统计局网站发布2017年农民工监测调查报告\n数据显示，2017年农民工总量达到28652万人。"
    assert headline_subject(text.split("\n")[0], text) == "全国"
    assert headline_subject("焦作高新区发布2023年成绩单", "焦作高新区发布2023年成绩单\n焦作高新区营收增长") == "焦作高新区"


def test_a_name_inside_an_aside_is_no_subject_of_the_statement_after_it():
    text = "据统计，2020年兰白自创区地区生产总值预计达到420亿元(兰州高新区292亿元、白银高新区128亿元)，比2019年增长5.86%。"
    got = _rows(text, subject="兰州", published="2021-02")
    assert got["128"][1] == "白银高新区" and got["5.86"][1] == "兰白自创区"
