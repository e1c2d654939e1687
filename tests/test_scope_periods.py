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


def test_a_period_framed_by_cong_laikan_is_its_paragraphs_topic_not_a_start_point():
    text = ("从2021年完成情况来看，全市完成投资596.3亿元。其中，交通行业完成182.4亿元。\n\n"
            "今年，新开工项目200个。\n\n新增市场主体300个。")
    got = periods(text, "2022-04")
    assert got["596.3亿元"] == got["182.4亿元"] == "2021"
    # it does not carry past its paragraph as a written topic does
    assert periods("从2021年完成情况来看，全市完成投资596.3亿元。\n\n新增市场主体300个。", "2022-04")["300个"] == "2022-04"
    # 从 without 来看 is still a start point that dates nothing
    assert periods("从1999年建设的高新区,历经25年发展,成为新城区。", "2024-10-01")["25年"] == "2024-10"


def test_a_projects_designed_capacity_or_output_once_built_has_no_period():
    got = periods("去年，该项目规划产能120GWh、产值超千亿元，该项目建成后，将带动产值超2000亿元。"
                  "该项目总投资60亿元，达产后年产值将达200亿元。", "2022-02")
    assert got["120GWh"] == got["2000亿元"] == got["200亿元"] == ""
    assert got["60亿元"] == "2021"
    # "建成后一年" is a time offset, not a projection
    assert periods("2020年，工厂建成后一年，公司营收增长50%。", "2022-02")["50%"] == "2020"


def test_a_year_in_a_paragraphs_opening_sentence_sets_its_time():
    text = ("2020年，工厂建成投产。\n\n根据最近公布的数据，宁德去年GDP增长13.3%。深圳GDP首次超过三万亿。\n\n"
            "细分数据显示，规上工业增加值同比增长32.5%。")
    got = periods(text, "2022-02")
    assert got["13.3%"] == got["三万亿"] == got["32.5%"] == "2021"
    # a chronology in the opening sentence sets no time for what follows
    got = periods("高新区1999年设立，2006年确定面积7.15平方公里。\n\n园区入驻企业38家。", "2018-07")
    assert got["38家"] == "2018-07"


def test_a_goal_by_the_years_end_is_dated_the_year():
    got = periods("紫荆大道项目10月份开工,污水处理厂项目年底前完成总工程量的30%。", "2024-10-01")
    assert got["30%"] == "2024"
    assert periods("污水处理厂项目年底前完成总工程量的30%。", "2024-10-01")["30%"] == "2024"


def test_an_opening_year_carries_only_while_its_paragraph_stays_in_that_year():
    text = ("4月11日，深圳市人大会议开幕，市长代表市政府向大会作政府工作报告，提出今年经济社会发展的主要预期目标。\n\n"
            "深圳2021年GDP为3.07万亿元。今年的报告提出，2022年工业增加值增长5%。\n\n制造业比重低于30%。")
    assert periods(text, "2022-04")["30%"] == "2022-04"
    # a question sets no time
    assert periods("GDP今年破两万亿？\n\n13151.38亿元，同比增长10%。", "2021-11")["10%"] == "2021-11"


def test_a_gap_has_the_period_of_the_rate_it_is_compared_from():
    got = periods("上半年，数字经济增加值同比增长16.7%；两年平均增长13.6%，高于GDP增速6.6个百分点。"
                  "两年平均增速比一季度加快0.8个百分点。", "2021-08")
    assert got["13.6%"] == got["6.6个百分点"] == "2020..2021"
    assert got["0.8个百分点"] == "2021-H1"  # a change over time keeps the period it is written in


def test_a_regular_amount_is_dated_at_present():
    text = "2023年，园区发展良好。\n\n每年为企业争取的政策性资金达7000万元以上,争取国家数量连续三年位居全市第一。"
    got = periods(text, "2024-10-01")
    assert got["7000万元以上"] == "2024-10"
    assert periods("2023年，园区发展良好。\n\n争取政策性资金7000万元。", "2024-10-01")["7000万元"] == "2023"


def test_a_projects_total_investment_is_not_dated_by_an_earlier_sentences_part_year():
    got = periods("今年区3个省重点项目总投资32亿元,1月至8月份完成投资10.52亿元;"
                  "22个市重点项目总投资170.96亿元,1月至8月份完成投资59.46亿元。", "2024-10-01")
    assert got["170.96亿元"] == "2024" and got["59.46亿元"] == got["10.52亿元"] == "2024-01..2024-08"
    # a part-year written as a topic dates the projects counted under it, total included
    got = periods("一季度，新开工项目34个，总投资100亿元。实施项目234个，总投资912.7亿元。", "2020-04")
    assert got["912.7亿元"] == "2020-Q1"


def test_a_level_crossed_under_a_span_of_years_is_dated_its_last_year():
    got = periods("“十四五”时期，杭州力争生产总值突破2.3万亿元；居民人均可支配收入突破8.5万元。", "2021-11")
    assert set(got.values()) == {"2025"}, got
    got = periods("“十三五”期间，累计完成投资突破500亿元。", "2021-05")
    assert list(got.values()) == ["2016..2020"]


def test_a_share_under_a_span_of_years_is_where_it_ends_and_now_when_the_span_is_still_running():
    got = periods("“十三五”期间，全市林木覆盖率达24%，新增企业501家。", "2021-01")
    assert got["24%"] == "2020" and got["501家"] == "2016..2020"
    got = periods("“十四五”以来，全市规上工业企业中超40%为优质中小企业，专精特新企业达300家。", "2025-09")
    assert got["40%"] == got["300家"] == "2025-09"


def test_a_lead_reviewing_the_years_up_to_last_year_dates_the_review_after_it():
    text = ("应勇指出，一年来，全市经济社会发展总体平稳、稳中有进、稳中向好，呈现结构更优、效益更好、更趋协调、"
            "更可持续的高质量发展态势。\n\n一是经济平稳增长。全市生产总值增长6.6%。")
    assert periods(text, "2019-01-27")["6.6%"] == "2018"
    text = ("过去的五年极不寻常。五年来，我们坚持以新发展理念为引领，坚持稳中求进工作总基调，全省经济实现了新的跨越。\n\n"
            "生产总值突破6万亿元，城镇新增就业640万人。")
    got = periods(text, "2023-01-14")
    assert got["6万亿元"] == "2022" and got["640万人"] == "2018..2022"


def test_a_rank_moved_from_and_to_under_a_plan_s_years():
    got = periods("“十三五”期间，粮食产量由全国第6位上升为第4位。", "2021-01")
    assert (got["6位"], got["4位"]) == ("2016", "2020")


def test_a_lead_naming_last_year_makes_it_the_reports_reference_period():
    text = "安徽2021年GDP达42959.2亿元，居全国第10位，这是一份来之不易的成绩单。\n\n全省规上工业增加值增长8.9%。"
    assert periods(text, "2022-01-27")["8.9%"] == "2021"
    # a lead naming an older year (a chronology, a history) is no reference period
    text = "高新区1999年设立，经过多年发展已经成为全市创新高地和产业高地。\n\n园区入驻企业38家。"
    assert periods(text, "2018-07")["38家"] == "2018-07"


def test_a_cumulative_total_dated_by_a_month_runs_from_january():
    got = periods("去年10月，宁德锂电新能源产业首次完成产值1100亿元。", "2022-02")
    assert got["1100亿元"] == "2021-01..2021-10"
    assert periods("去年10月，宁德锂电新能源产业完成产值110亿元。", "2022-02")["110亿元"] == "2021-10"


def test_a_duration_after_its_start_year_spans_its_years():
    got = periods("自2004年起，宁德当地官员展开持续3年的邀约和拜访。", "2022-02")
    assert got["3年"] == "2004..2006"


def test_a_span_of_years_after_cong_dates_what_follows():
    assert periods("从2016年至2020年，GDP年均增长6.5%。", "2021-05")["6.5%"] == "2016..2020"


def test_a_duration_in_years_runs_up_to_the_reports_reference_year():
    text = ("刚刚过去的2019年，是示范区发展历程中极不平凡的一年，全区上下围绕建设“三区一极”砥砺前行。\n\n"
            "火炬统计工作连续4年被科技部评为先进单位。")
    assert periods(text, "2020-01")["4年"] == "2016..2019"  # N consecutive years: the span of them
    # without a reference period it runs up to the present: the last full year
    assert periods("2019年，园区发展良好。\n\n火炬统计工作连续4年被评为先进单位。", "2021-05")["4年"] == "2017..2020"
    assert periods("2019年，火炬统计工作4年被评为先进单位。", "2021-05")["4年"] == "2019"  # not consecutive: as before


def test_already_after_a_written_period_does_not_redate_the_figure():
    got = periods("截至2020年底，全市已建成5G基站1.5万个。目前，长沙拥有软件企业1200家。", "2021-09-24")
    assert got["1.5万个"] == "2020" and got["1200家"] == "2021-09"
    assert periods("全市已建成5G基站1.5万个。", "2021-09-24")["1.5万个"] == "2021-09"


def test_a_dateline_is_not_the_reports_reference_period():
    text = "1月20日，安徽省统计局公布2021年全省经济运行情况，全省生产总值42959.2亿元，比上年增长8.3%。\n\n安徽GDP首次突破4万亿元。"
    assert periods(text, "2022-01-27")["4万亿元"] == "2021"


def test_a_year_after_a_datelines_day_is_the_paragraphs_topic():
    text = "中新网2月1日电 据统计局消息，2022年武汉市地区生产总值1.8万亿元。分产业看，第一产业增加值475亿元。"
    assert periods(text, "2023-02-01")["475亿元"] == "2022"


def test_the_items_of_a_target_list_all_inherit_its_period():
    text = ("《规划》提出了“十四五”的三大目标：\n\n——规模实现新提升。工业增加值年均增长7%。\n\n"
            "——结构实现新优化。高新技术产业产值比重达50%。\n\n——企业实现新突破。新增单项冠军企业20家。\n\n"
            "去年新增企业12家。")
    got = periods(text, "2022-03")
    assert got["7%"] == got["20家"] == "2021..2025"   # over the plan's years
    assert got["50%"] == "2025"                       # where the plan ends
    assert got["12家"] == "2021"                      # the list ended


def test_a_goal_over_a_plans_years_spans_the_plan_its_deadline_closes():
    text = "“十四五”期间，全省科技加快发展。力争到2025年，研发经费投入年均增长18%以上，投入强度达3%左右。"
    got = periods(text, "2021-11")
    assert got["18%以上"] == "2021..2025"
    assert got["3%左右"] == "2025"
    # no plan named that ends that year: the deadline
    assert periods("力争到2025年，研发经费投入年均增长18%以上。", "2021-11")["18%以上"] == "2025"


def test_the_rank_a_ranking_moved_from_is_the_previous_editions():
    got = periods("2022年，全省经济稳中有进，全国排名由第18位前移至第15位。", "2023-01")
    assert (got["18位"], got["15位"]) == ("2021", "2022")
    got = periods("去年我省经济较快增长，经济总量位次由2011年的第17位前移到第16位。", "2013-01")
    assert (got["17位"], got["16位"]) == ("2011", "2012")  # a year written after 由 dates the rank itself


def test_the_year_after_you_of_a_change_dates_its_from_side_only():
    got = periods("2021年，全区经济平稳。三次产业结构由2020年的0.65:55.35:44调整为0.7:53.5:45.8。", "2022-03")
    assert got["0.65"] == got["44"] == "2020"
    assert got["0.7"] == got["45.8"] == "2021"
    # under a goal's deadline the from side is where things stood, the to side and the clauses after it the goal's
    f, _ = extract_report("到2025年，软件业务收入由2020年的7,010亿元增加到1.2万亿元，电子信息制造业营业收入达到2万亿元。",
                          "t", "t.txt", "2021-06", None)
    assert [(q, k, p) for q, k, p in zip(f.quote, f.kind, f.period)] == [
        ("7,010亿元", "level", "2020"), ("1.2万亿元", "target", "2025"), ("2万亿元", "target", "2025")]
    f, _ = extract_report("到2025年，核心产业营业收入达到4万亿元，其中软件业务收入由2020年的7,010亿元增加到1.2万亿元。",
                          "t", "t.txt", "2021-06", None)
    assert list(zip(f.kind, f.period))[1:] == [("level", "2020"), ("target", "2025")]  # (a part of a goal's base)
    f, _ = extract_report("到2025年，全市小巨人企业达到200家，较2021年底的68家增加近两倍。", "t", "t.txt", "2022-01", None)
    assert (f.kind[1], f.period[1]) == ("count_stock", "2021")  # a base at a year's end: where things stood


