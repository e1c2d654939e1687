"""Period expressions and their resolution against the publication date."""

import re

import pytest

from reportfacts.extract.periods import Period, PubDate, find_periods, last_year


def one(text, published="2020-04"):
    found = find_periods(text, PubDate.parse(published))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,published,period", [
    ("去年1~11月份", "2020-01", "2019-01..2019-11"),
    # a statistic to date that would end after the report is the year before's (a January report on 1-11月)
    ("1-11月", "2022-01", "2021-01..2021-11"),
    ("前三季度", "2022-01-20", "2021-01..2021-09"),
    ("1-5月", "2022-06-20", "2022-01..2022-05"),
    ("“十四五”良好开局", "2022-02", "2021"),
    ("1月至8月份", "2024-10-01", "2024-01..2024-08"),
    ("今年一季度", "2020-04", "2020-Q1"),
    ("今年第一季度", "2021-05", "2021-Q1"),
    ("首季", "2021-05", "2021-Q1"),
    ("今年上半年", "2018-07", "2018-H1"),
    ("“十三五”期间", "2021-05", "2016..2020"),
    ("十三五初", "2021-05", "2016"),
    ("12月份", "2020-01-17", "2019-12"),  # a month of the last quarter, named in the first: last year's
    ("12月底前", "2020-05-17", "2020-12"),  # later in the year, a date ahead
    ("“十四五”以来", "2024-04", "2021..2023"),  # the plan's years reported since, as 2021年以来 reads
    ("“十三五”以来", "2020-05", "2016..2019"),
    ("“十三五”以来", "2020-12", "2016..2020"),  # in a December report, this year too
    ("到2025年", "2021-05", "2025"),
    ("到2029年", "2024-10-01", "2029"),
    ("3月13日", "2020-04", "2020-03-13"),
    ("元至2月", "2018-03-12", "2018-01..2018-02"),  # 元: January
    ("4月23日至25日", "2021-05", "2021-04-23..2021-04-25"),  # a span of days: its days
    ("4月29日至5月3日", "2023-05", "2023-04-29..2023-05-03"),  # across months
    ("目前", "2024-10-01", "2024-10"),
    ("现有", "2018-07", "2018-07"),
    ("2019年", "2020-01", "2019"),
    ("2019年度", "2020-04", "2019"),
    ("今年", "2020-04", "2020"),
    ("去年", "2020-01", "2019"),
    ("明年", "2024-10-01", "2025"),
    ("近5年", "2021-05", "2016..2020"),
    ("近三年来", "2024-10-01", "2021..2023"),
    ("今明两年", "2018-07", "2018..2019"),
    ("今后五年", "2023-01", "2023..2027"),            # the years ahead, this one first
    ("未来五年", "2022-10", "2023..2027"),            # ... from the next in a report of the year's last quarter
    ("1925年12月1日", "2021-05", "1925-12-01"),
    ("2015年9月", "2018-07", "2015-09"),
    ("明年1月份", "2024-10-01", "2025-01"),
    ("6月起", "2024-10-01", "2024-06..2024-09"),  # dated in the first week: September is the last full month
    ("6月起", "2024-10-20", "2024-06..2024-10"),
    ("一年来", "2020-01", "2019"),
    ("十年间，", "2023-02", "2013..2022"),            # the years up to the last one reported, as 十年来
    ("2014年以来", "2019-01", "2014..2018"),          # from that year to the last one reported
    ("2021年以来", "2022-06", "2021..2022"),          # ... still running
    ("2022年以来", "2022-11", "2022"),                # this year so far, as 今年以来
    ("15年以来，", "2015-07", "2015"),                 # the year written short, opening a clause in its own year
    ("建区15年以来", "2015-07", "2000..2014"),          # (fifteen years, after what they are counted from)
    ("二季度末", "2016-09", "2016-06"),               # the end of a quarter: its last month, a stock's date
    ("截至一季度末", "2017-05", "2017-03"),
    # a holiday: its days off that year, weekends included (periods.yml holidays)
    ("“五一”小长假", "2017-05-02", "2017-04-29..2017-05-01"),
    ("春节黄金周", "2022-02-08", "2022-01-31..2022-02-06"),
    ("2018年国庆假期", "2019-01", "2018-10-01..2018-10-07"),
    ("中秋国庆假期", "2023-10-04", "2023-09-29..2023-10-06"),
    ("元旦假期", "2023-01-03", "2022-12-31..2023-01-02"),  # (by the year it ends in)
    ("春运40天", "2023-02-16", "2023-01-07..2023-02-15"),  # the travel season, named alone, with its length
    ("2024年春运期间", "2024-03-06", "2024-01-26..2024-03-05"),
    ("国庆假期", "2040-10-09", "2040-10"),              # a year not listed: the months of its usual days
    ("春节期间", "2035-02", ""),                        # a lunar holiday of a year not listed: unresolved
])
def test_resolution(text, published, period):
    assert one(text, published).period == period


