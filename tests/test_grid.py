"""Tables written as text (reportfacts.extract.grid): a header names each column's unit and kind; the numbers in
the cells under it take them, on tiny inline tables."""

from decimal import Decimal

from reportfacts.extract.facts import extract_report
from reportfacts.extract.grid import Column, cell_columns, column
from reportfacts.text.clean import clean_text, split_paragraphs


def test_a_header_cell_names_its_unit_and_a_growth_column_its_kind():
    assert column("绝对数(亿元)") == Column("yuan", Decimal(100000000), "")
    assert column("比上年增长(%)") == Column("percent", Decimal(1), "growth_rate")
    assert column("比上年增长%") == Column("percent", Decimal(1), "growth_rate")
    assert column("指标") is None and column("(注1)") is None


def test_rows_align_with_a_header_from_the_right_and_a_table_ends_with_its_rows():
    text = "|绝对数(亿元) |比上年增长(%) |\n地区生产总值| 617.50 | 5.2 |\n|其中:第一产业| 37.11 | 2.6 |\n全年增长5.2%。\n| 甲 | 3 |"
    paras = [(m.start(), m.end()) for m in __import__("re").finditer(r"[^\n]+", text)]
    got = {text[s: s + 6].split(" ")[0].strip("|"): (col.unit, col.kind, label)
           for s, (col, label, _) in cell_columns(text, paras).items()}
    assert got == {"617.50": ("yuan", "", "地区生产总值"), "5.2": ("percent", "growth_rate", "地区生产总值"),
                   "37.11": ("yuan", "", "第一产业"), "2.6": ("percent", "growth_rate", "第一产业")}  # 3: no header


def test_each_row_of_a_table_is_a_line_of_its_own_after_cleaning():
    raw = "2024年全市地区生产总值及其增长速度\n|指标 |绝对数(亿元) |比上年增长% |\n|地区生产总值| 2313.0 | 5.2 |\n"
    ct = clean_text(raw)
    assert [ct.text[a:b] for a, b in split_paragraphs(ct)][1:] == ["|指标|绝对数(亿元) |比上年增长% |",
                                                                     "|地区生产总值| 2313.0 | 5.2 |"]


def test_a_bulletin_s_table_gives_its_cells_units_kinds_and_measures():
    text = ("2019年，全市实现生产总值617.50亿元。\n\n|绝对数(亿元) |比上年增长(%) |\n\n地区生产总值| 617.50 | 5.2 |\n\n"
            "|其中:第一产业| 37.11 | 2.6 |")
    f, _ = extract_report(text, "t", "t.txt", "2020-04", None)
    rows = list(zip(f.quote, f.value, f.unit, f.kind, f.measure_zh, f.period))
    assert rows[1:] == [("617.50", "61750000000", "yuan", "level", "地区生产总值", "2019"),
                        ("5.2", "5.2", "percent", "growth_rate", "地区生产总值", "2019"),
                        ("37.11", "3711000000", "yuan", "level", "第一产业", "2019"),
                        ("2.6", "2.6", "percent", "growth_rate", "第一产业", "2019")]


def test_a_ranking_printed_as_text_keeps_its_rows_and_reads_each_rank_with_its_name():
    from reportfacts.extract.facts import extract_report
    text = ("附：2018年国家级经开区综合发展水平前30强名单\n\n排名国家级经开区省份\n\n1苏州工业园区江苏\n\n"
            "2广州经济技术开发区广东\n\n3天津经济技术开发区天津\n")
    f, _ = extract_report(text, "t", "t.txt", "2019-01-02", None)
    got = [(r.value, r.unit, r.subject_zh) for r in f.itertuples()]
    assert got[-3:] == [("1", "rank", "苏州工业园区"), ("2", "rank", "广州经济技术开发区"), ("3", "rank", "天津经济技术开发区")]
    # rows that do not count up from 1 under a ranking's header are no ranking
    f, _ = extract_report(text.replace("1苏州", "5苏州"), "t", "t.txt", "2019-01-02", None)
    assert "rank" not in set(f.unit[f.value.isin(["2", "3"])])