def test_a_quarter_written_without_its_year_that_ends_after_the_report_is_last_years():
    text = "过去一年，全省经济承压前行：克服一季度增速回落影响，四季度全面回升、当季增长6%。"
    assert periods(text, "2024-01-24")["6%"] == "2023-Q4"
    # a goal may look ahead
    assert periods("力争四季度增长6%。", "2024-01-24")["6%"] == "2024-Q4"


def test_a_flow_to_the_end_of_a_month_is_the_year_to_date_and_a_balance_is_not():
    assert periods("截至8月底已完成投资487.68亿元。", "2025-09")["487.68亿元"] == "2025-01..2025-08"
    assert periods("截至8月底，贷款余额354.88亿元。", "2025-09")["354.88亿元"] == "2025-08"


def test_figures_listed_after_the_years_they_are_of_are_one_a_year():
    got = periods("2022年至2025年，我市新增专精特新中小企业数量逐年上升，分别为39家、55家、84家、98家。", "2025-05")
    assert [got[q] for q in ("39家", "55家", "84家", "98家")] == ["2022", "2023", "2024", "2025"]
    # as many measures as a plan has years are not its years
    got = periods("“十三五”期间，五项指标分别比“十三五”初增长了180%、447%、272%、500%和650%。", "2021-05")
    assert {got[q] for q in ("180%", "447%", "650%")} == {"2016..2020"}
    # so are those after the years since one, up to the report's (2010年以来 in 2014: 2010..2013)
    got = periods("2010年以来，我省年度GDP分别增长15%、14.2%、13.6%、12.5%，增速逐年回落。", "2014-02")
    assert [got[q] for q in ("15%", "14.2%", "13.6%", "12.5%")] == ["2010", "2011", "2012", "2013"]
    got = periods("2010年以来，我省GDP年均增速、投资年均增速分别为12%、20%。", "2014-02")  # not as many as its years
    assert got["12%"] == got["20%"] == "2010..2013"


def test_a_ranking_the_lead_announces_dates_the_ranks_after_it():
    text = ("7月31日，论坛公布了2024年度赛迪百强县名单。湖北8个县市上榜：仙桃市位列第54名。\n\n"
            "与去年相比，仙桃市从第56位升至第54位。")
    got = periods(text, "2024-08")
    assert got["54名"] == got["54位"] == "2024" and got["56位"] == "2023"
    # the group a rank is in is of the ranking's time
    got = periods("科技部公布2022年国家高新区综合评价结果。合肥高新区在169个国家级高新区中位居第七名。", "2023-02-17")
    assert got["169个"] == got["七名"] == "2022"
    # so are the places a ranking lists, with the edition the lead names or, naming none, of the year
    got = periods("7月31日，论坛公布了2024年度赛迪百强县名单。百强县中东部地区占据了66席，湖北8个县市上榜。", "2024-08")
    assert got["66席"] == got["8个"] == "2024"
    assert periods("江苏9家国家高新区入围全国50强。", "2024-12-28")["9家"] == "2024"


def test_a_ranking_announced_on_a_day_is_of_its_year_and_a_rank_of_that_days_figure_of_the_day():
    text = ("2017年12月16日，第十七届县域经济基本竞争力名单揭晓，长沙县位居第六名。"
            "浏阳市、宁乡市分列第16位、第31位。")
    got = periods(text, "2017-12-18")
    assert got["六名"] == got["16位"] == got["31位"] == "2017"
    text = "腾讯研究院12日在峰会上发布的《中国“互联网+”数字经济指数（2018）》报告显示，长沙数字经济指数排全国第十一位。"
    assert periods(text, "2018-04-16")["十一位"] == "2018"  # (an index's ranks)
    got = periods("截至11月27日，甘肃新能源装机容量1428万千瓦，居全国首位。", "2014-12-04")
    assert got["首位"] == "2014-11-27"


def test_a_monthly_release_dates_its_later_sentences_by_the_month_it_reports():
    text = ("据市统计局网站消息，2024年3月份，居民消费价格环比下降1.1%。其中，食品价格下降3.8%，非食品价格下降0.7%。\n"
            "3月份，食品烟酒价格环比下降2.4%。食品中，鲜菜价格下降16.9%，鲜果价格下降3.8%。\n"
            "其他七大类价格环比三升四降。其中，衣着和居住价格分别上涨0.5%和0.2%。")
    assert set(periods(text, "2024-04-12").values()) == {"2024-03"}
    # a month not yet ended, or long past, is no release's: the publication month stays "now"
    assert periods("据消息，2024年4月份，全市新设企业1200家。园区现有企业500家。", "2024-04-12")["500家"] == "2024-04"


def test_an_undated_amount_or_growth_early_in_a_year_is_last_years_and_later_now():
    text = "全省开发区实现经营收入5.56万亿元，增长23%。园区规划面积278平方公里。研发投入是2012年的3倍。"
    got = periods(text, "2022-04-13")
    assert got["5.56万亿元"] == got["23%"] == got["3倍"] == "2021" and got["278平方公里"] == "2022-04"
    assert set(periods(text, "2022-07-13").values()) == {"2022-07"}
    # a multiple of the figure right before it is of that figure's time
    got = periods("人均GDP达到10万元，是全国平均水平的1.5倍。", "2022-04-13")
    assert got["10万元"] == got["1.5倍"] == "2021"


def test_a_period_closing_a_clause_after_a_comparing_verb_is_a_base_not_the_next_sentences_period():
    text = ("前三季度，全市规上工业增加值同比增长15.9%，两年平均增速高于一季度，与上半年基本持平。"
            "市级规上工业中，新材料产业增加值同比增长38.6%。")
    assert periods(text, "2021-10-29")["38.6%"] == "2021-01..2021-09"


def test_a_part_of_a_period_after_qizhong_governs_its_sentence_only():
    text = "工业方面，一季度，全市工业增加值增长3.9%，其中，1-2月增长11.9%，3月下降10.9%。全市增长面34.3%。"
    got = periods(text, "2022-04-20")
    assert got["11.9%"] == "2022-01..2022-02" and got["34.3%"] == "2022-Q1"


def test_a_flow_now_in_a_review_of_last_year_is_of_the_year_reviewed():
    text = ("24日开幕的湖南省人民代表大会透露，2023年湖南省地区生产总值总量突破5万亿元，经济韧性持续增强。\n\n"
            "从2012年突破2万亿元，再到如今突破5.1万亿元。目前全省有高新区40家。")
    got = periods(text, "2024-01-24")
    assert got["5.1万亿元"] == "2023" and got["40家"] == "2024-01"   # a stock now is of the publication month
    # a total to date is of now
    text += "截至目前，全省共培育专精特新企业205家。"
    assert periods(text, "2024-01-24")["205家"] == "2024-01"


def test_a_paragraph_citing_a_plan_states_its_goals():
    from reportfacts.extract.facts import extract_report
    text = ("浙江省政府办公厅近日印发《浙江省数字经济发展“十四五”规划》。\n\n"
            "根据规划，“十四五”期间要形成一批产业集群，有效发明专利达到8万件。同时，数字贸易进出口总额达到1万亿元。\n\n"
            "截至去年，浙江省数字经济增加值达30218亿元。")
    f, _ = extract_report(text, "t", "t.txt", "2021-07-05", None)
    got = {q: (k, p) for q, k, p in zip(f.quote, f.kind, f.period)}
    assert got["1万亿元"] == got["8万件"] == ("target", "2025")
    assert got["30218亿元"] == ("level", "2020")


def test_a_lead_opening_on_this_year_is_about_the_part_it_names():
    text = ("每月经济运行简况\n\n今年以来，受疫情影响，全市经济增长有所放缓。1-3月，实现地区生产总值1028.06亿元，负增长4.2%。"
            "\n\n一、农业生产基本平稳。农林牧渔业总产值165.05亿元，增长3.0%。")
    assert periods(text, "2020-04")["165.05亿元"] == "2020-01..2020-03"


def test_a_period_joined_to_a_comparison_base_is_a_base_too():
    text = "1—10月份，全市工业增加值增长8.5%。占比分别较1—9月份和上年同期提高0.1和1.2个百分点。"
    assert periods(text, "2022-11-23")["1.2个百分点"] == "2022-01..2022-10"


def test_a_year_in_a_rankings_title_dates_its_ranks():
    text = ("11月21日，中国信息通信研究院发布《中国工业百强县(市)、百强区发展报告(2018年)》，我省7地上榜。"
            "其中，宜都市(50名)、仙桃市(84名)上榜。")
    got = periods(text, "2018-11-23")
    assert got["50名"] == got["84名"] == "2018"


def test_these_n_years_are_the_last_n():
    assert periods("“这五年，扬州全市GDP连续迈上5000亿元台阶；居民收入比2015年增长43.1%。", "2021-01-20")["43.1%"] \
        == "2016..2020"


def test_already_after_a_part_of_a_year_earlier_in_the_paragraph_is_no_new_period():
    text = "1-8月共完成投资622.2亿元。其中新建项目已开工122个。"
    assert periods(text, "2018-09-19")["122个"] == "2018-01..2018-08"


def test_a_year_inside_a_noun_phrase_dates_that_phrase_not_the_clauses_after_it():
    text = "1-7月，湖里区延续了2016年度市对区绩效评估“双第一”的好势头，GDP增幅10.5%。"
    assert periods(text, "2017-08")["10.5%"] == "2017-01..2017-07"


def test_a_share_risen_to_over_a_span_is_at_its_end():
    assert periods("“十三五”期间，长江生态岸线占比提升至56.9%。", "2021-01-20")["56.9%"] == "2020"


def test_a_summary_in_bullets_before_the_lead_is_of_the_leads_period():
    text = ("●营业收入13977.46亿元：8个国家高新区7831.36亿元，省级高新区6146.10亿元\n\n"
            "全省高新区上半年实现营业收入13977.46亿元，同比增长20%，高新技术产业营业收入快速增长。")
    assert periods(text, "2021-08-31")["6146.10亿元"] == "2021-H1"


def test_a_rank_no_period_dates_is_of_the_publication_year():
    text = "日前，科技部通报了全国国家高新区综合评价排名，徐州高新区总排名位居第49位，比上年提升2位。"
    got = periods(text, "2017-12-24")
    assert got["49位"] == got["2位"] == "2017"


def test_a_release_opening_on_this_year_is_about_the_part_that_opens_a_clause():
    text = ("今年以来，全市上下认真贯彻落实经济工作会议精神，全市经济运行延续前4个月稳中向好的良好态势。\n\n一、工业生产持续提速\n\n"
            "1-5月，全市规上工业增加值同比增长9.9%，高于全省平均水平2.2个百分点，居全省第4位，较上月前移一位。\n\n二、投资\n\n"
            "分三大门类看，制造业增加值同比增长10.9%，采矿业增加值同比增长10.6%，工业生产保持较快增长态势。")
    assert periods(text, "2024-06")["10.9%"] == "2024-01..2024-05"


def test_already_in_a_review_of_last_year_is_already_by_then():
    text = ("2019年，全市科技创新工作以自主创新示范区为主战场，加强创新平台建设，科技创新的引领作用持续增强。\n\n一、2019年工作总结\n\n"
            "自创区规划经市委市政府审议，已报省部研究。全年打造创新平台14个，建设合作基地17个；新增企业305家，占全市的55.5%。")
    got = periods(text, "2020-03-09")
    assert got["14个"] == got["17个"] == got["55.5%"] == "2019"
    # a report that is no review of a past year: "already" is now in its sentence, as before
    assert periods(text.replace("2019年，", "近年来，").replace("全年", "已"), "2020-03-09")["17个"] != "2019"


def test_the_whole_year_said_in_a_sentence_dates_its_figures_to_the_year():
    text = "一年来，新区推动工业经济再上新台阶。2018年12月26日，项目投产。据统计，新区企业全年实现工业总产值646亿元。"
    assert periods(text, "2019-02-28")["646亿元"] == "2018"
    text = "1-10月，已完成投资193亿元，完成全年计划投资的95%。预计全年竣工项目90个。年内计划完成投资86亿元。"
    got = periods(text, "2022-11-14")
    assert got["193亿元"] == got["95%"] == "2022-01..2022-10"  # the year's plan is an attribute: progress so far
    assert got["90个"] == got["86亿元"] == "2022"
    assert periods("上半年增长6%，比去年全年提高2.9个百分点。", "2019-08")["2.9个百分点"] == "2019-H1"


