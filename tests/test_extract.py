"""Fact extraction: rules on tiny inline texts, then invariants on the five seeds and an unseen report."""

import pandas as pd
import pytest

from reportfacts.core.paths import SEEDS_DIR
from reportfacts.extract.facts import (
    FACT_COLUMNS, MENTION_COLUMNS, check_accounting, extract_report, find_mentions,
)
from reportfacts.extract.numbers import digit_runs
from reportfacts.extract.pipeline import extract_corpus
from reportfacts.text.clean import clean_text
from reportfacts.text.sources import load_sources, read_report


def facts_of(text, published="2020-04"):
    f, _ = extract_report(text, "t", "t.txt", published, None)
    return f


def rows(text, published="2020-04", cols=("quote", "value", "unit", "qualifier", "period", "kind")):
    return [tuple(r) for r in facts_of(text, published)[list(cols)].itertuples(index=False)]


def mentions_of(text, published="2020-04"):
    return extract_report(text, "t", "t.txt", published, None)[1]


# ----------------------------------------------------------------------------------------------- edge inputs
def test_empty_and_numberless_inputs():
    for text in ("", "   ", "没有任何数字的句子。"):
        f, m = extract_report(text, "t", "t.txt", "2020-04", None)
        assert f.empty and m.empty
        assert list(f.columns)[:len(FACT_COLUMNS)] == FACT_COLUMNS and list(m.columns) == MENTION_COLUMNS


# ----------------------------------------------------------------------------------------------- lists
def test_respectively_two_growth_rates():
    got = rows("高技术产业和战略性新兴产业增加值分别同比增长13.8%、98.2%。")
    assert [(q, v, u, k) for q, v, u, _, _, k in got] == [
        ("13.8%", "13.8", "percent", "growth_rate"), ("98.2%", "98.2", "percent", "growth_rate")]


def test_unit_after_last_item_applies_to_all():
    got = rows("分别高于规模以上工业增加值增速4.9个、89.3个百分点。")
    assert [(v, u) for _, v, u, *_ in got] == [("4.9", "pp"), ("89.3", "pp")]


def test_unit_after_last_item_without_any_unit():
    got = rows("资金分别为5、10万元。")
    assert [(v, u) for _, v, u, *_ in got] == [("50000", "yuan"), ("100000", "yuan")]


# ----------------------------------------------------------------------------------------------- ranks
def test_rank_from_to():
    got = rows("综合排名从146位提升至130位。")
    assert [(v, u, k) for _, v, u, _, _, k in got] == [("146", "rank", "rank"), ("130", "rank", "rank")]


def test_rank_and_positions():
    got = rows("焦作高新区排名居第138位，前移6个位次。")
    assert [(v, u, k) for _, v, u, _, _, k in got] == [("138", "rank", "rank"), ("6", "positions", "rank_change")]


def test_the_order_a_place_reached_a_mark_in_is_a_rank_and_the_mark_no_level():
    got = rows("2020年，苏州成为全国第六个GDP破2万亿元的城市。", "2021-11")
    assert [(w, v, u, k) for w, v, u, _, _, k, *_ in got] == [("六", "6", "rank", "rank")]


def test_two_years_is_the_period_of_a_rank_change():
    got = rows("全国高新区综合排名两年前移14个位次。", "2021-05")
    assert got == [("14个位次", "14", "positions", "", "2019..2020", "rank_change")]
    m = mentions_of("全国高新区综合排名两年前移14个位次。", "2021-05")
    assert ("两", "non_statistic", "period") in set(m[["text", "status", "reason"]].itertuples(index=False))


def test_top_100_is_a_rank_target():
    got = rows("到2025年，高新区全国综合排名进入前100强。", "2021-05")
    assert got == [("100强", "100", "rank", "前", "2025", "target")]


def test_an_ordinal_after_a_rank_verb_is_a_rank_wherever_it_stands():
    got = rows("作为长三角经济总量排名第三的城市，杭州增长10%。", "2021-10")
    assert ("三", "3", "rank") in {(w, v, u) for w, v, u, *_ in got}
    # with the scope it is ranked in between (居全国第二民营…, a headline); a tier (第一方阵, 第一梯队) is no rank
    got = rows("山东实有市场主体户居全国第二民营占97.5%", "2023-01")
    assert ("二", "2", "rank") in {(w, v, u) for w, v, u, *_ in got}
    assert not [r for r in rows("综合实力位居全国第一方阵。", "2023-01") if r[2] == "rank"]


def test_a_standing_written_with_ming_and_no_di_is_a_rank():
    assert rows("可持续发展能力上升至全国80名。", "2021-04")[0][1:3] == ("80", "rank")
    assert rows("综合排名位列全省5名。", "2021-04")[0][1:3] == ("5", "rank")
    assert rows("基地迎来了50名清华大学新生。", "2021-04")[0][2] == "count"  # people counted


def test_a_goal_striven_for_opens_no_list_of_targets():
    got = rows("龙头企业抢抓机遇，加速冲击新目标。医疗器械产业利润总额占全区的80.1%，全区共有约30家防疫物资生产企业。",
               "2020-08")
    assert [r[5] for r in got] == ["share", "count_stock"]


def test_people_counted_with_wei_are_not_ranks():
    assert rows("引进5位院士。")[0][2] == "count"


# ----------------------------------------------------------------------------------------------- qualifiers/units
@pytest.mark.parametrize("text,value,unit,qual", [
    ("注册企业3000余家。", "3000", "count", "余"),
    ("在校师生近10万人。", "100000", "count", "近"),
    ("年销量超10亿瓶。", "1000000000", "count", "超"),
    ("保证全市80%以上的口罩供应。", "80", "percent", "以上"),
    ("地区生产总值增长8%左右。", "8", "percent", "左右"),
    ("共兑现奖金3285.1万元，是去年的2倍多。", "2", "times", "多"),
    ("市委会议20多次提到示范区。", "20", "count", "多"),
    ("争取各类扶持资金4850万元。", "48500000", "yuan", ""),
    ("改造农村户厕2.5万户。", "25000", "count", ""),
    ("实际利用外资500万美元。", "5000000", "usd", ""),
    ("总建筑面积达150万平方米。", "1500000", "m2", ""),
    ("完成1070亩土地征迁任务。", "1070", "mu", ""),
    ("节约资金4100余万元。", "41000000", "yuan", "余"),
    ("纳税超过1亿元。", "100000000", "yuan", "超过"),
    ("坚持罢工斗争8个多月。", "8", "months", "多"),
    ("万人发明专利拥有量10件。", "10", "count_per_10k_people", ""),
    ("集装箱吞吐量1226万国际标准箱。", "12260000", "teu", ""),
    ("百强县中东部地区占据了66席。", "66", "count", ""),
    ("旅客周转量64.4亿人公里。", "6440000000", "passenger_km", ""),  # transport work: not 64.4亿人 and a measure 公里
    ("货物周转量2100.8亿吨公里。", "210080000000", "tonne_km", ""),
    ("民航进出航班213架次。", "213", "count", ""),
    ("道路共计11.33千米。", "11.33", "km", ""),  # the kilometre as yearbooks write it
    ("现已开发6平方千米。", "6", "km2", ""),
    ("路灯工程计95盏。", "95", "count", ""),
])
def test_units_and_qualifiers(text, value, unit, qual):
    got = rows(text)[-1]
    assert (got[1], got[2], got[3]) == (value, unit, qual)


def test_ratio():
    assert rows("今年纳入省重点项目数达到5个，是去年的1.67倍。", "2020-01")[-1][1:] == (
        "1.67", "times", "", "2020", "ratio")


# ----------------------------------------------------------------------------------------------- chinese numerals
def test_chinese_quantities_are_facts():
    got = rows("争取国家数量连续三年位居全市第一。两个项目到位债券资金2.39亿元。")
    assert [(q, v, u, k) for q, v, u, _, _, k in got][:3] == [
        ("三年", "3", "years", "duration"), ("一", "1", "rank", "rank"), ("两个", "2", "count", "count_flow")]


@pytest.mark.parametrize("text,value,unit,qual", [
    ("增速名列河南省国家高新区第二。", "2", "rank", ""),
    ("纳税超亿元。", "100000000", "yuan", "超"),
    ("提前一个月完成1070亩土地征迁任务。", "1", "months", ""),
])
def test_implicit_quantities(text, value, unit, qual):
    got = rows(text)[0]
    assert (got[1], got[2], got[3]) == (value, unit, qual)


def test_unitless_indices_and_ratios_after_the_noun_that_names_them():
    assert [(r[1], r[2], r[5]) for r in rows("全省税电指数为112.04。城乡居民收入比值为2.06。", "2022-03")] == [
        ("112.04", "index", "level"), ("2.06", "times", "ratio")]
    # a bare number elsewhere is still no statistic, nor is 一席 of the idiom
    assert rows("指数化管理112项。在行业中占有一席之地。", "2022-03") == [("112项", "112", "count", "", "2022-03", "count_stock")]


def test_ranks_by_size_and_ranks_moving_without_wei():
    assert [(r[1], r[5]) for r in rows("汽车产业为第一大产业，GDP总量从第三降至第五。三大改造", "2022-03")] == [
        ("1", "rank"), ("3", "rank"), ("5", "rank")]


def test_both_structures_of_a_change_are_shares():
    got = rows("三次产业结构由2020年的0.65:55.35:44调整为0.7:53.5:45.8。", "2022-03")
    assert [(r[1], r[2]) for r in got] == [(v, "percent") for v in ("0.65", "55.35", "44", "0.7", "53.5", "45.8")]


def test_ordinals_before_nouns_stay_ordinals():
    assert facts_of("这是第一批重点项目。推动发展是第一要务。").empty


@pytest.mark.parametrize("text", ["建设“三区一极”。", "开展“三个一批”项目建设活动。", "扎实推进“四城联创”。",
                                  "疫情防控，“五个到位”树典范。", "一是组织领导到位。", "纵深推进“三大改造”。",
                                  "全市十大基础设施重点项目。", "召开第十一期活动。", "推进产业集聚区二次创业。"])
def test_chinese_names_and_ordinals_are_not_facts(text):
    assert facts_of(text).empty


def test_quoted_name_is_known_elsewhere():
    f = facts_of("“两个坚持”即坚持党建引领。“两个坚持”要落实，两个坚持不动摇。")
    assert f.empty


# ----------------------------------------------------------------------------------------------- non-statistics
@pytest.mark.parametrize("text,reason", [
    ("2019年，园区发展良好。", "year"),
    ("1月10日，示范区召开会议。", "date"),
    ("召开2020年经济工作会议。", "year"),
    ("1999年设立省级高新区。", "year"),
    ("新闻热线:8797000", "phone"),
    ("新中国成立70周年。", "anniversary"),
    ("热烈庆祝中华人民共和国成立75周年。", "anniversary"),
    ("奋力实施“1015”战略。", "name"),
    ("入库补短板“982”稳投资项目。", "name"),
    ("围绕“1+13+N”重点产业链群。", "name"),
    ("加快5G建设。", "name"),
    ("第八届中国股交论坛。", "ordinal"),
    ("近5年民生支出。", "period"),
    ("豫信2号半导体产业投资基金。", "name"),
    ("化工园区30强在2019年实现销售收入。", "name"),  # a ranking list named by its class and its length
])
def test_non_statistic_reasons(text, reason):
    m = mentions_of(text, "2021-05")
    assert not (m.status == "fact").any()
    assert reason in set(m.reason)