def test_two_years_before_a_change_is_a_span():
    found = find_periods("综合排名两年前移14个位次", PubDate.parse("2021-05"))
    assert [(p.text, p.period) for p in found] == [("两年", "2019..2020")]
    found = find_periods("三年新增国家级创新平台3个", PubDate.parse("2020-11"))  # its last quarter: this year too
    assert [(p.text, p.period) for p in found] == [("三年", "2018..2020")]


def test_comparison_base_is_flagged():
    p = one("比去年增长90%")
    assert p.comparison and p.period == "2019"
    assert one("是去年的1.67倍", "2020-01").comparison
    assert one("增速与1-2月份持平", "2023-04").comparison
    assert not one("转为上半年的增长", "2023-07").comparison  # 转为 turns to the period's own figure
    assert one("在去年的基础上再进一位", "2017-12").comparison  # the base a figure builds on


def test_topic_flag():
    assert one("2019年，焦作高新区").topic
    assert not one("召开2020年经济工作会议").topic


def test_without_publication_date_relative_periods_are_unresolved():
    for text in ("今年一季度", "去年", "目前", "近5年", "3月13日"):
        p = one(text, None)
        assert p.period == "" and p.unresolved
    assert one("2019年", None).period == "2019" and not one("2019年", None).unresolved


def test_no_periods():
    assert find_periods("", None) == []
    assert find_periods("增长13.8%", PubDate.parse("2020")) == []
    assert find_periods("万人发明专利拥有量", PubDate.parse("2018-07")) == []


def test_pubdate_parse():
    assert PubDate.parse("2024-10-01") == PubDate(2024, 10, 1)
    assert PubDate.parse("2020-04").month_str() == "2020-04"
    assert PubDate.parse(None) is None
    with pytest.raises(ValueError):
        PubDate.parse("April 2020")


def test_a_count_of_years_that_is_no_number_leaves_the_span_open():
    # 十三五 is written with numerals but names a plan: 近十三五年 has no count to subtract (it used to raise)
    p = one("近十三五年来", "2020-01")
    assert (p.kind, p.period) == ("span", "")
    assert one("近三年来", "2020-01").period == "2017..2019"


# ------------------------------------------------------------------------------- canonical periods (Period)
@pytest.mark.parametrize("text, first, last, months, grain", [
    ("2020", (2020, 1), (2020, 12), 12, "year"),
    ("2020-H2", (2020, 7), (2020, 12), 6, "half"),
    ("2022-Q2", (2022, 4), (2022, 6), 3, "quarter"),
    ("2021-01..2021-09", (2021, 1), (2021, 9), 9, "month"),
    ("2016..2020", (2016, 1), (2020, 12), 60, "year"),
    ("2020-04-08", (2020, 4), (2020, 4), 1, "day"),
])
def test_period_parse(text, first, last, months, grain):
    p = Period.parse(text)
    assert (p.first, p.last, p.months, p.grain) == (first, last, months, grain)
    assert p.last_year == last[0] and p.partial == (months < 12)


def test_period_arithmetic():
    q2 = Period.parse("2022-Q2")
    assert q2.span == (2022.25, 2022.5) and q2.first_month == "2022-04"
    assert Period.parse("2022").contains(q2) and not q2.contains(Period.parse("2022"))
    assert Period.parse("2016..2020").year_span and not Period.parse("2021-01..2021-09").year_span
    assert Period.parse("2016..2020").shift(-1) == "2015..2019"
    assert Period.parse("2019-01..2019-11").label == "2019 Jan–Nov" and Period.parse("2016..2020").label == "2016–2020"
    assert [Period.parse(x).label for x in ("2020-01-24..2020-02-02", "2024-10-01..2024-10-07",
                                            "2022-12-31..2023-01-02")] == [
        "24 Jan–2 Feb 2020", "1–7 Oct 2024", "31 Dec 2022–2 Jan 2023"]  # a holiday's days
    assert Period.of("") is None and last_year("") is None and last_year("2019..2020-H1") == 2020