def test_a_day_within_the_year_reviewed_does_not_date_the_narrative_after_it():
    text = "一年来，新区坚持项目为王。2018年12月26日，项目投产。签约引进项目50个以上，协议投资额100亿元以上。"
    got = periods(text, "2019-02-28")
    assert got["50个以上"] == got["100亿元以上"] == "2018"
    # no year framing the paragraph: the day's quarter, as before
    assert periods("2018年12月26日，项目投产。签约引进项目50个。", "2019-02-28")["50个"] == "2018-Q4"


def test_since_the_start_of_the_year_in_a_january_review_of_last_year_is_last_year():
    text = ("1月16日，记者从指挥部办公室了解到，2018年，新田县紧紧围绕百亿园区的奋斗目标，扎实开展产业项目建设年活动。\n\n"
            "今年以来，新田园区完成规模工业总产值95.13亿元。")
    assert periods(text, "2019-01-17")["95.13亿元"] == "2018"
    assert periods(text, "2019-03-17")["95.13亿元"] == "2019"  # by March the new year has results of its own


def test_a_progress_report_s_status_date_runs_through_its_paragraphs():
    """至9月底 (up to the end of September) in a lead: flows after it are the year to date, stocks are at that date,
    in its paragraph and the paragraphs after it."""
    text = ("9月下旬，我区举行了重点项目第三次集中开工。至9月底，全区重点建设项目累计完成投资367.1亿元，完成年度计划的73.4%。\n\n"
            "新建项目。至9月底，开工建设160个，累计完成投资153.7亿元。\n\n"
            "至9月底，303个区重点项目中开工在建项目数为278个。已竣工项目共50个，竣工率为40.7%。")
    got = periods(text, "2017-10-19")
    assert got["367.1亿元"] == got["73.4%"] == got["160个"] == got["153.7亿元"] == "2017-01..2017-09"
    assert got["50个"] == "2017-09"  # a stock at the status date, not the publication month
    # a month written as an event's (9月，项目开工) is no status date: no year to date
    assert periods("9月，全区新开工项目160个。", "2017-10-19")["160个"] == "2017-09"


def test_the_from_side_of_a_change_within_a_year_is_the_year_before():
    text = "2018年，全省科技创新成效显著，科技进步贡献率由57.5%增长至58.3%。"
    got = periods(text, "2019-01-10")
    assert (got["57.5%"], got["58.3%"]) == ("2017", "2018")
    # over a span of years the from-side is the span's first year, as before
    got = periods("“十三五”期间，科技进步贡献率由55%提高到60%。", "2021-01-10")
    assert (got["55%"], got["60%"]) == ("2016", "2020")


def test_a_year_end_base_dates_only_the_from_side_and_a_change_since_it_is_of_its_own_year():
    text = "五年来，苏州坚持创新驱动。2021年，全市人才总量由2016年末的240余万人增加到近340万人，科技进步贡献率比2016年末提高4.1个百分点。"
    got = periods(text, "2022-03-31")
    assert got["240余万人"] == "2016" and got["340万人"] == "2021"  # (近, "nearly", is its qualifier)
    assert got["4.1个百分点"] == "2017..2021"  # (the keying guide: a change from a named earlier year spans the years
    # after it)
    # and so is a change on last year's base
    assert periods("2021年，科技进步贡献率比上年提高1.1个百分点。", "2022-03-31")["1.1个百分点"] == "2021"


def test_that_day_is_the_last_day_written():
    text = "9月22日，大连市三季度重大项目集中签约活动举行。本次122个项目集中签约。\n\n当天，全市还有257个项目集中开工建设，总投资910.1亿元。"
    got = periods(text, "2021-09-23")
    assert got["257个"] == got["910.1亿元"] == "2021-09-22"
    # with no day written before it, 当天 dates nothing (the publication month, as for any undated figure)
    assert periods("当天，全市还有257个项目集中开工建设。", "2021-09-23")["257个"] == "2021-09"


def test_a_growth_from_a_plan_s_base_year_to_its_end_is_over_the_plan_s_years():
    text = "“十三五”期间，园区发展迅速。地区生产总值从2015年的94.42亿元到2020年的161.7亿元，年均增长9.1%。"
    got = periods(text, "2022-04")
    assert (got["94.42亿元"], got["161.7亿元"], got["9.1%"]) == ("2015", "2020", "2016..2020")
    # from the plan's first year's amount, the four years grown after it; with no plan named, the years after the base
    assert periods(text.replace("2015年", "2016年"), "2022-04")["9.1%"] == "2017..2020"
    assert periods(text.split("。", 1)[1], "2022-04")["9.1%"] == "2016..2020"


def test_an_undated_average_over_n_years_ends_with_the_last_year_the_report_covers():
    assert periods("规模以上工业增加值10年年均增长10.3%。", "2022-10")["10.3%"] == "2012..2021"
    assert periods("规模以上工业增加值增长10.3%。", "2022-10")["10.3%"] == "2022-10"  # no average: now, as before


def test_the_same_part_of_last_year_is_the_from_side_of_a_part_year_change():
    text = ("前三季度，全市各部门扎实推进稳投资各项工作，全市固定资产投资比上年同期增长11.5%。\n\n"
            "工业投资占全部投资的比重由上年同期的35.8%提升至41.0%，提升了5.2个百分点。")
    got = periods(text, "2021-10-28")
    assert got["35.8%"] == "2020-01..2020-09"
    assert got["41.0%"] == got["5.2个百分点"] == "2021-01..2021-09"


def test_a_stock_in_a_review_of_a_half_year_is_at_the_half_s_end():
    text = ("上半年，昆明高新区经济运行稳中向好，规模以上工业增加值同比增长8.1%，固定资产投资增长12%。\n\n"
            "“专精特新”中小企业共192户，净增114户。")
    got = periods(text, "2023-08-29")
    assert got["192户"] == "2023-06" and got["114户"] == "2023-H1"


def test_a_gap_above_last_years_same_period_has_the_period_of_the_share_it_follows():
    text = "至9月底，全区重点建设项目累计完成投资367.1亿元，完成年度计划的73.4%，高于去年同期1.6个百分点。"
    got = periods(text, "2017-10-19")
    assert got["73.4%"] == got["1.6个百分点"] == "2017-01..2017-09"  # 去年同期 after 高于 is a base, not a period


def test_a_recent_year_opening_a_sentence_is_the_topic_of_what_follows():
    text = ("资源县农业农村局召开2022年工作部署会\n\n2月7日，资源县农业农村局召开2022年工作部署会，全面部署2022年工作。"
            "\n\n马军通报了2021年工作取得的成就及2022年工作打算。2021年巩固脱贫攻坚成果，一产增加值达24.24亿元。"
            "完成粮食播种面积14.73万亩。")
    got = periods(text, "2022-02-15")
    assert got["24.24亿元"] == got["14.73万亩"] == "2021"
    # an older year opening a sentence is history: it stays with its sentence
    got = periods("2006年确定为国家高新区。园区现有企业500家。", "2022-02-15")
    assert got["500家"] == "2022-02"


def test_the_year_so_far_in_a_report_on_a_part_of_this_year_is_that_part():
    text = ("今年以来，全县农业农村经济保持较好发展势头。上半年全县农林牧渔业实现总产值25.67亿元，同比增长8%。\n\n"
            "一是粮食生产扎实推进。完成早稻播插面积6.8万亩。")
    got = periods(text, "2021-07-28")
    assert got["25.67亿元"] == got["6.8万亩"] == "2021-H1"
    # in a report on the whole of last year published in January, it is that year
    text = "2018年，新田县经济运行稳中有进，主要经济指标保持在合理区间，全县完成地区生产总值90亿元。\n\n今年以来，全县完成投资10亿元。"
    assert periods(text, "2019-01-20")["10亿元"] == "2018"
    # so is the publication's year since, written out (2021年以来 in a half-year release)
    text = ("上半年陕西GDP同比增长10.1%\n\n7月20日，省统计局发布上半年全省经济运行数据，全省地区生产总值为13698.4亿元。\n\n"
            "2021年以来，全省三次产业生产较快增长，全省规上工业增加值增长11.2%。")
    assert periods(text, "2021-07-21")["11.2%"] == "2021-H1"


def test_already_after_already_still_looks_back_to_the_part_of_the_year_they_follow():
    text = "一季度，全市产业集聚区已建成投产面积297.47平方公里，已开发面积占规划面积的33.5%。"
    got = periods(text, "2019-06-06")
    assert got["297.47平方公里"] == got["33.5%"] == "2019-Q1"
    # after the year so far, still running, 已 is now
    text = ("上半年，全区经济运行稳中有进，规模以上工业增加值同比增长8.1%，固定资产投资增长12%。\n\n"
            "今年以来，高新区聚焦创新主体培育。新增企业20家，累计已拥有40家。")
    assert periods(text, "2021-07-20")["40家"] == "2021-07"


def test_a_year_after_an_emphasis_ending_in_shi_is_no_comparison_base():
    text = "“十三五”期间，我市科技创新能力不断提升，特别是今年全社会研发经费支出占生产总值比重超过2.2%。"
    assert periods(text, "2020-12-24")["2.2%"] == "2020"


def test_already_after_a_semicolon_looks_back_to_its_sentences_topic_but_not_to_a_year_ahead():
    text = "截至2019年末，国家级经开区拥有高新技术企业3.1万家；拥有国家级孵化器和众创空间478家。"
    assert periods(text, "2021-01-27")["478家"] == "2019"
    text = "目前，污水处理项目明年年底建成投用；104个村的背街小巷硬化工程已完工81个。"
    assert periods(text, "2024-10-20")["81个"] == "2024-10"


def test_a_count_of_what_grew_over_a_part_of_the_year_is_of_that_part():
    text = "1-9月，全省规模以上工业增加值同比增长1.8%。从行业看，1-9月，全省38个大类行业中，有23个行业实现同比增长。"
    got = periods(text, "2020-10-21")
    assert got["38个"] == got["23个"] == "2020-01..2020-09"


def test_a_bare_year_before_a_rankings_name_is_its_edition():
    text = ("8月10日，赛迪顾问发布2022园区高质量发展百强榜单，山东共有7个园区上榜。\n\n"
            "济南高新技术产业开发区，位列第19位；烟台经济技术开发区，位列第25位。")
    got = periods(text, "2023-01-10")
    assert got["19位"] == got["25位"] == "2022"


def test_the_amount_a_figure_is_compared_from_is_of_the_base_year():
    got = periods("2020年底人才资源总量达到675万人，较2016年的603万人增长12%。", "2022-06")
    assert (got["675万人"], got["603万人"]) == ("2020", "2016")
    assert periods("出口额是去年的1.67倍。", "2022-06")["1.67倍"] == "2022-06"  # a multiple is of its own time


def test_a_month_opening_a_sentence_reaches_across_its_semicolons_and_that_month_refers_back_to_it():
    text = ("8月20日，记者从省统计局获悉，7月份，居民消费价格同比上涨2.0%，涨幅比6月份扩大0.4个百分点；环比上涨0.3%。\n\n"
            "当月，食品价格同比上涨8.7%。在食品价格中，猪肉价格同比上涨72.0%。")
    got = periods(text, "2020-08-21")
    assert got["0.3%"] == got["8.7%"] == got["72.0%"] == "2020-07"  # (6月份 after 比 is a base, not that month)
    # a month in a frame (从12月快报的数据来看) does not reach past its clause's semicolon
    got = periods("2018年，从12月快报的数据来看，全年规模以上工业总产值完成47.64亿元；工业产品销售率97.43%。",
                  "2019-03")
    assert got["97.43%"] == "2018"


def test_an_average_over_n_years_written_with_jian_is_a_span():
    got = periods("2019年，全县地区生产总值达到300亿元，5年间年均增长8.0%。", "2020-04")
    assert got == {"300亿元": "2019", "8.0%": "2015..2019"}  # (5年 is the span, no figure)


def test_a_level_from_a_plan_is_where_the_plans_years_ended_and_the_level_risen_to_is_the_topics():
    got = periods("“十三五”期间，德钦县交通建设成效显著，路面铺装率从“十二五”的42%提升至92%。", "2021-06")
    assert got == {"42%": "2015", "92%": "2020"}


def test_a_half_year_not_yet_over_at_publication_is_last_years():
    text = "上半年，全市完成地区生产总值802.81亿元，比上年同期增长28.6%。"
    assert periods(text, "2022-01-10")["802.81亿元"] == "2021-H1"   # a January report of the first half
    assert periods(text, "2022-07-20")["802.81亿元"] == "2022-H1"
    assert periods("2022年上半年，全市完成地区生产总值802.81亿元。", "2022-01-10")["802.81亿元"] == "2022-H1"