def test_entering_a_ranking_list_is_a_rank_and_the_list_of_its_first_n_is_no_fact_of_its_own():
    assert [(v, u) for _, v, u, *_ in rows("南昌高新区进入国家级高新区40强。")] == [("40", "rank")]
    # firms counted entering it are in the list it names
    assert [(v, u) for _, v, u, *_ in rows("7家企业入围全国互联网成长型企业20强。")] == [("7", "count")]
    # the first N bound the group counted or ranked in
    assert [(v, u) for _, v, u, *_ in rows("综合评价前50名中，江苏占9席。")] == [("9", "count")]
    got = rows("在工业总产值排名前20名国家高新区榜单中，重庆高新区位列第19位。")
    assert [(v, u) for _, v, u, *_ in got] == [("19", "rank")]


def test_a_coefficient_or_an_index_a_plan_sets_is_an_index_without_a_unit():
    for text in ("中心城区供水安全保障系数超过1.3。", "大型数据中心PUE值降到1.3以下。", "两化融合发展水平指数提高到54.1。"):
        assert [u for _, _, u, *_ in rows(text)] == ["index"], text


def test_a_one_digit_quoted_name_does_not_make_the_same_digit_a_name_elsewhere():
    got = rows("率先迈入“2”字头时代。预计3年内将实现年产移动智能终端产品不低于2亿台。")
    assert [(v, u) for _, v, u, *_ in got] == [("200000000", "count")]


def test_a_signed_figure_in_brackets_is_a_fact_not_a_formulas_part():
    m = mentions_of("增幅居前的行业是教育业(+60%)、房地产业(+42%)。", "2014-03")
    assert list(m[m.status == "fact"].text) == ["60%", "42%"]


def test_name_components_of_a_quoted_number_name():
    m = mentions_of("强力实施“1015”（10项改革、15项行动）战略。")
    assert set(m.reason) == {"name", "name_component"}


def test_a_share_of_the_firms_over_a_bound_word_is_a_fact_not_a_class_bound():
    assert [v for _, v, *_ in rows("其中，超六成企业属于基础零部件领域。")] == ["0.6"]
    assert [v for _, v, *_ in rows("营业收入超百亿元企业达到9家。")] == ["9"]
    # a bound with a few words between it and the class (超过1000亿元的国家高新区), or a bound below (以下的企业)
    assert [v for _, v, *_ in rows("营业收入超过1000亿元的国家高新区数量增至97家。")] == ["97"]
    assert [v for _, v, *_ in rows("其中，年销售收入2000万元以下的企业有447家。")] == ["447"]
    assert [v for _, v, *_ in rows("全年营业收入超过1000亿元，增长10%。")] == ["100000000000", "10"]  # a level reached


def test_a_fraction_in_words_before_its_class_is_a_share_not_a_bound():
    got = rows("超过一半的企业实现盈利，三成以上企业营收增长，超过三分之一的园区新增项目。")
    assert [(v, u, k) for _, v, u, _, _, k in got] == [
        ("0.5", "fraction", "share"), ("0.3", "fraction", "share"), ("0.333333", "fraction", "share")]
    assert [v for _, v, *_ in rows("营业收入超过一亿元的企业有5家。")] == ["5"]  # an amount each member has bounds it


def test_a_quoted_tier_ranks_the_place_that_stands_in_it():
    got = rows("长沙位列全国城市“八强”，位居中部城市三强。")
    assert [(v, u) for _, v, u, *_ in got] == [("8", "rank"), ("3", "rank")]
    assert rows("中国开发区“30强”名单发布。") == []  # a list named by its length, quoted or not


def test_threshold_is_not_a_fact_but_the_count_is():
    got = rows("其中投资10亿元以上项目10个、1亿元以上项目19个。")
    assert [v for _, v, *_ in got] == ["10", "19"]


# ----------------------------------------------------------------------------------------------- kinds
@pytest.mark.parametrize("text,kind", [
    ("民生财政支出12.6亿元，占一般公共预算支出的74.8%。", "share"),
    ("一般公共预算收入占GDP比重为9.7%。", "share"),
    ("前两种形态占比87%。", "share"),
    ("力争新增国家高新技术企业10家。", "target"),
    ("确保技改投资占工业投资比重达到40%以上。", "target"),
    ("今年计划完成投资291.2亿元。", "plan"),
    ("新认定国家高新技术企业10家。", "count_flow"),
    ("园区现有国家高新技术企业13家。", "count_stock"),
    ("24家企业获评智能工厂。", "count_flow"),            # named in the period's list
    ("扬州关闭退出化工企业501家。", "count_flow"),
    ("上半年我市新设小微企业1156家。", "count_flow"),                  # firms set up in the period
    ("襄阳市元月有23个重大项目开工。", "count_flow"),                   # 有 introduces what the verb after did
    ("全市共有23个重大项目在建。", "count_stock"),                      # 共有: a total held
    ("截至目前，我市共培育省专精特新中小企业205家。", "count_stock"),   # a total to date
    ("累计实施“千企升级”项目1323个。", "count_stock"),               # so is a cumulative count
    ("2019年我省共登记技术合同9023项。", "count_flow"),
    ("郴州市技术合同成交额增长率为282.67%。", "growth_rate"),     # 增长率: no share (率)
    ("地区生产总值增长6.1%，高于目标2.1个百分点。", "change"),    # measured against a target, no goal set
    ("会议提出，2020年地区生产总值增长6%左右。", "target"),          # a meeting proposing this year's goals
    ("我省将创建国家级经开区2个。", "plan"),                          # a future modal before a verb of making
    ("徐州、扬州、南通排名分别上升8位、7位、3位。", "rank_change"),    # a listed move's items after the first
    ("专利申请量同比增长26%。", "growth_rate"),
    ("贸易顺差626.4亿元，缩小14.1%。", "growth_rate"),              # a surplus narrowing by a percentage
    ("建区22年的创业历程。", "duration"),
    ("总投资2亿元的厦工北方年产1万台智能化整车项目。", "level"),
    ("实现“一窗受理”政务服务事项512项。", "count_stock"),
    ("火炬统计工作连续4年被评为先进单位。", "duration"),
    ("经开区外出招商共计30次。", "count_flow"),                      # times something happened
    ("剩余贫困人口1246户。", "count_stock"),                          # what remains
    ("全市生猪存栏11.03万头。", "count_stock"),                       # livestock on hand
    ("常州高新区较去年进步了9位。", "rank_change"),                    # places moved up
    ("有机肥项目拟投资6000万元。", "plan"),                           # an investment proposed
    ("亩均税收较上年度提高2.76万元。", "change"),                      # an amount's difference from last year
    ("从业人员较去年增加近2000人。", "change"),
    ("项目全部建成达产后，预计年销售收入1.6亿元以上。", "target"),     # an estimate for no stated time
    ("科技进步贡献率由57.5%增长至58.3%。", "share"),                 # the level a rate rose from: no growth
    ("研发支出占GDP的比重由2.73%提高到2019年的预计3.8%。", "share"),  # nor the level it rose to
    ("固定资产投资是2012年计划投资的3.9倍。", "ratio"),               # a ratio to a planned amount
    ("三次产业增加值结构为6.0:46.9:47.1。", "share"),                # a structure's parts (not growth: 增加值)
    ("广州政府工作报告\n今年GDP预期增长7.5%左右\n市长作报告。", "target"),  # a goal on a line like a caption
])
def test_kinds(text, kind):
    assert rows(text)[-1][-1] == kind


def test_what_a_group_did_by_a_months_end_is_this_years_flow_and_the_group_a_stock():
    got = rows("截至4月底，500个省重大项目开工331个。", "2021-05", ("kind", "period"))
    assert got == [("count_stock", "2021-04"), ("count_flow", "2021-01..2021-04")]
    # 截至目前 is a total to date, whatever its verb
    assert rows("截至目前，依托66家高新区创建了23家示范区。", "2021-05", ("kind",))[-1] == ("count_stock",)


def test_the_group_a_rank_is_in_is_a_count_at_a_moment():
    assert [k for *_, k in rows("湖里区名列全省84个县(区)第9名。")] == ["count_stock", "rank"]
    # whatever was done in its clause (完成…, 在…考评中位列)
    got = rows("经开区完成招商引资，在全国217家国家级开发区综合考评中位列第13位。")
    assert [k for *_, k in got] == ["count_stock", "rank"]


def test_stock_after_flow_in_one_sentence():
    got = rows("新认定国家高新技术企业10家，总数达18家。")
    assert [k for *_, k in got] == ["count_flow", "count_stock"]


def test_target_list_after_a_heading_opener():
    got = rows("会议确定2020年经济社会发展的主要预期目标：排名前移10个位次。\n\n地区生产总值增长8%左右。", "2020-01")
    assert [(p, k) for *_, p, k in got] == [("2020", "target"), ("2020", "target")]
    # a sentence measuring growth against the year's target opens no list: what follows is reported
    got = rows("1-10月，投资增长30.3%，各县增速均高于年度任务目标。1-10月，全市增加值847.85亿元。", "2021-12")
    assert [(p, k) for *_, p, k in got][-1] == ("2021-01..2021-10", "level")
    # a clause naming the goals set opens them too
    got = rows("根据《规划》提出的目标，“十四五”期间，我市规模以上工业增加值年均增长7%，全部工业开票销售达9000亿元。", "2022-03")
    assert [k for *_, p, k in got] == ["target", "target"]


def test_the_goal_a_completed_share_is_of_is_a_target():
    got = kinds_of("引进企业8家，完成全年目标任务7家的114.29%。")
    assert got == [("8家", "count_flow"), ("7家", "target"), ("114.29%", "share")]
    got = kinds_of("招商引资到位资金15亿元，完成全年43亿元目标任务的34.82%。")   # the goal written before its word
    assert got == [("15亿元", "level"), ("43亿元", "target"), ("34.82%", "share")]
    text = "今年，我们确定了全年招商引资到位资金850亿元、实际利用外资35亿美元的目标，上半年已完成全年目标的48.5%。"
    got = kinds_of(text, "2022-07")  # the figures listed before 的目标 are each a goal
    assert got[:2] == [("850亿元", "target"), ("35亿美元", "target")]


def test_an_estimate_for_a_period_not_yet_over_is_a_target():
    text = "2022年，全区预计全年竣工项目90个、竣工率72%。"
    assert kinds_of(text, "2022-11") == [("90个", "target"), ("72%", "target")]
    # the same estimate in January's review of the year is a preliminary result, of its own kind
    assert [k for _, k in kinds_of(text, "2023-01")] == ["count_flow", "share"]  # projects completed in the year


def kinds_of(text, published="2023-03"):
    return [(q, k) for q, k in rows(text, published, ("quote", "kind"))]


@pytest.mark.parametrize("text,kind", [
    ("管网工程年底前完成总长度的60%。", "target"),       # a deadline makes even a share a goal
    ("管网工程年内实现覆盖率90%。", "target"),
    ("管网工程年底前完成了总长度的60%。", "share"),      # done by the deadline: a report, not a goal
    ("完成了年度投资目标的45%。", "share"),              # a share of a target is a share
])
def test_deadline_within_the_year_is_a_target(text, kind):
    assert rows(text, "2023-03")[-1][-1] == kind


def test_scheduled_project_programme_is_a_plan():
    assert kinds_of("园区将加快推进46个、总投资120亿元的重点项目建设。") == [("46个", "plan"), ("120亿元", "plan")]
    assert kinds_of("明年要围绕主导产业实施重点项目30个，总投资45亿元。") == [("30个", "plan"), ("45亿元", "plan")]
    assert kinds_of("力争实施重点项目30个。") == [("30个", "target")]       # a goal word in its own clause
    assert kinds_of("明年要新增企业30家。") == [("30家", "target")]          # not a count of projects
    assert kinds_of("去年实施重点项目30个，总投资45亿元。") == [("30个", "count_flow"), ("45亿元", "level")]


