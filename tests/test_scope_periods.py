"""Which period governs a figure: structural scope rules on tiny inline texts (one test per rule)."""

from reportfacts.extract.facts import extract_report


def periods(text, published="2020-04"):
    """{quote: period} of the facts of ``text``."""
    f, _ = extract_report(text, "t", "t.txt", published, None)
    return dict(zip(f.quote, f.period))


def test_what_the_reported_event_did_is_dated_the_events_day():
    text = ("1月10日，示范区召开经济工作会议。\n\n2019年，园区发展良好。\n\n"
            "会议对先进企业予以表彰，共兑现奖金300万元；区科创局等13个单位荣获先进单位称号。")
    got = periods(text, "2020-01")
    assert got["300万元"] == got["13个"] == "2020-01-10"
    # an event word later in the sentence: the clause it opens and those after it
    got = periods("4月8日上午，2022年第二季度项目集中启动活动举行，本次集中启动的新开工项目共200个。", "2022-04")
    assert got["200个"] == "2022-04-08"
    # a period named after the event word governs as before
    got = periods("1月10日，示范区召开会议。\n\n会议确定2020年目标：新增企业30家。", "2020-01")
    assert got["30家"] == "2020"