def test_bases_joined_after_a_comparison_are_bases_whatever_they_are_written_with():
    text = "1—2月，全市规模以上工业增加值同比增长8.7%，增速分别比去年同期、去年全年加快2.2、2.1个百分点。"
    got = periods(text, "2024-03-20")
    assert got["2.2"] == got["2.1个百分点"] == "2024-01..2024-02"
    text = "1—2月，全市规模以上工业增加值同比增长8.7%，增速分别比上月、全年提高2.2、2.1个百分点。"
    assert periods(text, "2024-03-20")["2.1个百分点"] == "2024-01..2024-02"  # 全年 compared to, no year's figure


def test_a_multiple_on_a_base_year_or_a_plans_end_is_of_its_own_time():
    text = "截至2020年底，全省新能源汽车保有量相比“十二五”末增长14倍，比2015年增长3倍。"
    got = periods(text, "2023-02")
    assert got["14倍"] == got["3倍"] == "2020"


def test_a_whole_years_result_in_a_report_published_before_its_end_is_last_years():
    text = "全年全体居民人均可支配收入38642元，比上年增长9.21%。"
    assert periods(text, "2018-04") == {"38642元": "2017", "9.21%": "2017"}
    assert periods(text, "2018-12")["38642元"] == "2018"  # a year-end review: the year now ending
    # a forecast for the year, and the year a plan is for, stay this year's
    assert periods("预计全年竣工项目90个。", "2022-11") == {"90个": "2022"}
    got = periods("1-6月份，开复工项目64项。新型化工项目年内计划完成投资86亿元，开复工项目25个。", "2022-07")
    assert got["86亿元"] == "2022" and got["25个"] != "2021"


def test_a_sentence_opening_on_the_whole_year_dates_the_undated_figures_after_it_in_its_paragraph():
    text = ("全年全体居民人均可支配收入38642元，比上年增长9.21%。其中，城镇常住居民人均可支配收入43405元，增长9.23%。\n"
            "截至目前，全市高新技术企业已达34家。")
    got = periods(text, "2018-04")
    assert got["43405元"] == got["9.23%"] == "2017"
    assert got["34家"] == "2018-04"  # a figure dated now in its own words, and another paragraph, keep theirs


def test_a_year_end_without_its_year_is_the_year_the_report_looks_back_on():
    got = periods("年末全市民用汽车拥有量261万辆，比上年增加30万辆。", "2018-04")
    assert got["261万辆"] == "2017"
    assert periods("截至2019年末，国家级经开区拥有高新技术企业3.1万家。", "2020-10")["3.1万家"] == "2019"


def test_a_goal_of_what_is_newly_brought_in_over_the_years_ahead_spans_them():
    got = periods("根据该规划，纺织服装产业力争未来5年实现新引进重点企业100家。", "2022-07")
    assert got["100家"] == "2022..2026"


def test_n_consecutive_years_in_a_december_report_end_with_its_year():
    assert periods("苏鲁浙百强县数量连续三年位居前三。", "2017-12")["三年"] == "2015..2017"


def test_n_consecutive_years_up_to_a_report_of_the_last_quarter_count_its_year():
    assert periods("高新区连续5年保持两位数增长。", "2020-11")["5年"] == "2016..2020"
    assert periods("高新区连续5年保持两位数增长。", "2020-05")["5年"] == "2015..2019"


def test_a_level_reached_under_a_span_a_lead_names_is_the_spans_end_and_n_years_of_change_are_a_span():
    text = "过去三年，全旗经济稳步发展。城乡常住居民人均可支配收入分别达到44846元和37342元，地区生产总值达180亿元。"
    got = periods(text, "2022-02")
    assert got["44846元"] == got["37342元"] == got["180亿元"] == "2021"
    # a span written in the figure's own clause is what the amount sums over
    assert periods("焦作高新区近5年民生支出达到53.6亿元。", "2021-01")["53.6亿元"] == "2016..2020"
    # N years of a change before its figures: the last N years, not N consecutive years of a rate
    got = periods("十年增加近70万亿元、年均增长6.2%。", "2023-03")
    assert got["70万亿元"] == got["6.2%"] == "2013..2022"
    assert periods("全市地区生产总值连续五年增长10%以上。", "2023-03")["五年"] == "2018..2022"


def test_consecutive_months_and_quarters_are_the_span_they_lasted():
    got = periods("1-7月，全市规模以上工业增加值增长8%，连续4个月保持高速增长。", "2022-08")
    assert got["4个月"] == "2022-04..2022-07"
    assert periods("一季度，全市GDP增长5%，连续5个季度超过全省。", "2022-04")["5个季度"] == "2021-01..2022-03"
    # after 以来, from the period named on
    assert periods("自2016年4季度以来已连续8个季度保持8%以上的增长。", "2018-10")["8个季度"] == "2016-10..2018-09"
    # since a cumulative part-year: from its last quarter's reading on
    assert periods("一季度，四川GDP增长6%，自2023年前三季度以来连续7个季度增速高于全国。", "2025-04-17")["7个季度"] == \
        "2023-07..2025-03"


def test_a_list_s_edition_dates_the_counts_of_its_entries():
    got = periods("1月4日，省经信厅公布了200家2020年度省专精特新中小企业名单，我市18家企业名列其中。", "2021-01-05")
    assert got["18家"] == "2020"


def test_a_yearly_average_dated_a_plans_last_year_spans_the_plan():
    text = "过去五年，东石镇较好完成了“十三五”确定的各项目标任务。2020年，东石镇实现工业总产值365.74亿元，年均增长8.88%。"
    got = periods(text, "2021-06-04")
    assert got["365.74亿元"] == "2020" and got["8.88%"] == "2016..2020"


def test_a_growth_on_a_base_year_of_the_last_century_is_of_its_own_year():
    assert periods("2018年，全县生产总值较1978年增长177倍。", "2019-01")["177倍"] == "2018"


def test_a_group_counted_before_the_edition_it_is_evaluated_in_is_of_that_edition():
    assert periods("商务部对229家国家级经开区2023年度综合发展水平情况进行考核评价。", "2025-01-04")["229家"] == "2023"


def test_a_leads_part_of_the_year_under_the_year_dates_the_progress_after_it():
    text = ("本网讯 2020年我州重点项目250个，年度计划投资307.05亿元，1-8月累计完成投资210.88亿元，完成年度计划的68.68%。\n\n"
            "续建项目完成投资191.1亿元，完成年度计划的81.75%。")
    got = periods(text, "2020-09-25")
    assert got["250个"] == "2020" and got["191.1亿元"] == got["81.75%"] == "2020-01..2020-08"


def test_a_balance_under_a_part_of_the_year_is_at_its_end():
    assert periods("今年上半年，中山本外币各项贷款余额4560.71亿元。", "2019-08")["4560.71亿元"] == "2019-06"
    assert periods("上半年，全省金融机构本外币存款余额同比增长11.2%。", "2020-07")["11.2%"] == "2020-06"  # (its growth)


def test_a_release_reposted_years_later_dates_its_yearless_quarters_by_its_own_year():
    text = "2018一季度，中山市经济运行稳中缓。全市实现生产总值720.45亿元。\n\n1-3月，全市规模以上工业增加值增长0.9%。"
    got = periods(text, "2021-06-10")
    assert got["720.45亿元"] == "2018-Q1" and got["0.9%"] == "2018-01..2018-03"
    # a history year inside a sentence heads nothing: yearless months stay the publication year's
    got = periods("高新区1999年经省政府批准设立。\n\n1-3月，全区规模以上工业增加值增长9%。", "2021-06-10")
    assert got["9%"] == "2021-01..2021-03"
    # nor does a year gone that opens a paragraph on its own (no part of a year after it)
    got = periods("苏州发布三年行动计划\n\n2021年，苏州规上工业总产值突破4万亿元。\n\n上半年，苏州实现地区生产总值11655.4亿元。",
                  "2023-09-20")
    assert got["11655.4亿元"] == "2023-H1"


def test_a_sentence_opening_on_qizhong_is_of_the_time_of_the_sentence_it_itemizes():
    text = ("1-5月，全区规模以上服务业企业营业收入7.19亿元。6月末，全区本外币存贷款余额756.21亿元，增长4.5%。"
            "其中，存款余额328.63亿元，增长5.7%；贷款余额427.58亿元，增长3.6%。")
    got = periods(text, "2022-08-12")
    assert got["7.19亿元"] == "2022-01..2022-05"
    assert got["328.63亿元"] == got["5.7%"] == got["427.58亿元"] == got["3.6%"] == "2022-06"
    # a 其中 sentence naming its own period keeps it
    got = periods("6月末，全区存贷款余额756.21亿元。其中，1-5月新增贷款12.3亿元。", "2022-08-12")
    assert got["12.3亿元"] == "2022-01..2022-05"


def test_a_bases_own_figure_in_brackets_after_it_is_of_the_base():
    got = periods("上半年，全县地区生产总值增长8.7%，较一季度(-10.8%)回升2.1个百分点，较上年同期（3.2%）大幅增长。",
                  "2024-09-09")
    assert got["8.7%"] == got["2.1个百分点"] == "2024-H1"
    assert got["10.8%"] == "2024-Q1" and got["3.2%"] == "2023-H1"


def test_the_end_of_the_period_reported_is_a_point_and_the_years_goal_the_year():
    got = periods("上半年，夏粮产量4.97万吨。季末生猪存栏44.79万头，增长4.7%。", "2022-08-12")
    assert got["4.97万吨"] == "2022-H1" and got["44.79万头"] == got["4.7%"] == "2022-06"
    got = periods("一季度，全省完成投资414.3亿元，占年度目标1505亿元的27.5%。", "2023-04-18")
    assert got["414.3亿元"] == got["27.5%"] == "2023-Q1" and got["1505亿元"] == "2023"


def test_a_day_opening_a_sentence_reaches_across_its_semicolons():
    got = periods("1月22日，我省共接待游客36.64万人次；实现旅游收入1.43亿元，同比增长27.24%。", "2012-01")
    assert got["36.64万人次"] == got["1.43亿元"] == got["27.24%"] == "2012-01-22"


def test_a_cumulative_flow_up_to_a_months_last_day_is_the_year_so_far_and_so_is_its_growth():
    got = periods("截至3月31日，集装箱累计到发3.5177万标箱，同比增长58%。", "2020-04")
    assert got["3.5177万标箱"] == got["58%"] == "2020-01..2020-03"
    got = periods("截至6月底，全区存款余额46.58亿元，比年初增加10.56亿元。", "2022-08")  # a balance stays a point
    assert got["46.58亿元"] == "2022-06" and got["10.56亿元"] == "2022-01..2022-06"  # its change since January


def test_consecutive_months_from_a_month_written_with_qi():
    got = periods("前11个月，全省进出口5700亿元。10月起进出口连续2个月保持高增长。", "2023-12-21")
    assert got["2个月"] == "2023-10..2023-11"


def test_a_period_right_before_a_change_in_points_is_its_base_with_the_marker_left_out():
    text = "1-5月，全区固定资产投资同比增长22.6%，1-4月提高5.0个百分点。其中，项目投资40.4亿元。基础设施投资增长118.9%。"
    got = periods(text, "2023-06-27")
    assert got["5.0个百分点"] == got["40.4亿元"] == got["118.9%"] == "2023-01..2023-05"


def test_a_yearless_part_of_the_year_still_to_come_at_publication_is_last_years():
    got = periods("2020年，湖南地区生产总值增长3.8%。一季度湖南经济同比下降1.9%；上半年增长1.3%。", "2021-01-19")
    assert got["1.9%"] == "2020-Q1" and got["1.3%"] == "2020-H1"
    assert periods("今年一季度，全省GDP增长5%。", "2021-01-19")["5%"] == "2021-Q1"  # its year named
    assert periods("一季度，全市GDP增长5%。", "2021-04-20")["5%"] == "2021-Q1"  # over by then
    # a part already begun is this year's when the report is about this year (projects started on 19 April)
    assert periods("第二季度福州集中开工重大项目153个。", "2022-04-19")["153个"] == "2022-Q2"


def test_yuanyue_is_january_and_a_years_plan_is_of_the_whole_year():
    got = periods("该市元月集中开工项目51个，总投资433.24亿元，年计划投资370亿元。", "2018-02-23")
    assert got["51个"] == got["433.24亿元"] == "2018-01"
    assert got["370亿元"] == "2018"
    assert periods("每户100元月租。", "2018-02-23")["100元"] == "2018-02"  # yuan, then 月租: no January


def test_goals_of_a_plan_named_with_its_years_in_brackets_are_of_its_last_year_not_the_news_days_quarter():
    text = ("红网时刻3月18日讯 近日，省工信厅发布《湖南省软件产业振兴计划(2020—2025)》。根据计划，湖南力争通过5年的努力，"
            "软件业务收入突破3000亿元，软件从业人员达到50万人。")
    got = periods(text, "2021-03-18")
    assert got["3000亿元"] == got["50万人"] == "2025" and "5年" not in got  # 通过5年的努力: a span of effort