WORK_PLAN = """2023年，示范园区明确了工作重点：稳增长、上项目。

实施产业项目15个，总投资80亿元，今年计划完成投资30亿元，新建标准化厂房6万平方米。工业增加值增长8%，力争新增企业20家。目前已入驻企业300家。

园区发展成效回顾

新增企业12家，工业增加值增长5%。
"""


def test_forward_looking_section_amounts_are_plans_and_rates_targets():
    assert kinds_of(WORK_PLAN) == [
        ("15个", "plan"), ("80亿元", "plan"), ("30亿元", "plan"), ("6万平方米", "plan"), ("8%", "target"),
        ("20家", "target"), ("300家", "count_stock"),                 # 已: what exists, not a plan
        ("12家", "count_flow"), ("5%", "growth_rate")]                # a heading ends the section


def test_forward_section_ends_at_a_past_period_and_needs_a_coming_one():
    got = kinds_of("今年重点抓好以下工作：\n\n新建厂房5万平方米。\n\n去年，新建厂房3万平方米。")
    assert got == [("5万平方米", "plan"), ("3万平方米", "level")]
    assert kinds_of("2022年，示范园区确定了发展方向：新建厂房5万平方米。") == [("5万平方米", "level")]
    assert kinds_of("示范园区确定了发展方向：新建厂房5万平方米。") == [("5万平方米", "level")]
    assert kinds_of("下一步工作重点：新建厂房5万平方米。") == [("5万平方米", "plan")]
    # the goals just set (上述目标) are a coming period's: the work to reach them is planned
    assert kinds_of("实现上述目标，重点抓好以下工作：\n\n新增规模以上工业企业100家，新建厂房5万平方米。") == [
        ("100家", "target"), ("5万平方米", "plan")]
    assert kinds_of("") == []


# ----------------------------------------------------------------------------------------------- periods
def test_month_range_of_last_year():
    got = rows("去年1~11月份，金融业实现税收2556万元，同比增长32.1%。", "2020-01")
    assert {p for *_, p, _ in got} == {"2019-01..2019-11"}


def test_scope_rule_and_comparison_base():
    got = rows("今年，首批实施重点项目228个，项目个数比去年增长90%。", "2020-04")
    assert [p for *_, p, _ in got] == ["2020", "2020"]


def test_from_year_to_year():
    got = rows("主体税种从2016年的2.65亿元增长至2020年的4.3亿元，年均增速达12.6%。", "2021-05")
    assert [p for *_, p, _ in got] == ["2016", "2020", "2017..2020"]  # (the growth: the years after the base's)


def test_five_year_plan_from_to():
    got = rows("“十三五”期间，国家高新技术企业从10家增长至28家，比“十三五”初增长了180%。", "2021-05")
    assert [p for *_, p, _ in got] == ["2016", "2020", "2016..2020"]


def test_day_and_present():
    got = rows("3月13日，11个重点项目开复工率达到100%；目前，续建项目复工率达100%。", "2020-04")
    assert [p for *_, p, _ in got] == ["2020-03-13", "2020-03-13", "2020-04"]


def test_start_point_does_not_date_figures():
    got = rows("从1999年建设的高新区,历经25年发展,成为新城区。", "2024-10-01")
    assert got[0][4] == "2024-10"


def test_day_dates_the_rest_of_its_paragraph_to_its_quarter():
    got = rows("1月21日夜间，报告首个病例。一段时期内，保证全市80%以上的口罩供应。", "2020-04")
    assert got[0][4] == "2020-Q1"


def test_mid_sentence_year_governs_only_its_sentence():
    got = rows("2019年，园区发展良好。今年纳入省重点项目数达到5个。新引进各类项目38个。", "2020-01")
    assert [p for *_, p, _ in got] == ["2020", "2019"]


def test_durations_in_years_run_to_the_present():
    got = rows("2019年，园区发展良好。\n\n国家火炬统计工作连续5年受到表彰。", "2021-05")
    assert got[0][4] == "2016..2020"  # the five years up to the last full one, not the 2019 of the paragraph before


def test_year_topic_carries_to_later_paragraphs():
    got = rows("2019年，园区发展良好。\n\n新增市场主体2219个。", "2020-04")
    assert got[0][4] == "2019"


def test_unresolved_without_publication_date():
    f = facts_of("今年一季度，新增孵化面积3万平方米。目前，续建项目复工率达100%。", None)
    assert list(f.period) == ["", ""] and f.period_unresolved.all()
    f = facts_of("2019年，新增市场主体2219个。", None)
    assert list(f.period) == ["2019"] and not f.period_unresolved.any()


# ----------------------------------------------------------------------------------------------- failures
def test_inconsistent_state_fails_loudly(monkeypatch):
    ct = clean_text("新增市场主体2219个。")
    ms = find_mentions(ct.text, "2020-04")
    with pytest.raises(ValueError, match="digit run"):
        check_accounting(ct.text, ms[:0], "t")
    ms[0].status = ""
    with pytest.raises(ValueError, match="undecided"):
        check_accounting(ct.text, ms, "t")


# ----------------------------------------------------------------------------------------------- seeds
@pytest.fixture(scope="module")
def corpus():
    sources = load_sources(SEEDS_DIR)
    facts, mentions, _ = extract_corpus(SEEDS_DIR)
    return sources, facts, mentions


def test_columns(corpus):
    _, facts, mentions = corpus
    assert list(facts.columns)[:len(FACT_COLUMNS)] == FACT_COLUMNS
    assert list(mentions.columns) == MENTION_COLUMNS
    assert not facts.value.str.contains("E").any()


def test_round_trip_quotes(corpus):
    sources, facts, _ = corpus
    raws = {s.report_id: read_report(s.path) for s in sources}
    for r in facts.itertuples():
        assert raws[r.report_id][r.char_start:r.char_end] == r.quote


def test_every_digit_run_is_accounted_for(corpus):
    sources, _, mentions = corpus
    for s in sources:
        text = clean_text(read_report(s.path)).text
        m = mentions[mentions.report_id == s.report_id]
        for a, b in digit_runs(text):
            inside = m[(m.clean_start <= a) & (m.clean_end >= b)]
            assert len(inside) == 1, (s.report_id, text[a:b], a)
        assert set(m.status) <= {"fact", "non_statistic"}
        assert (m[m.status == "non_statistic"].reason != "").all()


def test_fact_ids_in_text_order(corpus):
    _, facts, mentions = corpus
    for rid, g in facts.groupby("report_id"):
        assert list(g.fact_id) == [f"{rid}-{i:03d}" for i in range(1, len(g) + 1)]
        assert g.clean_start.is_monotonic_increasing
    assert set(mentions[mentions.status == "fact"].fact_id) == set(facts.fact_id)


def test_corpus_is_deterministic(corpus):
    sources, facts, mentions = corpus
    f2, m2, _ = extract_corpus(SEEDS_DIR)
    pd.testing.assert_frame_equal(facts, f2)
    pd.testing.assert_frame_equal(mentions, m2)


def test_seed_hard_cases(corpus):
    _, facts, _ = corpus
    rev = facts[facts.report_id == "review2020"]
    assert set(rev[rev.quote.isin(["13.8%", "98.2%"])].period) == {"2019"}
    conf = facts[facts.report_id == "conference2020"]
    assert set(conf[conf.quote.str.startswith("13.8")].period) == {"2019-01..2019-11"}
    plan = facts[facts.report_id == "plan2021"]
    ranks = plan[plan.unit == "rank"]
    assert list(ranks.value)[:2] == ["146", "130"]
    strat = facts[facts.report_id == "strategy2024"]
    assert (strat.quote == "8797000").sum() == 0


# ----------------------------------------------------------------------------------------------- unseen report
UNSEEN = """示范园区去年发展回顾

2023年，示范园区营业收入达到86.5亿元，同比增长12.4%，新增入驻企业47家，总数达到312家。

今年上半年，园区工业投资同比增长6.7%，占全区工业投资的35%。园区在全省开发区综合排名中居第12位，前移3个位次。

到2026年，力争园区营业收入突破150亿元。
"""


def test_unseen_report(tmp_path):
    path = tmp_path / "unseen.txt"
    path.write_text(UNSEEN, encoding="utf-8")
    f, m = extract_report(path.read_text(encoding="utf-8"), "unseen", path.name, "2024-08", None)
    got = [(r.value, r.unit, r.period, r.kind) for r in f.itertuples()]
    assert got == [
        ("8650000000", "yuan", "2023", "level"), ("12.4", "percent", "2023", "growth_rate"),
        ("47", "count", "2023", "count_flow"), ("312", "count", "2023", "count_stock"),
        ("6.7", "percent", "2024-H1", "growth_rate"), ("35", "percent", "2024-H1", "share"),
        ("12", "rank", "2024-H1", "rank"), ("3", "positions", "2024-H1", "rank_change"),
        ("15000000000", "yuan", "2026", "target")]
    raw = path.read_text(encoding="utf-8")
    assert all(raw[r.char_start:r.char_end] == r.quote for r in f.itertuples())
    assert set(m[m.status == "non_statistic"].reason) == {"year"}


# ----------------------------------------------------------------------------------------------- subjects
@pytest.fixture(scope="module")
def cat():
    from reportfacts.extract.catalog import load_catalog
    return load_catalog()


def _subjects(text, cat, published="2020-01"):
    f, _ = extract_report(text, "t", "t.txt", published, cat, with_optional=True)
    return [(r.quote, r.subject, r.subject_as_written) for r in f.itertuples()]


def test_subject_is_the_report_body_unless_a_name_owns_the_figure(cat):
    text = ("示范区去年实施项目12个。示范区加快装备制造、食品加工等产业发展，高技术产业增加值增长13.8%。"
            "蒙牛产业集群实现销售收入126亿元，同比增长15.7%。该区服务了全市十大基础设施重点项目，新交付土地310公顷。"
            "新增科技型中小企业52家，数量位居全市第一。")
    got = _subjects(text, cat)
    assert got[1] == ("13.8%", "jiaozuo_demo_zone", "")                 # 装备制造 is an industry listed
    assert got[2][1:] == ("mengniu_cluster", "蒙牛产业集群") and got[3][1] == "mengniu_cluster"
    assert got[4][1] == "jiaozuo_demo_zone"                            # 全市 modifies 十大…项目
    assert {g[1] for g in got[5:]} == {"jiaozuo_demo_zone"}             # 全市第一 is a rank within the city


def test_subject_of_an_attributive_figure_and_of_a_city_metric(cat):
    got = _subjects("焦作高新区实施总投资15亿元的蒙牛四期工厂，全市规上工业增加值增长6%，该区高于全市平均水平2个百分点。",
                    cat)
    assert [g[1] for g in got] == ["mengniu_phase4", "jiaozuo_city", "jiaozuo_hitech_zone"]


def test_subject_without_catalog_is_empty():
    f, _ = extract_report("焦作高新区新增企业5家。", "t", "t.txt", "2020-01", None, with_optional=True)
    assert list(f.subject) == [""] and list(f.subject_as_written) == [""]


def test_respectively_list_maps_each_figure_to_its_metric(cat):
    f, _ = extract_report("2019年，高技术产业和战略性新兴产业增加值分别增长13.8%、98.2%。", "t", "t.txt", "2020-01", cat)
    assert list(f.metric_id) == ["high_tech_industry_value_added_growth_pct",
                                 "strategic_emerging_industry_value_added_growth_pct"]


def _metrics(text, cat, published="2021-05"):
    f, _ = extract_report(text, "t", "t.txt", published, cat)
    return dict(zip(f.value_as_written, f.metric_id))


