"""Tests for reportfacts.text.clean on real snippets of all five seeds, plus offset round trips."""

import re
import unicodedata
from functools import lru_cache

import pytest

from reportfacts.core.paths import SEEDS_DIR
from reportfacts.text.clean import CleanText, clean_text, paragraph_around, split_paragraphs, split_sentences

SEED_FILES = {
    "000": "000_5019e7b091c0a71f.txt",
    "001": "001_fae88308b986c5c6.txt",
    "002": "002_5464f54fc4ce207d.txt",
    "003": "003_75858428b40de5ba.txt",
    "004": "004_4e5a29eaadb859ec.txt",
}


@lru_cache(maxsize=None)
def cleaned(seed: str) -> CleanText:
    """Clean one seed file (cached: the seeds are read-only)."""
    return clean_text((SEEDS_DIR / SEED_FILES[seed]).read_text(encoding="utf-8"))


def paragraphs(ct: CleanText) -> list[str]:
    """The paragraph strings of a clean text."""
    return [ct.text[s:e] for s, e in split_paragraphs(ct)]


def squash(raw_piece: str) -> str:
    """Raw text -> comparable clean form: NFKC, whitespace removed."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", raw_piece))


def assert_round_trip(ct: CleanText) -> None:
    """Every clean char comes from its raw char; offsets strictly increase and stay in range."""
    assert len(ct.offsets) == len(ct.text)
    assert all(a < b for a, b in zip(ct.offsets, ct.offsets[1:]))
    assert all(0 <= o < len(ct.raw) for o in ct.offsets)
    for ch, off in zip(ct.text, ct.offsets):
        src = ct.raw[off]
        if ch in " \n":
            assert src.isspace(), (ch, src, off)
        else:
            assert src == ch or unicodedata.normalize("NFKC", src) == ch or (src, ch) == ("·", "."), (ch, src, off)


# Phrases that only appear once the layout breaks, column spaces and number/unit splits are fixed.
PHRASES = {
    "000": [
        "同比增长8%，规模以上工业增加值同比增长8.6%",
        "排名居第138位，前移6个位次",
        "比增长10.5%，一般公共预算收入同比增长11%",
        "规上工业增加值保持2%的正增长",
        "两个项目到位债券资金2.39亿元",
        "目前到位2.39亿元。",
    ],
    "001": [
        "实现销售收入23亿元，同比增长64.3%",
        "是去年的1.67倍",
        "去年1~11月份，高技术产业",
        "最有代表性的是利用大江重工长期闲置的土地建设了投资15亿元的蒙牛四期项目。",
        "网上可办事项596项，占事项总数的97%",
        "预计全年地区生产总值增长8%，规模以上工业增加值增长8.6%",
        "新中国成立70周年大庆安保工作先进单位称号",
    ],
    "002": [
        "总投资129.53亿元",
        "意向投资454.16亿元",
        "加重“福”的分量。树牢“用政府的紧日子换取百姓的好日子”理念",
        "促进创新主体加速成长,积极兑现奖励资金",
        "■新闻热线:8797000",
    ],
    "003": [
        "2017年，全社会研究与开发经费占GDP比例为2.67%",
        "确定面积7.15平方公里",
        "发展壮大装备制造、生物医药、新材料等主导产业，积极培育新一代信息技术",
        "焦作嵩阳光电ITO导电膜真空磁镀膜生产线",
    ],
    "004": [
        "从146位提升至130位",
        "11000名煤矿工人坚持罢工斗争8个多月并取得胜利",
        "分别同比增长57.1%和64.2%，实现首季“开门红”",
        "27个项目总投资130.23亿元",
        "开启新征程，学党史、悟思想。3月13日",
        "全国高新区综合排名两年前移14个位次",
    ],
}


@pytest.mark.parametrize("seed, phrase", [(s, p) for s, ps in PHRASES.items() for p in ps])
def test_known_phrases_survive_cleaning(seed, phrase):
    assert phrase in cleaned(seed).text


@pytest.mark.parametrize("seed", sorted(SEED_FILES))
def test_seed_shape_and_round_trip(seed):
    ct = cleaned(seed)
    assert_round_trip(ct)
    assert ct.text == ct.text.strip()
    assert "\n\n\n" not in ct.text and not re.search(r"(?<!\n)\n(?!\n)", ct.text)
    assert not re.search(r"[\u4e00-\u9fff] +[\u4e00-\u9fff0-9]|[0-9] +[\u4e00-\u9fff]", ct.text)
    assert all(p == p.strip() and p for p in paragraphs(ct))


@pytest.mark.parametrize("seed", sorted(SEED_FILES))
def test_seed_cleaning_is_idempotent(seed):
    assert clean_text(cleaned(seed).text).text == cleaned(seed).text


# Paragraph structure: (seed, a paragraph must start with ..., must end with ...); None = any.
PARAGRAPH_BOUNDS = [
    ("000", "2019年，焦作高新区按照", "加快推进园区高质量发展。"),
    ("000", "数据显示，2019年", "增速名列河南省国家高新区第二。"),
    ("000", "今年一季度", "实现逆势增长。"),  # short line ending in 。 ends the paragraph
    ("000", "创新前行克难攻坚", "园区交出发展“好答卷”"),  # heading: not glued to the sentence
    ("000", "这一年，焦作高新区以攻城拔寨的拼劲", None),
    ("001", "本报记者郭树勋", "本报记者郭树勋"),
    ("001", "全力以赴抓产业、上项目，", "综合实力明显增强"),
    ("001", "推进工业转型升级。", "蒙牛四期项目。"),
    ("001", "“三区一极”建设交出亮丽成绩单", "报告解读（一）"),
    ("002", "25年砥砺前行,精诚践行使命担当", "25年砥砺前行,精诚践行使命担当"),
    ("002", "9月28日,高新区举行招商引资项目集中签约仪式", "本报记者郭树勋摄"),
    ("002", "——热烈庆祝中华人民共和国成立75周年——", "——热烈庆祝中华人民共和国成立75周年——"),
    ("003", "##新发展理念引领转型发展", "##新发展理念引领转型发展"),
    ("003", "焦作高新区科普生态广场", "焦作高新区科普生态广场"),
    ("003", "二是优化政策环境。", "已有政策的基础"),
    ("004", "不忘初心，22年风雨砥砺，", "焦作城市之南崛起新城区"),
    ("004", "雄关漫道真如铁，而今迈步从头越。", "雄关漫道真如铁，而今迈步从头越。"),
    ("004", "接续奋斗，党旗猎猎领航，", "“特别能战斗”铸就新辉煌"),
    ("004", "喜迎建党百年华诞，从1999年一路走来", "已经走过22个年轮。"),
    ("004", "▶刘琦车楠", "▶刘琦车楠"),
]


@pytest.mark.parametrize("seed, head, tail", PARAGRAPH_BOUNDS)
def test_paragraph_boundaries(seed, head, tail):
    matches = [p for p in paragraphs(cleaned(seed)) if p.startswith(head)]
    assert matches, f"no paragraph starts with {head!r}"
    if tail is not None:
        assert any(p.endswith(tail) for p in matches), matches


@pytest.mark.parametrize(
    "seed, figure",
    [("000", "2.39亿元"), ("001", "1.67倍"), ("001", "23亿元"), ("002", "129.53亿元"),
     ("003", "2.67%"), ("004", "130位")],
)
def test_raw_span_of_figure_gives_raw_text(seed, figure):
    ct = cleaned(seed)
    start = ct.text.index(figure)
    raw_start, raw_end = ct.raw_span(start, start + len(figure))
    assert squash(ct.raw[raw_start:raw_end]) == figure
    assert ct.raw[raw_start] == figure[0] and ct.raw[raw_end - 1] == figure[-1]


def test_number_split_from_unit_across_lines_is_joined():
    ct = cleaned("000")
    start = ct.text.index("2.39亿元。")
    raw_start, raw_end = ct.raw_span(start, start + len("2.39亿元"))
    assert "\n" in ct.raw[raw_start:raw_end]  # the raw figure really was split by a line break


def test_fullwidth_input_is_normalised_one_to_one():
    raw = "同比增长８．６％"
    ct = clean_text(raw)
    assert ct.text == "同比增长8.6%"
    assert ct.offsets == tuple(range(len(raw)))
    assert ct.raw_span(4, 8) == (4, 8)
    assert_round_trip(ct)


def test_a_text_written_one_line_per_paragraph_keeps_its_paragraphs():
    raw = "2021年全市生产总值2715.52亿元，比上年增长12%。\n从重点企业来看，全市产值过亿元企业共477家，\n实现产值2234.84亿元。\n一、综合"
    ct = clean_text(raw)
    assert paragraphs(ct) == ["2021年全市生产总值2715.52亿元，比上年增长12%。",
                          "从重点企业来看，全市产值过亿元企业共477家，实现产值2234.84亿元。", "一、综合"]
    assert_round_trip(ct)
    assert clean_text(ct.text).text == ct.text
    s = ct.text.index("477")
    assert paragraph_around(ct.text, s) == split_paragraphs(ct)[1]


def test_a_headline_on_its_own_line_is_its_own_paragraph():
    raw = "焦作高新区开创又高又新发展新局面\n2021年全市生产总值2715.52亿元。\n增长12%。"
    ct = clean_text(raw)
    assert paragraphs(ct) == ["焦作高新区开创又高又新发展新局面", "2021年全市生产总值2715.52亿元。", "增长12%。"]
    assert clean_text(ct.text).text == ct.text
    assert clean_text("12\n5").text == "12 5"  # no headline: two numbers are never one paragraph each either


def test_a_sentence_end_before_closing_marks_ends_a_paragraph_at_a_lone_newline():
    once = clean_text(";\r\r\r:)’\x850").text  # found by hypothesis: two closers after a colon
    assert clean_text(once).text == once


def test_a_middle_dot_before_a_percentage_s_decimals_is_a_decimal_point():
    ct = clean_text("医疗保健类价格上涨1·8%，“5·12”汶川地震")
    assert ct.text == "医疗保健类价格上涨1.8%，“5·12”汶川地震"  # 5·12 names a day
    assert_round_trip(ct)
    assert clean_text(ct.text).text == ct.text


def test_fullwidth_letters_and_ideographic_space():
    ct = clean_text("ＧＤＰ\u3000增长　２０２０　年")
    assert ct.text == "GDP增长2020年"
    assert_round_trip(ct)


def test_chinese_punctuation_is_untouched():
    raw = "（一）：“好”，坏；完。"
    assert clean_text(raw).text == raw
    assert clean_text("末．尾").text == "末．尾"  # ． only becomes "." between digits


def test_empty_and_whitespace_only():
    assert clean_text("").text == ""
    assert clean_text("").offsets == ()
    assert clean_text(" \n\n\u3000\n ").text == ""


def test_single_line_only_loses_spaces():
    raw = "  实 现 销 售 收 入 23 亿 元 ， 同 比 增 长 2019 年 ITO 导电膜  "
    ct = clean_text(raw)
    assert ct.text == "实现销售收入23亿元，同比增长2019年ITO导电膜"
    assert_round_trip(ct)


def test_space_between_numbers_or_words_is_kept():
    assert clean_text("第 12  5 名").text == "第12 5名"
    assert clean_text("Hello \u3000 World 中").text == "Hello World中"
    assert clean_text("12\n5").text == "12 5"  # never merge two numbers across a break either


def test_paragraph_break_maps_to_raw_newlines():
    raw = "第一段结束。\n\n# 标题\n\n第二段。"
    ct = clean_text(raw)
    assert ct.text == "第一段结束。\n\n#标题\n\n第二段。"
    for i, ch in enumerate(ct.text):
        if ch == "\n":
            assert ct.raw[ct.offsets[i]] == "\n"


def test_crlf_line_endings():
    ct = clean_text("甲乙丙丁。\r\n\r\n# 戊\r\n\r\n己")
    assert ct.text == "甲乙丙丁。\n\n#戊\n\n己"
    assert_round_trip(ct)


def test_non_str_raises_value_error():
    for bad in (None, b"bytes", 12, ["a"]):
        with pytest.raises(ValueError, match="str"):
            clean_text(bad)


def test_clean_text_is_frozen():
    ct = clean_text("甲")
    with pytest.raises(AttributeError):
        ct.text = "乙"


def test_raw_span_rejects_empty_or_out_of_range():
    ct = clean_text("甲乙")
    with pytest.raises(ValueError):
        ct.raw_span(1, 1)
    with pytest.raises(ValueError):
        ct.raw_span(0, 3)


def test_split_paragraphs_spans():
    ct = clean_text("甲。\n\n乙。\n\n\n丙")
    assert [ct.text[s:e] for s, e in split_paragraphs(ct)] == ["甲。", "乙。", "丙"]
    assert split_paragraphs(clean_text("")) == []


def test_split_sentences_keeps_closing_quotes_and_paragraph_ends():
    text = "他说：“好。”我们走吧！真的？是；否\n\n新段落没有句号"
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == ["他说：“好。”", "我们走吧！", "真的？", "是；", "否", "新段落没有句号"]


def test_split_sentences_range_and_seed_sentence():
    ct = cleaned("001")
    para = next(p for p in split_paragraphs(ct) if ct.text[p[0]:p[1]].startswith("突出项目"))
    sents = [ct.text[s:e] for s, e in split_sentences(ct.text, *para)]
    assert "今年纳入省重点项目数达到5个，是去年的1.67倍。" in sents
    assert all(para[0] <= s < e <= para[1] for s, e in split_sentences(ct.text, *para))


def test_deterministic():
    raw = (SEEDS_DIR / SEED_FILES["004"]).read_text(encoding="utf-8")
    assert clean_text(raw) == clean_text(raw)


def test_a_text_in_traditional_characters_is_read_in_simplified_ones_one_for_one():
    raw = "2021年全省實現地區生產總值(GDP)53850.79億元,比上年增長8.2%。"
    ct = clean_text(raw)
    assert ct.text == "2021年全省实现地区生产总值(GDP)53850.79亿元,比上年增长8.2%。" and len(ct.text) == len(raw)
    assert ct.raw[slice(*ct.raw_span(9, 15))] == "地區生產總值"
    # a simplified text keeps the few characters the table would also change (著 -> 着)
    assert clean_text("显著增长8%。").text == "显著增长8%。"


def test_a_traditional_reports_figures_keep_its_printed_phrases():
    from reportfacts.extract.facts import extract_report
    f, _ = extract_report("全省實現地區生產總值53850.79億元，比上年增長8.2%。", "t", "t.txt", "2022-01", None)
    assert list(f.value) == ["5385079000000", "8.2"] and list(f.measure_zh) == ["地區生產總值", "地區生產總值"]


def test_short_numbered_headings_between_paragraphs_are_no_newspaper_column():
    body = "，全县上下统筹推进疫情防控和经济社会发展，扎实做好“六稳”工作，全面落实“六保”任务，各项社会事业稳步推进"
    paras = ["2020年鄄城县国民经济和社会发展统计公报",
             "2020年，面对错综复杂的经济形势" + body + "，“十三五”实现圆满收官。",
             "一、综合", "经济发展稳中有进" + body + "。全县实现地区生产总值245.19亿元，比上年增6%。",
             "二、农业", "农林牧渔业全面发展" + body + "。全县农林牧渔业实现总产值53.76亿元。",
             "三、工业", "工业经济平稳运行" + body + "。全县规模以上工业增加值可比增长 5.6 %。"]
    ct = clean_text("\n\n".join(paras))  # (the spaces around 5.6 make it raw text, not yet in clean form)
    assert ct.text.split("\n\n") == paras[:-1] + [paras[-1].replace(" 5.6 %", "5.6 %")]


def test_a_pinyin_gloss_after_a_character_is_dropped_and_the_map_still_lands():
    raw = "完成規(guī)模工業(yè)增加值同比增長11%，GDP(gross)增長(5%)。"
    ct = clean_text(raw)
    assert ct.text == "完成规模工业增加值同比增长11%，GDP(gross)增长(5%)。"  # no tone mark: no gloss
    at = ct.text.index("11%")
    assert raw[ct.offsets[at]: ct.offsets[at] + 3] == "11%"


def test_a_line_opening_with_a_bullet_starts_a_paragraph():
    for raw in ("报告指出:\n●广州经济总量突破3万亿元;\n●地方一般公共预算收入达1.39万亿元;\n",
                "报告指出:\n\n●广州经济总量突破3万亿元;\n\n●地方一般公共预算收入达1.39万亿元;\n"):
        ct = clean_text(raw)
        got = [ct.text[a:b] for a, b in split_paragraphs(ct)]
        assert got[1:] == ["●广州经济总量突破3万亿元;", "●地方一般公共预算收入达1.39万亿元;"], got


def test_a_bullet_line_ends_its_item_even_with_commas_inside():
    """One line per paragraph: an item of a list listing several figures ends at its newline; the short line after
    it is a heading of the next list, not the item's last words."""
    raw = "创新驱动\n\n■培育科技型企业1450家、制造业冠军74家、专精特新企业292家\n\n园区升级\n\n■创建国家级经开区2个\n"
    ct = clean_text(raw)
    got = [ct.text[a:b] for a, b in split_paragraphs(ct)]
    assert got == ["创新驱动", "■培育科技型企业1450家、制造业冠军74家、专精特新企业292家", "园区升级",
                   "■创建国家级经开区2个"], got