def test_goals_under_a_plans_end_and_a_heading_of_the_years_ahead():
    got = periods("到“十四五”末，全市地区生产总值要达到300亿元。其中，一产业年均增速保持在2.6%以上、增加值总量冲刺63.3亿元。",
                  "2021-01-20")
    assert got["300亿元"] == got["63.3亿元"] == "2025" and got["2.6%以上"] == "2021..2025"  # an average: the plan's years
    text = ("锚定目标\n\n未来五年主要目标任务\n\n●在质量指标上，人均地区生产总值要达到10.9万元，全员劳动生产率年均增长1万元、"
            "从目前的14.4万元增加到20万元左右。")
    got = periods(text, "2022-12-26")
    assert got["10.9万元"] == got["20万元左右"] == "2027" and got["1万元"] == "2023..2027"
    assert got["14.4万元"] == "2022-12"  # where it stands now


def test_a_period_in_an_aside_dates_the_aside_only():
    got = periods("去年，6个高新区(来宾高新区2015年3月获批)工业总产值达到3934.66亿元，约占全区总量的18%。", "2015-04-03")
    assert got["3934.66亿元"] == got["18%"] == "2014"


def test_the_from_side_of_a_goals_from_to_is_where_things_stand():
    text = ("未来五年主要目标任务\n\n●在科技创新上，研发投入强度每年要提高0.16个百分点、从目前的2%以上达到2.8%以上，"
            "高新企业数量从107家增加到500家以上。")
    f, _ = extract_report(text, "t", "t.txt", "2022-12-26", None)
    got = {q: (k, p) for q, k, p in zip(f.quote, f.kind, f.period)}
    assert got["2%以上"] == ("share", "2022-12") and got["107家"][0] == "count_stock"
    assert got["2.8%以上"] == got["500家以上"] == ("target", "2027")


def test_a_day_written_alone_is_of_the_month_last_written_and_its_quarter_is_never_ahead_of_the_report():
    text = ("1月22日，记者从省假日办获悉。从1月21日起，游客陆续进入我省。\n\n"
            "22日当天，民航进出航班213架次。铁路接送旅客92016人。")
    got = periods(text, "2012-01")
    assert got["213架次"] == "2012-01-22"  # 22日 of January, not the day before last written
    assert got["92016人"] == "2012-Q1"  # the day's quarter, not last year's first quarter


def test_the_to_side_of_a_change_from_a_part_of_the_year_is_of_the_time_reported():
    got = periods("上半年，全市规上工业增加值增速由一季度的5%提高到8%。", "2018-08")
    assert (got["5%"], got["8%"]) == ("2018-Q1", "2018-H1")
    got = periods("前三季度，在16个县市区经济指标综合排名中，我县由二季度的第12位上升到第6位。", "2018-11")
    assert (got["12位"], got["6位"]) == ("2018-Q2", "2018-01..2018-09")
    # a rank moved from last year's (由上年第31位, no 的): the to side is the edition's
    got = periods("商务部公布2019年度国家级经开区考核评价排名。嘉兴经开区排名由上年第31位上升至第19位。", "2020-01")
    assert (got["31位"], got["19位"]) == ("2018", "2019")


def test_the_growth_of_a_balance_written_after_it_is_at_the_balance_s_month():
    got = periods("一季度，全市金融机构本外币各项存款余额442.8亿元、同比增长15%；各项贷款余额123亿元、同比增长-5.4%。",
                  "2022-05")
    assert got["442.8亿元"] == got["15%"] == got["5.4%"] == "2022-03"


def test_what_was_already_done_dates_its_own_sentence_only_and_what_exists_now_its_paragraph():
    text = "2008年，园区基础设施投资完成1.6亿元。配套工程已完成了两个水源。土方工程完成986万立方米。"
    got = periods(text, "2010-05")
    assert got["两个"] == "2010-05" and got["986万立方米"] == "2008"
    got = periods("今年，争取到扶持资金3042万元。园区现有高新技术企业13家。省级研发中心23个。", "2018-07")
    assert got["13家"] == got["23个"] == "2018-07"


def test_a_from_to_without_years_after_one_with_years_and_a_total_over_the_years_reviewed():
    text = ("过去的五年，国民经济快速发展。全旗地区生产总值从2010年的671.1亿元增加到2015年的1107.8亿元，年均增长10.5%；"
            "一般公共预算收入由40.6亿元增加到79亿元，年均增长14.3%；固定资产投资累计完成2867亿元。")
    got = periods(text, "2016-02")
    assert (got["40.6亿元"], got["79亿元"]) == ("2010", "2015")
    assert got["14.3%"] == got["2867亿元"] == "2011..2015"
    assert "五" not in got  # 过去的五年 is a period, no duration


def test_a_holiday_a_report_opens_with_dates_its_paragraphs():
    text = ("今年“五一”小长假我市接待游客1427.43万人次，同比增长16.81%；实现旅游收入86.19亿元，同比增长21.86%。"
            "全市旅游市场秩序良好，未发生重大旅游安全事故。\n\n渝中区接待国内游客252.3万人次，同比增长19.7%。")
    got = periods(text, "2017-05-02")
    assert got["1427.43万人次"] == got["252.3万人次"] == got["19.7%"] == "2017-04-29..2017-05-01"


def test_a_change_on_the_month_before_in_a_review_of_months_is_of_the_last_month():
    text = "上半年，全省农产品价格总体平稳，猪肉环比下降2.6%，牛肉同比上涨0.9%。"
    got = periods(text, "2025-07-24")
    assert got["2.6%"] == "2025-06" and got["0.9%"] == "2025-H1"


def test_the_publication_year_before_a_running_total_is_the_part_of_it_the_report_is_on():
    text = ("许昌市今年前10个月招商引资保持平稳增长势头，全市新签约招商引资项目247个，较上年同期增长较快，成效明显。"
            "2017年累计到位资金544亿元，完成全年目标560亿元的97%。")
    got = periods(text, "2017-12-09")
    assert got["544亿元"] == got["97%"] == "2017-01..2017-10" and got["560亿元"] == "2017"


def test_the_same_part_of_last_year_written_as_a_clause_s_subject_dates_its_amount_only():
    text = "2016年上半年重庆钢铁实现营业收入27.89亿元，上年同期为45.06亿元，同比下降38.09%；上年同期为亏损22.28亿元。"
    got = periods(text, "2016-08-31")
    assert got["45.06亿元"] == got["22.28亿元"] == "2015-H1" and got["38.09%"] == "2016-H1"


def test_a_plan_s_years_in_a_document_s_title_date_its_goals_not_the_results_told_beside_it():
    text = ("2月26日，推进会发布《安徽省“十四五”汽车产业高质量发展规划》，签订采购合同10个，采购金额277亿元。"
            "会议发布《“十四五”规划》，到2025年汽车产量力争达到300万辆。")
    got = periods(text, "2022-02-28")
    assert got["10个"] == got["277亿元"] == "2022-02-26"
    assert got["300万辆"] == "2025"
    # a single year in a title is the edition its figures are of
    got = periods("《2021年国民经济和社会发展统计公报》显示，全市地区生产总值达到5000亿元。", "2022-03-02")
    assert got["5000亿元"] == "2021"


def test_a_share_of_the_year_s_plan_under_a_status_date_is_the_year_to_that_month():
    got = periods("截至4月底，373个实施类项目完成投资957.4亿元，占年度计划的47.8%，4月份完成年度计划的14.4%。", "2021-05-18")
    assert got["957.4亿元"] == got["47.8%"] == "2021-01..2021-04" and got["14.4%"] == "2021-04"


def test_a_flow_up_to_a_status_day_is_the_year_to_that_month():
    got = periods("截至7月3日，技术合同成交额1704.84亿元，较上年同期增长35.38%。", "2023-07-16")
    assert got["1704.84亿元"] == got["35.38%"] == "2023-01..2023-07"
    assert periods("7月3日，全省签约项目20个，总投资50亿元。", "2023-07-16")["50亿元"] == "2023-07-03"  # an event's day


def test_a_month_opening_a_sentence_goes_on_to_the_sentences_after_it_in_its_paragraph():
    text = ("中新网4月12日电 据北京市统计局网站消息，2024年3月份，北京居民消费价格环比下降1.1%。\n"
            "3月份，北京居民消费价格同比持平。其中，食品价格下降3.9%，非食品价格上涨0.7%。")
    got = periods(text, "2024-04-12")
    assert got["3.9%"] == got["0.7%"] == "2024-03"
    text = ("10月份，规模以上工业增加值同比增长6.9%。1-10月份，规模以上工业增加值同比增长1.8%。"
            "10月份，分经济类型看，国有控股企业增加值同比增长5.4%。采矿业增加值同比增长3.5%。")
    got = periods(text, "2020-11-16")
    assert got["1.8%"] == "2020-01..2020-10" and got["5.4%"] == got["3.5%"] == "2020-10"


def test_a_plan_s_years_written_mid_sentence_date_only_their_sentence():
    text = ("2021年，全县经济发展步伐稳健，实现了“十四五”经济社会发展的良好开局。初步核算，全县地区生产总值完成236.09亿元，"
            "同比增速11.8%。")
    got = periods(text, "2022-04-01")
    assert got["236.09亿元"] == got["11.8%"] == "2021"


def test_a_deadline_mid_sentence_and_a_dateline_date_no_later_sentence():
    text = ("东南网3月23日讯 厦门力争到2025年数字经济增加值占GDP比重超过60%以上。据了解，厦门全市规模以上数字经济核心产业"
            "企业619家。")
    f, _ = extract_report(text, "t", "t.txt", "2021-03-23", None)
    got = dict(zip(f.quote, zip(f.period, f.kind)))
    assert got["60%以上"] == ("2025", "target")
    assert got["619家"] == ("2021-03", "count_stock")  # (a stock now, not a goal of 2025, nor of the dateline's quarter)


def test_an_average_to_a_plans_deadline_spans_the_years_its_title_names():
    text = "我省出台《数字经济发展三年行动计划(2020-2022年)》。到2022年，数字经济增加值年均增速26%以上。"
    assert periods(text, "2020-04-16")["26%以上"] == "2020..2022"
    # no plan named with its years: the deadline year alone
    assert periods("到2022年，数字经济增加值年均增速26%以上。", "2020-04-16")["26%以上"] == "2022"


def test_first_n_times_running_is_a_duration_of_the_n_years_up_to_its_year():
    f, _ = extract_report("2019年，苏州工业园区在国家级经开区综合考评中实现四连冠。", "t", "t.txt", "2020-03", None)
    assert list(zip(f.value, f.unit, f.kind, f.period)) == [("4", "years", "duration", "2016..2019")]


def test_the_nth_year_running_is_a_duration_of_the_n_years_up_to_its_year():
    f, _ = extract_report("2021年，济南高新区综合排名第9位，这也是济南高新区连续第三年排名提升。", "t", "t.txt", "2022-02", None)
    got = f[f.unit == "years"]
    assert list(zip(got.value, got.kind, got.period)) == [("3", "duration", "2019..2021")]


def test_the_from_side_of_a_change_over_the_years_since_is_where_they_began():
    got = periods("5年来，全市高新技术企业从4142家增长至8500余家。", "2025-12-05")
    assert got["4142家"] == "2020"   # (the year before the five years 2021..2025)
    # a plan's own years begin with its first (the seeds' key: 十三五期间…从146位提升至130位, 146 in 2016)
    assert periods("“十三五”期间，综合排名从146位提升至130位。", "2021-04")["146位"] == "2016"


def test_an_average_growth_from_a_base_years_amount_is_over_the_years_after_it():
    text = ("全市财政收入从2015年的62.3亿元增加到2020年的161.71亿元，年均增速21.02%；贷款余额从2010年的3245亿元增长到2015年的"
            "7350亿元，年均增长17.9%。")
    got = periods(text, "2021-05-01")
    assert got["21.02%"] == "2016..2020" and got["17.9%"] == "2011..2015"  # (the last from-to of the sentence)
    assert got["62.3亿元"] == "2015" and got["7350亿元"] == "2015"
    # years written without a base amount: the span as written
    assert periods("从2016年到2020年，全市财政收入年均增长8%。", "2021-05-01")["8%"] == "2016..2020"


def test_a_share_or_a_run_of_years_after_a_from_to_is_where_the_years_ended():
    text = "关键工序数控化率由2015年的49.2%提高到2020年的55.3%，连续5年高于全国平均水平3.5个百分点以上。"
    f, _ = extract_report(text, "t", "t.txt", "2022-09-29", None)
    got = dict(zip(f.quote, f.period))
    assert got["55.3%"] == "2020" and got["5年"] == "2016..2020"