def test_respectively_list_named_in_the_clauses_before_it(cat):
    # (the catalog keeps no growth metric for counts of enterprises, carriers or areas, so standard indicators here)
    text = "某区专利授权量从80件增长至200件，技术合同成交额从2亿元增长至5亿元，分别比五年前增长了150%和150%。"
    f, _ = extract_report(text, "t", "t.txt", "2021-05", cat)
    pct = f[f.unit == "percent"].metric_id.tolist()
    assert pct == ["patents_granted_growth_pct", "technology_contracts_growth_pct"]


def test_total_after_a_project_count_is_those_projects_total(cat):
    got = _metrics("今年，某区确定重点项目150个，总投资800亿元。", cat)
    assert got["150"] == "key_projects_count" and got["800"] == "key_projects_total_investment_yuan"


def test_leads_counted_in_tiao_are_not_projects(cat):
    got = _metrics("全年共收集招商引资项目120条，最终签约项目30个。", cat)
    assert got["120"] == "investment_leads_count" and got["30"] == "signed_projects_count"


def test_a_goal_over_a_span_is_dated_its_deadline_unless_it_is_an_average_rate():
    got = {r[0]: r[4] for r in rows("十四五期间，力争生产总值突破2.3万亿元，年均增长6%以上。", "2021-10")}
    assert got["2.3万亿元"] == "2025" and got["6%以上"] == "2021..2025", got


def test_key_project_groups_are_metrics_of_their_own(cat):
    # a group's word before the figure makes it the group's; both groups together (省、市重点项目) are all key projects
    got = _metrics("今年区3个省重点项目总投资32亿元，1月至8月份完成投资10.52亿元，占年度投资计划的104.68%。"
                   "22个市重点项目总投资170.96亿元，完成投资59.46亿元，占年度投资计划的108.48%。", cat, "2024-10")
    assert got == {"32": "provincial_key_projects_total_investment_yuan",
                   "10.52": "provincial_key_projects_investment_completed_yuan",
                   "104.68": "provincial_key_projects_plan_completion_pct",
                   "22": "municipal_key_projects_count",
                   "170.96": "municipal_key_projects_total_investment_yuan",
                   "59.46": "municipal_key_projects_investment_completed_yuan",
                   "108.48": "municipal_key_projects_plan_completion_pct"} | {k: v for k, v in got.items() if k == "3"}
    both = _metrics("省、市重点项目全面复工，实施项目234个，总投资912.7亿元。", cat)
    assert both["912.7"] == "key_projects_total_investment_yuan"
    plain = _metrics("一季度完成投资108亿元，达到年度投资目标的40%，7个省重点项目、14个市重点项目进展顺利。", cat)
    assert plain["108"] == "project_investment_completed_yuan" and plain["40"] == "annual_plan_completion_pct"


def test_respectively_list_of_groups_gives_each_figure_its_groups_metric(cat):
    got = _metrics("其中3个省重点项目、16个市重点项目分别完成年度投资计划的146%、189%。", cat, "2020-01")
    assert got["146"] == "provincial_key_projects_plan_completion_pct"
    assert got["189"] == "municipal_key_projects_plan_completion_pct"


def test_a_year_written_mid_sentence_reaches_across_its_semicolons_not_its_full_stop():
    text = "2020年，新工厂建成。\n\n宁德去年GDP增长13.3%；3151.08亿元的经济总量跨入百强。工业增加值增长5%。"
    got = {r[0]: r[4] for r in rows(text, "2022-02")}
    assert got["13.3%"] == "2021" and got["3151.08亿元"] == "2021", got
    # after the full stop the year still governs: written in the paragraph's opening sentence, it sets the
    # paragraph's time (tests/test_scope_periods.py); a year in a later sentence governs only its sentence
    assert got["5%"] == "2021", got
    got = {r[0]: r[4] for r in rows("2020年，新工厂建成。\n\n工厂投产。宁德去年GDP增长13.3%。工业增加值增长5%。", "2022-02")}
    assert got["13.3%"] == "2021" and got["5%"] == "2020", got
    got = {r[0]: r[4] for r in rows("2019年，一批项目取得突破：蒙牛工厂将于今年5月底建成投产；总投资35亿元的学院正式开工。",
                                     "2020-01")}
    assert got["35亿元"] == "2019", got  # a month does not reach across a semicolon


@pytest.mark.parametrize("text,figure", [
    ("该项目计划总投资306.97亿元。", "306.97亿元"),
    ("该项目规划产能120GWh。", "120GWh"),
    ("达产后年产值500亿元。", "500亿元"),
    ("2022年重大项目共安排883个。", "883个"),   # what is arranged (安排) is scheduled, counts as much as amounts
    ("其中，计划新开工项目98个。", "98个"),
])
def test_a_scheduled_or_projected_amount_is_a_plan(text, figure):
    got = {r[0]: r[5] for r in rows(text, "2022-02")}
    assert got[figure] == "plan", got


def test_an_attribute_stays_a_level_even_as_a_part_after_qizhong():
    text = "今年计划完成投资300亿元。其中，总投资100亿元的文旅城项目计划今年上半年开工建设。"
    got = {r[0]: r[5] for r in rows(text, "2020-04")}
    assert got["300亿元"] == "plan" and got["100亿元"] == "level", got


# ----------------------------------------------------------------------------------------------- kinds (issue 14)
def _kinds(text, published="2022-02"):
    return {r[0]: r[5] for r in rows(text, published)}


def test_a_percentage_named_by_a_growth_noun_after_it_is_a_growth_rate():
    assert _kinds("以目前10%的增速计算，今年很有希望。")["10%"] == "growth_rate"
    assert _kinds("制造业所占的比重在35%以上。")["35%以上"] == "share"


def test_a_count_a_period_adds_up_is_a_flow_and_a_total_to_date_a_stock():
    got = _kinds("上半年，核心景区进山人数全年累计36.21万人。全省专利授权合计147859件。全区累计实施项目1323个。",
                 "2022-07")
    assert got["36.21万人"] == got["147859件"] == "count_flow"
    assert got["1323个"] == "count_stock"


def test_a_gap_over_a_goal_is_a_change_of_the_measure_before_it_not_a_goal():
    from reportfacts.extract.catalog import load_catalog
    from reportfacts.extract.facts import extract_clean
    from reportfacts.text.clean import clean_text
    text = "一季度，规模工业增加值增长12%，超目标任务1.5个百分点；完成外贸进出口额315.09亿元，超目标任务32.58个百分点。"
    f, _ = extract_clean(clean_text(text), "t", "t.txt", "2019-04", load_catalog())
    got = {w: (m, k) for w, m, k in zip(f.value_as_written, f.measure_zh, f.kind)}
    assert got["1.5"] == ("规模工业增加值增速", "change") and got["32.58"] == ("外贸进出口额", "change")


def test_news_of_the_goals_of_this_year_makes_its_undated_figures_the_year_s_plans_but_not_after_a_review():
    text = ("1月14日上午，省长作政府工作报告。报告围绕2023年的发展目标，提出加快建设制造业强省。\n\n"
            "着力提升产业基础能力。培育30家服务型制造示范企业。5G基站总数突破18万个。")
    got = {r[0]: (r[5], r[4]) for r in rows(text, "2023-01")}
    assert got["30家"][0] in ("plan", "target") and got["30家"][1] == "2023"  # not a January flow
    assert got["18万个"] == ("target", "2023")
    text = ("县长作政府工作报告，回顾了2012年的政府工作，也提出了2013年的政府工作目标。\n\n"
            "经初步预计，全县2012年全年实现生产总值163亿元；城镇居民人均可支配收入达到18817元，增长16.5%。")
    assert _kinds(text, "2013-01")["18817元"] == "level"
    # the aim efforts work towards in a review of the year so far sets no goal (围绕高质量发展目标，着力…)
    text = ("今年以来，高新区围绕高质量发展目标，着力推动产业转型。1至9月，全区经济运行平稳：园区实现规上工业总产值"
            "186.42亿元；社会消费品零售总额52.38亿元。")
    assert _kinds(text, "2023-10")["186.42亿元"] == _kinds(text, "2023-10")["52.38亿元"] == "level"


def test_a_growth_rate_moving_between_two_times_stays_a_growth_rate_and_a_share_a_share():
    got = _kinds("上半年，全市规上工业增加值增速由一季度的5%提高到8%。高新技术产业占比由42%提升至56.9%。", "2018-08")
    assert got["5%"] == got["8%"] == "growth_rate"
    assert got["42%"] == got["56.9%"] == "share"


def test_a_past_year_after_到_ends_a_review_and_sets_no_goal():
    text = "园区企业数量由2016年的300家增加到2021年的800余家。"
    assert _kinds(text, "2022-02")["800余家"] == "count_stock"
    assert _kinds(text, "2019-02")["800余家"] == "target"  # the same words before 2021: a goal


def test_news_of_a_plan_gives_its_figures_the_plan_s_kinds_and_horizon():
    text = ("记者获悉，南京出台《数字经济发展三年行动计划(2020-2022年)》，提出打造数字经济名城。\n\n"
            "3年内，电子信息制造业收入达到2750亿元。打造4个特色数字产业集聚区，覆盖率达90%以上。")
    got = {r[0]: (r[4], r[5]) for r in rows(text, "2020-05")}
    assert got == {"2750亿元": ("2022", "target"), "4个": ("2022", "plan"), "90%以上": ("2022", "target")}
    # the same figures in a report that tells of no plan are what was done, dated the publication month
    got = {r[0]: r[5] for r in rows(text.replace("出台", "学习"), "2020-05")}
    assert got["2750亿元"] == "level" and got["4个"] != "plan"
    # a review telling what was done, a plan issued among it, is no news of a plan
    review = "2021年，我市出台《数字经济实施意见》，数字经济规模达到3000亿元。\n\n软件业收入达到2000亿元。"
    assert [r[5] for r in rows(review, "2022-01")] == ["level", "level"]


def test_a_heading_s_slogan_of_years_is_no_statistic_but_a_sentence_s_duration_is():
    text = "25年创新驱动，科创载体引领未来\n\n历经25年发展，高新区建成企业300家。"
    assert [r[0] for r in rows(text, "2024-10")] == ["25年", "300家"]
    assert rows(text, "2024-10")[0][5] == "duration"
    _, mentions = extract_report(text, "t", "t.txt", "2024-10", None)
    assert mentions.reason.tolist()[0] == "heading"


def test_the_parts_of_a_structure_are_shares_and_a_growth_breadth_is_a_share():
    got = [(r[1], r[2], r[5]) for r in rows("三次产业结构为9.2:51:39.8。", "2023-03")]
    assert got == [("9.2", "percent", "share"), ("51", "percent", "share"), ("39.8", "percent", "share")]
    # a ratio of two incomes is no structure: a ratio, 2.5 times
    assert [(r[1], r[2], r[5]) for r in rows("城乡居民收入比为2.5:1。")] == [("2.5", "times", "ratio")]
    assert _kinds("27个行业中有20个行业实现增长，增长面达74%。")["74%"] == "share"


def test_news_of_a_plan_reopens_its_goals_after_a_review_of_where_things_stand():
    text = ("长沙出台《数字经济发展三年行动计划(2021-2023年)》。\n\n目前，数字经济规模达到3000亿元。2020年，软件业收入"
            "增长20%。\n\n《计划》提出，到2023年，数字经济规模突破5000亿元。\n\n围绕产业发展，建设10个数字产业园。")
    got = {r[0]: (r[4], r[5]) for r in rows(text, "2021-09")}
    assert got == {"3000亿元": ("2021-09", "level"), "20%": ("2020", "growth_rate"), "5000亿元": ("2023", "target"),
                   "10个": ("2023", "plan")}