def test_a_unit_line_above_a_table_gives_the_unit_its_header_does_not_name():
    assert column("比上年增减(±%)") == Column("percent", Decimal(1), "growth_rate")
    text = "2021年，全市经济稳定增长。\n\n单位:亿元\n\n指 标 | 2021年 | 比上年增减(±%) |\n\n地区生产总值 | 567.9 | 6.8 |"
    f, _ = extract_report(text, "t", "t.txt", "2022-08", None)
    assert list(zip(f.quote, f.unit, f.kind, f.measure_zh)) == [
        ("567.9", "yuan", "level", "地区生产总值"), ("6.8", "percent", "growth_rate", "地区生产总值")]


SPACED_TABLE = ("投资稳步增长，消费尚未完全恢复。\n{caption}\n{header}"
                "苏州　4,961.6{unit}　18.3%\n南京　3,386.4{unit}　16.3%\n（责任编辑：孙琳）")


def test_a_table_in_spaced_columns_keeps_its_rows_as_lines_and_is_no_newspaper_column():
    rows = "".join(f"{c}　{n}亿元　{g}%\n" for c, n, g in [
        ("苏州", "4,961.6", "18.3"), ("南京", "3,386.4", "16.3"), ("无锡", "3,034.7", "19.8"), ("常州", "1,883.5", "21.4")])
    raw = ("一季度无锡GDP增长19.8%\n来源：无锡日报\n一季度全市实现地区生产总值3034.73亿元，同比增长19.8%。\n工业稳中有进\n"
           "规模以上工业增加值增长30.3%。\n附：一季度苏南五市地区生产总值及增速\n" + rows)
    ct = clean_text(raw)  # (short rows of about one width are no narrow column's wrapped lines, to be joined)
    assert [ct.text[a:b] for a, b in split_paragraphs(ct)][3:7] == [
        "工业稳中有进", "规模以上工业增加值增长30.3%。", "附：一季度苏南五市地区生产总值及增速", "苏州4,961.6亿元18.3%"]


def test_the_rows_of_a_spaced_table_take_their_caption_s_measure_period_unit_and_growth_column():
    raw = SPACED_TABLE.format(caption="附：一季度苏南五市地区生产总值及增速", header="", unit="亿元")
    f, _ = extract_report(raw, "t", "t.txt", "2021-04-26", None)
    assert list(zip(f.quote, f.kind, f.period, f.measure_zh, f.subject_zh))[:2] == [
        ("4,961.6亿元", "level", "2021-Q1", "地区生产总值", "苏州"), ("18.3%", "growth_rate", "2021-Q1", "地区生产总值", "苏州")]
    # a caption ending with the class of places the rows are names what is measured before it; a header of the
    # columns may stand between; the caption's 单位 gives the unit the cells do not print
    raw = SPACED_TABLE.format(caption="2021年GDP前五城市（单位：亿元）", header="城市 地区生产总值 增速\n", unit="")
    f, _ = extract_report(raw, "t", "t.txt", "2022-02", None)
    assert list(zip(f.value, f.unit, f.period, f.measure_zh))[:2] == [
        ("496160000000", "yuan", "2021", "GDP"), ("18.3", "percent", "2021", "GDP")]
    # a line ending a sentence above the rows is no caption
    f, _ = extract_report(SPACED_TABLE.format(caption="", header="", unit="亿元").replace("\n\n", "\n"), "t", "t.txt",
                          "2021-04-26", None)
    assert f.measure_zh[0] != "地区生产总值" and f.kind[1] != "growth_rate"