def test_a_headline_figure_the_body_repeats_has_the_bodys_period():
    text = ("总数达173家:十年来国家高新区为创新发展贡献“高新力量”\n\n科技部14日召开新闻发布会，介绍十年来国家高新区总体发展情况，"
            "截至目前，国家高新区总数达173家，较2012年增加84家。\n")
    f, _ = extract_report(text, "t", "t.txt", "2022-09-15", None)
    assert list(f.period[f.value == "173"]) == ["2022-09", "2022-09"]  # (not the last year of the ten reviewed)


def test_a_from_to_without_years_after_one_with_years_takes_its_years_and_so_does_its_average_growth():
    text = ("地区生产总值从2011年的1520亿元增加到2016年的2243.1亿元，年均增长8.6%；全市城市化率从59.5%提高到62.9%；"
            "城镇居民人均可支配收入从28993元增加到45794元，年均增长9.6%。")
    got = periods(text, "2017-04-22")
    assert (got["59.5%"], got["62.9%"]) == ("2011", "2016")
    assert (got["28993元"], got["45794元"], got["9.6%"]) == ("2011", "2016", "2012..2016")  # (28993 is no year)


def test_a_years_own_amount_compared_with_does_not_date_the_clauses_after_it():
    text = "今年前三季度，泉州市出口1524.7亿元，已超2020年全年的1503.6亿元；进口433.0亿元，增长18.3%。"
    got = periods(text, "2021-10-21")
    assert got["1503.6亿元"] == "2020"
    assert got["433.0亿元"] == got["18.3%"] == "2021-01..2021-09"
    # a from-to's from-side stays a from-to's (由2008年的87.5:12.5调整到77.1:22.9)
    got = periods("2013年，全区二三产业比由2008年的87.5:12.5调整到77.1:22.9，第三产业增加值提高10.4个百分点。", "2014-01")
    assert got["12.5"] == "2008" and got["10.4个百分点"] == "2013"


def test_a_period_after_a_cause_is_the_causes_time_not_a_comparison_base():
    text = "前三季度，山西省对欧盟进出口128.1亿元，主要原因是第三季度手机产品出口欧盟同比增长140.9%。"
    assert periods(text, "2020-10-26")["140.9%"] == "2020-Q3"


def test_a_breakdown_after_a_stock_dated_at_its_parts_end_is_of_the_part_itself():
    text = ("1-3季度，全市规模以上工业企业实现营业收入20515亿元，比上年同期增长24.3%。\n"
            "分行业看，28个行业利润同比增长。其中，医药制造业实现利润总额1664亿元，同比增长12倍。")
    got = periods(text, "2021-10-28")
    assert got["28个"] == "2021-09"  # the stock: where the reviewed part of the year ended
    assert got["1664亿元"] == got["12倍"] == "2021-01..2021-09"  # its items' flows: the part of the year


def test_what_a_place_has_gathered_is_now_unless_its_sentence_dates_it():
    got = periods("1-7月，国家高新区营业收入增长8%。国家高新区聚集了70%的国家制造业创新中心。", "2024-09-10")
    assert got["8%"] == "2024-01..2024-07" and got["70%"] == "2024-09"
    assert periods("截至2024年底，国家高新区集聚了全国33%的高新技术企业。", "2025-02")["33%"] == "2024"


def test_a_paragraph_leading_a_list_dates_the_lists_items_with_the_past_years_it_names():
    text = ("8月19日，市政府新闻办召开新闻发布会。\n"
            "《规划》从五个方面，总结了“十三五”时期天津工业发展取得的成效。\n"
            "一是产业结构调整成效显著。国家企业技术中心达到68家。\n"
            "二是重大项目加快建设。工业固定资产投资年均增长5.6%。\n"
            "会上，市工信局介绍，新签约项目12个。\n")
    got = periods(text, "2021-08-21")
    assert got["68家"] == "2020" and got["5.6%"] == "2016..2020"
    assert got["12个"] == "2021-08-19"  # the list has ended: the lead's years date nothing after it
    # years still running when the report came out date no list: 为“十四五”开好局 in 2022 is about 2021
    text = "2021年，开发区为“十四五”开好局起好步发挥了重要作用。\n一是总体发展质量持续提升。开发区实现收入5.56万亿元。\n"
    assert periods(text, "2022-04-13")["5.56万亿元"] == "2021"


def test_the_day_a_reporter_learned_the_news_dates_none_of_its_figures():
    text = "2月9日从湖北省高新技术企业“春晓行动”启动会上获悉，全省规模以上高新技术企业完成增加值10196.5亿元。"
    assert periods(text, "2022-02-10")["10196.5亿元"] == "2021"  # a year's flow, told early the next year
    assert periods("2月9日，全省规模以上高新技术企业完成增加值10196.5亿元。", "2022-02-10")["10196.5亿元"] == "2022-02-09"


def test_now_as_a_from_tos_end_dates_that_figure_only():
    text = ("“十三五”以来，高新区高新技术企业从100家增加到323家；认证企业从14家增加到目前60家，年均增长28.1%；"
            "专利授权量从2902件增加到6903件。")
    got = periods(text, "2021-04-20")
    assert got["60家"] == "2021-04" and (got["2902件"], got["6903件"]) == ("2016", "2020")
    text = "我区经开区数量从2019年的仅有4个国家级经开区，到目前扩展到13个经开区，其中5个国家级、8个自治区级。"
    assert periods(text, "2023-02-10")["5个"] == "2023-02"  # the same statement: of its time, not the from-side's year


def test_a_change_from_a_named_earlier_year_spans_the_years_after_it():
    text = "过去五年，主要目标任务全面完成。高新技术产业产值占比达到48.6%，比2015年提高7.5个百分点。"
    got = periods(text, "2021-01-20")
    assert got["7.5个百分点"] == "2016..2020" and got["48.6%"] == "2020"
    # so under a single year, and for a growth; not from the year just before, nor for months compared with a year
    got = periods("2020年，农林牧渔业总产值较2015年增加22亿元，比2019年增长3%。", "2021-03-29")
    assert got["22亿元"] == "2016..2020" and got["3%"] == "2020"
    assert periods("“十三五”以来，全市高新技术产业产值比2015年增长43.1%。", "2021-03")["43.1%"] == "2016..2020"
    assert periods("2021年全市生产总值比2019年增长5.4%。", "2022-02")["5.4%"] == "2021"  # a two-year comparison
    # a growth over more years than two, listed after 分别, spans them too
    got = periods("2020年，全市实现生产总值1097亿元、税收48.6亿元，较2015年分别增长26.8%和25.9%。", "2021-02-02")
    assert got["26.8%"] == got["25.9%"] == "2016..2020" and got["1097亿元"] == "2020"
    got = periods("1—2月，全市规模以上工业增加值同比增长10.3%，比2022年提高2.6个百分点。", "2023-03-28")
    assert got["2.6个百分点"] == "2023-01..2023-02"


def test_a_past_years_figure_in_an_aside_of_a_goal_is_of_that_year_and_no_goal():
    text = "到2025年，全省规模以上工业企业数量突破5.5万家（2020年底为5.06万家）。"
    f, _ = extract_report(text, "t", "t.txt", "2021-08-19", None)
    got = dict(zip(f.quote, zip(f.period, f.kind)))
    assert got["5.5万家"] == ("2025", "target") and got["5.06万家"] == ("2020", "count_stock")
    # a period in brackets still dates no figure around the aside
    assert periods("6个高新区(来宾高新区2015年3月获批)工业总产值100亿元。", "2016-02")["100亿元"] != "2015-03"


def test_a_plan_written_since_dates_flows_over_its_years_reported_and_stocks_now():
    got = periods("“十四五”以来，开发区累计实际使用外资21.8亿美元，高新技术企业达到300家。", "2024-04-16")
    assert got["21.8亿美元"] == "2021..2023" and got["300家"] == "2024-04"  # not 2021..2025: years not yet come


def test_a_goal_for_the_whole_year_with_no_year_written_is_this_years():
    assert periods("力争全年全省进出口规模保持在8000亿元以上。", "2023-07-21")["8000亿元以上"] == "2023"
    assert periods("力争进出口规模保持在8000亿元以上。", "2023-07-21")["8000亿元以上"] == ""  # no deadline printed


def test_the_quarters_after_a_lead_of_parts_date_their_sentence_only():
    text = ("前三季度国内生产总值913027亿元，同比增长5.2%。分季度看，一季度同比增长4.5%，三季度增长4.9%。"
            "分产业看，第一产业增加值56374亿元，同比增长4.0%。")
    got = periods(text, "2023-10-18")
    assert got["4.9%"] == "2023-Q3" and got["56374亿元"] == got["4.0%"] == "2023-01..2023-09"


def test_a_year_looked_back_to_dates_its_own_sentence_only():
    text = ("2023年全省地区生产总值54355.10亿元。\n"
            "从总量看，福州市12928.47亿元。而在五年前的2018年，福州生产总值为7856.81亿元。厦门市8066.49亿元。\n"
            "从增速看，福州市增长5.6%。")
    got = periods(text, "2024-02-01")
    assert got["7856.81亿元"] == "2018" and got["8066.49亿元"] == got["5.6%"] == "2023"


def test_an_earlier_year_a_paragraph_turns_to_after_another_period_does_not_date_later_paragraphs():
    text = ("截至7月31日，24个万亿城市上半年经济数据已全部公布。上半年，上海GDP为19349亿元，同比下降5.7%。\n\n"
            "上海长期领先。十年前的2012年上半年，上海GDP为9792亿元；2021年全年，上海GDP为43214亿元。"
            "\n\n从总量看，深圳以15129亿元居第三。")
    got = periods(text, "2022-08")
    assert got["43214亿元"] == "2021" and got["15129亿元"] == "2022-H1" and "十年" not in got  # (a time ago)
    # the paragraph's first period, an earlier span reviewed, still leads the paragraphs after it
    text = "今年是建区22周年。\n\n“十三五”期间，高新区综合排名提升。\n\n城乡面貌愈变愈美。新增城市道路里程50公里。"
    assert periods(text, "2021-05")["50公里"] == "2016..2020"


def test_a_breakdown_after_a_look_back_itemizes_the_sentence_before_the_look_back():
    text = ("成都电子信息产业去年实现产业规模10065.7亿元，同比增长17.3%。十年前的2012年，这一数字还不到3000亿元。"
            "其中，软件和信息技术服务业实现营业收入5085.6亿元，增长15.6%。")
    got = periods(text, "2022-02")
    assert got["3000亿元"] == "2012" and got["5085.6亿元"] == got["15.6%"] == "2021"


def test_a_from_side_with_a_bound_before_its_figure_keeps_its_year():
    text = "一季度，新能源电池产业增加值占规上工业的比重已从2021年的不到3%提高到目前的12%左右。"
    assert periods(text, "2024-04")["3%"] == "2021"  # 不到 is a bound, not the to-word


def test_a_headline_names_the_reports_reference_period_and_xin_de_yi_nian_is_the_year_ahead():
    text = ("上半年安徽16市GDP排名出炉：合肥总量稳居首位\n\n7月下旬以来，全省16个地级市上半年主要经济数据陆续公布，"
            "各市经济运行总体平稳。\n\n从增长速度看，全省规模以上工业增加值增长5.5%。")
    assert periods(text, "2022-08")["5.5%"] == "2022-H1"
    text = "1月23日，合肥市人代会开幕。过去一年，合肥经济总量再上新台阶；新的一年，报告提出地区生产总值增长6%左右的预期目标。"
    assert periods(text, "2024-01")["6%左右"] == "2024"


def test_a_figure_worked_out_from_the_sentence_before_is_of_its_time():
    text = ("在1月19日召开的新闻发布会上，安徽省统计局公布，2023年全省生产总值47050.6亿元，增长5.8%。"
            "据此测算，合肥经济总量约占全省的26.9%。")
    assert periods(text, "2024-01")["26.9%"] == "2023"


def test_a_history_told_on_the_way_does_not_date_the_paragraphs_after_it():
    text = ("焦作，一座红色的城市。1925年，焦作煤矿爆发大罢工，11000名煤矿工人坚持罢工斗争8个多月。\n\n"
            "综合实力稳步提升。主导产业集群初具规模，共有4个主导产业集群。")
    assert periods(text, "2021-05")["4个"] != "1925"
    # a history opening its paragraph is the time the paragraphs after it go on with
    text = "2007年，宁德GDP仅为423亿元。\n\n而本就有限的经济总量中，宁德第二产业占比仅为38.1%。"
    assert periods(text, "2022-02")["38.1%"] == "2007"