def test_a_figure_of_a_year_gone_in_news_of_a_plan_is_a_result_not_a_goal():
    text = ("苏州发布数字经济“十四五”规划\n\n市政府新闻办召开新闻发布会，解读《苏州市“十四五”数字经济发展规划》。《规划》明确，"
            "到2025年，全市数字经济核心产业增加值力争达到5000亿元。\n\n记者从发布会上获悉，“十三五”期间，苏州数字经济规模"
            "持续壮大。2020年，全市数字经济核心产业增加值达3060亿元。其中，电子信息制造业实现产值1.08万亿元。")
    got = {r[0]: (r[4], r[5]) for r in rows(text, "2021-06")}
    assert got["1.08万亿元"] == ("2020", "level") and got["5000亿元"] == ("2025", "target")


def test_a_place_written_with_名_after_第_is_a_rank():
    got = [(r[0], r[2], r[5]) for r in rows("合肥高新区在169个国家级高新区中位居第七名，引进人才50名。", "2023-02")]
    assert got == [("169个", "count", "count_stock"), ("七名", "rank", "rank"), ("50名", "count", "count_flow")]


def test_a_rank_is_dated_by_the_edition_of_its_ranking_not_by_the_news_day():
    text = ("合肥2月17日消息，近日，科技部火炬中心公布2022年国家高新区综合评价结果。合肥高新区位居第七名。\n\n"
            "2月，合肥高新区新增企业10家。")
    got = {r[0]: r[4] for r in rows(text, "2023-02-17")}
    assert got["七名"] == "2022" and got["10家"] == "2023-02"

def test_one_place_moved_is_a_rank_change():
    assert [(r[0], r[2]) for r in rows("较上一年上升一位，这一位专家。", "2023-02")] == [("一位", "positions")]


def test_a_chronology_of_milestones_dates_each_step_by_its_own_year():
    text = "湖南GDP从2012年突破2万亿元，到2016年突破3万亿元、2020年突破4万亿元，再到如今突破5万亿元。"
    assert [r[4] for r in rows(text, "2024-01-24")] == ["2012", "2016", "2020", "2024-01"]
    text = "河南GDP从2005年首次突破万亿元大关，到2010年突破2万亿元。"  # (a first step's figure in Chinese numerals)
    assert [r[4] for r in rows(text, "2023-01-21")] == ["2005", "2010"]
    assert [r[4] for r in rows("从1999年建设的高新区，历经25年发展，到2024年已有企业300家。", "2024-10")] == \
        ["2024-10", "2024"]  # a start point with no figure of its own dates nothing


def test_a_growth_on_a_base_year_before_last_is_of_its_own_period():
    got = {r[0]: r[4] for r in rows("2021年全市生产总值比上年增长12%，比2019年增长5.4%。", "2022-02")}
    assert got == {"12%": "2021", "5.4%": "2021"}
    got = {r[0]: r[4] for r in rows("一季度，全市GDP增长18.4%，比2019年同期增长9.3%，两年平均增长4.5%。", "2021-04")}
    assert got == {"18.4%": "2021-Q1", "9.3%": "2021-Q1", "4.5%": "2020..2021"}  # (an average: the years averaged)


def test_转为_turns_to_the_period_after_it_and_makes_no_comparison():
    got = {r[0]: r[4] for r in rows("猪肉产量由一季度的下降1.7%转为上半年的增长1.6%。", "2023-07")}
    assert got == {"1.7%": "2023-Q1", "1.6%": "2023-H1"}


def test_a_work_report_s_review_then_its_plan_then_its_targets():
    text = ("县长作政府工作报告，回顾了2012年的政府工作，也提出了2013年的政府工作目标。\n\n"
            "经初步预计，五莲县2012年全年实现生产总值163亿元。农民人均纯收入达到9807元。\n\n"
            "2013年，五莲县计划招引20个以上过亿项目，新增城区绿化面积28万平方米。\n\n"
            "此外，2013年的主要预期目标是:生产总值增长13%，人口自然增长率控制在3‰以内。")
    got = {r[0]: (r[2], r[5]) for r in rows(text, "2013-01")}
    assert got == {"163亿元": ("yuan", "level"), "9807元": ("yuan", "level"), "20个以上": ("count", "plan"),
                   "28万平方米": ("m2", "plan"), "13%": ("percent", "target"), "3‰以内": ("permille", "target")}


def test_an_expected_level_is_a_target_but_an_estimate_of_a_past_year_is_not():
    assert _kinds("预计全年产值将突破1200亿元，今年有望进入中国50强。", "2014-12") == {
        "1200亿元": "target", "50强": "target"}
    assert _kinds("经初步预计，2012年全年实现生产总值163亿元。", "2013-01")["163亿元"] == "level"


def test_a_bulletin_s_forms_are_read():
    got = [(r[1], r[2], r[5]) for r in rows("三次产业比例为11.5:48.5:40.0。生猪出栏20.8万头，增速继续保持全省首位。", "2023-04")]
    assert got == [("11.5", "percent", "share"), ("48.5", "percent", "share"), ("40", "percent", "share"),
                   ("208000", "count", "count_flow"), ("1", "rank", "rank")]


def test_a_number_is_part_of_a_quoted_name_only_with_its_other_part_written_out():
    _, m = extract_report("引进“5020”项目160个。超500亿元的开发区达20个。", "t", "t.txt", "2021-05", None)
    assert m.set_index("text").loc["20个", "status"] == "fact"
    _, m = extract_report("实施“1015”(10项改革、15项行动)战略。", "t", "t.txt", "2024-10", None)
    assert set(m[m.text.isin(["10", "15"])].reason) == {"name_component"}
    _, m = extract_report("“1015”战略统筹推进10项改革", "t", "t.txt", "2024-10", None)  # the name in its sentence
    assert set(m[m.text == "10"].reason) == {"name_component"}
    assert [r[0] for r in rows("建强两头，生猪出栏20.8万头。")] == ["20.8万头"]  # 两头: an idiom, no count


def test_an_output_counted_in_units_is_a_level():
    assert _kinds("新能源汽车产量突破80万辆。")["80万辆"] == "level"


def test_a_bulletin_s_births_and_visitors_are_flows():
    assert set(_kinds("全年出生人口13.40万人，接待游客1200万人次。").values()) == {"count_flow"}


def test_a_price_rise_is_a_growth_rate_and_places_gained_a_rank_change():
    assert _kinds("居民消费价格上涨1.2%。")["1.2%"] == "growth_rate"
    assert _kinds("综合排名跃升至第28位，较上年前进5位。") == {"28位": "rank", "5位": "rank_change"}


def test_a_contribution_to_growth_is_a_share():
    assert _kinds("锂电产业对全市工业增加值增长贡献达到93.7%。")["93.7%"] == "share"


def test_places_after_a_move_are_a_rank_change_and_a_top_n_is_a_rank():
    got = rows("宁德跨入全国百强城市行列，并连升12位。", "2022-02")
    assert [(q, u, k) for q, _, u, _, _, k in got] == [("12位", "positions", "rank_change")]
    assert _kinds("三个行业位列投资完成量前三位。")["三位"] == "rank"  # the quote leaves the qualifier 前 out
    assert _kinds("引进12位院士。")["12位"].startswith("count")


def test_projects_under_construction_are_a_stock():
    assert _kinds("其中，111个省重点在建项目实际完成投资452.5亿元。")["111个"] == "count_stock"


def test_a_part_after_qizhong_takes_the_kind_of_its_total():
    got = _kinds("今年重大项目计划共安排项目883个，年度计划完成2241.3亿元。其中，政府投资575.5亿元，占25.7%；"
                 "社会投资1665.8亿元，占74.3%。")
    assert got["575.5亿元"] == "plan" and got["1665.8亿元"] == "plan", got
    got = _kinds("去年上半年，全市新签约工业项目116项，总投资达到408.6亿元，其中四大主导产业项目40个。")
    assert got["40个"] == "count_flow", got
    got = _kinds("全市共有企业500家，其中新增100家。")
    assert got["100家"] == "count_flow", got  # a part with its own keyword keeps it


def test_what_a_report_proposes_is_a_target():
    got = _kinds("今年的政府工作报告提出，深圳2022年规模以上工业增加值增长5%。", "2022-04")
    assert got["5%"] == "target", got
    got = _kinds("报告指出，深圳2021年规模以上工业增加值增长4.7%。", "2022-04")
    assert got["4.7%"] == "growth_rate", got
    # what the report says of a year already over reviews it: 提出 is no goal there
    got = _kinds("报告提出，预计2011年全市生产总值为2060亿元，比上年增长14.6%。", "2012-01-12")
    assert got["2060亿元"] == "level" and got["14.6%"] == "growth_rate", got


def test_a_paragraph_opening_with_what_its_subject_will_do_is_a_work_plan():
    text = "深圳还将全力推动重大工业项目落地。开工建设5个百亿级重大工业项目，全年工业投资增长12%以上。"
    got = _kinds(text, "2022-04")
    assert got["5个"] == "plan" and got["12%以上"] == "target", got
    got = _kinds("2021年，深圳开工建设5个百亿级重大工业项目，全年工业投资增长12%。", "2022-04")
    assert got["5个"] == "count_flow" and got["12%"] == "growth_rate", got


def test_in_a_work_plan_entities_to_be_gained_are_targets_and_projects_plans():
    text = "深圳还将全力推动重大工业项目落地。开工建设5个重大工业项目，新增国家高新技术企业500家。"
    got = _kinds(text, "2022-04")
    assert got["5个"] == "plan" and got["500家"] == "target", got


def test_a_goal_word_reaches_across_the_semicolons_of_its_sentence():
    got = _kinds("杭州力争生产总值突破2.3万亿元；居民人均可支配收入突破8.5万元。杭州去年居民人均可支配收入6.8万元。", "2021-10")
    assert got["8.5万元"] == "target" and got["6.8万元"] == "level", got


def test_an_amounts_difference_from_an_earlier_time_is_a_change():
    got = rows("全年粮食种植面积43907公顷，比上年增加63公顷；玉米种植面积11118公顷，比上年减少265公顷。"
               "薯类4.7千公顷，减少1.4千公顷。常住人口3213.34万人，比上年末增加0.91万人。", "2023-03")
    kinds = {q: (v, k) for q, v, _, _, _, k in got}
    assert kinds["63公顷"] == ("63", "change") and kinds["265公顷"] == ("-265", "change")
    assert kinds["1.4千公顷"] == ("-1400", "change")        # a verb of change after a level in its unit
    assert kinds["0.91万人"] == ("9100", "change")
    assert kinds["43907公顷"] == ("43907", "level")
    # a count added with no base is no change
    assert dict((q, k) for q, _, _, _, _, k in rows("增加就业岗位500个。", "2023-03"))["500个"] != "change"
    # a count's change from a stock counted in its measure word; not from another count (项目5个，增加投资3个: 个 of
    # different things is no base)
    got = dict(kinds_of("私人汽车226万辆，增加27万辆。全区企业30家，增加岗位500个。"))
    assert got["27万辆"] == "change" and got["500个"] != "change"


def test_bi_zeng_is_a_growth():
    assert dict(kinds_of("全年实现营业收入66.6亿元，比增12.31%。"))["12.31%"] == "growth_rate"


def test_a_rate_named_a_growth_after_it_is_a_growth_rate():
    assert rows("宁波上半年6.5%的GDP增速仍居于中偏高的水平。", "2019-07")[0][5] == "growth_rate"


def test_a_quoted_catchphrase_stating_an_amount_is_a_statistic_a_quoted_name_is_not():
    got = rows("“GDP冲上5万亿”折射湖南经济韧性。", "2024-01")
    assert [(r[1], r[2]) for r in got] == [("5000000000000", "yuan")]
    assert rows("实施“3060”工程。", "2024-01") == []