def test_a_table_whose_columns_print_a_word_before_the_figure_and_the_paragraph_that_closes_it():
    raw = ("湖北2021年GDP增长12.9%\n来源：湖北日报\n2021年全省完成地区生产总值50,012.94亿元。\n"
           "这是湖北经济总量首次跃过5万亿元。2020年，受疫情冲击，全省生产总值43,443.46亿元，下降5.0%。\n三次产业全面恢复\n"
           "分产业看，第一产业完成增加值4,661.67亿元，增长10.3%。\n"
           "从市州看，1-11月，武汉规上工业增加值增长12%。其中，前八的市州数据如下：\n"
           + "".join(f"{c}　{n}亿元　增长{g}%\n" for c, n, g in [
               ("武汉", "17716.76", "12.2"), ("襄阳", "5309.43", "15.2"), ("宜昌", "5022.69", "17.2"),
               ("荆州", "2715.56", "14.5"), ("孝感", "2562.01", "15.7"), ("十堰", "2012.72", "14.9")])
           + "前八位合计占全省的比重超过八成。\n全省17个市州中，有10个市州GDP增速高于全省平均水平。\n")
    ct = clean_text(raw)  # the rows (增长12.2%: a column's word before its figure) are no newspaper column's lines
    assert "十堰2012.72亿元增长14.9%" in [ct.text[a:b] for a, b in split_paragraphs(ct)]
    f, _ = extract_report(raw, "t", "t.txt", "2022-01-25", None)
    got = {r.quote: (r.period, r.measure_zh, r.subject_zh) for r in f.itertuples()}
    # a past year a paragraph turns to mid-way, before the year the report reviews, dates no paragraph after it
    assert got["4,661.67亿元"][0] == "2021"
    # the rows: the period of the paragraph their caption closes, the measure before the class of places, not 数据
    assert got["17716.76亿元"][0] == "2021-01..2021-11" and got["17716.76亿元"][1] != "数据"
    # the paragraph right after the rows, with no period of its own, is of their time; the next is the report's
    assert got["八成"][0] == "2021-01..2021-11"
    # the place of the last row opens no topic beyond its line
    assert got["10个"][2] != "十堰"


def test_a_caption_naming_its_columns_in_an_aside_gives_each_cell_its_column_s_measure_and_kind():
    raw = ("苏州核心产业体量领先。以下为2020年江苏部分设区市数字经济核心产业发展情况（增加值／占GDP比重／增速）：\n"
           "苏州　3,025.6亿元　15.0%　10.2%\n南京　1,704.1亿元　11.5%　12.6%\n（编辑：刘畅）")
    f, _ = extract_report(raw, "t", "t.txt", "2021-03-30", None)
    assert list(zip(f.quote, f.kind, f.measure_zh))[-3:] == [
        ("1,704.1亿元", "level", "数字经济核心产业增加值"), ("11.5%", "share", "数字经济核心产业增加值占GDP比重"),
        ("12.6%", "growth_rate", "数字经济核心产业增加值")]
    # a row with more figures than the columns named is read by the caption alone
    f, _ = extract_report(raw.replace("12.6%", "12.6%　3.1%"), "t", "t.txt", "2021-03-30", None)
    assert f.measure_zh.iloc[-2] == "数字经济核心产业"


def test_items_with_no_words_of_their_own_under_an_opener_naming_growth_are_growth_rates():
    f, _ = extract_report("【附】部分万亿城市上半年GDP（单位：亿元）及增速：杭州 9,648.0，5.2%；武汉 9,402.38，6.1%。",
                          "t", "t.txt", "2023-07-30", None)
    assert list(f.kind) == ["level", "growth_rate", "level", "growth_rate"]
    f, _ = extract_report("主要指标：工业投资增长5%，占比30%。", "t", "t.txt", "2023-07-30", None)
    assert list(f.kind) == ["growth_rate", "share"]


GRID = ("苏州发布数字经济规划\n来源：苏州日报\n《规划》明确，到2025年，全市数字经济核心产业增加值力争达到5000亿元。\n"
        "专栏　苏州市“十四五”数字经济发展主要指标\n指标名称　2020年　2025年　年均增长（%）　属性\n"
        "数字经济核心产业增加值（亿元）　3,060　5,000　10.3　预期性\n公共充（换）电桩（万个）　2.2　6　—　约束性\n"
        "围绕上述目标，市级财政每年安排专项资金 3 亿元。\n")