def test_a_reviews_focus_inside_the_years_of_its_opening_topic_carries_on():
    text = ("焦作，一座红色的城市。1925年，焦作煤矿爆发大罢工。\n\n22年来，高新区从无到有、从小到大。尤其是“十三五”期间，"
            "高新区取得突出成绩。\n\n综合实力稳步提升。主导产业集群初具规模，共有4个主导产业集群。")
    assert periods(text, "2021-05")["4个"] == "2020"


def test_a_period_alone_in_brackets_closing_a_clause_dates_its_figures():
    got = periods("贵州数字经济增速曾连续7年位居全国第一（2015年至2021年）。全市工业增加值增长8%（2023年）。", "2024-10")
    assert got["7年"] == "2015..2021" and got["8%"] == "2023"


def test_last_years_same_time_in_a_part_year_report_is_that_part_of_last_year():
    text = ("24城上半年GDP出炉\n\n随着7月下旬各地陆续公布上半年经济数据，全国24座GDP万亿城市的“半年报”已全部出炉。"
            "上半年，上海GDP为21350亿元，增长9.7%。\n\n去年同期，受疫情冲击，上海GDP为19349.31亿元，同比下降5.7%。")
    got = periods(text, "2023-07")
    assert got["21350亿元"] == "2023-H1" and got["19349.31亿元"] == got["5.7%"] == "2022-H1"


def test_the_end_of_a_part_of_the_year_dates_its_own_sentence_and_the_part_goes_on_after_it():
    got = periods("一季度，全市营业收入增长38.6%。3月末，存款余额19826.5亿元。全体居民人均可支配收入18563元，同比增长14.2%。",
                  "2021-04-26")
    assert (got["38.6%"], got["19826.5亿元"], got["18563元"], got["14.2%"]) == ("2021-Q1", "2021-03", "2021-Q1", "2021-Q1")
    got = periods("一季度，全市营业收入增长38.6%。3月底，存款余额19826.5亿元。全体居民人均可支配收入18563元。", "2021-04-26")
    assert (got["19826.5亿元"], got["18563元"]) == ("2021-03", "2021-Q1")  # (底 written in the month's expression)
    # a month of its own after a half (6月份，…) dates the sentences after it
    got = periods("上半年，城镇调查失业率平均值为5.7%。6月份，失业率为5.5%。31个大城市失业率为5.8%。", "2022-07-15")
    assert (got["5.7%"], got["5.5%"], got["5.8%"]) == ("2022-H1", "2022-06", "2022-06")


def test_a_multiple_of_an_earlier_year_s_amount_spans_the_years_since():
    got = periods("目前，全市高新技术企业达到2000余家，比2015年翻了一番多。", "2019-08")
    assert got["翻了一番"] == "2015..2019"
    got = periods("2020年合肥新能源汽车产量还只有约11万辆，三年时间已接近当年的7倍。", "2024-01")
    assert got["7倍"] == "2020..2023"  # (当年: the year told of before it; three years later)
    got = periods("2023年，全市GDP为3000亿元，是2015年的2.6倍，规模是成都的近两倍。", "2024-02")
    assert got["2.6倍"] == got["两倍"] == "2023"  # (是2015年的: dated as its own year; another place's: no base)


def test_a_goal_restated_with_no_year_ahead_is_the_goal_its_report_dates():
    text = ("成都核心产业增加值突破2600亿元 到2025年力争迈上5000亿元台阶\n今年全市核心产业增加值增长10%。"
            "专家表示，“要实现5000亿元的目标，还需加力。”今年计划新增企业10家，到2025年新增企业10家。")
    f, _ = extract_report(text, "t", "t.txt", "2022-02", None)
    got = [(q, p) for q, p, k in zip(f.quote, f.period, f.kind) if k == "target"]
    assert got[:2] == [("5000亿元", "2025"), ("5000亿元", "2025")]


def test_a_deadline_opening_a_list_dates_its_items_across_semicolons():
    got = periods("《规划》明确，到2025年要完成三个方面的任务：一是研发费用占比提高到4.5%；二是新培育上市企业100家；"
                  "三是建成智能工厂600家。", "2021-06")
    assert got["4.5%"] == got["100家"] == got["600家"] == "2025"
    got = periods("到2025年，研发费用占比提高到4.5%；去年上市企业新增10家。", "2021-06")
    assert got["10家"] != "2025"  # (no list: its own statement only)


def test_a_sentence_opening_on_tongqi_is_of_the_time_the_sentence_before_told_of():
    got = periods("“十三五”时期，浙江数字经济跨越发展。放在全国看，2020年全国数字经济规模达到39.2万亿元。同期，广东为5.2万亿元。",
                  "2021-06")
    assert got["5.2万亿元"] == "2020"


def test_a_past_year_told_mid_paragraph_or_a_history_told_up_to_now_dates_no_paragraph_after_it():
    text = ("湖北2021年GDP增长12.9%\n\n2021年全省完成地区生产总值50012.94亿元。\n\n"
            "这是湖北经济总量首次跃过5万亿元。2020年，受疫情冲击，全省生产总值43443.46亿元。\n\n"
            "分产业看，第一产业完成增加值4661.67亿元。")
    assert periods(text, "2022-01-25")["4661.67亿元"] == "2021"
    text = ("宜春锂电产业营收增长91.5%\n\n前三季度，宜春锂电新能源产业实现营业收入518.6亿元，同比增长91.5%，规上锂电企业达到126家。\n\n"
            "锂电产业带动宜春工业经济领跑全省。2020年，宜春GDP为2792.7亿元。\n\n宜春锂电企业实现利润总额30亿元。")
    assert periods(text, "2021-10-26")["30亿元"] == "2021-01..2021-09"  # (before the part of a year reviewed)
    text = ("宜春锂电产业营收增长91.5%\n\n前三季度，宜春锂电新能源产业实现营业收入518.6亿元，同比增长91.5%，规上锂电企业达到126家。\n\n"
            "2015年，宜春锂电产业营业收入还不到120亿元。“十三五”期间，营业收入年均增长28.7%，2020年达到412.6亿元。\n\n"
            "宜春锂电企业实现利润总额30亿元。")
    assert periods(text, "2021-10-26")["30亿元"] == "2021-01..2021-09"


def test_parts_of_a_year_written_after_the_whole_year_govern_and_are_of_the_year_reviewed():
    text = ("2022年国家高新区营业收入突破50万亿元\n\n2022年，国家高新区实现营业收入52.6万亿元。\n\n"
            "从全年走势看，国家高新区营业收入一季度同比增长11.4%，上半年回落至7.6%，前三季度回升至8.0%。")
    got = periods(text, "2023-02-25")  # (the first quarter still under way when published: last year's, reviewed)
    assert (got["11.4%"], got["7.6%"], got["8.0%"]) == ("2022-Q1", "2022-H1", "2022-01..2022-09")


def test_the_day_a_review_of_last_year_came_out_dates_none_of_its_results():
    text = ("江苏2022年GDP达122875.6亿元\n\n2月7日，随着宿迁、连云港两市统计公报相继发布，江苏各设区市2022年“经济成绩单”全部"
            "揭晓。此前，省统计局发布的数据显示，2022年全省实现地区生产总值122875.6亿元，比上年增长2.8%。全省人均地区生产总值"
            "144390元，比上年增长2.5%。")
    assert periods(text, "2023-02-08")["144390元"] == "2022"


def test_the_year_a_hope_is_for_sets_no_time_of_its_paragraph():
    text = ("江苏2022年GDP达122875.6亿元\n\n2022年全省实现地区生产总值122875.6亿元。\n\n"
            "常州距离万亿元仅差449.9亿元，有望在今年跻身“万亿俱乐部”。共有7个设区市增速高于全省平均水平。\n\n"
            "全年全省规模以上工业增加值比上年增长5.1%。")
    got = periods(text, "2023-02-08")
    assert got["7个"] == "2022" and got["5.1%"] == "2022"


def test_periods_listed_before_fenbie_date_the_figures_after_it_in_turn():
    text = ("河南2021年GDP增长6.3%\n\n2021年全省生产总值58887.41亿元，增长6.3%。从季度看，全省GDP一季度、上半年、前三季度"
            "分别增长18.6%、13.0%和9.7%，呈逐季回落态势。")
    got = periods(text, "2022-01-20")
    assert (got["18.6%"], got["13.0%"], got["9.7%"]) == ("2021-Q1", "2021-H1", "2021-01..2021-09")


def test_a_year_gone_reaches_an_aspect_word_across_semicolons_and_a_year_to_come_does_not():
    text = ("2022年1-8月国家高新区营业收入增长\n\n创新方面，2021年国家高新区入统企业17.2万家；企业研发经费内部支出1.1万亿元；"
            "每万名从业人员拥有发明专利440件。")
    assert periods(text, "2022-10-12")["440件"] == "2021"
    text = "目前，污水处理项目明年年底建成投用；104个村的背街小巷硬化工程已完工81个。"
    assert periods(text, "2024-10-20")["81个"] == "2024-10"


def test_a_month_s_release_whose_clauses_open_on_the_year_to_that_month_dates_its_paragraphs_so():
    lead = "10月份，示范区规模以上工业经济保持全市前列，进出口、财政收入增势良好，市场消费平稳增长，全区经济总体平稳。\n"
    text = (lead + "1-10月，规上工业增加值增长11.6%，产值增长4.3%。\n重点行业产值“两增”：农副食品加工业产值增长12.8%。\n"
            "1-10月，限额以上单位消费品零售额6.84亿元，增长7.2%，其中10月当月零售额0.97亿元。\n")
    got = periods(text, "2024-11-22")
    assert (got["11.6%"], got["12.8%"], got["6.84亿元"], got["0.97亿元"]) == (
        "2024-01..2024-10", "2024-01..2024-10", "2024-01..2024-10", "2024-10")
    # a release whose clauses open on the month more often is the month's (5月份，…增长5.0%。1-5月份，…)
    text = ("5月份，全国规模以上工业增加值同比实际增长5.0%，增速比4月份回落0.4个百分点，生产需求继续回升，就业形势稳定。\n"
            "1-5月份，规模以上工业增加值同比增长6.0%。\n5月份，社会消费品零售总额33878亿元。\n产品销售率为98.4%。\n")
    assert periods(text, "2019-06-14")["98.4%"] == "2019-05"


def test_years_listed_as_bases_share_their_year_word_and_date_nothing():
    got = periods("2021年，全省建设项目数量比2020和2019年分别增长21%和38%。", "2022-01-27")
    assert got["21%"] == got["38%"] == "2021"


def test_a_lead_on_this_year_is_about_a_part_of_this_year_only():
    text = ("今年安排全市重点建设项目386项，项目总投资4872亿元，年度投资计划593.6亿元，目前实际已开工189项，进度良好。\n"
            "回顾往年，2016年1-10月，市重点项目完成投资296.7亿元，完成年度计划的83.4%，超均衡进度0.1个百分点。\n")
    got = periods(text, "2021-11-10")
    assert got["189项"].startswith("2021") and got["296.7亿元"] == "2016-01..2016-10"


def test_a_plan_told_in_the_review_of_the_year_a_report_is_about_is_that_year_s():
    text = ("2022年，高新区多项经济指标增速均居六区第1位，固定资产投资增速19.3%，高于全市6.2个百分点。\n"
            "项目推进再提速——新签约亿元以上项目28个，计划总投资187.6亿元。\n")
    assert periods(text, "2023-02-22")["187.6亿元"] == "2022"


def test_a_recent_part_of_a_year_opening_a_sentence_is_its_paragraphs_topic():
    text = ("今年以来，江西加快推进重点项目建设，成效良好，全省重点建设项目提前完成年度目标任务，为稳投资提供了支撑。\n"
            "今年，全省实施省重点建设项目412个。1至11月共完成投资4471.3亿元，占年计划的102.7%。\n"
            "246个产业项目完成投资2216.8亿元，占年计划的113.7%。\n")
    got = periods(text, "2024-12-20")
    assert got["4471.3亿元"] == got["2216.8亿元"] == got["113.7%"] == "2024-01..2024-11"