def test_ranks_in_brackets_moves_of_listed_places_quotas_and_goals_by_a_deadline():
    got = {q: (u, k) for q, _, u, _, _, k in rows("湖北7地上榜，其中，宜都市(50名)、仙桃市(84名)。汉阳区(56位)。"
                                                "与前三季度相比，位次分别前移1、1、7位。", "2018-11")}
    assert got["50名"] == got["56位"] == ("rank", "rank")
    assert got["7位"] == ("positions", "rank_change")
    got = {q: k for q, _, _, _, _, k in rows("引进优强企业21家(任务数18家)。", "2024-01")}
    assert (got["21家"], got["18家"]) == ("count_flow", "target")
    got = {q: k for q, _, _, _, _, k in rows("《规划》提出，到2025年，数字经济核心产业增加值占GDP比重达到14%。"
                                             "建成5G基站2.5万个。", "2021-12")}
    assert got["2.5万个"] == got["14%"] == "target"


def test_negative_growth_is_negative():
    assert rows("实现地区生产总值1028.06亿元，负增长4.2%。", "2020-04")[-1][1] == "-4.2"


def test_a_quota_in_brackets_is_no_total_its_parts_take_their_kind_from():
    text = "上报到位资金36亿元(任务数34亿元)。其中，我区单独签约资金50.51亿元。"
    got = {q: k for q, _, _, _, _, k in rows(text, "2024-01")}
    assert (got["34亿元"], got["50.51亿元"]) == ("target", "level")


def test_a_milestone_of_a_magnitude_and_counts_of_buildings_and_trains():
    assert rows("半年财政总收入首次突破百亿大关。", "2017-08")[0][1:3] == ("10000000000", "yuan")
    got = [r[0] for r in rows("完成2674栋建筑立面整治。全年累计开行国内外班列530列。", "2023-02")]
    assert got == ["2674栋", "530列"]
    assert rows("开出一列专列。", "2023-02") == []   # 列 counts only after digits


def test_the_goals_a_sentence_sets_and_the_parts_after_qizhong():
    text = "扬州提出了今年经济社会发展的预期性指标，其中，地区生产总值增长6%以上。"
    assert rows(text, "2021-01")[0][5] == "target"
    text = "2019年全市经济社会发展预期目标，地区生产总值增长6.5%左右。其中一般公共预算收入增长5%左右。"
    assert [r[5] for r in rows(text, "2019-01")] == ["target", "target"]
    # a review's breakdown stays a review
    assert [r[5] for r in rows("去年地区生产总值增长6.5%。其中工业增长5%。", "2019-01")] == ["growth_rate", "growth_rate"]


def test_a_class_bound_in_dollars_is_no_statistic():
    assert [r[0] for r in rows("3000万美元以上项目3个。", "2023-11")] == ["3个"]


def test_a_headline_of_a_plan_named_by_its_years_makes_the_report_news_of_the_plan():
    """陕西“十四五”…目标任务清单出炉: the plan is named by its span, unquoted, at the end of the headline; its
    chapters' headings and its bulleted items, short and unpunctuated, stay inside the plan's section."""
    text = "陕西“十四五”县域发展目标任务清单出炉\n\n创新驱动\n\n■创建省级创新示范县25个\n\n园区升级\n\n■创建国家级经开区2个"
    got = {r[0]: (r[4], r[5]) for r in rows(text, "2021-08-20")}
    assert got == {"25个": ("2021..2025", "plan"), "2个": ("2021..2025", "plan")}  # (things created over its years)
    # a headline telling of the last five-year plan's results is no news of a plan
    got = {r[0]: r[4] for r in rows(text.replace("目标任务清单出炉", "成绩单"), "2021-08-20")}
    assert got == {"25个": "2021-08", "2个": "2021-08"}


def test_an_opener_of_the_goals_of_the_years_ahead_opens_a_section_to_their_end():
    """我们对今后五年的发展提出了…具体目标。: the paragraphs after it set out those goals one field at a time: goals
    dated the span's last year, or over the span for an average or a gain."""
    text = ("我们对今后五年的发展提出了细化量化的具体目标。\n\n科技创新实现新突破，全社会研发经费投入年均增长10%以上。\n\n"
            "先进制造业取得新成效，规上工业总产值超过2000亿元。\n\n乡村振兴迈出新步伐，城镇化率达70%。")
    got = {r[0]: (r[4], r[5]) for r in rows(text, "2023-01-12")}
    assert got == {"10%以上": ("2023..2027", "target"), "2000亿元": ("2027", "target"), "70%": ("2027", "target")}
    # the goals of this year (no span ahead) go on to the next paragraph only, as before
    got = {r[0]: r[5] for r in rows(text.replace("今后五年", "今年"), "2023-01-12")}
    assert got["10%以上"] == "target" and got["2000亿元"] != "target"


def test_counts_of_a_work_plan_s_items_are_no_statistics():
    for text in ("焦作高新区今年重点聚焦八个方面工作：新增企业30家。", "会议部署了五项工作。新增企业30家。",
                 "重点抓好六个方面的工作，新增企业30家。"):
        assert [r[0] for r in rows(text, "2021-05")] == ["30家"], text
        _, mentions = extract_report(text, "t", "t.txt", "2021-05", None)
        assert mentions.reason.tolist()[0] == "list_count"


def test_a_headline_is_no_paragraph_of_the_lead():
    """A plan issued in the second paragraph after the headline still makes the report news of that plan."""
    text = ("云南：力争2025年接待游客10亿人次以上\n\n“十四五”发展目标涉及：到2025年，力争接待游客10亿人次以上。\n\n"
            "5月27日，云南省人民政府发布《云南省“十四五”文化和旅游发展规划》。\n\n文化和旅游产业增加值突破3500亿元。")
    got = {r[0]: (r[4], r[5]) for r in rows(text, "2022-05-27")}
    assert got["3500亿元"] == ("2025", "target")


def test_a_breadth_of_recovery_a_count_more_than_the_same_period_and_vouchers_given_out():
    assert _kinds("14个行业增速回升，回升面为37.8%。", "2023-07")["37.8%"] == "share"
    assert _kinds("技术改造项目95个，比同期多41个。", "2021-10")["41个"] == "change"
    assert _kinds("已向34个国家科技型中小企业发放科技创新券580万元。", "2021-03")["34个"] == "count_flow"


def test_a_past_years_end_reached_is_no_deadline():
    assert kinds_of("人才资源总量2020年底达到675万人。", "2022-06") == [("675万人", "count_stock")]
    assert kinds_of("管网工程年底达到总长度的60%。", "2023-03") == [("60%", "target")]


def test_a_set_phrase_of_policy_is_no_figure():
    assert [q for q, _ in kinds_of("坚持五位一体稳脱贫，协调推进八个一批工程，投入12.32亿元。")] == ["12.32亿元"]


def test_counts_newly_registered_approved_or_won_are_flows():
    got = dict(kinds_of("新登记注册企业7.4万户。2家国家技术创新中心获批建设。共斩获6项大奖。"))
    assert {got[q] for q in ("7.4万户", "2家", "6项")} == {"count_flow"}


@pytest.mark.parametrize("text", [
    "三次产业结构由上年的10.4 : 37.1 : 52.5调整为11.4 : 36.2 : 52.4。",   # spaces around the colons
    "三次产业比由上年的10.4:37.1:52.5调整为11.4:36.2:52.4。",             # 产业比
])
def test_every_part_of_a_structure_and_of_its_change_is_a_share(text):
    assert [k for _, k in kinds_of(text, "2021-08")] == ["share"] * 6


def test_a_bare_integer_after_a_rankings_word_is_a_rank():
    got = kinds_of("常州国家高新区在全国147个高新区中综合排名33，高新区可持续发展能力排名70。", "2017-08")
    assert got == [("147个", "count_stock"), ("33", "rank"), ("70", "rank")]
    assert [q for q, _ in kinds_of("排名2022年首次发布。", "2023-01")] == []  # a year after it is no rank


def test_an_amount_in_yi_after_trade_or_deals_is_in_yuan():
    assert [(r[1], r[2]) for r in rows("技术合同交易突破1100亿。", "2019-03")] == [("110000000000", "yuan")]


def test_an_index_written_right_after_its_name_is_read():
    got = kinds_of("综合科技创新水平指数66.58，位居全国第9。", "2019-03")
    assert got[0] == ("66.58", "level")


def test_people_counted_in_wan_without_a_unit_and_sites_and_kinds_are_counts():
    got = kinds_of("石泉县总人口18.2万，484万建档立卡贫困人口全部脱贫。建成人饮工程673处。在统的184种工业产品中。", "2020-04")
    assert [q for q, _ in got] == ["18.2万", "484万", "673处", "184种"]
    assert [q for q, _ in kinds_of("全市GDP增长5万。一种模式。", "2020-04")] == []  # no people; 一种 is no count


def test_a_ratio_written_against_one_or_after_an_income_ratio_is_a_ratio():
    got = kinds_of("城乡收入比持续缩小，由上年同期的2.05:1下降为2.02:1。城乡居民收入比缩小至2.0左右。", "2025-04")
    assert got == [("2.05", "ratio"), ("2.02", "ratio"), ("2.0", "ratio")]


def test_a_count_summing_up_a_list_of_names_is_a_count_pointing_back_at_two_is_not():
    got = [q for q, _ in kinds_of("包括广州、武汉、南京、成都这4个省会城市。宁波和青岛这两个计划单列市都超过了6500亿元。")]
    assert got == ["4个", "6500亿元"]


def test_a_count_of_what_did_something_in_the_period_is_a_flow():
    got = kinds_of("2020年，31个贫困县全部摘帽，3000个贫困村全部出列。")
    assert [k for _, k in got] == ["count_flow", "count_flow"]
    # the entries of a ranking are a stock of it
    assert kinds_of("江苏省13个地级市全部上榜先进制造业100强。")[0][1] == "count_stock"


def test_n_wei_after_a_verb_of_standing_is_a_rank_and_people_are_counted():
    got = kinds_of("重庆规上工业增加值增速列全国23位、西部地区7位。新昌县、嵊州市增速居后两位。全市居民中有12位百岁老人。")
    assert [k for _, k in got] == ["rank", "rank", "rank", "count_stock"]


def test_a_heading_that_looks_ahead_opens_the_goals_after_it():
    got = kinds_of("成功举办秦岭生态旅游节。\n\n展望2018年\n\n生产总值增长9%左右，规模以上工业增加值增长12%左右。", "2018-02")
    assert [k for _, k in got] == ["target", "target"]


def test_goals_set_out_after_a_colon_are_targets():
    got = kinds_of("“五强”目标具体为：产业强，全市规模以上先进制造业总产值年均增长15%以上，形成5个以上千亿级支柱产业。", "2019-12")
    assert [k for _, k in got] == ["target", "target"]


def test_a_figure_of_a_year_not_yet_come_is_a_goal():
    assert kinds_of("报告指出，2025年装备制造业规模突破1.5万亿元。", "2023-01")[0][1] == "target"
    assert kinds_of("2022年装备制造业规模突破1.5万亿元。", "2023-01")[0][1] == "level"


def test_a_slight_rise_a_change_on_a_list_of_times_and_a_figure_named_as_the_goal():
    assert [v for *_, v in rows("第三产业投资略增0.3%，工业投资略降1.2%。", "2018-04", ("quote", "value"))] == \
        ["0.3", "-1.2"]
    got = kinds_of("郑州一季度GDP分别比去年第一季度、第三季度、第四季度增加153亿元、110.6亿元、356亿元。", "2020-04")
    assert [k for _, k in got] == ["change", "change", "change"]
    got = kinds_of("2019年全省生产总值增长7.0%，完成6%~6.5%的年度预期目标。", "2020-01")
    assert [k for _, k in got] == ["growth_rate", "target"]


