"""Number forms (issue: thousands separators, 万亿, 百分之N, N分之M, ranges, decreases), each on a tiny text."""

import pytest

from reportfacts.extract.facts import extract_report


def _facts(text, published="2021-06"):
    f, _ = extract_report(text, "t", "t.txt", published, None)
    return f


@pytest.mark.parametrize("text,value,unit", [
    ("全年实现营业收入1,234万元。", "12340000", "yuan"),
    ("园区现有企业1,056家。", "1056", "count"),
    ("地区生产总值达到1.2万亿元。", "1200000000000", "yuan"),
    ("研发投入占比达到百分之十五。", "15", "percent"),
    ("研发投入占比达到百分之3.5。", "3.5", "percent"),
    ("企业研发支出占全国三分之一。", "0.333333", "fraction"),
    ("企业研发支出占全国1/3。", "0.333333", "fraction"),
    ("常住人口超过两千万的成都，", "20000000", "count"),  # a Chinese numeral's magnitude, of people
    ("研发支出占全国一半。", "0.5", "fraction"),
    ("七成行业实现增长。", "0.7", "fraction"),
    ("软件业务收入同比增长两成。", "0.2", "fraction"),
    ("技术合同成交额同比增长7成多。", "0.7", "fraction"),
    ("集装箱吞吐量40万标箱。", "400000", "teu"),
    ("建设标准厂房10万平米。", "100000", "m2"),
    ("工业投资已连续8个季度保持增长。", "8", "quarters"),              # a duration in quarters
    # a milestone alone is the subject's level; after a count in its clause it bounds the class counted
    ("人均GDP突破10万元大关。", "100000", "yuan"),
    ("有10个城市上半年经济总量超5000亿元大关。", "10", "count"),
    ("营业收入超千亿元的开发区增至5个。", "5", "count"),  # 超千亿元的开发区: the class counted
    ("村集体经济组织年经营性收入高于10万元的占80%。", "80", "percent"),  # the class whose share it is
    # energy and power units; 5G stays a name
    ("扩建50GWh的智能化工厂。", "50", "gwh"),
    ("算力总规模达到38EFLOPS。", "38", "eflops"),   # computing power
    ("新增光伏装机120万千瓦。", "1200000", "kw"),
    # an amount in 亿 with no unit after a money word is in yuan; a bare magnitude after a milestone verb is 1 of it
    ("深圳GDP首次超过三万亿，", "3000000000000", "yuan"),
    ("目标是冲击4000亿产值。", "400000000000", "yuan"),
    ("公司市值于去年突破万亿，", "1000000000000", "yuan"),
    ("一季度陕西进出口总值862.6亿，", "86260000000", "yuan"),   # trade is money too
    ("高新技术企业双双突破万家，", "10000", "count"),  # a magnitude alone before a measure word counts that many
    ("交通投资比“十二五”翻了一番多。", "2", "times"),    # doublings: a multiple
    ("生产总值比2010年翻两番。", "4", "times"),
])
def test_a_number_form_is_read_whole(text, value, unit):
    f = _facts(text)
    assert len(f) == 1, f[["value_as_written", "unit"]]
    assert (f.value[0], f.unit[0]) == (value, unit)


def test_ascii_clause_commas_keep_digits_apart():
    f = _facts("同比增长9%,152家企业入驻,总投资10亿元。")
    assert list(f.value) == ["9", "152", "1000000000"]
    # ... but for groups no clause opens with: a decimal part after the group, or a group starting with 0
    f = _facts("上半年,总收入为人民币1,061.58亿元,营收2,098万元,同比增长5%,100家企业入驻。")
    assert list(f.value)[:2] == ["106158000000", "20980000"] and "100" in list(f.value)


@pytest.mark.parametrize("text,low,high,unit", [
    ("计划总投资3～5亿元。", "300000000", "500000000", "yuan"),
    ("预计增长20%-30%。", "20", "30", "percent"),
    ("新增企业3至5家。", "3", "5", "count"),
])
def test_a_range_keeps_both_ends_and_no_point_value(text, low, high, unit):
    f = _facts(text)
    assert len(f) == 1
    assert (f.value[0], f.value_low[0], f.value_high[0], f.unit[0]) == ("", low, high, unit)


@pytest.mark.parametrize("text,value,written", [
    ("规模以上工业增加值同比下降3.2%。", "-3.2", "3.2"),
    ("万元GDP能耗降低3%左右。", "-3", "3"),
    ("增速比1-2月回落4.1个百分点。", "-4.1", "4.1"),
    ("工业增加值增长-1.9%。", "-1.9", "1.9"),
])
def test_a_fall_is_negative_and_the_written_number_unchanged(text, value, written):
    f = _facts(text)
    row = f[f.value_as_written == written]
    assert list(row.value) == [value]


def test_a_rise_stays_positive_and_a_reduction_amount_is_not_a_fall():
    f = _facts("同比增长3.2%，为企业减税降费2亿元。")
    assert list(f.value) == ["3.2", "200000000"]


