"""What a figure measures and whom it is about, read from its sentence (reportfacts.extract.meaning), on tiny texts."""

import pytest

from reportfacts.extract.facts import extract_report
from reportfacts.extract.meaning import continued, headline_subject


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
    ("新认定国家高新技术企业10家，总数达到18家。", "18", "新认定国家高新技术企业总数"),
    ("实施“三大改造”项目29个。", "29", "实施“三大改造”项目"),
    ("其中3个省重点项目、16个市重点项目完成投资。", "16", "市重点项目"),
    ("2022年重大项目共安排883个。", "883", "重大项目"),
    ("成都上半年实现GDP9602.72亿元，同比增长13.1%。", "13.1", "GDP"),
    ("设立了1.5亿元的高质量发展专项资金。", "1.5", "高质量发展专项资金"),
    ("一季度，规上工业增加值保持增长2%。", "2", "规上工业增加值"),
])
def test_the_measure_is_the_phrase_the_sentence_prints(text, figure, measure):
    assert _rows(text)[figure][0] == measure


def test_the_subject_is_a_name_of_the_clause_a_topic_place_or_the_reports_own():
    rows = _rows("广州上半年GDP为13101.89亿元。同比增长13.7%。\n\n新增企业5家。", subject="广东")
    assert rows["13101.89"][1] == "广州" and rows["13.7"][1] == "广州"  # a place opening a sentence carries
    rows = _rows("新增企业5家，总投资10亿元。", subject="焦作高新区")
    assert rows["5"][1] == "焦作高新区"                                   # no name: the report's subject
    rows = _rows("搭建创业中心、河南理工大学科技园等4个创新创业平台。", subject="焦作高新区")
    assert rows["4"] == ("创新创业平台", "焦作高新区")                      # examples of a list are not the subject


def test_a_generic_head_continues_the_measure_before_it():
    assert continued("总数", "国家高新技术企业") == "国家高新技术企业总数"
    assert continued("", "GDP") == "GDP" and continued("营业收入", "GDP") == "营业收入"


def test_the_headline_gives_its_first_name():
    assert headline_subject("焦作高新区开创又高又新发展新局面") == "焦作高新区"
    assert headline_subject("") == ""


def test_without_a_given_subject_the_report_is_about_the_place_it_names_most():
    rows = _rows("杭州经济持续回升。杭州今年前三季度GDP增长10%。\n\n新增企业5家。")
    assert rows["5"][1] == "杭州"