def test_a_part_after_qizhong_takes_the_kind_of_its_total_not_of_a_goal_named_as_a_shares_base():
    f, _ = extract_report("一季度，全省完成投资414.3亿元，占年度目标1505亿元的27.5%。其中，高速公路完成投资289.6亿元，"
                          "占年度目标1120亿元的25.9%。截止到4月末，累计签约项目23个。其中，签约项目11个。",
                          "t", "t.txt", "2023-04-18", None)
    got = dict(zip(f.quote, f.kind))
    assert got["289.6亿元"] == "level" and got["1120亿元"] == "target"
    assert got["11个"] == "count_stock"  # the total to date it itemizes


def test_counts_from_and_to_are_stocks_and_travellers_a_flow():
    got = {r[0]: r[5] for r in rows("规上工业企业从39家增加至117家。进出港旅客25237人。新增企业从10家增加到15家。", "2020-10")}
    assert got["39家"] == got["117家"] == "count_stock"  # how many there were, then and now
    assert got["25237人"] == "count_flow"
    assert got["10家"] == got["15家"] == "count_flow"  # a flow word still says what is counted


def test_the_first_n_a_nth_largest_and_a_level_passed_without_digits():
    got = {r[0]: (r[1], r[2], r[5]) for r in rows(
        "产业规模进入全国前十行列；发展指数进入全国前十；经济总量位居全省园区前三。作为全国第三经济大省，山东GDP增长8%。"
        "这是继2008年跨上万亿元台阶。鲜切花产量2090.7万枝。", "2022-01")}
    assert got["十"] == ("10", "rank", "rank") and got["三"] == ("3", "rank", "rank")
    assert got["万亿元"][:2] == ("1000000000000", "yuan") and got["2090.7万枝"][:2] == ("20907000", "count")
    quotes = [r[0] for r in rows("运用四种形态，前两种形态占比87%。经济总量过万亿、常住人口增长5%。", "2020-01")]
    assert "两种" not in quotes and "万亿" in quotes  # a measure word after 前N: the first two of a kind, no rank


def test_an_outcome_dated_after_the_report_year_is_a_goal_and_things_to_make_a_plan():
    got = {r[0]: r[5] for r in rows("到2025年，移动互联网产业规模突破4000亿元；工业软件规模达500亿元，工业App数量达到"
                                     "40000个；打造100个省级工业互联网平台，新增上市企业10家。", "2021-03-18")}
    assert got["500亿元"] == got["40000个"] == got["10家"] == "target" and got["100个"] == "plan"
    got = {r[0]: r[5] for r in rows("2020年，全省工业软件规模达500亿元，打造100个平台。", "2021-03-18")}
    assert got["500亿元"] == "level" and got["100个"] == "count_flow"  # a year past: results


def test_a_target_tier_named_in_a_review_sets_no_goal():
    got = {r[0]: r[5] for r in rows("今年上半年，6个指标达到市确保目标序时进度，GDP增长较一季度回落2.9个百分点。", "2017-07")}
    assert got["2.9个百分点"] == "change"
    assert {r[0]: r[5] for r in rows("确保GDP增长6%。", "2017-01")}["6%"] == "target"  # 确保 as a verb still sets one


def test_a_plans_chapter_on_where_things_stand_reports_results_and_a_rank_after_a_stock_is_of_its_date():
    text = ("省政府印发数字发展规划\n\n《数字发展规划》已经省政府同意，现印发给你们。\n\n一、发展基础\n\n"
            "光缆线路长度162.5万公里。宽带接入端口3313万个，居全国第10位。\n\n二、发展目标\n\n"
            "到2025年，宽带接入端口达到5000万个。")
    got = {r[1]: r[2:] for r in rows(text, "2020-12", cols=("quote", "value", "period", "kind"))}
    assert got["1625000"] == ("2020-12", "level") and got["33130000"] == ("2020-12", "count_stock")
    assert got["10"] == ("2020-12", "rank")  # the standing of that stock, when it was counted
    assert got["50000000"] == ("2025", "target")


def test_a_year_inside_ji_hou_dates_what_passed_the_mark_then_not_what_follows():
    text = "2022年甘肃经济运行良好。地区生产总值继2021年突破1万亿元后又跃上新台阶，达到11201.6亿元。人均地区生产总值继2020年突破5万元、2021年突破6万元后，首次突破7万元。"
    got = {r[0]: r[1] for r in rows(text, "2023-01", cols=("quote", "period"))}
    assert (got["1万亿元"], got["11201.6亿元"]) == ("2021", "2022")
    assert (got["5万元"], got["6万元"], got["7万元"]) == ("2020", "2021", "2022")


def test_a_rank_under_a_span_of_years_is_where_the_span_left_it_unless_it_ranks_a_growth():
    text = "“十三五”期间，全省营业收入总量规模跃居全国同行业第10位；营收增速居中部地区第2位。"
    got = {r[0]: r[1] for r in rows(text, "2021-02", cols=("quote", "period"))}
    assert (got["10位"], got["2位"]) == ("2020", "2016..2020")


def test_a_span_of_days_in_brackets_after_a_holiday_dates_its_figures_by_its_days():
    got = dict(rows("“五一”假期（4月29日至5月3日），全市接待游客300万人次。", "2023-05-06", cols=("quote", "period")))
    assert got["300万人次"] == "2023-04-29..2023-05-03"
    got = dict(rows("6个高新区(来宾高新区2015年3月获批)工业总产值100亿元。", "2016-04", cols=("quote", "period")))
    assert got["100亿元"] != "2015-03"  # an aside's own date is no gloss


def test_a_review_of_one_year_since_dates_the_paragraphs_after_it_and_a_goal_done_opens_no_targets():
    text = ("龙华区人代会开幕\n\n1月24日上午，区长作政府工作报告，他指出，今年要重点抓好八个方面的工作。\n\n"
            "龙华区正式挂牌成立一年以来，区政府统筹推进各项工作，圆满完成了全年经济社会发展主要目标任务。\n\n"
            "预计地区生产总值超过2100亿元，增长8.8%左右。")
    got = {r[0]: r[1:] for r in rows(text, "2018-01-24", cols=("quote", "period", "kind"))}
    assert got["2100亿元"] == ("2017", "level") and got["8.8%左右"] == ("2017", "growth_rate")


def test_an_average_rate_a_year_under_a_year_after_a_review_of_n_years_is_over_the_n_years_up_to_it():
    text = "过去五年，安化县大力实施“四轮驱动”战略。2021年，全县完成地区生产总值263.5亿元，年均增长6.94%。"
    got = dict(rows(text, "2021-10-27", cols=("quote", "period")))
    assert (got["263.5亿元"], got["6.94%"]) == ("2021", "2017..2021")


def test_goals_named_in_a_sentence_reviewing_the_past_open_no_list_of_targets():
    text = ("会上，县长作政府工作报告。县长指出，过去一年，全县紧紧围绕党代会确定的“两地两县”奋斗目标，"
            "县域经济社会发展呈现良好态势。\n\n规模工业增加值增长4.3%，增幅位居全市第一。")
    got = dict(rows(text, "2018-04-24", cols=("quote", "kind")))
    assert (got["4.3%"], got["一"]) == ("growth_rate", "rank")


def test_a_year_describing_a_trend_or_the_base_of_a_growth_does_not_date_the_figure():
    text = ("一季度，广州地区生产总值增长3.3%。同期，广州固定资产投资延续去年以来的良好增势，同比增长9.3%。"
            "外贸进出口总值在上年同期较快恢复性增长的基础上同比增长1.1%。")
    got = dict(rows(text, "2022-04-26", cols=("quote", "period")))
    assert got["9.3%"] == got["1.1%"] == "2022-Q1"


def test_projects_completed_and_things_put_out_in_the_period_are_flows():
    got = dict(rows("上半年，全市在建项目223个，竣工项目60个，投放共享电单车2500辆。", "2021-07", cols=("quote", "kind")))
    assert (got["223个"], got["60个"], got["2500辆"]) == ("count_stock", "count_flow", "count_flow")


def test_people_trained_in_a_period_are_a_flow_of_that_period():
    got = {r[0]: r[1:] for r in rows("在强化职业技能培训方面，1-9月全省培训城乡劳动者164.29万人。", "2015-10-24",
                                     cols=("quote", "period", "kind"))}
    assert got["164.29万人"] == ("2015-01..2015-09", "count_flow")


def test_a_day_the_figures_run_up_to_is_the_date_of_the_stocks_after_it():
    text = "截至2022年9月30日，全县有基础教育学校104所，其中：小学29所。专任教师1567人，其中小学813人。"
    got = dict(rows(text, "2022-10-28", cols=("quote", "period")))
    assert got["104所"] == got["29所"] == got["1567人"] == got["813人"] == "2022-09-30"


def test_pupils_enrolled_and_children_entering_kindergarten_are_flows_and_books_counted_in_volumes():
    got = dict(rows("2023年，全市小学招生17108人，入园儿童3354人，在园幼儿17193人，图书1183.06万册。", "2024-07",
                    cols=("quote", "kind")))
    assert (got["17108人"], got["3354人"], got["17193人"]) == ("count_flow", "count_flow", "count_stock")
    assert got["1183.06万册"] == "count_stock"


def test_the_years_of_a_record_do_not_date_the_figures_after_it():
    text = "2021年，全省PM2.5年平均浓度达到38.8微克/立方米，创“十三五”以来年度最高改善幅度，优良天数269天，优良天数比例达到73.8%。"
    got = dict(rows(text, "2022-06-02", cols=("quote", "period")))
    assert got["269天"] == got["73.8%"] == "2021"


def test_a_count_opening_its_clause_before_the_group_s_total_is_the_group_s_size():
    got = rows("137个市重点项目完成投资236.8亿元，其中，11个省重点项目完成投资40.7亿元。新增企业30家，完成投资5亿元。")
    kinds = {q: k for q, *_, k in got}
    assert kinds["137个"] == kinds["11个"] == "count_stock" and kinds["30家"] == "count_flow"


def test_an_amount_s_scale_or_a_range_of_amounts_bounding_a_class_counted_is_a_threshold():
    for text in ("其中，100亿元级项目5个、50亿元级项目10个。", "其中，5亿元~10亿元项目3个。"):
        m = mentions_of(text, "2023-04")
        assert set(m[m.status == "fact"].text) == ({"5个", "10个"} if "级" in text else {"3个"})
        assert set(m[m.status != "fact"].reason) == {"threshold"}


def test_life_expectancy_is_no_goal():
    assert rows("全市人均预期寿命达到78.5岁。", "2022-03", ("value", "kind")) == [("78.5", "duration")]


def test_a_total_listed_after_what_the_period_added_and_a_percentage_more_than_another_s():
    got = {r[0]: r[1] for r in rows("新增国家级小巨人企业7家、累计28家；省级制造业单项冠军8家、累计18家。"
                                    "粮食单产461.5公斤/亩，比全国平均单产高19%，比上年高2%。可持续发展能力由24位上升到第4位。",
                                    "2024-04", ("value", "kind"))}
    assert (got["7"], got["28"], got["8"], got["18"]) == ("count_flow", "count_stock", "count_flow", "count_stock")
    assert (got["19"], got["2"]) == ("change", "growth_rate")
    assert got["24"] == got["4"] == "rank"