def test_from_to_pairs_are_not_ranges():
    f = _facts("排名从第146位至第130位。")
    assert list(f.value) == ["146", "130"] and list(f.value_low) == ["", ""]


# ---------------------------------------------------------------------------------------------- periods by syntax
def _period(text, written, published="2021-11"):
    f = _facts(text, published)
    return list(f[f.value_as_written == written].period)


def test_first_three_quarters_are_cumulative_from_january():
    assert _period("今年前三季度，地区生产总值同比增长10%。", "10") == ["2021-01..2021-09"]
    assert _period("三季度，地区生产总值同比增长8%。", "8") == ["2021-Q3"]


def test_an_average_over_n_years_is_a_span():
    assert _period("今年前三季度，增加值同比增长18.4%，两年平均增长13.3%。", "13.3") == ["2020..2021"]


def test_a_stock_under_a_span_is_a_point():
    assert _period("去年1~11月份，注册企业3000余家。", "3000", "2020-01") == ["2019"]
    assert _period("去年1~11月份，增加值同比增长13.8%。", "13.8", "2020-01") == ["2019-01..2019-11"]


def test_the_leads_part_year_carries_to_later_paragraphs_but_another_does_not():
    lead = "今年上半年，15个副省级城市经济增长表现如何？各城市经济总量均保持增长，多数城市增速回升到疫情前水平。\n\n南京以7622.77亿元位居第六。"
    assert _period(lead, "7622.77", "2021-08") == ["2021-H1"]
    other = "2019年，示范区经济平稳增长，各项指标好于预期。去年1~11月份，增加值增长13.8%。\n\n新引进项目38个。"
    assert _period(other, "38", "2020-01") == ["2019"]


def test_a_size_written_as_an_attribute_is_a_level_not_a_plan():
    f = _facts("今年，总投资100亿元的文旅城项目计划上半年开工建设，今年计划完成投资30亿元。", "2020-04")
    assert list(f.kind) == ["level", "plan"]


def test_first_place_and_ranks_in_a_pair_are_ranks():
    f = _facts("全市固定资产投资增速连续4个月居全省首位。")
    assert list(zip(f.value, f.unit)) == [("4", "months"), ("1", "rank")]
    f = _facts("规模以上工业总产值连续3年居全国城市首位。")  # the group ranked in may stand between 居 and 首位
    assert list(zip(f.value, f.unit)) == [("3", "years"), ("1", "rank")]
    f = _facts("杭州和武汉在副省级城市中分列第四和第五位。")
    assert list(zip(f.value, f.unit)) == [("4", "rank"), ("5", "rank")]
    f = _facts("税收增速由2018年的全省53位前进到2019年的第16位。")  # the rank moved from, its year between
    assert list(zip(f.value, f.unit)) == [("53", "rank"), ("16", "rank")]
    f = _facts("余姚、诸暨为第十二和十三位。")  # the second's 第 left out: still two ranks
    assert list(zip(f.value, f.unit)) == [("12", "rank"), ("13", "rank")]
    assert "rank" not in set(_facts("第一和第二产业增长5%。").unit)  # ordinals naming parts (产业): no rank
    f = _facts("国家高新区总数全国居首。")  # 居首: first, at its clause's end
    assert list(zip(f.value, f.unit, f.kind)) == [("1", "rank", "rank")]
    for text in ("工业增速位居循环县区榜首。", "总量和增速居各区之首。", "连续四年蝉联全国榜首。",  # the top of a list
                 "总量居各县（市、区）首位。",  # (its group may hold an aside)
                 "以绝对优势排在11个设区市榜首。", "荣登中部百强县榜首。", "但增速居5市首位。"):  # (排在, 荣登; a count)
        assert list(_facts(text).unit)[-1] == "rank"
    assert _facts("存在首位问题。").empty and _facts("必须坚持把群众利益放在首位。").empty  # (no standing; an idiom)
    f = _facts("签约项目数增长近一倍，排名上升了一个位次。一批项目开工。")  # 一 before a unit only a number takes
    assert list(zip(f.value, f.unit)) == [("1", "times"), ("1", "positions")]
    f = _facts("失业率提高一个百分点，增速回落三个百分点。存栏两头。")  # (个百分点's 点 is no unit of its own)
    assert list(zip(f.value, f.unit)) == [("1", "pp"), ("-3", "pp")]
    assert _facts("软件业务收入同比增长7成多。").kind[0] == "growth_rate"


def test_that_year_refers_back_to_the_year_written_before_it():
    text = "2007年，宁德时代在宁德成立。数据显示，当年，宁德GDP仅470.51亿元。"
    assert _period(text, "470.51", "2022-02") == ["2007"]
    assert _period("当年，宁德GDP为3151.08亿元。", "3151.08", "2022-02") == ["2022"]


def test_a_share_in_a_work_plan_is_a_share_not_a_goal():
    text = "今年重点任务安排如下：\n\n安排重大项目883个，其中，现代产业类项目250个，个数占比28.3%，投资增长12%以上。"
    f = _facts(text, "2022-04")
    assert dict(zip(f.value_as_written, f.kind))["28.3"] == "share"