def test_a_grid_of_indicators_under_a_header_of_years_gives_each_cell_its_year_unit_label_and_goal():
    ct = clean_text(GRID)  # (cells stay apart, each line a paragraph; the sentence after the grid is none of it)
    assert [ct.text[a:b] for a, b in split_paragraphs(ct)][-3:] == [
        "数字经济核心产业增加值（亿元） 3,060 5,000 10.3 预期性", "公共充（换）电桩（万个） 2.2 6 — 约束性",
        "围绕上述目标，市级财政每年安排专项资金3亿元。"]
    f, _ = extract_report(GRID, "t", "t.txt", "2021-06-18", None)
    got = [(r.quote, r.value, r.kind, r.period, r.measure_zh, r.subject_zh) for r in f.itertuples()][1:6]
    assert got == [
        ("3,060", "306000000000", "level", "2020", "数字经济核心产业增加值", "苏州市"),
        ("5,000", "500000000000", "target", "2025", "数字经济核心产业增加值", "苏州市"),
        ("10.3", "10.3", "target", "2021..2025", "数字经济核心产业增加值", "苏州市"),
        ("2.2", "22000", "count_stock", "2020", "公共充（换）电桩", "苏州市"),
        ("6", "60000", "target", "2025", "公共充（换）电桩", "苏州市")]
    # the same grid with bars between its cells, its unit in a column of its own
    bars = GRID.replace("指标名称　2020年　2025年　年均增长（%）　属性\n", "指标｜单位｜2020年｜2025年｜年均增长｜属性\n").replace(
        "数字经济核心产业增加值（亿元）　3,060　5,000　10.3　", "数字经济核心产业增加值｜亿元｜3,060｜5,000｜10.3%｜")
    f, _ = extract_report(bars, "t", "t.txt", "2021-06-18", None)
    assert list(zip(f.value, f.kind, f.period))[1:4] == [
        ("306000000000", "level", "2020"), ("500000000000", "target", "2025"), ("10.3", "target", "2021..2025")]


def test_a_caption_naming_a_level_and_its_share_gives_each_column_its_measure():
    raw = ("苏州数字底盘还不够厚。2020年长三角部分城市数字经济核心产业增加值及占GDP比重如下：\n"
           "杭州　4290亿元　26.6%\n南京　约2,400亿元　16.2%\n")
    f, _ = extract_report(raw, "t", "t.txt", "2021-06-18", None)
    assert list(zip(f.kind, f.measure_zh))[-4:] == [
        ("level", "数字经济核心产业增加值"), ("share", "数字经济核心产业增加值占GDP比重")] * 2


def test_a_grid_of_places_under_columns_naming_their_units_gives_each_row_its_place():
    raw = ("全省各市2020年经济成绩单全部亮相。\n2020年山东各市地区生产总值及增速\n城市　GDP（亿元）　增速（%）\n"
           "青岛　12400.56　3.7\n济南　10140.91　4.9\n（数据来源：各市统计部门。）\n")
    f, _ = extract_report(raw, "t", "t.txt", "2021-02-03", None)
    assert list(zip(f.value, f.kind, f.period, f.measure_zh, f.subject_zh)) == [
        ("1240056000000", "level", "2020", "GDP", "青岛"), ("3.7", "growth_rate", "2020", "GDP", "青岛"),
        ("1014091000000", "level", "2020", "GDP", "济南"), ("4.9", "growth_rate", "2020", "GDP", "济南")]

    # a rank column first and the places' column after it, under a column whose name opens on its year
    raw = ("2021年内蒙古各盟市GDP排行榜\nGDP排行 盟市 2021年GDP(亿元) 增速(%)\n1 鄂尔多斯市 4812.35 7.6\n"
           "2 包头市 3357.2 8\n下一页\n")
    f, _ = extract_report(raw, "t", "t.txt", "2022-03-15", None)
    assert list(zip(f.value, f.kind, f.measure_zh, f.subject_zh)) == [
        ("1", "rank", "GDP", "鄂尔多斯市"), ("481235000000", "level", "GDP", "鄂尔多斯市"),
        ("7.6", "growth_rate", "GDP", "鄂尔多斯市"), ("2", "rank", "GDP", "包头市"),
        ("335720000000", "level", "GDP", "包头市"), ("8", "growth_rate", "GDP", "包头市")]


def test_a_grid_s_label_column_goal_column_and_bounded_figures():
    raw = ("合肥印发科技创新规划\n来源：合肥日报\n《规划》设置了主要指标：\n表　合肥市“十四五”科技创新主要指标\n"
           "类别｜指标｜2020年｜2025年目标值｜属性\n创新投入｜全社会研发经费投入强度（%）｜3.52｜≥4.0｜预期性\n"
           "创新主体｜高新技术企业数（家）｜3323｜>8000｜预期性\n")
    f, _ = extract_report(raw, "t", "t.txt", "2022-01-24", None)
    assert list(zip(f.value, f.kind, f.period, f.measure_zh))[-4:] == [
        ("3.52", "share", "2020", "全社会研发经费投入强度"), ("4", "target", "2025", "全社会研发经费投入强度"),
        ("3323", "count_stock", "2020", "高新技术企业数"), ("8000", "target", "2025", "高新技术企业数")]
    spaced = ("浙江省数字经济发展“十四五”主要指标\n序号  指标名称  单位  2020年  2025年  属性\n"
              "1  数字经济增加值占GDP比重  %  46.8  60左右  预期性\n")
    f, _ = extract_report(spaced, "t", "t.txt", "2021-06-30", None)
    assert list(zip(f.value, f.period, f.measure_zh)) == [
        ("46.8", "2020", "数字经济增加值占GDP比重"), ("60", "2025", "数字经济增加值占GDP比重")]