def test_a_text_with_a_table_row_cleans_to_a_fixed_point():
    for raw in (";\r\r\r0\u2028|", "表1\n|绝对数(亿元) |比上年增长(%) |\n地区生产总值| 617.50 | 5.2 |\n全年增长。"):
        once = clean_text(raw).text
        assert clean_text(once).text == once, raw


def test_a_text_with_a_blank_line_after_every_line_keeps_each_line_a_paragraph():
    # a web page's text, saved one paragraph a line with blank lines between: never a newspaper column, however
    # alike its lines' widths; a line ending in a semicolon or a comma goes on with its sentence (an item of a list)
    paras = ["一、农业生产基本稳定", "全县实现农林牧渔总产值9.48亿元，增长0.8%，蔬菜产量9.72万吨，增长2.0%。",
             "二、工业生产稳中有升", "全县规模以上工业增加值增长5.1%，制造业增加值增长6.0%，电力增长3.2%。",
             "三、固定资产投资增长", "全县固定资产投资增长7.3%，工业投资增长12.5%，民间投资同比增长4.4%。",
             "四、消费市场持续回暖", "全县社会消费品零售总额增长6.1%，城镇消费增长6.3%，乡村消费增长5.2%。"]
    ct = clean_text("\n\n".join(paras).replace("9.48", " 9.48 "))  # (spaced: raw text, not yet in clean form)
    assert ct.text.split("\n\n") == paras
    listed = clean_text("主要预期目标：\n\n地区生产总值增长 7.5 %以上；\n\n固定资产投资增长11%。\n\n●广州增长4%；\n\n●深圳增长5%。")
    assert listed.text.split("\n\n") == ["主要预期目标：", "地区生产总值增长7.5 %以上；固定资产投资增长11%。", "●广州增长4%；",
                                         "●深圳增长5%。"]