@pytest.mark.parametrize("text,written,reason", [
    ("工业增加值同比增长8.3%，两年平均增长3.2%。", "两", "period"),
    ("杭州经济实现两位数增长。", "两", "description"),
    ("宁波和青岛这两个计划单列市都超过了6500亿元。", "两", "reference"),
    ("有10个城市上半年经济总量超5000亿元大关。", "5000", "threshold"),
    ("报告显示，共有67个园区拥有高新技术企业数量超过300家。", "300", "threshold"),
    ("54个园区生产总值超千亿元。", "千亿", "threshold"),
    ("其中20~50亿元项目13个。", "50", "threshold"),          # a range of amounts bounding the class counted
    ("实施500万元投资建设项目15个，竣工10个。", "500", "threshold"),  # the investment that names the class
    ("共引进项目60个(世界500强项目2个)。", "500", "name"),    # a class of firms, no rank
    ("新增世界500强投资项目不少于10个。", "500", "name"),
    ("世界500强及行业龙头企业投资项目19个。", "500", "name"),
    ("其中“三类500强”企业投资项目9个。", "500", "name"),
])
def test_words_around_a_number_that_make_it_no_statistic(text, written, reason):
    _, m = extract_report(text, "t", "t.txt", "2021-08", None)
    row = m[m.text.str.startswith(written)]
    assert list(zip(row.status, row.reason)) == [("non_statistic", reason)]


@pytest.mark.parametrize("text", [
    "5G基站建设加快。",                      # a name
    "全国人口突破14亿，",                     # 亿 with no money word: no unit is implied
    "开工建设10个三十亿以上重大工业项目。",      # a class bound (the count 10个 is the fact)
])
def test_no_amount_is_implied_without_its_evidence(text):
    f = _facts(text)
    assert not any(u in ("yuan", "gwh") for u in f.unit), f[["value_as_written", "unit"]]


@pytest.mark.parametrize("text,written", [
    ("其中广深两个城市超过万亿元。", "万亿"),          # named cities' own levels
    ("12家企业共实现产值超100亿元。", "100"),           # their sum
    ("61个重大项目集中签约总投资超800亿元。", "800"),   # their total
])
def test_a_named_or_summed_group_s_amount_is_a_statistic(text, written):
    _, m = extract_report(text, "t", "t.txt", "2021-08", None)
    assert list(m[m.text.str.startswith(written)].status) == ["fact"]


def test_a_fall_governs_every_figure_listed_after_it_and_a_structure_changed_to_is_read():
    f = _facts("交通通信、食品烟酒、衣着价格分别下降3.8%、1.8%、0.5%。")
    assert list(f.value) == ["-3.8", "-1.8", "-0.5"]
    f = _facts("三次产业结构比调整为18.5:36.7:44.8，")
    assert list(zip(f.value, f.unit)) == [("18.5", "percent"), ("36.7", "percent"), ("44.8", "percent")]


def test_a_structure_of_shares_ordinals_naming_its_parts_air_quality_and_quarters_in_a_row():
    f = _facts("第一、二、三产业增加值占GDP的比重为11.4:31.2:57.5。")
    assert list(zip(f.value_as_written, f.kind)) == [("11.4", "share"), ("31.2", "share"), ("57.5", "share")]
    assert list(_facts("增速分列全市第一、二位。").kind) == ["rank", "rank"]  # ordinals of a list of ranks stay ranks
    assert _facts("男女比例为1.05:1。").empty or "share" not in set(_facts("男女比例为1.05:1。").kind)
    f = _facts("PM2.5年平均浓度达到36微克/立方米、下降7.7%。")
    assert list(zip(f.value_as_written, f.unit)) == [("36", "ug_m3"), ("7.7", "percent")]
    f = _facts("GDP增速连续三季度全市第一。三季度增长5%。", "2020-10")
    assert list(zip(f.quote, f.unit, f.kind)) == [("三季度", "quarters", "duration"), ("一", "rank", "rank"),
                                                  ("5%", "percent", "growth_rate")]


@pytest.mark.parametrize("text,n", [
    ("三次产业结构由上年的10.4:37.1:52.5调整为11.4:36.2:52.4。", 6),
    ("三次产业结构比例为6.01:55.04:38.95。", 3),
    ("三产结构比由8.4:76.4:15.2调整为8.1:75.2:16.7。", 6),
])
def test_every_part_of_a_structure_and_of_its_change_is_a_share(text, n):
    f = _facts(text)
    assert len(f) == n and set(f.kind) == {"share"}


def test_places_moved_down_are_negative_and_places_counted_by_their_level():
    from reportfacts.extract.facts import extract_report
    f, _ = extract_report("排名下滑一位，较上年后移2个位次，前移6个位次。全省16市中，蚌埠排名第七。", "t", "t.txt", "2023-02", None)
    got = dict(zip(f.quote, zip(f.value, f.unit)))
    assert got["一位"] == ("-1", "positions") and got["2个位次"] == ("-2", "positions")
    assert got["6个位次"] == ("6", "positions") and got["16市"] == ("16", "count")