def test_a_grid_printed_one_cell_per_line_reads_as_a_grid_printed_with_spaces():
    # a web page's table saved as text: every cell on a line of its own, stray spaces inside cells
    stacked = GRID.replace("指标名称　2020年　2025年　年均增长（%）　属性\n", "指标\n2020年\n2025年\n年均增长（%）\n属性\n").replace(
        "数字经济核心产业增加值（亿元）　3,060　5,000　10.3　预期性\n", "数字经济 核心产业增加值（亿元）\n3,060\n5,000\n10.3\n预期性\n\n").replace(
        "公共充（换）电桩（万个）　2.2　6　—　约束性\n", "公共充（换）电桩（万个）\n2.2\n6\n—\n约束性\n")
    ct = clean_text(stacked)
    assert [ct.text[a:b] for a, b in split_paragraphs(ct)][-4:] == [
        "指标 2020年 2025年 年均增长（%） 属性", "数字经济核心产业增加值（亿元） 3,060 5,000 10.3 预期性",
        "公共充（换）电桩（万个） 2.2 6 — 约束性", "围绕上述目标，市级财政每年安排专项资金3亿元。"]
    assert all(stacked[ct.raw_span(i, i + 1)[0]] == ch for i, ch in enumerate(ct.text) if not ch.isspace())
    f, _ = extract_report(stacked, "t", "t.txt", "2021-06-18", None)
    assert [(r.quote, r.kind, r.period, r.measure_zh) for r in f.itertuples()][1:6] == [
        ("3,060", "level", "2020", "数字经济核心产业增加值"), ("5,000", "target", "2025", "数字经济核心产业增加值"),
        ("10.3", "target", "2021..2025", "数字经济核心产业增加值"), ("2.2", "count_stock", "2020", "公共充（换）电桩"),
        ("6", "target", "2025", "公共充（换）电桩")]
    # a column of figures with no label before them is no grid: the lines stay as they were judged
    assert "\n" in clean_text("指标\n2020年\n2025年\n3\n4\n").text.strip()


def test_an_amount_per_person_in_a_grid_label_has_the_amount_s_unit():
    f, _ = extract_report("指标 2017年 2020年 2022年\n全员劳动生产率(万元/人年) 26 30 35\n", "t", "t.txt", "2018-10-16", None)
    assert list(zip(f.value, f.unit, f.period)) == [("260000", "yuan", "2017"), ("300000", "yuan", "2020"),
                                                    ("350000", "yuan", "2022")]


def test_a_monthly_release_s_table_dates_each_column_by_its_month_or_the_year_to_that_month():
    raw = ("社会消费品零售总额中限上企业(2021年8月)\n指标名称\n本月\n本月±%\n本月止累计\n累计±%\n消费品零售额(亿元)\n679.79\n2.9\n"
           "5598.21\n20.6\n1.粮油、食品类\n109.10\n18.6\n497.34\n-3.1\n统计范围：辖区内全部批发和零售业。\n")
    assert clean_text(raw).text.splitlines()[1:3] == ["指标名称 本月 本月±% 本月止累计 累计±%",
                                                       "消费品零售额(亿元) 679.79 2.9 5598.21 20.6"]
    f, _ = extract_report(raw, "t", "t.txt", "2021-09-24", None)
    assert list(zip(f.value, f.unit, f.kind, f.period, f.measure_zh)) == [
        ("67979000000", "yuan", "level", "2021-08", "消费品零售额"),
        ("2.9", "percent", "growth_rate", "2021-08", "消费品零售额"),
        ("559821000000", "yuan", "level", "2021-01..2021-08", "消费品零售额"),
        ("20.6", "percent", "growth_rate", "2021-01..2021-08", "消费品零售额"),
        ("10910000000", "yuan", "level", "2021-08", "粮油、食品类"),  # (the unit of the first row, for those under it)
        ("18.6", "percent", "growth_rate", "2021-08", "粮油、食品类"),
        ("49734000000", "yuan", "level", "2021-01..2021-08", "粮油、食品类"),
        ("-3.1", "percent", "growth_rate", "2021-01..2021-08", "粮油、食品类")]
    # the columns named by their growth's base: 比去年同月 is the month's, 比去年同期 the year's so far
    raw = "2022年9月社会消费品零售总额\n指标 本月 比去年同月增长(%) 1-本月 比去年同期增长(%)\n社会消费品零售总额(亿元) 1478.53 0.3 11864.63 -10.7\n"
    f, _ = extract_report(raw, "t", "t.txt", "2022-10-25", None)
    assert list(f.period) == ["2022-09", "2022-09", "2022-01..2022-09", "2022-01..2022-09"]