def test_the_day_an_event_was_held_dates_what_its_paragraph_says_it_did():
    text = ("丝博会重点项目签约仪式12日在西安举行。陕西签约项目76个，合同投资2368.45亿元；甘肃等省区签约5个项目。\n"
            "本次签约投资主体实力较强。央企投资项目39个。\n")
    got = periods(text, "2023-05-13")
    assert got["76个"] == got["2368.45亿元"] == got["5个"] == got["39个"] == "2023-05-12"
    # the sentence telling the event held after a comma, and the paragraphs after it that name no time of their own
    text = ("1月6日，全省第十五期“三个一批”项目建设活动举行，动员全省上下推动项目建设。\n据统计，此次活动全省\n"
            "「签约一批」项目572个，总投资3876亿元。\n2024年，全省完成投资5000亿元。\n")
    got = periods(text, "2025-01-07")
    assert got["572个"] == got["3876亿元"] == "2025-01-06" and got["5000亿元"] == "2024"
    # a launch of projects is such an event; the year naming the batch (2021年第三批) dates nothing
    text = "9月28日，石家庄市2021年第三批共186个重大项目集中开工。\n总投资1187.6亿元。\n"
    got = periods(text, "2021-09-29")
    assert got["186个"] == got["1187.6亿元"] == "2021-09-28"
    # (once a paragraph names a time of its own, the report has moved on from the event: to that time, or to none)
    got = periods("1月6日，全省项目建设活动举行。\n2024年，全省完成投资5000亿元。\n签约项目572个。\n", "2025-01-20")
    assert got["572个"] == "2024"
    got = periods("1月6日，全省项目建设活动举行。\n截至1月5日，累计签约300个。\n签约项目572个。\n", "2025-01-20")
    assert got["572个"] == "2025-01"
    # (a day that tells no event held is no event's: the publication month)
    assert periods("1月6日，全省召开视频会。\n「签约一批」项目572个。\n", "2025-01-20")["572个"] == "2025-01"


def test_a_part_of_the_year_the_headline_names_dates_the_year_s_progress_so_far():
    text = ("1—8月云南省重大工程项目完成投资近4200亿元\n今年云南安排省重大工程项目2846个。8月份，完成投资648.27亿元，"
            "1—8月完成投资4187.56亿元。\n分阶段看，收尾项目完成投资528.43亿元。\n")
    got = periods(text, "2022-09-14")
    assert got["528.43亿元"] == "2022-01..2022-08" and got["2846个"] == "2022"
    # (a headline naming no part of the year, and a lead naming none: the year the lead opens with)
    got = periods(text.replace("1—8月云南", "云南").replace("1—8月完成", "完成"), "2022-09-14")
    assert got["528.43亿元"] == "2022"


def test_quarters_listed_sharing_their_jidu_before_fenbie_date_the_figures_in_turn():
    text = "今年前三季度，赣州外贸进出口628.4亿元。赣州一、二、三季度分别进出口168.2亿元、207.5亿元、252.7亿元。\n"
    got = periods(text, "2024-10-25")
    assert (got["168.2亿元"], got["207.5亿元"], got["252.7亿元"]) == ("2024-Q1", "2024-Q2", "2024-Q3")
    f, _ = extract_report(text, "t", "t.txt", "2024-10-25", None)
    assert set(f.measure_zh[1:]) == {"进出口"}  # (the quarters are no items of what is measured)


def test_a_part_of_the_year_whose_state_was_reversed_dates_nothing_after_it():
    got = periods("上半年全省第一产业增加值比去年同期增长2.1%，扭转了一季度的负增长态势，增速比全国高1.2个百分点。", "2020-07-24")
    assert got["2.1%"] == got["1.2个百分点"] == "2020-H1"


def test_the_years_since_which_a_record_stands_are_no_time_of_the_figures_after_it():
    text = "2021年，全市工业实现2015年以来最高增速。其中，规上工业增加值3980亿元，同比增长9.9%。"
    got = periods(text, "2022-01")
    assert got["3980亿元"] == got["9.9%"] == "2021"
    # a span of years with no record after it still governs
    assert periods("2015年以来，全市规上工业增加值累计增长60%。", "2022-01")["60%"] == "2015..2021"


def test_a_count_of_the_places_a_condition_picks_is_of_the_period_not_a_stock_at_its_end():
    text = ("随着4月24日萍乡市一季度主要经济指标正式对外公布，全省一季度地区生产总值成绩单已全部揭晓。\n"
            "记者梳理后发现，{}。")
    assert periods(text.format("有7个设区市地区生产总值增速跑赢全省平均水平"), "2022-04-25")["7个"] == "2022-Q1"
    # a count of anything else stays a stock at the period's end
    assert periods(text.format("全省共有企业300家"), "2022-04-25")["300家"] == "2022-03"


def test_shang_nian_in_the_review_of_last_year_is_the_year_before_the_one_reviewed():
    text = "初步核算，2018年全省实现地区生产总值35804.04亿元。三次产业结构由上年同期的6.9:47.7:45.4调整为6.6:48.1:45.3。"
    got = periods(text, "2019-02-20")
    assert (got["6.9"], got["6.6"]) == ("2017", "2018")
    # 去年 counts from the publication year: the year reviewed
    got = periods("初步核算，2018年全省实现地区生产总值35804.04亿元。去年的三次产业结构为6.6:48.1:45.3。", "2019-02-20")
    assert got["6.6"] == "2018"


def test_ben_nian_before_a_noun_is_part_of_a_term_for_the_year_to_date_not_a_period():
    got = periods("一季度，全市建筑业总产值增长5%。全市建筑业企业本年新签合同额同比增长12.6%。本年，全市GDP增长5%。", "2024-04-25")
    assert got["12.6%"] == "2024-Q1" and got["5%"] in ("2024-Q1", "2024")


def test_a_month_a_headline_names_with_its_year_dates_a_monthly_release():
    text = "2019年3月份厦门市社会保险参保情况\n社会保险总参保人次1637.04万人次，环比增加41.39万人次，增长2.6%。"
    got = periods(text, "2019-04-18")
    assert got["1637.04万人次"] == got["2.6%"] == "2019-03"


def test_a_goal_named_the_years_after_its_figure_is_of_the_year_the_figure_before_reached():
    got = periods("全年新（改）扩建幼儿园56所，超额完成50所的年度目标任务。", "2019-01-10")
    assert got["56所"] == got["50所"] == "2018"


def test_a_year_whose_low_base_a_sentence_names_is_no_period_of_its_figures():
    text = "1—9月，全省经济稳中加固，叠加去年同期低基数效应，全社会用电量达1.6万亿千瓦时，同比增长13.7%。"
    got = periods(text, "2021-10-20")
    assert got["13.7%"] == "2021-01..2021-09"


def test_the_years_budget_and_the_share_of_it_done_so_far():
    text = "截止8月底，经开区大口径财政收入完成49870万元，占年初预算63264万元的78.8%。"
    f, _ = extract_report(text, "t", "t.txt", "2022-09-08", None)
    got = {q: (p, k) for q, p, k in zip(f.quote, f.period, f.kind)}
    assert got["63264万元"] == ("2022", "plan") and got["78.8%"] == ("2022-01..2022-08", "share")


def test_the_time_a_change_started_from_is_not_the_reports_time():
    # 去年 after 从 dates the rank changed from; the lead's report is of its own year, the rank reached too
    text = ("2017年12月16日，百强县名单揭晓，长沙县位居第六名。在百强排名中，长沙县从去年的第七名上升到第六名，"
            "湖南还有三个县入选百强，浏阳市、宁乡市分列第16位、第31位。")
    got = periods(text, "2017-12")
    assert got["七名"] == "2016"
    assert got["16位"] == got["31位"] == "2017"


def test_a_rate_kept_for_a_run_of_quarters_is_of_the_run():
    text = "前三季度，全省地区生产总值增长8.7%，自2016年4季度以来已连续8个季度保持8%以上稳定增长。"
    got = periods(text, "2018-10")
    assert got["8个季度"] == got["8%以上"] == "2016-10..2018-09"
    # 及以上 qualifies the figure (N or more), as 以上 does, so the 的增速 after it makes it a growth rate
    f, _ = extract_report("这是我省连续5个季度生产总值保持在8%及以上的增速。", "t", "t.txt", "2016-10", None)
    assert f.set_index("quote").loc["8%及以上", "kind"] == "growth_rate"


def test_this_year_after_a_status_day_is_the_year_up_to_that_month():
    got = periods("截止到3月5日，今年我省新注册科技型中小企业540家，居全国第8位。", "2020-03")
    assert got["540家"] == got["8位"] == "2020-01..2020-03"
    assert periods("今年我省新注册科技型中小企业540家。", "2020-03")["540家"] == "2020"  # no day: the year


def test_a_founding_years_before_dates_no_stock_told_after_it():
    text = "苏州工业园区1994年2月经国务院批准设立，同年5月实施启动，行政区划面积278平方公里。"
    assert periods(text, "2020-04-17")["278平方公里"] == "2020-04"
    # a result of the event (达到), or a year the sentence opens on, still dates it
    assert periods("园区2015年完成扩区，面积达到80平方公里。", "2020-04-17")["80平方公里"] == "2015"
    assert periods("2015年，园区获批设立，面积80平方公里。", "2020-04-17")["80平方公里"] == "2015"


def test_a_release_naming_one_part_of_a_year_only_is_of_that_part():
    text = ("全市一般公共预算收入完成856.8亿元，下降15.2%。\n二、主要收入情况\n"
            "1-5月全市税收收入完成579.9亿元，下降20.8%。\n全市非税收入完成276.9亿元。")
    got = periods(text, "2020-06-19")
    assert got["856.8亿元"] == got["579.9亿元"] == got["276.9亿元"] == "2020-01..2020-05"
    # a second period named: no one part of the year the release is about
    got = periods("全市收入完成856.8亿元。\n1-5月税收完成579.9亿元。\n上半年支出100亿元。", "2020-06-19")
    assert got["856.8亿元"] == "2020-06"


def test_a_time_written_after_the_figure_as_when_it_happened_dates_its_clause():
    got = periods("2019年全县脱贫1000人。剩余211户贫困户486人于今年6月达到脱贫标准。", "2020-09-04")
    assert got["1000人"] == "2019" and got["211户"] == got["486人"] == "2020-06"
    # not a time ahead, nor one of what the figure describes (总投资…的工厂)
    got = periods("总投资15亿元的蒙牛四期工厂将于今年5月底投产。", "2020-04")
    assert got["15亿元"] != "2020-05"


def test_a_work_reports_expected_goals_without_a_deadline_are_the_years_it_is_delivered_in():
    text = "2022年，全州地区生产总值增长2.7%。\n全州划定发展预期目标，地区生产总值增长3%；社会消费品零售总额增长7%。"
    got = periods(text, "2023-02-26")
    assert got["3%"] == got["7%"] == "2023" and got["2.7%"] == "2022"
    # a goal the text calls no expected one and gives no deadline stays open
    assert periods("全州力争地区生产总值增长3%。", "2023-02-26")["3%"] == ""


def test_a_change_from_the_year_before_is_of_one_year_not_the_span_before_it():
    text = ("省内流动农民工占外出农民工的55.3%，自2014年以来占比逐年提高。"
            "东部地区省内流动的农民工占82.5%，比上年提高0.3个百分点。")
    got = periods(text, "2018-04-27")
    assert got["0.3个百分点"] == "2017"
    # an average over the span stays the span's
    assert periods("自2014年以来，全省地区生产总值年均增长7.5%。", "2018-04-27")["7.5%"] == "2014..2017"


def test_recent_years_with_no_start_date_what_was_done_up_to_now_and_n_years_more_count_one_more():
    text = ("12月30日讯 今年园区生产总值预计突破120亿元。\n产城融合初具雏形。近年来，园区累计投入160亿元。\n"
            "产业链条初步形成。两年多来，共洽谈对接项目230个。")
    got = periods(text, "2020-12-30")
    assert got["120亿元"] == "2020" and got["160亿元"] == "2020-12" and got["230个"] == "2018..2020"


def test_a_trend_carried_on_from_a_period_is_no_period_of_the_figure():
    text = "上半年，连云港市延续一季度地区生产总值增长态势，地区生产总值同比增长12.9%。"
    assert periods(text, "2023-08-01")["12.9%"] == "2023-H1"


def test_a_level_risen_onto_and_an_amount_per_head_under_a_span_of_years_are_where_it_ended():
    text = "过去五年，经济总量跃上千亿元台阶，城乡居民人均可支配收入2.33万元，累计完成投资428.3亿元。"
    got = periods(text, "2021-02-02")
    assert got["千亿元"] == got["2.33万元"] == "2020" and got["428.3亿元"] == "2016..2020"


def test_a_goal_of_things_created_or_cultivated_over_a_plan_spans_its_years():
    got = periods("“十四五”期间，到2025年，全省创建省级创新示范县25个，培育科技型企业1450家，全省高新技术企业达到1万家。",
                  "2021-08")
    assert got["25个"] == got["1450家"] == "2021..2025" and got["1万家"] == "2025"