def test_a_short_line_listing_words_before_a_blank_line_is_a_heading_of_its_own():
    text = clean_text("对韩国、东盟、日本进出口大幅增长 外资、民企进出口保持增长\n\n据介绍，一季度进出口大幅增长。").text
    assert text.split("\n\n")[0] == "对韩国、东盟、日本进出口大幅增长外资、民企进出口保持增长"


def test_a_heading_between_sentences_of_a_one_line_per_paragraph_text_is_its_own_paragraph():
    raw = ("湖州市第八届人民代表大会第一次会议开幕。\n赶超发展的五年\n地区生产总值从2011年的1520亿元增加到2016年的2243.1亿元;"
           "\n全市城市化率从59.5%提高到62.9%。\n今后五年的重点目标\n地区生产总值突破3000亿元。")
    paras = clean_text(raw).text.split("\n")
    assert "赶超发展的五年" in paras and "今后五年的重点目标" in paras
    assert "地区生产总值从2011年的1520亿元增加到2016年的2243.1亿元;全市城市化率从59.5%提高到62.9%。" in paras  # (；: one)
    # a numbered chapter heading too short for a headline (一、发展基础), before a line opening with a quote
    raw = "8月10日，《江苏省数字经济发展规划》印发实施。\n一、发展基础\n“十三五”时期，全省推进数字经济发展。\n（二）主要目标\n到2025年，…"
    paras = clean_text(raw).text.split("\n")
    assert "一、发展基础" in paras and "（二）主要目标" in paras