def test_a_table_of_places_or_years_takes_its_measure_from_the_column_and_reads_a_rank_column():
    text = ("2018年全省各市GDP排行榜\n\nGDP排行 | 设区市 | 2018年GDP(亿元) | 增速(%) |\n\n1 | 泉州市 | 8467.98 | 8.9 |\n\n"
            "2 | 福州市 | 7856.81 | 8.7 |\n\n近年全省主要指标\n\n年份 | GDP(亿元) | 常住人口(万人) |\n\n2017年 | 32182.1 | 3911 |\n")
    f, _ = extract_report(text, "t", "t.txt", "2019-02-20", None)
    got = [(r.quote, r.unit, r.kind, r.period, r.measure_zh, r.subject_zh) for r in f.itertuples()]
    assert got[-8:] == [("1", "rank", "rank", "2018", "GDP", "泉州市"), ("8467.98", "yuan", "level", "2018", "GDP", "泉州市"),
                        ("8.9", "percent", "growth_rate", "2018", "GDP", "泉州市"),
                        ("2", "rank", "rank", "2018", "GDP", "福州市"), ("7856.81", "yuan", "level", "2018", "GDP", "福州市"),
                        ("8.7", "percent", "growth_rate", "2018", "GDP", "福州市"),
                        ("32182.1", "yuan", "level", "2017", "GDP", got[-2][5]),
                        ("3911", "count", "count_stock", "2017", "常住人口", got[-1][5])]


def test_a_table_ranking_bodies_gives_each_row_its_body():
    raw = ("3月份全省港口集装箱吞吐量\n名次 | 港名 | 3月 | 1-3月 | 增幅% |\n1 | 苏州港 | 49.86 | 134.51 | 4.20 |\n"
           "2 | 连云港港 | 38.74 | 107.12 | 3.50 |\n")
    f, _ = extract_report(raw, "t", "t.txt", "2017-04-24", None)
    got = {(v, k): s for v, k, s in zip(f.value, f.kind, f.subject_zh)}
    assert got[("1", "rank")] == "苏州港" and got[("2", "rank")] == "连云港港"


def test_a_stacked_grid_of_columns_named_in_their_units_is_read_row_by_row():
    # 指标 / 年末数(万人) / 比重(%): columns named by what they count; cells closed by the table's rule (|); a row's
    # part (其中:城镇) is still a label
    raw = ("表1 2021年年末常住人口数及其构成 |\n||\n指 标 |\n年末数(万人) |\n比重(%) |\n全市常住人口 |\n162.06 |\n"
           "100.0 |\n其中:城镇 |\n106.85 |\n65.9 |\n乡村 |\n55.20 |\n34.1 |\n")
    ct = clean_text(raw)
    assert "其中:城镇| 106.85| 65.9|" in ct.text.splitlines()
    f, _ = extract_report(raw, "t", "t.txt", "2022-04-13", None)
    got = dict(zip(f.quote, zip(f.value, f.unit)))
    assert got["106.85"] == ("1068500", "count") and got["65.9"] == ("65.9", "percent")
    # one column named in a unit is no such grid
    assert "\n" in clean_text("指标\n年末数(万人)\n全市\n162.06\n乡村\n55.20\n").text.strip()