@pytest.mark.parametrize("bad", ["last year", "2020-Q5", "2020..", "20201"])
def test_period_parse_rejects_non_canonical_text_naming_it(bad):
    with pytest.raises(ValueError, match=re.escape(repr(bad))):
        Period.parse(bad)


def test_a_period_opening_a_clause_after_a_marker_is_a_topic_not_a_comparison():
    e = one("同样是2020年，该项目竣工投产。", "2022-02")
    assert e.period == "2020" and e.topic and not e.comparison
    assert one("是去年的2倍多。", "2020-01").comparison


@pytest.mark.parametrize("text, period", [
    ("三年行动计划（2021-2023年）", "2021..2023"), ("从2016年至2020年，", "2016..2020"), ("2016年—2020年", "2016..2020")])
def test_a_range_of_years_is_one_span(text, period):
    e = one(text, "2021-09")
    assert (e.period, e.kind) == (period, "span")


@pytest.mark.parametrize("text, period, kind", [
    ("前11个月，", "2022-01..2022-11", "month_range"), ("今年前两个月，", "2022-01..2022-02", "month_range"),
    ("一至三季度，", "2022-01..2022-09", "month_range"), ("过去五年，", "2018..2022", "span"),
    ("今年六、七两个月，", "2022-06..2022-07", "month_range"), ("7、8月份，", "2022-07..2022-08", "month_range"),
    ("3、6月份，", "2022-06", "month")])  # in December: the year about to end counts
def test_more_written_forms_of_a_period(text, period, kind):
    e = one(text, "2022-12-20")  # after the months named: this year's
    assert (e.period, e.kind) == (period, kind)


def test_prepone_by_a_month_is_no_period():
    assert find_periods("提前一个月完成征迁任务", PubDate.parse("2024-10")) == []


@pytest.mark.parametrize("text", ["截至2021年底，全市", "2021年全年，全市", "去年末，全市"])
def test_a_year_end_or_whole_year_still_opens_a_topic(text):
    e = find_periods("数据显示" + text, PubDate.parse("2022-04"))[0]
    assert e.topic


def test_in_a_december_report_the_years_looked_back_on_count_the_year_about_to_end():
    assert one("一年来", "2017-12").period == "2017"
    assert one("近五年", "2017-12").period == "2013..2017"
    assert one("一年来", "2018-03").period == "2017"  # as before in other months


def test_a_year_written_without_nian_before_a_part_of_the_year_in_words_dates_it():
    from reportfacts.extract.periods import PubDate, find_periods
    got = [e.period for e in find_periods("2018一季度，全市生产总值增长2.9%。2021上半年增长10%。", PubDate.parse("2021-06"))]
    assert got[:2] == ["2018-Q1", "2021-H1"]


def test_a_plan_s_early_or_late_years_are_its_first_or_last():
    got = {e.text: e.period for e in find_periods("较“十三五”初期提升，到“十四五”末期达到，实现“十四五”开门红",
                                                  PubDate.parse("2022-07-11"))}
    assert got["“十三五”初期"] == "2016" and got["“十四五”末期"] == "2025" and got["“十四五”开门红"] == "2021"


def test_that_year_is_the_last_year_the_text_wrote_out():
    got = find_periods("时间回到2019年。那一年，宜宾GDP为2601.9亿元。", PubDate.parse("2023-02"))
    assert [(e.text, e.period) for e in got][1:] == [("那一年", "2019")]


def test_a_month_after_tongnian_or_cinian_is_of_the_year_last_written():
    got = find_periods("1994年2月经国务院批准设立，同年5月实施启动。2018年投产，次年3月达产。", PubDate.parse("2020-04"))
    assert [e.period for e in got] == ["1994-02", "1994-05", "2018", "2019-03"]