def test_a_short_line_opening_a_paragraph_of_a_one_line_per_paragraph_text_is_its_own():
    raw = ("合肥市政府工作报告出炉：去年GDP达12673.8亿元，今年预期增长6%左右\n来源：安徽财经网　记者 李晓雯\n"
           "1月23日上午，合肥市人代会开幕。过去一年，合肥经济总量再上新台阶，\n新的一年再创佳绩。\n")
    got = clean_text(raw).text
    assert got.split("\n")[:3] == ["合肥市政府工作报告出炉：去年GDP达12673.8亿元，今年预期增长6%左右", "来源：安徽财经网记者李晓雯",
                                   "1月23日上午，合肥市人代会开幕。过去一年，合肥经济总量再上新台阶，新的一年再创佳绩。"]
    assert clean_text(got).text == got  # (a line stopping on its comma is still joined, and cleaning is idempotent)


def test_the_first_line_of_a_text_of_lines_is_its_own_paragraph_even_with_clauses():
    raw = ("中部地区GDP十强城市!武汉稳居首位,郑州重返第二,合肥第四\n中部地区属于中国经济地理概念,包括山西、河南等六省,"
           "总面积约为102.8万平方千米。\n\n业内人士指出,中部地区在我国社会发展中具有举足轻重的地位,是连接东西部地区的"
           "重要枢纽。\n\n也有观点指出,中部地区的发展相对滞后,与东部地区的差距逐渐扩大。\n\n2024年上半年,中部地区"
           "GDP十强城市出炉。\n")
    assert clean_text(raw).text.startswith("中部地区GDP十强城市!武汉稳居首位,郑州重返第二,合肥第四\n中部地区属于")