def test_a_total_over_the_years_before_the_report_is_a_flow_over_them():
    got = {r[0]: r[1:] for r in rows("五年来累计引进落位产业化项目215个。", "2014-03", ("value", "kind", "period"))}
    assert got["215"] == ("count_flow", "2009..2013")


def test_a_year_about_to_end_is_reviewed_not_planned():
    text = "即将过去的一年，慈湖高新区党的建设全面加强。连续举办9场恳谈会，受邀企业达200余家。"
    got = dict(kinds_of(text, "2023-12-27"))
    assert got["200余家"] not in ("target", "plan") and got["9场"] not in ("target", "plan")
    assert dict(kinds_of(text.replace("过去", "到来"), "2023-12-27"))["200余家"] == "target"  # the year to come


def test_a_quoted_paragraph_saying_what_its_subject_will_do_looks_ahead():
    text = "“今年，河北省将保持高新技术企业高强度增长，新增1000家。”省科技厅厅长表示。"
    assert dict(kinds_of(text, "2018-02-06"))["1000家"] == "target"


def test_a_sentence_listing_the_years_goals_after_an_expected_one_lists_goals():
    text = "今年全市地区生产总值预期增长8%左右，一般公共预算收入增长6%；城镇新增就业2万人。去年全市生产总值增长3.4%。"
    got = kinds_of(text, "2021-01-21")
    assert got[:3] == [("8%左右", "target"), ("6%", "target"), ("2万人", "target")]
    assert got[3] == ("3.4%", "growth_rate")  # the sentence after it reviews the year before


def test_a_total_over_the_years_reviewed_is_a_flow_and_one_running_to_now_a_stock():
    assert kinds_of("近五年，全省累计实施重大技术改造项目1200余项。", "2021-08")[0][1] == "count_flow"
    assert kinds_of("“十三五”以来，全省累计培育单项冠军企业59个。", "2020-12")[0][1] == "count_stock"
    assert kinds_of("截至目前，我市累计培育高新技术企业205家。", "2021-08")[0][1] == "count_stock"


def test_a_bare_magnitude_with_its_approximation_counts_that_many():
    got = rows("新增千余家企业，上百家企业参与，吸引万余人就业，拥有三千余家企业，传承千余年。")
    assert [(v, u, q) for _, v, u, q, *_ in got] == [
        ("1000", "count", "余"), ("100", "count", ""), ("10000", "count", "余"), ("3000", "count", "余")]


def test_a_milestone_step_is_no_unit_and_an_industry_passing_it_is_sized_in_yuan():
    got = rows("电子信息产业迈上万亿台阶，工业机器人产量5000台。")
    assert [(v, u) for _, v, u, *_ in got] == [("1000000000000", "yuan"), ("5000", "count")]


def test_a_unit_declared_in_its_paragraph_is_a_bare_numbers_unit():
    got = rows("部分城市GDP（单位：亿元）：杭州 9,648.0；武汉 9,402.38。另有项目 12 。")
    assert [(v, u) for _, v, u, *_ in got] == [("964800000000", "yuan"), ("940238000000", "yuan")]


def test_a_population_approached_or_exceeded_counts_people():
    got = rows("济南常住人口接近900万，青岛常住人口逾1000万。")
    assert [(v, u) for _, v, u, *_ in got] == [("9000000", "count"), ("10000000", "count")]


def test_a_past_year_opening_a_sentence_dates_its_later_statements_as_results_in_news_of_a_plan():
    text = ("2月15日，市政府新闻办召开《成都市“十四五”数字经济发展规划》新闻发布会。记者从会上获悉，2021年，成都数字经济核心"
            "产业增加值达到2616.9亿元；核心产业增加值占全市GDP比重为13.1%，比上年提高0.2个百分点。"
            "《规划》提出，到2025年，软件收入突破1000亿元（2023年为792亿元）；培育“专精特新”企业300家以上。")
    got = {q: k for q, *_, k in rows(text, "2022-02")}
    assert got["0.2个百分点"] == "change" and got["300家以上"] == "target"


def test_a_quoted_figure_alone_is_a_figure_and_a_quoted_goal_listed_before_dengmubiao_is_a_goal():
    got = rows("核心产业增加值“翻一番”、数字经济增加值占GDP比重“60%左右”等目标格外引人关注。年初提出的GDP增长目标为“7%以上”。"
               "实施“3%”行动，引进“5020”项目160个。", "2021-06", cols=("quote", "kind"))
    assert got[1:] == [("60%左右", "target"), ("7%以上", "target"), ("160个", "count_flow")]
    assert got[0][0] == "翻一番"  # (a noun after a quoted figure makes it a name: “3%”行动, as “5020”项目)
    assert rows("他说：“要实现5000亿元的目标，还需加力。”", "2022-02", cols=("quote",)) == [("5000亿元",)]  # speech
    # a quoted magnitude with no 元 is a figure too; a count written in digits before a quoted class counts it
    got = rows("武汉GDP达1.9万亿元，部分城区把目标抬升到辨识度更高的“2万亿”。到去年，25个“万亿城市”中，武汉排第8。", "2023-10",
               cols=("quote",))
    assert ("2万亿",) in got and ("25个",) in got
    assert rows("推进三个“一批”建设。", "2023-10", cols=("quote",)) == []  # (a count inside a campaign's name)


def test_a_headline_figure_is_the_body_figure_printed_as_it_is():
    f = facts_of("浦东政府工作报告：今年预期增长7%左右\n去年GDP增长目标为7%以上，实际完成10.0%。\n报告提出，2022年地区生产总值增长7%左右。",
                 "2022-01")
    assert f.period[0] == "2022"  # (not the 7 of last year's goal, 7%以上)
    f = facts_of("到2025年核心产业增加值翻一番\n2020年，核心产业增加值7020亿元，比2015年翻一番。", "2021-06")
    assert f.period[0] == "2025"  # (a goal its own deadline dates, whatever the body's doubling)


def test_a_count_of_planned_things_is_a_plan_and_those_of_them_done_are_not():
    got = rows("1—9月，112个计划新开工项目中94个项目开工建设，开工率84%。", "2022-10", cols=("quote", "kind"))
    assert got[:2] == [("112个", "plan"), ("94个", "count_flow")]
    got = rows("该项目规划产能120GWh、产值超千亿元。", "2022-10", cols=("quote", "kind"))
    assert [k for _, k in got] == ["plan", "plan"]  # (a plan word reaches the items listed after its figure)


def test_counts_newly_approved_or_newly_counted_are_flows_and_those_counted_a_stock():
    got = rows("2021年，全区新批对外投资项目11个，新入统规模企业6家；国家高新区入统企业17.2万家。", "2022-02",
               cols=("quote", "kind"))
    assert got == [("11个", "count_flow"), ("6家", "count_flow"), ("17.2万家", "count_stock")]


def test_a_ratio_of_incomes_its_from_side_and_its_change_are_figures():
    got = rows("上半年，城乡居民收入比由去年同期的1.77缩小至1.74。城乡居民收入比为1.93，比去年同期缩小0.03。", "2021-07",
               cols=("quote", "value", "unit", "kind"))
    assert got == [("1.77", "1.77", "times", "ratio"), ("1.74", "1.74", "times", "ratio"),
                   ("1.93", "1.93", "times", "ratio"), ("0.03", "-0.03", "times", "change")]


def test_a_city_s_place_among_cities_as_the_press_names_it_is_a_rank():
    got = rows("上半年，上海重夺“第一城”，重庆成为全国“第四城”。第一城市群建设加快。", "2023-07", cols=("quote", "kind"))
    assert got == [("一", "rank"), ("四", "rank")]  # (not 第一城市群, a name)


def test_a_fraction_word_beside_latin_letters_is_a_figure_and_a_digit_beside_them_a_name():
    got = rows("民营经济贡献超六成GDP，数字经济规模已超GDP四成，5G基站1.2万个，A1地块出让。", "2023-07", cols=("quote",))
    assert got == [("六成",), ("四成",), ("1.2万个",)]
    # a span of years before a verb of change (GDP两年间增加了近7000亿元) is a period, no figure
    assert rows("浙江GDP两年间增加了近7,000亿元。", "2021-07", cols=("quote",)) == [("7,000亿元",)]


def test_revenue_or_spending_more_or_less_than_before_is_a_change_over_the_totals_months():
    text = ("截止8月底，经开区大口径财政收入完成49870万元，超收7694万元。"
            "一般公共预算支出完成14382万元，较上年同期少支1046万元，下降6.8%。")
    got = {q: (v, p, k) for q, v, p, k in rows(text, "2022-09-08", cols=("quote", "value", "period", "kind"))}
    assert got["7694万元"] == ("76940000", "2022-01..2022-08", "change")
    assert got["1046万元"] == ("-10460000", "2022-01..2022-08", "change")
    assert got["6.8%"] == ("-6.8", "2022-01..2022-08", "growth_rate")


def test_a_percentage_after_a_year_on_year_decrease_written_with_shao_is_a_growth_rate():
    got = rows("全市接待游客96万人次，同比减少7.82%。门票收入比全国平均低12%。", "2019-02-11",
               cols=("quote", "value", "kind"))
    assert ("7.82%", "-7.82", "growth_rate") in got and got[-1][2] == "change"  # (than another's: a difference)


def test_a_percentage_new_on_last_years_is_a_growth_of_what_was_counted_before():
    got = {q: (k, m) for q, k, m in rows("全省收入上亿企业数量达到1623家，较上年新增5.7%。", "2022-03",
                                        ("quote", "kind", "measure_zh"))}
    assert got["5.7%"][0] == "growth_rate" and got["5.7%"][1].endswith("上亿企业数量")
    # a share nearer to the number still makes a share
    assert dict(kinds_of("新增就业人员中，女性占比达45%。"))["45%"] == "share"


@pytest.mark.parametrize("text,quotes", [
    ("三次产业结构调整优化为9.7:47.3:43。", ["9.7", "47.3", "43"]),      # two verbs before the structure
    ("三次产业比(不变价)由20.3:44.5:35.2调整为16.6:45.7:37.7。", ["20.3", "44.5", "35.2", "16.6", "45.7", "37.7"]),
    ("江浙两省在前10名中包揽八席。", ["八席"]),                           # seats won, in Chinese numerals
    ("营收增速居中部地区和长三角地区首位。", ["首位"]),                     # a long group before first place
    ("该区综合实力排名榜首。", ["榜首"]),
    ("争得一席之地，把民生放在首位。", []),                                # idioms
])
def test_structures_seats_and_first_places_written_in_more_ways(text, quotes):
    assert [r[0] for r in rows(text, "2021-02", ("quote",))] == quotes


@pytest.mark.parametrize("text,quote,unit", [
    ("全年地区生产总值首次迈入千亿大关，达1102.31亿元。", "千亿", "yuan"),   # a mark stepped into, its unit implied
    ("华为员工总数约20.7万。", "20.7万", "count"),                            # people counted by their word before
    ("全年接待1200万游客。", "1200万", "count"),                              # … or after
])
def test_amounts_and_counts_whose_unit_the_words_around_them_imply(text, quote, unit):
    assert (quote, unit) in [(q, u) for q, u in rows(text, "2021-02", ("quote", "unit"))]


def test_a_parts_pull_on_a_growth_in_points_is_a_share_and_a_difference_a_change():
    got = dict(rows("建筑业增加值同比增长10.8%，拉动经济增长0.5个百分点，增速比上年提高0.3个百分点。", "2021-02",
                    ("quote", "kind")))
    assert got["0.5个百分点"] == "share" and got["0.3个百分点"] == "change"


def test_a_goals_completion_rate_is_a_measure_not_a_goal_set():
    assert dict(rows("越城区、柯桥区年度目标完成率居前两位。", "2021-12", ("quote", "kind")))["两位"] == "rank"
