use super::*;
use crate::money;

#[test]
fn a_stretch_of_a_sentence_has_the_words_read_from_it_alone() {
    // Cut anywhere, even inside a word, a stretch gives what reading it alone gives.
    for sentence in [
        "Under the Terms, BeiGene-Partner pays US$500m-plus up front (see Note 3).",
        "Zai Lab’s ÉCLAT deal — worth €1.2bn – closed; royalties: mid-teens.",
        "首付款US$80M，Milestones（up to $1.93B）：royalty Low double-digit",
    ] {
        let words = SentenceWords::new(sentence);
        let cuts: Vec<usize> = (0..=sentence.len())
            .filter(|&i| sentence.is_char_boundary(i))
            .collect();
        for &a in &cuts {
            for &b in cuts.iter().filter(|&&b| b >= a) {
                assert_eq!(
                    words.between(a, b),
                    tokens(&sentence[a..b]),
                    "{:?}",
                    &sentence[a..b]
                );
            }
        }
        assert_eq!(words.all(), tokens(sentence));
        assert!(words.between(1, 0).is_empty());
    }
}

#[test]
fn payments_in_an_aggregate_amount_are_the_milestones_a_filing_lists() {
    let filing = "The Company shall pay Qirong (i) clinical and regulatory milestone payments in an aggregate amount not to exceed $140.0 million and (ii) sales-based milestone payments in an aggregate amount not to exceed $410.0 million, payable once yearly net sales first pass agreed levels, for aggregate potential milestone payments of up to $550.0 million.";
    let got = assigned(filing);
    assert_eq!(
        got.iter().map(|a| a.role).collect::<Vec<_>>(),
        [Role::Milestone; 3]
    );
    // The sum names no kind, though the clause before it speaks of sales.
    assert!(got[2].scope.is_overall(), "{:?}", got[2].scope);
    assert_eq!(got[1].scope.kind, Some(MilestoneKind::Commercial));
    // An amount that is the maximum aggregate amount is still the headline.
    let headline = assigned(
        "US$900 million is the maximum aggregate amount Qirong may receive under the agreement.",
    );
    assert_eq!(headline[0].role, Role::Total);
}

#[test]
fn a_part_of_the_milestones_paid_for_sales_is_no_royalty() {
    let got = assigned(
        "Weilan is eligible for up to $760 million in milestones (a newsletter breaks that into $210 million for development and $550 million for sales), plus tiered royalties on net sales.",
    );
    assert_eq!(
        got.iter().map(|a| a.role).collect::<Vec<_>>(),
        [Role::Milestone; 3]
    );
    assert_eq!(got[2].scope.kind, Some(MilestoneKind::Commercial));
}

#[test]
fn a_deal_put_at_an_amount_is_its_headline() {
    let got = assigned(
        "Weilan took $45 million up front and kept a 15% stake, in a transaction put at up to $1.9 billion.",
    );
    assert_eq!(got[1].role, Role::Total);
    let got = assigned(
        "Qiyun can earn up to $780 million in milestones, which puts the agreement at as much as $815 million.",
    );
    assert_eq!(got[1].role, Role::Total);
}

#[test]
fn what_reporters_add_it_all_up_to_is_the_headline() {
    for sentence in [
        "Local brokers have been adding it all up to $2.3 billion.",
        "One newsletter adds it up to US$2.3 billion, royalties aside.",
    ] {
        assert_eq!(assigned(sentence)[0].role, Role::Total, "{sentence}");
    }
}

#[test]
fn what_is_still_to_collect_after_an_upfront_is_the_milestones() {
    let got = assigned(
        "Qiyun gets $55 million upfront and can collect as much as $870 million more, plus royalties.",
    );
    assert_eq!(got[1].role, Role::Milestone);
    let got =
        assigned("Qiyun gets $55 million upfront, with as much as $870 million more to come.");
    assert_eq!(got[1].role, Role::Milestone);
}

#[test]
fn a_deal_priced_at_an_amount_is_its_headline() {
    let got =
        assigned("The licence with Qiyun, signed on Monday, is priced at up to $925 million.");
    assert_eq!(got[0].role, Role::Total);
    // A share's price is no term.
    let got = assigned("Ardley buys $20 million of new Qiyun shares, priced at HK$14.20 each.");
    assert_eq!(got[1].role, Role::Other);
}

#[test]
fn zh_an_amount_holding_milestones_and_another_payment_is_the_headline() {
    for sentence in [
        "四、潜在总金额：包括首付款和各项里程碑付款在内，最高可达4.6亿美元；",
        "栖岩生物有资格获得包括选择权行权费和里程碑在内最高8.8亿美元的付款。",
        "对方以2亿美元首付款收购该资产，另有最高5亿美元的里程碑付款，交易总价最高7亿美元。",
        "（三）包括上述首付款及近期付款以及里程碑付款在內，本公司及合作方可收取的款項最高達6.2億美元；",
    ] {
        let got = assigned(sentence);
        assert_eq!(got.last().unwrap().role, Role::Total, "{sentence}");
    }
    // Milestones alone stay milestones.
    let got = assigned("包括开发和销售里程碑在内，最高可达4.6亿美元。");
    assert_eq!(got[0].role, Role::Milestone);
    // An amount said to be the cap of the upfront and the milestones together.
    let got = assigned(
        "您好！6.2亿美元为协议约定的首付款及各项里程碑付款的上限，实际金额取决于研发进展。",
    );
    assert_eq!(got[0].role, Role::Total);
    // A clause after "在内" naming a payment of its own is that payment.
    let got = assigned("包括首付款和里程碑付款在内，公司还可获得销售里程碑最高5亿美元。");
    assert_eq!(got[0].role, Role::Milestone);
}

#[test]
fn the_price_of_an_option_to_license_is_the_option() {
    for sentence in [
        "Ardley has paid Qiyun $16 million for an exclusive option to license QY-204.",
        "Ardley pays $16M for the right to license Qiyun's TROP2 ADC",
        "Ardley paid $16 million for the option and may exercise it next year.",
    ] {
        assert_eq!(assigned(sentence)[0].role, Role::Option, "{sentence}");
    }
    // The exclusive right to develop a drug is a licence; its price the upfront.
    let got = assigned(
        "Ardley paid $50 million upfront for the exclusive right to develop QY-204 in Europe.",
    );
    assert_eq!(got[0].role, Role::Upfront);
    // The fee due when the option is exercised.
    let got =
        assigned("Ardley to pay US$15 million option fee at signing and US$45 million on exercise");
    assert_eq!(got[1].role, Role::Option);
}

#[test]
fn an_amount_that_buys_something_is_no_price_of_a_company() {
    for sentence in [
        "\"Fifteen million dollars buys us a look at the data before we commit.\"",
        "That is what the $90 million buys.",
    ] {
        assert_eq!(assigned(sentence)[0].role, Role::Other, "{sentence}");
    }
    assert_eq!(
        assigned("Ardley buys Qiyun for $1.2 billion.")[0].role,
        Role::Total
    );
    assert_eq!(
        assigned("Of that, $80M buys new Qiyun shares at HK$21.40.")[0].role,
        Role::Equity
    );
}

#[test]
fn zh_a_numbered_heading_names_the_kind_of_milestone() {
    for sentence in [
        "3、销售里程碑：视年净销售额达到约定门槛的情况，累计不超过4.2亿美元。",
        "（五）销售里程碑：根据年净销售额达到约定门槛分期支付，累计不超过4.2亿美元。",
        "(5) 销售里程碑：根据年净销售额分期支付，累计不超过4.2亿美元。",
    ] {
        let got = assigned(sentence);
        assert_eq!(got[0].role, Role::Milestone, "{sentence}");
        assert_eq!(
            got[0].scope.kind,
            Some(MilestoneKind::Commercial),
            "{sentence}"
        );
    }
}

#[test]
fn zh_a_floor_in_talks_is_no_term_and_money_at_signing_is_the_upfront() {
    assert_eq!(
        assigned("我们对首付款的底线是八千万美元，也愿意考虑共同开发。")[0].role,
        Role::Other
    );
    assert_eq!(
        assigned("答：那笔交易签约时拿到2500万美元，行权费没有公开。")[0].role,
        Role::Upfront
    );
}

#[test]
fn zh_the_first_consideration_and_its_parts_are_the_upfront() {
    for sentence in [
        "首期对价合计9,000万美元，由4,000万美元现金和5,000万美元Ardley优先股构成。",
        "首期對價合計9,000萬美元，由4,000萬美元現金和5,000萬美元Ardley優先股構成。",
    ] {
        let got = assigned(sentence);
        assert!(
            got.iter().all(|a| a.role == Role::Upfront),
            "{sentence}: {got:?}"
        );
    }
}

/// What `assign` gives the amounts of one sentence.
fn assigned(sentence: &str) -> Vec<Assigned> {
    let slots: Vec<Slot> = money::find(sentence)
        .iter()
        .map(|f| Slot {
            start: f.span.start,
            end: f.span.end,
            per_share: f.per_share,
            currency: f.currency,
        })
        .collect();
    assign(sentence, 0, &slots)
}

fn roles(sentence: &str) -> Vec<&'static str> {
    assigned(sentence)
        .into_iter()
        .map(|a| a.role.as_str())
        .collect()
}

#[test]
fn item_labels_referred_to_part_no_clause() {
    assert_eq!(
        roles(
            "The maximum aggregate amount payable under items (a) to (c) above is US$205 million."
        ),
        ["total"]
    );
    assert_eq!(
        roles("The milestone payments under (b) and (c) together amount to up to €310 million."),
        ["milestone"]
    );
    // A label opening a list item still parts it from the one before.
    let words: Vec<String> = tokens("(a) $10 million upfront; (b) $20 million later")
        .iter()
        .map(|w| w.to_string())
        .collect();
    assert_eq!(words.iter().filter(|w| *w == "(").count(), 2, "{words:?}");
}

#[test]
fn filing_sums_that_are_no_headline() {
    // Milestones summed by a verb are the milestones …
    assert_eq!(
        roles(
            "The aggregate milestone payments under the Agreement therefore total up to $862.0 million."
        ),
        ["milestone"]
    );
    assert_eq!(
        roles("Remaining milestone payments under the license amount to up to $410 million."),
        ["milestone"]
    );
    assert_eq!(
        roles("The development and sales milestone payments together total up to €310 million."),
        ["milestone"]
    );
    // … but several kinds summed, or the noun "total", are the headline.
    assert_eq!(
        roles(
            "The upfront payment, the option exercise fee and all milestone payments amount to up to $1.3 billion."
        ),
        ["total"]
    );
    assert_eq!(
        roles("Milestones of up to $800 million, bringing the potential total to $850 million."),
        ["milestone", "total"]
    );
    // What has been paid so far is no deal's value.
    assert_eq!(
        roles("In total, we have paid Qiantai $31.0 million under the license."),
        ["other"]
    );
    assert_eq!(
        roles("In total, Ravelston has now paid us US$22 million in cash."),
        ["other"]
    );
    // A lease's sums, a liability's fair value, an offering with its over-allotment.
    assert_eq!(
        roles(
            "Total base rent payable under the lease amendment over the term is approximately $6.2 million."
        ),
        ["other"]
    );
    assert_eq!(
        roles("Its fair value was $41.7 million as of December 31, 2025."),
        ["other"]
    );
    assert_eq!(
        roles(
            "Net proceeds will be approximately $120.5 million, or approximately $138.9 million if the underwriters exercise their option in full."
        ),
        ["other", "other"]
    );
}

#[test]
fn potential_milestones_named_right_after_the_amount() {
    assert_eq!(
        roles("本集团另有权收取总额最高为19.2亿美元的潜在里程碑付款。"),
        ["milestone"]
    );
    assert_eq!(roles("潜在付款总额最高为19.2亿美元。"), ["total"]);
}

#[test]
fn a_payment_left_out_by_chu_wai_names_no_role() {
    assert_eq!(
        roles("连同首付款，许可协议项下的付款总额（特许权使用费除外）最高可达12.6亿美元。"),
        ["total"]
    );
    assert_eq!(
        roles("許可協議項下的付款總額（特許權使用費除外）最高可達8.4億美元。"),
        ["total"]
    );
}

#[test]
fn a_target_price_and_wealth_products_are_no_terms() {
    assert_eq!(
        roles("首付款到账后，现金加上理财大约在人民币22.9亿元。"),
        ["other"]
    );
    assert_eq!(
        roles("本次交易首付款较高，我们将目标价上调至86.50元。"),
        ["other"]
    );
}

#[test]
fn chinese_rankings_typical_values_and_a_months_disclosures() {
    assert_eq!(roles("榜单前十的首付款加起来约21.4亿美元。"), ["other"]);
    assert_eq!(
        roles("TOP12首付款合计38.6亿美元，约占全年的一半。"),
        ["other"]
    );
    assert_eq!(roles("本榜入榜门槛为首付款不低于5000万美元。"), ["other"]);
    assert_eq!(
        roles("2025年以来，首付款中枢上移，6000万美元左右已较常见。"),
        ["other"]
    );
    assert_eq!(
        roles("当月披露总额约210亿美元，首付款约18亿美元。"),
        ["other", "other"]
    );
    // One deal in the same words stays a deal.
    assert_eq!(
        roles("本次交易首付款6000万美元，披露总额10.5亿美元。"),
        ["upfront", "total"]
    );
}

#[test]
fn chinese_wholes_by_their_parts_and_a_periods_sum() {
    assert_eq!(
        roles("“9.6亿美元里绝大部分是里程碑，能兑现多少要看后面的数据。”"),
        ["total"]
    );
    assert_eq!(roles("· 本周重点交易首付款合计：1.85亿美元"), ["other"]);
    // One deal's upfront under its own label stays the upfront.
    assert_eq!(roles("· 首付款：1.85亿美元"), ["upfront"]);
}

#[test]
fn kinds_named_before_the_shared_noun_and_peak_sales() {
    assert_eq!(
        roles(
            "Terms: US$80m upfront, up to US$150m development/regulatory and US$2.4bn sales milestones, headline US$2.63bn."
        ),
        ["upfront", "milestone", "milestone", "total"]
    );
    assert_eq!(
        roles(
            "We assume peak ex-China sales of US$2.2bn in 2033E, on which the licensor earns tiered royalties."
        ),
        ["other"]
    );
}

#[test]
fn pools_named_by_what_they_hold() {
    assert_eq!(
        roles(
            "Qiantang is eligible to receive up to US$1.9 billion in milestone payments associated with technology transfer, development, regulatory approvals and commercialization."
        ),
        ["milestone"]
    );
    assert_eq!(
        roles("  - Total of upfront and milestone payments: up to ¥18.0 billion"),
        ["total"]
    );
    assert_eq!(
        roles(
            "Weilan will be eligible to receive up to $840 million in option fees and clinical development, regulatory and commercial milestones."
        ),
        ["milestone"]
    );
    assert_eq!(
        roles(
            "Qiantang stands to earn up to US$2.3 billion in option exercise fees and development and sales milestone payments."
        ),
        ["milestone"]
    );
    // A technology-transfer payment on its own stays near-term.
    assert_eq!(
        roles("Qiantang will receive $40 million upon completion of the technology transfer."),
        ["near_term"]
    );
}

#[test]
fn milestone_shares_by_kind_and_sums_between_counted_deals() {
    assert_eq!(
        roles("The milestone split: $1.2B for development and regulatory events, $6.4B for sales."),
        ["milestone", "milestone"]
    );
    assert_eq!(
        roles(
            "Qiantang is eligible for up to €500m in milestones: €90m tied to development events, €110m to regulatory approvals and €300m to annual sales thresholds."
        ),
        ["milestone", "milestone", "milestone", "milestone"]
    );
    assert_eq!(
        roles(
            "Five cross-border licences since 2 January carry about US$2.1bn of upfront cash between them."
        ),
        ["other"]
    );
    // Two licensors of one deal share its payment.
    assert_eq!(
        roles(
            "In May, Qiantang and Weilan jointly licensed QT-07 to Ostrava, receiving upfront payments of US$30 million between them."
        ),
        ["upfront"]
    );
}

#[test]
fn counted_deals_that_name_each_one() {
    assert_eq!(
        roles(
            "Qiantang has now signed three agreements with Ostrava, the latest in May for $90 million up front and up to $2.1 billion in milestone payments."
        ),
        ["upfront", "milestone"]
    );
    assert_eq!(
        roles(
            "The fortnight brought two more: Ostrava's ADC portfolio from Qiantang ($200 million upfront) and Kestrel's licence of WL-22 from Weilan for $45 million upfront."
        ),
        ["upfront", "upfront"]
    );
    // A period's count is still a tally.
    assert_eq!(
        roles(
            "Trackers counted 41 out-licensing deals by Chinese companies in the first quarter, worth US$29.4 billion in headline value."
        ),
        ["other"]
    );
}

#[test]
fn chinese_conversions_sums_and_english_labels() {
    assert_eq!(
        roles("4亿美元首付款按1美元兑7.20元人民币计，约合人民币28.8亿元。"),
        ["upfront", "other", "other", "upfront"]
    );
    assert_eq!(
        roles("两笔首付加起来1.9亿美元，对公司收入来说不算大。"),
        ["other"]
    );
    assert_eq!(
        roles("- Total：up to约9 billion美元（前提是option全部行使）"),
        ["total"]
    );
    assert_eq!(
        roles("- Milestones：development + regulatory合计up to USD 15亿"),
        ["milestone"]
    );
}

#[test]
fn chinese_option_exercise_fees_and_a_years_deals() {
    assert_eq!(
        roles("若Ostrava行使中国选择权，还需另付最高8000万美元。"),
        ["option"]
    );
    assert_eq!(
        roles(
            "Ostrava还将以5000万美元认购钱塘生物股份，并取得中国权利的选择权，行权时需另付最高8000万美元。"
        ),
        ["equity", "option"]
    );
    // Milestones due after exercise stay milestones.
    assert_eq!(
        roles("行权后，Ostrava将支付最高2亿美元的里程碑付款。"),
        ["milestone"]
    );
    assert_eq!(
        roles("2024年中国创新药对外授权交易首付款合计41亿美元，总金额519亿美元。"),
        ["other", "other"]
    );
    assert_eq!(
        roles("一年后Ostrava以6亿美元前期对价收购钱塘生物。"),
        ["upfront"]
    );
}

#[test]
fn chinese_deals_listed_after_a_count_and_headline_verbs() {
    // Each deal listed after "两笔…：" keeps its terms, its headline too.
    assert_eq!(
        roles(
            "此前已有两笔同靶点交易可供比较：澜汐医药2025年3月将LX-07授予Brisland，首付款及近期里程碑合计5200万美元，交易总额约9亿美元；钱塘生物2024年11月与Kestrel签署选择权许可协议，首付款及行权前里程碑合计2500万美元，交易总额超过8亿美元。"
        ),
        ["upfront", "total", "upfront", "total"]
    );
    // Deals counted with 对外授权 make a tally.
    assert_eq!(
        roles("本周我们记录到3笔中国药企对外授权，披露首付款合计1.6亿美元。"),
        ["other"]
    );
    // A value right before a verb joining two companies is the headline.
    assert_eq!(roles("Ostrava最高9.8亿美元牵手钱塘生物"), ["total"]);
    // A part of the upfront held in it leaves it the upfront.
    assert_eq!(
        roles("首付8亿美元含5000万美元认购新股"),
        ["upfront", "equity"]
    );
}

#[test]
fn a_comma_before_deals_counts_nothing() {
    assert_eq!(
        roles(
            "It builds on earlier work, including its agreements with Brisland Bio, under which Qiantang received upfront payments of US$45 million and US$70 million, respectively."
        ),
        ["upfront", "upfront"]
    );
    // A period's tally still is one.
    assert_eq!(
        roles(
            "Year to date, China-sourced ADC deals have carried $9 billion-plus in headline value."
        ),
        ["other"]
    );
}

#[test]
fn terms_reworded_by_the_phrase_around_them() {
    assert_eq!(
        roles(
            "Brisland will pay $40.0 million upfront and has agreed to purchase $15.0 million of the Company's ADSs."
        ),
        ["upfront", "equity"]
    );
    assert_eq!(
        roles(
            "At closing, Ostrava subscribed for Qiantang shares for a total consideration of US$70 million."
        ),
        ["equity"]
    );
    assert_eq!(
        roles(
            "(2) development and sales milestone payments of up to an aggregate of US$1.5 billion; and"
        ),
        ["milestone"]
    );
    assert_eq!(
        roles(
            "Kestrel paid $60 million upfront — a package the two companies put at roughly $2.2 billion."
        ),
        ["upfront", "total"]
    );
    assert_eq!(
        roles(
            "Brisland is buying rights to an oral amylin drug in a deal that the partners' own numbers put at around $1.7 billion."
        ),
        ["total"]
    );
    assert_eq!(
        roles(
            "The rise reflects $3.1 million of the Kestrel upfront payment recognized as the transfer obligations were met."
        ),
        ["other"]
    );
    // A total of everything stays the headline.
    assert_eq!(
        roles("Upfront and milestone payments of up to an aggregate of US$1.6 billion."),
        ["total"]
    );
}

#[test]
fn comparables_written_the_analysts_way() {
    assert_eq!(
        roles("• Qiantang → Brisland (TROP2 ADC, March 2024): $45M on $1.2B"),
        ["upfront", "total"]
    );
    assert_eq!(
        roles("What Ostrava put in on day one is $300M, for one Phase 2 asset."),
        ["upfront"]
    );
    assert_eq!(
        roles("• Weilan → Kestrel (platform, May): $60M upfront, \"about $2.4B\" on paper"),
        ["upfront", "total"]
    );
    // Not money spent on something.
    assert_eq!(
        roles("Last year Qiantang spent $40M on research and $15M on marketing."),
        ["other", "other"]
    );
}

#[test]
fn deals_counted_to_be_listed_keep_their_terms() {
    assert_eq!(
        roles(
            "Qiantang has two earlier agreements with Brisland Bio: an antibody licence in March 2023 ($40m upfront, $1.1bn in total) and a platform collaboration in May 2024 ($65m upfront)."
        ),
        ["upfront", "total", "upfront"]
    );
    assert_eq!(
        roles(
            "- The week brought two oncology deals: Qiantang-Brisland (US$75m upfront) and Weilan-Kestrel (US$30m upfront)."
        ),
        ["upfront", "upfront"]
    );
    // Counted deals summed under a label stay a tally.
    assert_eq!(
        roles("Upfront cash disclosed in the four deals above: $88 million."),
        ["other"]
    );
    assert_eq!(
        roles("Deals with a combined headline of $3.1 billion were signed in May."),
        ["other"]
    );
}

#[test]
fn an_expense_stated_is_what_the_books_show() {
    // Firmly: the same figure stated as the upfront elsewhere does not make it one.
    let text = "The Company paid Tianlu an upfront payment of $25.0 million in March. Acquired IPR&D expense was $25.0 million for the quarter, related to the upfront payment under the Tianlu Agreement.";
    let found: Vec<&str> = crate::mentions(text)
        .iter()
        .map(|m| m.role.as_str())
        .collect();
    assert_eq!(found, ["upfront", "other"]);
}

#[test]
fn a_term_ranked_against_other_deals_ranks_against_their_same_term() {
    assert_eq!(
        roles(
            "The upfront is the third largest paid for a Chinese ADC, behind Ostrava's US$900m for Qiantang's QT-07 and ahead of Brisland's US$300m for Weilan's WL-22."
        ),
        ["upfront", "upfront"]
    );
    assert_eq!(
        roles("Its headline value trails only the $4.2 billion Kestrel agreed for HR-5."),
        ["total"]
    );
    // What is compared stays itself when it says what it is.
    assert_eq!(
        roles("The upfront is larger than Weilan's 2025 revenue of RMB 800 million."),
        ["other"]
    );
    // And without a term as the subject, nothing is ranked.
    assert_eq!(
        roles("Weilan's shares are now above the HK$42 placing price and ahead of the sector."),
        ["other"]
    );
}

#[test]
fn a_long_subject_names_the_amount_its_verb_states() {
    assert_eq!(
        roles(
            "Following the amendment, the aggregate potential milestone payments for QX-118 and the newly added bispecific antibody are up to $740 million."
        ),
        ["milestone"]
    );
}

#[test]
fn chinese_milestones_and_option_payments_are_milestones() {
    assert_eq!(
        roles("双方签下第三份协议，首付款1.2亿美元，里程碑及选择权付款最高30亿美元。"),
        ["upfront", "milestone"]
    );
}

#[test]
fn what_exercising_an_option_costs_is_the_option_fee() {
    assert_eq!(
        roles("根据协议，公司将收取3,000万美元首付款；Orrin行使选择权时支付1,500万美元。"),
        ["upfront", "option"]
    );
    assert_eq!(
        roles("Orrin可选择获得后续分子的权利，行权时另付800万美元。"),
        ["option"]
    );
    // An upper bound reached only when every option is exercised stays what it is.
    assert_eq!(
        roles("40亿美元的里程碑付款是全部行使选择权时才可能达到的上限。"),
        ["milestone"]
    );
}

#[test]
fn a_conversion_stating_its_rate_first_is_the_payment_before_it() {
    assert_eq!(
        roles(
            "首付款：Orrin应在生效后30日内支付3,000万美元（按1美元兑7.10元人民币计算，约合人民币2.13亿元）。"
        ),
        ["upfront", "other", "other", "upfront"]
    );
    // Announcements in Hong Kong: "約相等於", or the conversion right after "計算".
    assert_eq!(
        roles(
            "（1）Orrin須支付首付款5,000萬美元（按本公告所採用之匯率1美元兌7.80港元計算，約相等於3.9億港元）；"
        ),
        ["upfront", "other", "other", "upfront"]
    );
    assert_eq!(
        roles(
            "連同選擇權費用在內，可收取的款項合計最高8億美元（按1美元兌7.80港元計算約62.4億港元）。"
        ),
        ["total", "other", "other", "total"]
    );
}

#[test]
fn payments_that_total_an_amount_are_those_payments() {
    assert_eq!(
        roles(
            "After these payments, the remaining potential milestone payments under the Orrin agreement total up to $410.0 million."
        ),
        ["milestone"]
    );
    // Payments of several kinds that total an amount are the headline.
    assert_eq!(
        roles("The upfront and milestone payments total up to $1.2 billion."),
        ["total"]
    );
    // "Total" as a noun stays the headline.
    assert_eq!(
        roles("Milestones bring the total up to $1.2 billion."),
        ["total"]
    );
}

#[test]
fn the_parts_an_upfront_is_made_up_of_are_that_upfront() {
    assert_eq!(
        roles(
            "Orrin received upfront consideration of $40MM, made up of $25MM in cash and shares we valued at $15MM."
        ),
        ["upfront", "upfront", "upfront"]
    );
}

#[test]
fn a_years_tallies_and_summed_upfronts_are_aggregates() {
    assert_eq!(
        roles("On this pace the full-year total will easily pass last year's $48.2bn."),
        ["other"]
    );
    assert_eq!(
        roles("That is already half of the $3.9bn upfront tally for the whole of 2024."),
        ["other"]
    );
    assert_eq!(
        roles("Add up the four largest upfronts of the quarter and the total comes to $1.6bn."),
        ["other"]
    );
    // Upfronts ranged over are those deals' upfronts, as the text stated them.
    let text = "Orrin pays $40M upfront for OR-7. Three upfronts between $12M and $40M, and one large financing.";
    let found: Vec<&str> = crate::mentions(text)
        .iter()
        .map(|m| m.role.as_str())
        .collect();
    assert_eq!(found, ["upfront", "other", "upfront"]);
}

#[test]
fn what_taking_up_an_option_costs_is_the_exercise_fee() {
    assert_eq!(
        roles(
            "Orrin will pay a US$15mn option fee for OR-7, and a further US$50mn if it decides to take up the licence after the Phase 1 data."
        ),
        ["option", "option"]
    );
    assert_eq!(
        roles(
            "Orrin pays a $15M option fee, $50M more if it exercises, and up to $600M in milestones."
        ),
        ["option", "option", "milestone"]
    );
    // What every option and milestone adds up to stays the headline.
    assert_eq!(
        roles("The deal is worth about $9 billion if everything is exercised and hit."),
        ["total"]
    );
}

#[test]
fn moving_the_manufacturing_process_earns_a_near_term_payment() {
    assert_eq!(
        roles(
            "A further payment of US$8 million falls due once the manufacturing process has been transferred."
        ),
        ["near_term"]
    );
    assert_eq!(
        roles(
            "A further US$8 million is payable on completion of the transfer of the manufacturing process."
        ),
        ["near_term"]
    );
}

#[test]
fn a_payment_due_on_an_anniversary_keeps_the_name_it_was_given() {
    assert_eq!(
        roles(
            "The near-term payment of $15 million falls due on the first anniversary of the deal or at first dosing."
        ),
        ["near_term"]
    );
    // Without a name, a payment on the anniversary is a deferred upfront.
    assert_eq!(
        roles("Orrin will pay $10 million on the first anniversary of the effective date."),
        ["upfront"]
    );
}

#[test]
fn kinds_named_after_an_amount_are_milestones_of_the_next_ones_word() {
    assert_eq!(
        roles(
            "The platform deal pays $90M upfront, up to $1.4B in development and $2.9B in sales milestones."
        ),
        ["upfront", "milestone", "milestone"]
    );
}

#[test]
fn a_milestone_named_by_the_sales_that_pay_it_follows_its_list() {
    assert_eq!(
        roles(
            "Orrin pays €30 million upfront, up to €40 million in regulatory milestones and up to €90 million on sales."
        ),
        ["upfront", "milestone", "milestone"]
    );
    // Sales themselves stay what they are.
    assert_eq!(
        roles("It earned $300 million in milestones and $2 billion sales in 2025."),
        ["milestone", "other"]
    );
}

#[test]
fn what_a_deal_is_reported_at_or_sums_to_is_its_headline() {
    assert_eq!(
        roles(
            "Orrin licensed OR-7 from Qiantang for $12 million upfront, in a deal reported at $380 million."
        ),
        ["upfront", "total"]
    );
    assert_eq!(
        roles(
            "Orrin paid $60 million upfront; press reports put the deal at more than $1 billion."
        ),
        ["upfront", "total"]
    );
    assert_eq!(
        roles(
            "Orrin bought the company: $600m upfront, mostly in cash, and up to $120m in milestones, for up to $720m."
        ),
        ["upfront", "milestone", "total"]
    );
    assert_eq!(
        roles("With the option fee and milestones, that deal can reach $510 million."),
        ["total"]
    );
}

#[test]
fn what_an_asset_might_fetch_and_revenue_recognised_are_no_terms() {
    assert_eq!(
        roles("A Chinese ADC with early data might fetch $40 million or $50 million up front."),
        ["other", "other"]
    );
    assert_eq!(
        roles(
            "Licence income mainly comprised RMB120.4 million recognised in respect of the additional upfront payment."
        ),
        ["other"]
    );
}

#[test]
fn what_a_deal_could_be_worth_after_a_condition_is_its_headline() {
    assert_eq!(
        roles(
            "Orrin paid $300 million up front; if every option is exercised and every milestone met, the arrangement could be worth about $7 billion."
        ),
        ["upfront", "total"]
    );
    // The subject right before the verb still names the payment.
    assert_eq!(
        roles("The development milestones could be worth up to $300 million."),
        ["milestone"]
    );
}

#[test]
fn shares_bought_out_of_an_upfront_are_an_equity_investment() {
    assert_eq!(
        roles("Orrin pays $900M up front, of which $80M buys new Qiantang shares at HK$41.20."),
        ["upfront", "equity", "other"]
    );
    // Paid in the licensee's own stock, a part of the upfront stays the upfront.
    assert_eq!(
        roles("Orrin pays $60 million upfront, of which $20 million in shares of Orrin."),
        ["upfront", "upfront"]
    );
}

#[test]
fn news_shorthand_names_its_terms() {
    assert_eq!(
        roles(
            "Orrin put $90M down for worldwide rights to the programmes, with up to $1.1B in milestones."
        ),
        ["upfront", "milestone"]
    );
    assert_eq!(
        roles(
            "UPDATE 1-Orrin bets up to $3.2 bln on Qiantang drugs in one of China's biggest licensing deals"
        ),
        ["total"]
    );
    assert_eq!(
        roles(
            "On the accounting: the twelve million dollar technology-transfer payment will be expensed when it becomes due."
        ),
        ["near_term"]
    );
}

#[test]
fn a_term_opening_the_sentence_is_ranked_like_its_subject() {
    assert_eq!(
        roles(
            "At US$900mn, the upfront is the largest paid this year apart from Ostrava's US$1.1bn for QT-07, and well ahead of the US$300mn Brisland paid Weilan."
        ),
        ["upfront", "upfront", "upfront"]
    );
}

#[test]
fn a_value_stated_after_a_comma_is_the_next_amounts() {
    assert_eq!(
        roles(
            "* Qiantang eligible for further milestone payments of up to US$640 million, with a total potential value exceeding US$700 million, plus royalties"
        ),
        ["milestone", "total"]
    );
    assert_eq!(
        roles(
            "The aggregate milestones payable under the amended agreement now total up to US$520 million."
        ),
        ["milestone"]
    );
}

#[test]
fn a_payment_on_technology_transfer_listed_before_milestones_stays_near_term() {
    assert_eq!(
        roles(
            "These include the expected payment of $12 million upon technology transfer, potential milestone payments of up to $800 million and royalties."
        ),
        ["near_term", "milestone"]
    );
    // Technology transfer as one kind of milestone in a list stays a milestone.
    assert_eq!(
        roles(
            "Qiantang is eligible for up to US$1.9 billion in technology transfer, development, regulatory and commercial milestone payments."
        ),
        ["milestone"]
    );
}

#[test]
fn chinese_acquisition_consideration_and_transfer_payments() {
    assert_eq!(
        roles("本周三，Orrin宣布以最高6.2亿美元的对价收购钱塘生物。"),
        ["total"]
    );
    assert_eq!(
        roles("条款：US$120M首付；技术转移完成后再付US$40M；里程碑最高US$900M。"),
        ["upfront", "near_term", "milestone"]
    );
    // The rest of an upfront paid on the transfer stays the upfront.
    assert_eq!(
        roles(
            "Orrin将支付预付款3,000万美金，其中2,000万美金于生效后支付，余下1,000万美金于完成技术转移后支付。"
        ),
        ["upfront", "upfront", "upfront"]
    );
}

#[test]
fn chinese_shorthand_for_the_first_payment_and_the_whole_deal() {
    assert_eq!(
        roles("投资人表示，\"Orrin愿意先付1.5亿美元，本质上是买一张门票\"。"),
        ["upfront"]
    );
    assert_eq!(
        roles("投资者提问：整个交易最高6.4亿美元，里程碑节奏如何？"),
        ["total"]
    );
    // The cue right after the amount before, past a "的", is that amount's.
    assert_eq!(
        roles(
            "Orrin将支付US$40M首付款，另有US$10M的近期里程碑付款及合共最高US$700M的开发、注册和销售里程碑。"
        ),
        ["upfront", "near_term", "milestone"]
    );
}

#[test]
fn milestones_listed_by_kind_after_a_label_are_all_milestones() {
    assert_eq!(
        roles("Milestones: up to $120M development, $200M regulatory and $700M sales."),
        ["milestone", "milestone", "milestone"]
    );
    assert_eq!(
        roles(
            "- Milestones: up to US$1.02bn, of which US$120mn development, US$200mn regulatory and US$700mn sales-based."
        ),
        ["milestone", "milestone", "milestone", "milestone"]
    );
}

#[test]
fn a_package_overall_or_in_brackets_is_the_headline() {
    assert_eq!(
        roles(
            "Orrin licensed OR-7 to Kestrel for $60 million upfront and up to $800 million in milestones, a package of up to $860 million."
        ),
        ["upfront", "milestone", "total"]
    );
    assert_eq!(
        roles(
            "Qiantang put OR-7 into a NewCo for $12.5 million upfront and near-term and up to $410 million overall."
        ),
        ["upfront", "total"]
    );
    assert_eq!(
        roles(
            "- The Qiantang–Orrin ADC deal ($70M upfront, up to $950M) is still the quarter's largest."
        ),
        ["upfront", "total"]
    );
}

#[test]
fn what_an_amendment_recalls_and_changes_keeps_its_name() {
    assert_eq!(
        roles(
            "Price of admission: $4M in extra upfront, on top of the $15M Orrin paid when the deal was signed last May."
        ),
        ["upfront", "upfront"]
    );
    assert_eq!(
        roles("The milestone pool rises to $960M from $910M, with new regulatory milestones."),
        ["milestone", "milestone"]
    );
    assert_eq!(
        roles("If Orrin exercises, Qiantang can earn up to $640 million more."),
        ["milestone"]
    );
    assert_eq!(
        roles("It was a $32M upfront-and-near-term package inside a headline of about $900M."),
        ["upfront", "total"]
    );
}

#[test]
fn a_models_risk_adjusted_milestones_are_no_term() {
    assert_eq!(
        roles("Within that, risk-adjusted milestones contribute about US$0.4bn."),
        ["other"]
    );
    // A speaker's own numbers, and a year's headline with the upfronts taken out.
    assert_eq!(
        roles("Discount that, and on my numbers it is worth between $4 billion and $6 billion."),
        ["other", "other"]
    );
    assert_eq!(
        roles(
            "Take the 2024 headline, strip out the upfronts, and $48 billion in milestones is left."
        ),
        ["other"]
    );
}

#[test]
fn milestones_listed_with_research_funding_are_the_pool() {
    assert_eq!(
        roles(
            "Qiming can earn up to $900 million more in research funding and development, regulatory and commercial milestones."
        ),
        ["milestone"]
    );
    assert_eq!(
        roles("Research funding of $12 million was paid."),
        ["other"]
    );
}

#[test]
fn deals_listed_after_a_count_keep_their_payments() {
    assert_eq!(
        roles(
            "The week produced two large deals: Hualan's HL-7 to Pfizer for $400 million upfront, and Qiming's QM-2 to Bayer for $90 million upfront."
        ),
        ["upfront", "upfront"]
    );
    // Statistics after the colon stay statistics.
    assert_eq!(
        roles("The week produced two large deals: together they paid $490 million upfront."),
        ["other"]
    );
}

#[test]
fn net_sales_milestones_are_milestones() {
    assert_eq!(
        roles("Jinlu may also receive up to $85.0 million in net sales milestone payments."),
        ["milestone"]
    );
}

#[test]
fn a_speakers_supposition_is_no_term() {
    assert_eq!(
        roles("If they get $15 million to $25 million up front, I'd call that a fair price."),
        ["other", "other"]
    );
    assert_eq!(
        roles("If the trial succeeds, Qiming would receive up to $300 million in milestones."),
        ["milestone"]
    );
}

#[test]
fn an_upfront_compound_before_package_is_the_upfront() {
    assert_eq!(
        roles("It was a $32M upfront-and-near-term package."),
        ["upfront"]
    );
}

#[test]
fn what_was_collected_in_total_is_no_term() {
    assert_eq!(
        roles("Hualan says it has now collected $35M in total from the licence."),
        ["other"]
    );
}

#[test]
fn a_bracketed_as_amended_is_an_aside() {
    assert_eq!(
        roles(
            "The total potential consideration under the Licence Agreement (as amended) is up to approximately US$640 million."
        ),
        ["total"]
    );
}

#[test]
fn the_part_of_which_comes_soon_is_near_term() {
    assert_eq!(
        roles(
            "Kerrow pays $60 million upfront and up to $900 million in further payments, about $45 million of which falls due in the near term."
        ),
        ["upfront", "milestone", "near_term"]
    );
}

#[test]
fn the_cash_left_after_a_payment_is_no_payment() {
    assert_eq!(
        roles(
            "After the cash part of the upfront, pro forma cash is US$19.5 million, enough to fund the trial."
        ),
        ["other"]
    );
}

#[test]
fn a_total_label_names_the_headline() {
    assert_eq!(
        roles("Total of (i) and (ii): up to USD 4,300 million (approx. JPY 645 billion)"),
        ["total", "total"]
    );
    assert_eq!(
        roles("Total of upfront and milestones: up to USD 4,300 million"),
        ["total"]
    );
    assert_eq!(roles("Total revenue: USD 43 million"), ["other"]);
}

#[test]
fn paying_the_licensor_up_to_is_the_headline() {
    assert_eq!(
        roles("Ostrava agreed to pay Lianhua Pharma up to around €700m ($820m) for the rights."),
        ["total", "total"]
    );
    assert_eq!(
        roles("Ostrava will pay Lianhua $40 million for the rights."),
        ["upfront"]
    );
}

#[test]
fn a_run_of_agreements_is_no_count() {
    assert_eq!(
        roles(
            "It is Hualan's first licence since its run of agreements with Merck, which paid $58 million upfront in 2022."
        ),
        ["upfront"]
    );
}

#[test]
fn shares_sold_to_investors_are_a_financing() {
    assert_eq!(
        roles(
            "Separately, Quarrow signed a securities purchase agreement with institutional investors for a private placement of $75 million of its common stock."
        ),
        ["other"]
    );
    // A partner buying alongside other investors still invests.
    assert_eq!(
        roles(
            "Quarrow will also buy $20 million of Jinhe's ordinary shares at the price paid by other investors in its next financing."
        ),
        ["equity"]
    );
}

#[test]
fn a_payment_that_could_total_is_that_payment() {
    assert_eq!(
        roles("Development and sales milestone payments could total up to $410 million."),
        ["milestone"]
    );
    // An option deal's option fees and milestones together are its milestones.
    assert_eq!(
        roles(
            "Under the option agreement, option fees and milestone payments could total up to US$730 million."
        ),
        ["milestone"]
    );
    // With the upfront, or past a clause break, it is the headline.
    assert_eq!(
        roles("Upfront and milestone payments could total up to $410 million."),
        ["total"]
    );
    assert_eq!(
        roles("Milestones of $60M are development-based; total $75M."),
        ["milestone", "total"]
    );
}

#[test]
fn the_agreements_of_one_deal_are_no_count() {
    // What the agreements have, or with whom they were made, is no count of deals.
    assert_eq!(
        roles(
            "Forward-looking statements include those about the benefits of the agreements with Tianhe Bio and the payment of the $45 million upfront payment."
        ),
        ["upfront"]
    );
    assert_eq!(
        roles("Under the terms of the agreements, Orrin will pay $45 million upfront."),
        ["upfront"]
    );
    // A quantity before "of" still counts, and an article-less "deals with" still values.
    assert_eq!(
        roles("Two of the agreements carried upfront payments of $45 million or more."),
        ["other"]
    );
    assert_eq!(
        roles("Deals with upfront payments above $100 million were rare this year."),
        ["other"]
    );
}

#[test]
fn three_roles_in_one_sentence() {
    assert_eq!(
        roles(
            "Under the terms, Akeso will receive $500 million upfront and is eligible for up to $4.5 billion in milestones, for a total of up to $5 billion."
        ),
        ["upfront", "milestone", "total"]
    );
    assert_eq!(
        roles(
            "The agreement involves a $650 million upfront payment and potential milestone payments reaching up to $4.95 billion."
        ),
        ["upfront", "milestone"]
    );
    assert_eq!(
        roles(
            "Pfizer will pay an upfront payment of $1.25 billion, make a $100 million equity investment, and pay up to $4.8 billion in development, regulatory and commercial milestones."
        ),
        ["upfront", "equity", "milestone"]
    );
}

#[test]
fn tranches_and_inclusive_asides() {
    assert_eq!(
        roles(
            "The upfront is $90 million, paid in two tranches: $60 million at closing, expected in March, and $30 million a year later."
        ),
        ["upfront", "upfront", "upfront"]
    );
    assert_eq!(
        roles("So the potential deal value of $800 million is inclusive of the upfront."),
        ["total"]
    );
}

#[test]
fn parts_conditions_and_habits() {
    assert_eq!(
        roles("Upfront US$65mn, split into US$32.5mn in cash and US$32.5mn in Braveheart shares."),
        ["upfront", "upfront", "upfront"]
    );
    // What comes after the parts is a term of its own.
    assert_eq!(
        roles(
            "Qiyun's $40 million upfront is split into $20 million in cash and $20 million in Ardley stock, with another $5 million due on transfer of the cell line and up to $610 million in milestones."
        ),
        ["upfront", "upfront", "upfront", "near_term", "milestone"]
    );
    // After a colon, shares "valued at" an amount are a part too.
    assert_eq!(
        roles(
            "- Upfront consideration of $50 million: $30 million in cash plus newly issued Ardley shares giving Qiyun a 12% stake valued at $20 million"
        ),
        ["upfront", "upfront", "upfront"]
    );
    // "half of it, or …, in cash and the other … in shares".
    assert_eq!(
        roles(
            "Ardley will make an upfront payment of 40 million U.S. dollars, half of it, or 20 million dollars, in cash and the other 20 million dollars in Ardley shares."
        ),
        ["upfront", "upfront", "upfront"]
    );
    // A part with a value of its own is still a part.
    assert_eq!(
        roles(
            "Qiyun received upfront consideration of $30MM, made up of $18MM in cash and Ardley shares that we valued at $12MM."
        ),
        ["upfront", "upfront", "upfront"]
    );
    assert_eq!(
        roles(
            "- Upfront consideration of US$9.0 million, comprising US$5.0 million in cash and US$4.0 million in Tarrow ordinary shares"
        ),
        ["upfront", "upfront", "upfront"]
    );
    assert_eq!(
        roles("BioNTech will pay $800 million for all outstanding shares of Biotheus."),
        ["upfront"]
    );
    assert_eq!(
        roles("Marrowby pays a £4m option fee now and £22m if it exercises after Phase 1 data."),
        ["option", "option"]
    );
    assert_eq!(
        roles(
            "The pact carries $500 million upfront and about $12 billion if everything is exercised and hit."
        ),
        ["upfront", "total"]
    );
    assert_eq!(
        roles("Payments could reach $3 billion if all options are exercised."),
        ["total"]
    );
    assert_eq!(
        roles("Aldergrove paid US$15 million last year when the Phase 1 study was completed."),
        ["milestone"]
    );
    assert_eq!(
        roles(
            "Several biotechs have licensed such drugs this year, often for upfront payments of $50 million to $200 million."
        ),
        ["other", "other"]
    );
    assert_eq!(
        roles(
            "We would put peak sales at US$800mn if the drug works; at these royalty rates that is meaningful."
        ),
        ["other"]
    );
    assert_eq!(
        roles(
            "One Bio paid $21.5 million upfront and $3.5 million on supply of material for its Phase 2, with up to $1.025 billion in milestones, a package reported at roughly $1.05 billion."
        ),
        ["upfront", "near_term", "milestone", "total"]
    );
    assert_eq!(
        roles("Would you ever do a $500 million upfront?"),
        ["other"]
    );
    assert_eq!(
        roles(
            "Taking into account the upfront payment, the near-term milestone and all milestone payments, the total consideration under the Agreement is up to US$1.09 billion, excluding royalties and the Subscription."
        ),
        ["total"]
    );
    assert_eq!(
        roles(
            "Up to $1.74 billion in further milestones, for total potential payments of up to $1.94 billion."
        ),
        ["milestone", "total"]
    );
    assert_eq!(
        roles(
            "Sales milestone payments of up to US$720 million, payable in tranches when annual net sales of the licensed products first reach US$0.5, 1.0 and 1.5 billion."
        ),
        ["milestone", "other", "other", "other"]
    );
    assert_eq!(
        roles(
            "At Akeso's election, approximately $25.1 million of the first installment will be satisfied in shares."
        ),
        ["upfront"]
    );
    assert_eq!(
        roles(
            "The Company expects to recognize acquired in-process research and development expense of $25.0 million for the upfront payment."
        ),
        ["other"]
    );
    assert_eq!(
        roles(
            "Calderwood expects to record the upfront payment of $25.0 million as acquired in-process research and development expense."
        ),
        ["other"]
    );
    assert_eq!(
        roles(
            "It spun three assets into a NewCo for $110 million in upfront and near-term payments and a 19.9% stake, with up to $5.925 billion more on the table."
        ),
        ["upfront", "milestone"]
    );
    assert_eq!(
        roles(
            "Including the upfront, Mabwell is eligible for up to $412.5 million in development, regulatory and commercial payments."
        ),
        ["total"]
    );
    assert_eq!(
        roles(
            "Terms: $20M upfront, milestones of up to roughly $2B, tiered royalties on future sales."
        ),
        ["upfront", "milestone"]
    );
    assert_eq!(
        roles(
            "It will pay $2.00 per ordinary share in cash, valuing the Nasdaq-listed company at about $1.0 billion."
        ),
        ["other", "upfront"]
    );
    assert_eq!(
        roles(
            "It will pay $2.00 per Gracell ordinary share in cash, valuing the Nasdaq-listed company at about $1.0 billion."
        ),
        ["other", "upfront"]
    );
    assert_eq!(
        roles("At that price Turning Point is valued at roughly $1.4 billion."),
        ["other"]
    );
    assert_eq!(
        roles("Altogether, the expansion is valued at up to $1.025 billion."),
        ["total"]
    );
    assert_eq!(
        roles(
            "Akeso can elect to take about $25.1 million of the first payment as newly issued shares."
        ),
        ["upfront"]
    );
    assert_eq!(
        roles("Our guess is that the upfront is small, perhaps US$10 million to US$20 million."),
        ["other", "other"]
    );
    assert_eq!(
        roles(
            "I-Mab licensed it for an upfront payment of US$180 million, with up to US$1.74 billion more in milestones, valuing that deal at as much as US$1.94 billion."
        ),
        ["upfront", "milestone", "total"]
    );
    assert_eq!(
        roles(
            "The US$517.5 million, or roughly HK$4 billion, covers an upfront payment together with development, regulatory and commercial milestones."
        ),
        ["total", "total"]
    );
    assert_eq!(
        roles("- Maximum total amount, including the upfront payment: JPY 70.5 billion"),
        ["total"]
    );
    assert_eq!(
        roles("The upfront payment and all milestone payments amount to up to US$18.5 billion."),
        ["total"]
    );
    assert_eq!(
        roles("RMB 150mn upfront, up to RMB 1bn including milestones."),
        ["upfront", "total"]
    );
    assert_eq!(
        roles("Kailera was capitalised with US$400mn by a consortium of investors."),
        ["other"]
    );
    assert_eq!(
        roles(
            "Together, the option fee, the exercise fee and the milestones amount to up to CHF 640 million."
        ),
        ["total"]
    );
    assert_eq!(
        roles(
            "Simcere is eligible for option fees together with milestone payments of up to US$1.055 billion in aggregate."
        ),
        ["milestone"]
    );
}

#[test]
fn options_approvals_and_the_total_a_clause_is_about() {
    assert_eq!(
        roles("Cobbleton holds an opt-in right, exercisable for US$5 million before 2027."),
        ["option"]
    );
    assert_eq!(
        roles(
            "They paid a $10 million option fee and would have paid $40 million more to exercise."
        ),
        ["option", "option"]
    );
    assert_eq!(
        roles("A further $12 million becomes payable upon the first approval of RF-2290."),
        ["milestone"]
    );
    assert_eq!(
        roles(
            "The pool of development and regulatory milestones was raised from US$410 million to US$560 million."
        ),
        ["milestone", "milestone"]
    );
    assert_eq!(
        roles("As upfront consideration, we paid Baihe $15.0 million in cash and issued shares."),
        ["upfront"]
    );
    assert_eq!(
        roles(
            "It's $800 million up front, a small slice in its own shares, and then up to another hundred and fifty million dollars if certain milestones are hit."
        ),
        ["upfront", "milestone"]
    );
    assert_eq!(
        roles("The headline value of US$4.5 billion excludes the share subscription."),
        ["total"]
    );
    assert_eq!(
        roles(
            "(b) a payment of US$15 million upon completion of the transfer of manufacturing technology to Hartwell;"
        ),
        ["near_term"]
    );
    assert_eq!(
        roles("US$1.2 billion is the maximum aggregate amount that the Company may receive."),
        ["total"]
    );
    assert_eq!(
        roles("GSK will pay US$500 million upfront across the agreements."),
        ["upfront"]
    );
    assert_eq!(
        roles("\"The £634m is mostly sales milestones that only pay out later,\" she said."),
        ["other"]
    );
    assert_eq!(
        roles("We counted 23 disclosed private rounds, worth about $1.9 billion combined."),
        ["other"]
    );
    assert_eq!(
        roles("Total biotech equity issuance on mainland exchanges reached CNY 4.7 billion."),
        ["other"]
    );
    assert_eq!(
        roles("Greyhaven buys a slice of Dianshan's royalty on the pill for $310 million"),
        ["other"]
    );
    assert_eq!(
        roles(
            "Greyhaven Royalty Partners agreed to pay Dianshan $310 million in cash for part of the royalties it earns."
        ),
        ["other"]
    );
    assert_eq!(
        roles(
            "Bellmarsh agreed to up to $475 million in milestones, of which $140 million has already been received."
        ),
        ["milestone", "other"]
    );
    assert_eq!(
        roles(
            "The new payment brings total payments received under the agreement to US$95 million."
        ),
        ["other"]
    );
    assert_eq!(
        roles("Hansoh received $350m in upfront cash across the three deals."),
        ["other"]
    );
    assert_eq!(
        roles(
            "The total potential value of US$18.5 billion makes this one of the largest licensing deals ever signed."
        ),
        ["total"]
    );
    assert_eq!(
        roles(
            "The purchase carried US$300 million upfront and up to US$550 million in further payments."
        ),
        ["upfront", "milestone"]
    );
    assert_eq!(
        roles(
            "Pallister can earn up to US$190 million in milestones, which puts the package at up to US$220 million."
        ),
        ["milestone", "total"]
    );
    assert_eq!(
        roles(
            "Accordingly, the total amount that Kawanami may pay under the Agreement, including the upfront payment, is a maximum of ¥51.0 billion."
        ),
        ["total"]
    );
}

#[test]
fn combined_upfronts_trends_and_valuations_at_signing() {
    assert_eq!(
        roles(
            "The Company shall receive upfront and near-term milestone payments in an aggregate amount of US$47 million."
        ),
        ["upfront"]
    );
    assert_eq!(
        roles(
            "Roche will pay Hansoh $80 million upfront, the latest in a string of licensing deals between Western pharma and Chinese biotechs."
        ),
        ["upfront"]
    );
    assert_eq!(
        roles(
            "Under the agreement, which was valued at up to US$1.1 billion at signing, Fenmore paid US$50 million."
        ),
        ["total", "upfront"]
    );
    assert_eq!(
        roles(
            "Halvard, which is valued at about $27 billion, has been spending heavily on trials."
        ),
        ["other"],
        "a company's value"
    );
    assert_eq!(
        roles("It signed the licence, which is valued at up to $1.2 billion."),
        ["total"]
    );
}

#[test]
fn breakdowns_and_sums_of_what_came_before() {
    assert_eq!(
        roles(
            "Hengyan can earn up to $18M in near-term milestones over two years: $5, $5 and $8 million at IND clearance, first dosing and data."
        ),
        ["near_term", "near_term", "near_term", "near_term"]
    );
    assert_eq!(
        roles(
            "Yuecheng is eligible for development milestones of up to €190 million and commercial milestones of up to €690 million, together up to €880 million."
        ),
        ["milestone", "milestone", "milestone"]
    );
    assert_eq!(
        roles(
            "Tallis paid $650 million upfront, with up to $4.95 billion in milestones on top: $5.6 billion in all."
        ),
        ["upfront", "milestone", "total"]
    );
    assert_eq!(
        roles(
            "There are up to $640 million in development, regulatory and sales milestones, so $665 million in all."
        ),
        ["milestone", "total"]
    );
    assert_eq!(
        roles("$120M upfront, partly in stock, plus up to $30M in milestones, so $150M all in."),
        ["upfront", "milestone", "total"]
    );
    assert_eq!(
        roles("In 2021 Halden took $200 million in cash in a package worth up to $2.6 billion."),
        ["other", "total"]
    );
    assert_eq!(
        roles(
            "Halden paid an upfront payment of US$10 million in a transaction valued at up to US$412.5 million."
        ),
        ["upfront", "total"]
    );
    assert_eq!(
        roles(
            "Coherent receives US$20 million upfront and milestones of up to roughly US$2 billion."
        ),
        ["upfront", "milestone"]
    );
    assert_eq!(
        roles("The deal is worth up to JP¥15 billion in upfront and milestone payments."),
        ["total"]
    );
    assert_eq!(
        roles("Lindqvist lands $30M from Orrin in ADC option deal worth over $1B"),
        ["upfront", "total"]
    );
}

#[test]
fn upfronts_of_many_deals() {
    assert_eq!(
        roles("Big pharma paid $100 million-plus upfronts for the first TL1A assets."),
        ["other"]
    );
}

#[test]
fn a_timing_after_the_amount_beats_a_cue_from_an_earlier_clause() {
    assert_eq!(
        roles(
            "Qiaolin licensed QL-18 to Dunmore Bio for $65 million upfront, half of it in Dunmore shares, and a further $10 million after technology transfer."
        ),
        ["upfront", "near_term"]
    );
    // The signing named before "a further" times the upfront.
    assert_eq!(
        roles(
            "Dunmore pays an upfront fee of US$18 million (about RMB129 million) within 15 business days of signing, and a further US$4 million once the cell bank has been transferred to its contract manufacturer."
        ),
        ["upfront", "upfront", "near_term"]
    );
    // A bullet of its own: "a further" says the upfront came before.
    assert_eq!(
        roles(
            "- A further $8 million once the FDA clears Dunmore's investigational new drug application"
        ),
        ["near_term"]
    );
    assert_eq!(
        roles("Dunmore pays $18 million on signing and a further $4 million upfront at closing."),
        ["upfront", "upfront"]
    );
}

#[test]
fn a_pronoun_stands_for_the_payments_named_before() {
    assert_eq!(
        roles(
            "Qiaolin's statement rolled the development and commercial payments together and put them at up to $1 billion."
        ),
        ["milestone"]
    );
    assert_eq!(roles("Analysts put it at up to $1 billion."), ["other"]);
}

#[test]
fn what_a_party_gets_nothing_else_said_is_paid_now() {
    assert_eq!(
        roles(
            "Hengyan got $75 million upfront from Dunmore, and Qiaolin got $80 million from Brevant."
        ),
        ["upfront", "upfront"]
    );
}

#[test]
fn what_an_amount_is_set_against_is_not_what_it_is() {
    assert_eq!(
        roles("Seven hundred million dollars in cash today beats a long milestone ladder."),
        ["other"]
    );
    assert_eq!(
        roles("Some reports described $4.4 billion as sitting on top of the upfront payment."),
        ["other"]
    );
}

#[test]
fn a_period_label_opens_a_tally_but_a_timeline_entry_is_one_deal() {
    assert_eq!(
        roles("- January 2026: around $30B in headline value, about $3B upfront."),
        ["other", "other"]
    );
    assert_eq!(
        roles("- 2023: licensed SHR-19 to Dunmore Bio for $21.5 million upfront."),
        ["upfront"]
    );
}

#[test]
fn royalty_tiers_on_both_sides_of_to() {
    assert_eq!(
        roles(
            "Royalties range from high single digits on annual net sales below US$500 million to mid-teens on annual net sales above US$1.5 billion."
        ),
        ["royalty", "royalty"]
    );
}

#[test]
fn the_parts_of_an_upfront_are_the_upfront() {
    assert_eq!(
        roles(
            "Kestrel shall pay the Company an upfront payment of US$40 million (approximately RMB287 million), of which US$25 million is payable in cash and US$15 million shall be settled by issuing Kestrel shares to the Company."
        ),
        ["upfront", "upfront", "upfront", "upfront"]
    );
    assert_eq!(
        roles("岚川生物的首付8000万美元由5000万美元现金和3000万美元股权组成，里程碑最高9亿美元。"),
        ["upfront", "upfront", "upfront", "milestone"]
    );
    // Or listed after a colon.
    assert_eq!(
        roles(
            "Corvane pays $50 million upfront, half in cash and half in stock: $25 million in cash and $25 million in new Corvane shares."
        ),
        ["upfront", "upfront", "upfront"]
    );
    // A part with a term of its own keeps it; parts of a headline are not the upfront.
    assert_eq!(
        roles(
            "The deal is worth up to $900 million, of which $60 million is paid upfront and $840 million depends on milestones."
        ),
        ["total", "upfront", "milestone"]
    );
}

#[test]
fn an_earlier_period_in_brackets_is_the_figure_before_it() {
    // (Over a whole document: the option fee's restatement elsewhere does not reach it.)
    let text = "Kestrel paid an option fee of US$4.0 million (HK$31.2 million) in 2022. Revenue for the year amounted to HK$55.0 million (2022: HK$31.2 million).";
    let got: Vec<&str> = crate::mentions(text)
        .iter()
        .map(|m| m.role.as_str())
        .collect();
    assert_eq!(got, ["option", "option", "other", "other"]);
}

#[test]
fn in_total_after_a_clause_of_its_own_is_the_headline() {
    assert_eq!(
        roles(
            "Ostrava got up to $30M upfront and near-term, partly in equity, and up to $640M in total."
        ),
        ["upfront", "total"]
    );
    // Within one clause, "in total" sums the payment named before it.
    assert_eq!(
        roles("It carries milestone payments of more than $1.2 billion in total."),
        ["milestone"]
    );
}

#[test]
fn a_lone_amount_all_in_is_the_whole_deal() {
    assert_eq!(roles("Up to $880M all in."), ["total"]);
    assert_eq!(
        roles("Brisland pays $40 million now, and the whole thing is up to $910 million."),
        ["upfront", "total"]
    );
    assert_eq!(roles("Licence revenue was $30M in all."), ["other"]);
}

#[test]
fn a_headline_said_to_include_the_payments_and_its_conversion() {
    assert_eq!(
        roles(
            "€90M (~$97M) upfront, up to €820M (~$885M) including the option fee, tech transfer and milestones."
        ),
        ["upfront", "upfront", "total", "total"]
    );
    assert_eq!(
        roles("€25M upfront and €300M in sales milestones, €325M all in (~$351M)."),
        ["upfront", "milestone", "total", "total"]
    );
    // Kinds of one payment are not several payments.
    assert_eq!(
        roles("Up to $1.1 billion in milestones, including development and sales milestones."),
        ["milestone"]
    );
}

#[test]
fn a_plus_sign_and_full_width_commas_part_the_terms() {
    assert_eq!(
        roles("$45M upfront + milestones up to $1.2B, royalties tiered."),
        ["upfront", "milestone"]
    );
    assert_eq!(
        roles("$45M upfront + milestones up to $1.2B，royalty low double-digit。"),
        ["upfront", "milestone"]
    );
}

#[test]
fn pacts_counted_are_many_deals() {
    assert_eq!(
        roles(
            "Taken together, the two pacts have brought Qiantang $95 million in cash at signing."
        ),
        ["other"]
    );
}

#[test]
fn what_an_amount_holds_together_with_it_is_not_what_it_is() {
    assert_eq!(
        roles("· 首付款：8000万美元；\n· 总额：连同里程碑付款，最高13亿美元；"),
        ["upfront", "total"]
    );
    assert_eq!(roles("连同首付款在内的交易总额最高约12亿美元。"), ["total"]);
    // What holds the payments named is the whole; payments left out are not what it is.
    assert_eq!(
        roles("连同首付款，公司根据协议可收取的款项（不含特许权使用费及认购款项）最高为5亿美元。"),
        ["total"]
    );
    assert_eq!(
        roles("· 岚川 × Brisland：Upfront US$20M，total 不超过 US$610M。"),
        ["upfront", "total"]
    );
}

#[test]
fn sums_and_conditions() {
    assert_eq!(
        roles("Aggregate upfront and milestone payments of up to US$148 million, plus royalties."),
        ["total"]
    );
    assert_eq!(
        roles(
            "Commercial milestones of up to US$90 million are payable when annual net sales reach agreed thresholds."
        ),
        ["milestone"]
    );
    assert_eq!(
        roles(
            "Tokai may also receive sales milestones of up to JPY4.5 billion upon annual net sales of the product passing set levels."
        ),
        ["milestone"]
    );
    assert_eq!(
        roles("US$300 million falls due when the transaction closes."),
        ["upfront"]
    );
    assert_eq!(
        roles(
            "The agreement is valued at up to €735 million (approximately US$800 million) before royalties."
        ),
        ["total", "total"]
    );
    assert_eq!(
        roles("The cash portion values Lumiqen's equity at about $1.05 billion."),
        ["upfront"]
    );
    assert_eq!(
        roles(
            "An upfront payment of US$60 million, made up of US$30 million in cash up front and US$30 million settled in newly issued Dunmore shares."
        ),
        ["upfront", "upfront", "upfront"]
    );
}

#[test]
fn an_approximate_amount_in_another_currency_is_a_conversion() {
    assert_eq!(
        roles(
            "The agreement is worth up to US$900 million including that payment, roughly 6.4 billion yuan at current rates."
        ),
        ["total", "total"]
    );
    assert_eq!(
        roles("Our conversion of the US$25m upfront is c.RMB179m."),
        ["upfront", "upfront"]
    );
    assert_eq!(
        roles("£18m upfront to Guanghe (~$23M at today's rate)"),
        ["upfront", "upfront"]
    );
    assert_eq!(
        roles("Option fees, milestones and the technology access fee total up to US$648 million."),
        ["total"]
    );
    assert_eq!(
        roles(
            "Including the upfront consideration, the agreement could be worth up to US$1.52 billion."
        ),
        ["total"]
    );
    assert_eq!(
        roles("The deal is worth $900 million, including an upfront payment of $60 million."),
        ["total", "upfront"]
    );
    assert_eq!(
        roles(
            "After that it's milestones, up to $1.1 billion across development, regulatory and sales, and then tiered royalties. So the whole thing is $1.175 billion all-in, before royalties."
        ),
        ["milestone", "total"]
    );
    // The same currency is another amount.
    assert_eq!(
        roles("The agreement is worth up to $900 million, roughly $40 million of it in 2026."),
        ["total", "other"]
    );
}

#[test]
fn a_payment_due_on_a_near_event_is_near_term() {
    assert_eq!(
        roles(
            "Qiyue gets $60m upfront, USD15m due on US IND clearance, and up to $900m in milestones."
        ),
        ["upfront", "near_term", "milestone"]
    );
    assert_eq!(
        roles(
            "Dunmore will pay a license issue fee of $30.0 million and a further $4.0 million upon completion of the technology transfer."
        ),
        ["upfront", "near_term"]
    );
    assert_eq!(
        roles(
            "Qiyue can earn up to $2.1 billion in milestones, and that figure includes a $200 million payment tied to the transfer of technology to Dunmore."
        ),
        ["milestone", "near_term"]
    );
    assert_eq!(
        roles(
            "Qiyue expects collaboration revenue of between $40 million and $60 million, mainly from the technology transfer."
        ),
        ["other", "other"]
    );
    // Without an upfront before it, a payment is not read as near-term.
    assert_eq!(
        roles("The company paid $4.0 million upon completion of the audit."),
        ["upfront"]
    );
}

#[test]
fn potential_payments_as_a_whole_or_still_to_come() {
    assert_eq!(
        roles(
            "Taken together, the agreement carries more than $2 billion in potential payments to Qiyue."
        ),
        ["total"]
    );
    assert_eq!(
        roles(
            "The deal brings Qiyue up to $900 million in potential payments, $40 million of it upfront."
        ),
        ["total", "upfront"]
    );
    assert_eq!(
        roles(
            "Dunmore paid $20 million upfront and agreed to more than $1 billion in further potential payments tied to development goals."
        ),
        ["upfront", "milestone"]
    );
}

#[test]
fn totals_and_other_amounts() {
    assert_eq!(
        roles("The deal, worth up to $5 billion, was signed on Monday."),
        ["total"]
    );
    assert_eq!(
        roles("It struck a $1.2 billion licensing deal with Merck."),
        ["total"]
    );
    assert_eq!(
        roles("Revenue rose to RMB 45.456 billion in 2025."),
        ["other"]
    );
    assert_eq!(roles("The placing price was HK$95.5 per share."), ["other"]);
    assert_eq!(
        roles("This can be a $2 billion-a-year drug, with most of the milestones tied to sales."),
        ["other"]
    );
    assert_eq!(
        roles("Dunmore expects a pre-tax charge of $40 million related to the upfront payment."),
        ["other"]
    );
    assert_eq!(
        roles("The round valued the company at roughly $310MM pre-money."),
        ["other"]
    );
    assert_eq!(
        roles("The company raised $200 million in a Series C financing."),
        ["other"]
    );
    assert_eq!(
        roles(
            "Chinese firms signed 157 out-licensing deals with a total value of $135.7 billion in 2025, with upfront payments of $7 billion."
        ),
        ["other", "other"]
    );
}

#[test]
fn chinese_roles() {
    assert_eq!(
        roles(
            "根据协议，公司将获得12.5亿美元首付款，以及最高48亿美元的里程碑付款，交易总额最高达60.5亿美元。"
        ),
        ["upfront", "milestone", "total"]
    );
    assert_eq!(
        roles("辉瑞将向三生制药支付首付款12.5亿美元，并认购1亿美元股份。"),
        ["upfront", "equity"]
    );
    assert_eq!(roles("公司2025年营业收入人民币454.56亿元。"), ["other"]);
    assert_eq!(
        roles("我們已支付入門費人民幣800萬元，並須於產品首次取得上市批准時支付人民幣2,000萬元。"),
        ["upfront", "milestone"]
    );
    assert_eq!(
        roles("首付款合計4,000萬美元，分兩期支付：第一期2,500萬美元須於協議生效後支付。"),
        ["upfront", "upfront"]
    );
    assert_eq!(roles("聊聊这单：44亿美元到底含不含首付？"), ["total"]);
    assert_eq!(
        roles("约120亿美元是假设各项里程碑均达成的情况下公司可能获得的款项总额。"),
        ["total"]
    );
    assert_eq!(
        roles("单笔首付款中位数约5000万美元，较2025年略有下降。"),
        ["other"]
    );
    assert_eq!(
        roles(
            "現金代價總額約108億港元；若CVR全數兌現，額外付款總額約17.2億港元，交易總值最高約125億港元。"
        ),
        ["upfront", "milestone", "total"]
    );
    assert_eq!(
        roles("公司此前已收取的首付款及里程碑付款均无需退还，上述款项累计2,000万英镑。"),
        ["other"]
    );
    assert_eq!(
        roles("两项协议打包披露，首付款合计1.85亿美元，含首付款在内的总额为41.65亿美元；"),
        ["upfront", "total"]
    );
    assert_eq!(
        roles("把三次合作放在一起看，首付款累计3.45亿美元，潜在金额合计逾95亿美元。"),
        ["other", "other"]
    );
    assert_eq!(
        roles("里程碑付款最高分别为2.15亿、3.5亿和6亿美元，合计最高11.65亿美元。"),
        ["milestone", "milestone", "milestone", "milestone"]
    );
    assert_eq!(
        roles("信达收到2亿美元首付款，并有资格获得最高8.25亿美元的里程碑付款，合计10.25亿美元。"),
        ["upfront", "milestone", "total"]
    );
    assert_eq!(
        roles("首付款2亿美元，里程碑最高18亿美元，合计最高20亿美元。"),
        ["upfront", "milestone", "total"]
    );
    assert_eq!(
        roles("大会同期设立总额200万元的青年学者奖励基金。"),
        ["other"]
    );
    assert_eq!(
        roles("我们以每股约HK$12.40的价格回购H股，总代价约港幣1.2億元。"),
        ["other", "other"]
    );
    assert_eq!(
        roles("汀舟生物至今已从该合作中累计收到首付款及里程碑付款约1.8亿美元。"),
        ["other"]
    );
    assert_eq!(
        roles(
            "公司将支付首付款人民币6,000万元，分两期支付：生效后支付人民币3,500万元，满12个月后再支付人民币2,500万元。"
        ),
        ["upfront", "upfront", "upfront"]
    );
    assert_eq!(
        roles("公司还将支付合计不超过人民币2.4亿元的开发及注册里程碑款。"),
        ["milestone"]
    );
    assert_eq!(roles("本次收购的前期现金对价约为13亿美元；"), ["upfront"]);
    assert_eq!(
        roles("公司还可获得累计不超过10.25亿美元的临床开发、注册及销售里程碑付款。"),
        ["milestone"]
    );
    assert_eq!(
        roles("BioNTech将支付约8亿美元的首付款，以及最高1.5亿美元的或有付款。"),
        ["upfront", "milestone"]
    );
    assert_eq!(
        roles("如决定行使，须另行支付选择权行使费1,200万英镑。"),
        ["option"]
    );
    assert_eq!(
        roles("簽約金是30億日圓，大概兩千萬美金左右。"),
        ["upfront", "upfront"]
    );
    assert_eq!(
        roles("交易總價值「最高達6.15億美元」應更正為「最高達6.2億美元」。"),
        ["total", "total"]
    );
    assert_eq!(
        roles("若CVR全部兑现，买方还需额外支付约3亿美元。"),
        ["milestone"]
    );
    assert_eq!(
        roles("有的写“首付之外还有44亿美元”，交易总额最高约44亿美元。"),
        ["other", "total"]
    );
    assert_eq!(
        roles("后续开发、法规及销售里程碑金合計最高4.5億美元，交易總額最高約4.7億美元。"),
        ["milestone", "total"],
        "合计 after a milestone word in its own clause sums milestones"
    );
    assert_eq!(
        roles("2025年全年中国创新药对外授权交易总额达1356.55亿美元。"),
        ["other"]
    );
}

#[test]
fn phrasings_from_the_second_development_corpus() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Upfront: $40M | Near-term: $15M | Milestones: up to $1.1B | Total: up to $1.155B",
            &["upfront", "near_term", "milestone", "total"],
        ),
        (
            "Milestones of up to roughly $2 billion bring the potential value to about $2.02 billion.",
            &["milestone", "total"],
        ),
        (
            "U.S.$30 million, payable within 30 days of the effective date, is the upfront fee.",
            &["upfront"],
        ),
        (
            "The aggregate potential consideration, excluding royalties and the equity purchase described below, is up to $412,500,000.",
            &["total"],
        ),
        (
            "It will purchase €10 million of newly issued shares at a 20% premium to the average closing price.",
            &["equity"],
        ),
        (
            "DualityBio is eligible for milestone payments of more than $1.5 billion in total.",
            &["milestone"],
        ),
        (
            "We paid $170.0 million (€155.9 million at the exchange rate on the payment date) upfront.",
            &["upfront", "upfront"],
        ),
        (
            "The deal, which could reach $1.02 billion if every milestone is met, is the third such licence.",
            &["total"],
        ),
        (
            "The offering would value the company at about HK$9.2 billion.",
            &["other"],
        ),
        ("Ipsen inks $1bn-plus ADC pact with Simcere", &["total"]),
    ];
    for (sentence, want) in cases {
        assert_eq!(&roles(sentence), want, "{sentence}");
    }
}

#[test]
fn instalments_of_the_upfront() {
    assert_eq!(
        roles(
            "It comes in two tranches: $120 million is due at closing, and the remaining $80 million follows a year later."
        ),
        ["upfront", "upfront"]
    );
}

#[test]
fn chinese_phrasings_from_the_second_development_corpus() {
    let cases: &[(&str, &[&str])] = &[
        (
            "首付款6500万美元，其中3250万美元为现金，另外3250万美元以Braveheart的股权支付。",
            &["upfront", "upfront", "upfront"],
        ),
        (
            "Crescent将向科伦博泰支付首付款8000万美元，另按年度净销售额支付分级特许权使用费。",
            &["upfront"],
        ),
        (
            "行权时将另行支付行权费，金额介于5000万美元至8000万美元之间。",
            &["option", "option"],
        ),
        (
            "2000万美元由凯斯勒向微澜支付，将于协议生效后30日内付清，作为本次交易的首付款。",
            &["upfront"],
        ),
        (
            "此外还将支付1亿美元（约合人民币7.1亿元），该笔近期里程碑付款将于首例患者给药后支付。",
            &["near_term", "near_term"],
        ),
        (
            "据本报不完全统计，今年以来欧洲药企支付的首付款合计已超过5亿美元。",
            &["other"],
        ),
        (
            "荣昌生物把双抗交给艾伯维，首付款6.5亿美元，是今年以来最大的一笔首付。",
            &["upfront"],
        ),
        (
            "翰森的两笔减重药交易，首付款同样落在这个区间：今年6月，HS-20094授权再生元，首付款8000万美元；更早的2024年12月，HS-10535授权默沙东，首付款1.12亿美元。",
            &["upfront", "upfront"],
        ),
        (
            "1月12日一天，荣昌生物—艾伯维（首付款6.5亿美元）和SciNeuro—诺华两笔交易，就合计贡献了超过8亿美元的首付款。",
            &["upfront", "other"],
        ),
        (
            "2025年中国药企对外授权交易共157笔：首付款合计约70亿美元。",
            &["other"],
        ),
        (
            "１０月对外授权回顾：共８笔交易，首付款合计４．１亿美元",
            &["other"],
        ),
        (
            "- Upfront USD 90M，milestones最高8.1亿美元，Total up to 9 billion美元",
            &["upfront", "milestone", "total"],
        ),
        (
            "- Milestones最高26亿美元，headline total $3.1B",
            &["milestone", "total"],
        ),
        ("11月这两笔，upfront合计约US$2.6亿，不到一成。", &["other"]),
        (
            "三笔放在一起，结构几乎一模一样：首付款在1亿美元上下，里程碑在15亿美元左右。",
            &["other", "other"],
        ),
        (
            "該協議項下的首付款及里程碑付款總額最高為1.85億歐元（約195.38百萬美元）。",
            &["total", "total"],
        ),
        (
            "Zenas将支付首付款及近期付款合计不超过1亿美元；本次交易潜在总额超过20亿美元。",
            &["upfront", "total"],
        ),
        (
            "市场层面，IL-23通路药物去年全球销售额合计已超过200亿美元。",
            &["other"],
        ),
        (
            "此外辉瑞享有中国区商业化选择权，对应最高1.5亿美元的选择权付款，不计入交易总额。",
            &["option"],
        ),
        (
            "· 里程碑：开发最高1亿美元，注册最高2亿美元，销售最高3.2亿美元",
            &["milestone", "milestone", "milestone"],
        ),
        (
            "一季度的33笔、366.3亿美元只是序幕，由此推算，二至四季度合计约990亿美元。",
            &["other", "other"],
        ),
        (
            "Calico将支付2,500万美元首付款，并在达到里程碑时支付合计不超过5.71亿美元的里程碑付款。",
            &["upfront", "milestone"],
        ),
        (
            "交易总额最高56亿美元（英文稿的写法是US$650 million upfront、up to US$5.6 billion in total）。",
            &["total", "upfront", "total"],
        ),
        (
            "本集團現金及現金等價物合計人民幣2,364.9百萬元（約合330百萬美元）。",
            &["other", "other"],
        ),
        (
            "募资总额约10.8億港元，扣除开支后所得款项净额约9.9億港元。",
            &["other", "other"],
        ),
        ("媒体报道这笔交易的潜在交易总价值约120亿美元。", &["total"]),
        (
            "楚衡医药本月与佩尔沃斯达成协议，佩尔沃斯先支付1500万美元选择权费。",
            &["option"],
        ),
        (
            "本周共有四笔对外授权交易，首付款合计约2亿美元。",
            &["other"],
        ),
    ];
    for (sentence, want) in cases {
        assert_eq!(&roles(sentence), want, "{sentence}");
    }
    let text = "开发、注册及销售里程碑上限分别为3亿美元、5亿美元及12亿美元。";
    let kinds: Vec<Option<MilestoneKind>> = assigned(text).iter().map(|a| a.scope.kind).collect();
    assert_eq!(
        kinds,
        [
            Some(MilestoneKind::Development),
            Some(MilestoneKind::Regulatory),
            Some(MilestoneKind::Commercial)
        ]
    );
}

#[test]
fn chinese_milestone_kinds() {
    let text = "石药集团有资格获得最高35亿美元的开发及注册里程碑，以及最高138亿美元的销售里程碑。";
    let scopes: Vec<MilestoneScope> = assigned(text).into_iter().map(|a| a.scope).collect();
    assert_eq!(scopes[0].kinds_named(), 2);
    assert!(
        !scopes[0].is_overall(),
        "two kinds are a part, not the whole"
    );
    assert_eq!(scopes[1].kind, Some(MilestoneKind::Commercial));
    // A label before a colon names the kind: "(4) 销售里程碑付款：合共最高8.4亿美元".
    let text = "(4) 销售里程碑付款：合共最高8.4亿美元；";
    let slots: Vec<Slot> = money::find(text)
        .iter()
        .map(|f| Slot {
            start: f.span.start,
            end: f.span.end,
            per_share: f.per_share,
            currency: f.currency,
        })
        .collect();
    let assigned = assign(text, 0, &slots);
    assert_eq!(assigned[0].role, Role::Milestone);
    assert_eq!(assigned[0].scope.kind, Some(MilestoneKind::Commercial));
}

#[test]
fn near_term_option_royalty() {
    assert_eq!(
        roles("The company gets $80 million upfront, including $20 million in near-term payments."),
        ["upfront", "near_term"]
    );
    assert_eq!(
        roles("Takeda may pay an option exercise fee of $50 million."),
        ["option"]
    );
    assert_eq!(
        roles("Royalties step up to the mid-teens on annual net sales above $1 billion."),
        ["royalty"]
    );
    assert_eq!(
        roles("It is eligible for up to $200 million in sales milestones."),
        ["milestone"]
    );
}

#[test]
fn a_headline_split_into_kinds_is_not_an_upfront_split_into_parts() {
    assert_eq!(
        roles(
            "The total amounts to up to US$1,060 million, comprising upfront payments of US$60 million (about HK$468 million) and milestone payments of up to US$1,000 million."
        ),
        ["total", "upfront", "upfront", "milestone"]
    );
    assert_eq!(
        roles("Upfront US$65mn, split into US$32.5mn in cash and US$32.5mn in shares."),
        ["upfront", "upfront", "upfront"]
    );
}

#[test]
fn a_technology_transfer_payment_is_near_term() {
    assert_eq!(
        roles(
            "Abermoor will pay $15 million once Ruolin completes the transfer of manufacturing technology."
        ),
        ["near_term"]
    );
    assert_eq!(
        roles(
            "Kestrel pays $25 million upfront and a further $10 million upon completion of technology transfer."
        ),
        ["upfront", "near_term"]
    );
    assert_eq!(
        roles(
            "Halden could get up to $2.7 billion in milestones, including $300 million once the technology is transferred."
        ),
        ["milestone", "near_term"]
    );
    // A payment restated in another currency; a part of the payment a sentence opens
    // with; revenue explained by what it was for.
    assert_eq!(
        roles("At RMB7.10 per dollar, the upfront alone is worth about RMB2.1bn."),
        ["other", "upfront"]
    );
    assert_eq!(
        roles("Converted, the upfront payment is worth roughly $52 million."),
        ["upfront"]
    );
    assert_eq!(
        roles("Of the $900 million milestone pool, $700 million depends on sales thresholds."),
        ["milestone", "milestone"]
    );
    assert_eq!(
        roles(
            "Revenue recognised under the agreement amounted to RMB210.5 million, representing most of the option exercise fee."
        ),
        ["other"]
    );
    // An aside of what the figure leaves out is no cue of what it is.
    assert_eq!(
        roles(
            "The total potential consideration under the Agreement, before royalties, amounts to up to $640 million."
        ),
        ["total"]
    );
    // The price of shares bought from the partner is equity; of all outstanding shares a
    // takeover's price; of the filer's own shares no equity term of its deal.
    assert_eq!(
        roles(
            "Separately, the Company agreed to purchase ordinary shares of Dunhe for an aggregate purchase price of $12.0 million."
        ),
        ["equity"]
    );
    assert_eq!(
        roles(
            "Dunhe agreed to purchase shares of the Company's common stock for an aggregate purchase price of $12.0 million."
        ),
        ["other"]
    );
    // A timing after the amount yields to a payment named before it, not to another
    // timing.
    assert_eq!(
        roles(
            "Dunhe pays a EUR 5 million option fee at signing and a EUR 25 million fee upon exercise."
        ),
        ["option", "option"]
    );
    // "All in," opening a sentence states the headline.
    assert_eq!(
        roles("All in, it's seven hundred million dollars before the equity."),
        ["total"]
    );
    // (A sentence that opens "Alone is worth" leaves no word for a payment cue; it once
    // underflowed an index.)
    assert_eq!(roles("Alone is worth $5 million."), ["total"]);
    // A part "of that" is a part of the payment just named.
    assert_eq!(
        roles(
            "Up to $1.2B in further milestones, and only $300M of that was development and regulatory."
        ),
        ["milestone", "milestone"]
    );
    // The kind of deal, anywhere in the sentence, makes a statistic.
    assert_eq!(
        roles(
            "The tracker's count for China out-licensing in the first half was $41.2 billion of headline value."
        ),
        ["other"]
    );
    // An analyst's valuation is no term.
    assert_eq!(
        roles("Our DCF for the partnered milestones is RMB 41bn, unchanged."),
        ["other"]
    );
    // What no one pays is no term.
    assert_eq!(
        roles("To be fair, nobody is paying $600 million up front for a Phase 1 asset."),
        ["other"]
    );
    // What triggers a payment names it.
    assert_eq!(
        roles(
            "Completion of the technology transfer, which both sides expect next year, will trigger a payment of $40 million."
        ),
        ["near_term"]
    );
    assert_eq!(
        roles(
            "Approval in Europe, which Brisco expects in 2027, would trigger a further payment of $25 million."
        ),
        ["milestone"]
    );
    assert_eq!(
        roles("Exercise of the option by Brisco triggers a $30 million payment."),
        ["option"]
    );
    assert_eq!(
        roles("The impairment triggered a $12 million charge."),
        ["other"]
    );
    // A pool that holds a transfer payment among its kinds stays a milestone pool.
    assert_eq!(
        roles(
            "Brisco may earn milestone payments of up to $1.9 billion, which include payments linked to the transfer of technology as well as clinical and sales milestones."
        ),
        ["milestone"]
    );
    assert_eq!(
        roles(
            "Brisco is eligible for up to $1.9 billion in technology transfer, development and commercial milestone payments."
        ),
        ["milestone"]
    );
}

#[test]
fn chinese_definitions_habits_and_sums_over_deals() {
    // The term a definition defines names its amount.
    assert_eq!(
        roles("「潛在付款總額」　指　該協議項下應付的首付款及全部里程碑付款，最高為5.175億美元"),
        ["total"]
    );
    // What deals usually pay is no deal's term, for every member of the range.
    assert_eq!(
        roles("早期双抗项目的首付款大多在5000万至1亿美元之间。"),
        ["other", "other"]
    );
    // A sum over this deal and an earlier one.
    assert_eq!(
        roles("连同本次协议，科伦博泰年内已自默沙东获得首付款合计8,200万美元。"),
        ["other"]
    );
    // Option payments and milestones summed are the headline.
    assert_eq!(
        roles("先声再明有权收取选择权行权费及里程碑付款合计最高10.55亿美元。"),
        ["total"]
    );
    // One deal set against the year's statistics; not a median over many.
    assert_eq!(
        roles("按这个口径，单笔5.7亿美元的首付款，相当于去年全年首付款的约8%。"),
        ["upfront"]
    );
    assert_eq!(
        roles("单笔首付款中位数约5000万美元，较去年全年略有下降。"),
        ["other"]
    );
    // A payment said to be undisclosed lends the amount after it no role.
    assert_ne!(
        roles("后续里程碑金额未披露，“超过8.5亿美元”只是下限。"),
        ["milestone"]
    );
    assert_eq!(
        roles("倘我們未保留選擇權資產的權利，我們有資格收取最高合共9,300.0百萬美元的里程碑付款；"),
        ["milestone"]
    );
    assert_eq!(
        roles("三項協議的首付款合共257.0百萬美元，潛在里程碑付款合共最高11,561.0百萬美元。"),
        ["other", "other"]
    );
    // Revenue to be booked from an upfront, and an upfront after another amount's cue.
    assert_eq!(
        roles("按照会计政策，首付款中约5.7亿元人民币预计在2026年一次性确认为收入。"),
        ["other"]
    );
    assert_eq!(
        roles("首付款5000万美元预计将在本年度确认为收入。"),
        ["upfront"]
    );
    assert_eq!(
        roles("Almirall将支付1500万美元首付款及最高4.92亿美元的开发、注册和销售里程碑付款。"),
        ["upfront", "milestone"]
    );
    // Deals made up to make a point, an unnamed deal, a sum over two rounds.
    assert_eq!(
        roles("打个比方，一笔总额10亿美元、首付5000万美元的交易，价值并不显然。"),
        ["other", "other"]
    );
    assert_eq!(roles("去年有一笔交易的首付款高达12亿美元。"), ["other"]);
    assert_eq!(
        roles("两轮合作算下来，舶望拿到的首付款已经达到3.45亿美元。"),
        ["other"]
    );
    // Rumours reported as market news.
    assert_eq!(
        roles("据市场消息，一家ADC企业正与海外药企洽谈，潜在首付款或在1亿至1.5亿美元之间。"),
        ["other", "other"]
    );
}

#[test]
fn a_takeover_s_price_cvr_and_enterprise_value() {
    // The cash equity value is what the acquirer pays; the enterprise value is no payment.
    assert_eq!(
        roles(
            "Holmfirth will pay $6.20 in cash per share, for a cash equity value of approximately $2.4 billion."
        ),
        ["other", "upfront"]
    );
    assert_eq!(
        roles("The cash offer values Brenlow's fully diluted equity at about $880 million."),
        ["upfront"]
    );
    assert_eq!(
        roles("Net of cash, the offer implies an enterprise value of approximately $610 million."),
        ["other"]
    );
    // What the CVRs, not the deal, would be worth.
    assert_eq!(
        roles("The CVRs would be worth approximately $150 million in aggregate if paid."),
        ["milestone"]
    );
    assert_eq!(
        roles(
            "- One CVR per share pays $1.10 on EU approval, worth about $90 million in aggregate"
        ),
        ["other", "milestone"]
    );
    assert_eq!(
        roles("The deal would be worth up to $2 billion."),
        ["total"]
    );
    assert_eq!(
        roles("The licensor receives upfront consideration worth about $55 million."),
        ["upfront"]
    );
}

#[test]
fn parts_of_a_payment_in_cash_or_shares_are_that_payment() {
    assert_eq!(
        roles("- Upfront: $48M ($30M cash + $18M stock at closing; $12M cash at 12 months)"),
        ["upfront", "upfront", "upfront", "upfront"]
    );
    assert_eq!(
        roles(
            "It gets $35 million at closing, of which $20 million in cash and $15 million in Ardent common stock issued at $9.80 per share."
        ),
        ["upfront", "upfront", "upfront", "other"]
    );
    // An investment in the licensor's shares is equity, and a cash balance is no part.
    assert_eq!(
        roles("Ardent pays $35 million upfront and makes a $15 million equity investment."),
        ["upfront", "equity"]
    );
    assert_eq!(roles("The company ended June with $220M cash."), ["other"]);
    assert_eq!(
        roles(
            "Qinlan takes home $35 million upfront, $25 million of it in cash and the rest in Marbury shares."
        ),
        ["upfront", "upfront"]
    );
}

#[test]
fn parts_of_it_take_the_payment_s_role_and_their_own_kind() {
    let text = "Beyond that, Mudan can earn up to $890 million in milestones, $240 million of it on development and regulatory events and $650 million on sales, and royalties.";
    let got = assigned(text);
    let assigned: Vec<&str> = got.iter().map(|a| a.role.as_str()).collect();
    assert_eq!(assigned, ["milestone", "milestone", "milestone"]);
    assert!(got[0].scope.is_overall());
    assert_eq!(got[1].scope.kinds_named(), 2);
    assert_eq!(got[2].scope.kind, Some(MilestoneKind::Commercial));
    assert_eq!(
        roles(
            "Xiangshan can earn up to $520 million in milestones, $140 million of that tied to development and regulatory events and $380 million to annual sales thresholds."
        ),
        ["milestone", "milestone", "milestone"]
    );
}

#[test]
fn kinds_in_parentheses_split_the_milestones_before_them() {
    assert_eq!(
        roles(
            "Up to $640M in milestones ($140M dev/reg, $500M sales), for a headline of up to $700M."
        ),
        ["milestone", "milestone", "milestone", "total"]
    );
    assert_eq!(
        roles("- Milestones: up to $720M (development/regulatory $170M; sales $550M)"),
        ["milestone", "milestone", "milestone"]
    );
    // Milestones summed are milestones, not the deal's total.
    assert_eq!(
        roles(
            "It may earn $170 million in development milestones and $550 million in sales milestones, i.e. up to $720 million in total milestones."
        ),
        ["milestone", "milestone", "milestone"]
    );
    assert_eq!(
        roles(
            "Milestones of up to $1 billion (the partner booked sales of $300 million last year)"
        ),
        ["milestone", "other"]
    );
}

#[test]
fn chinese_one_deal_among_comparisons_titles_and_guesses() {
    // What follows the sum of deals just counted is theirs together; a valuation is no
    // payment.
    assert_eq!(
        roles("两笔合在一起看，霍尔登两个月内付出的首付款已经约1.6亿美元。"),
        ["other"]
    );
    assert_eq!(
        roles("首付款：QX-1的0.8亿美元与RT-2的1亿美元处于同一档次，两笔合计1.8亿美元。")[2],
        "other"
    );
    assert_eq!(
        roles("公司以人民币3,000万元认购栖岩生物新增注册资本，本次增资的投后估值为人民币9亿元。"),
        ["equity", "other"]
    );
    // The most a takeover may cost is its headline; a company described as listed is no
    // share offering.
    assert_eq!(
        roles("霍尔登更是以最高约9亿美元整体收购了在纳斯达克上市的栖岩生物。"),
        ["total"]
    );
    // A conversion in brackets, however it is introduced, shares the amount's role.
    assert_eq!(
        roles("(1) 默克將向許可方支付6,000萬美元（約相當於4.67億港元）的首付款；"),
        ["upfront", "upfront"]
    );
    // The year's revenue is only what the upfront is compared with.
    assert_eq!(
        roles("按当前汇率计算，4000万美元首付款约合人民币2.9亿元，相当于公司去年全年营收的一半。"),
        ["upfront", "upfront"]
    );
    assert_eq!(
        roles("2025年全年首付款合计70亿美元，占全球的三成。"),
        ["other"]
    );
    // An analyst's title names no industry statistics.
    assert_eq!(
        roles("一位医药行业分析师表示，此次首付款和近期里程碑合计6500万美元，略低于同类交易。"),
        ["upfront"]
    );
    // A guess at an undisclosed figure is no term.
    assert_eq!(
        roles("业内估计这笔交易的首付款可能在3000万至8000万美元之间。"),
        ["other", "other"]
    );
}

#[test]
fn the_values_of_a_kind_of_deal_are_statistics() {
    assert_eq!(
        roles(
            "Compare that with February, when headline values reached about $22 billion and upfront payments about $2 billion."
        ),
        ["other", "other"]
    );
    assert_eq!(
        roles("2026年2月，中国创新药对外授权总金额约220亿美元，首付款约20亿美元。"),
        ["other", "other"]
    );
    assert_eq!(roles("本次对外授权总金额最高达12亿美元。"), ["total"]);
    // Who counted is no tally of many deals; a tally says what it counts.
    assert_eq!(
        roles("据第三方数据库统计，该交易总额逾6.5亿美元。"),
        ["total"]
    );
    assert_eq!(
        roles("据行业数据库统计，今年以来对外授权交易总额超过300亿美元。"),
        ["other"]
    );
}

#[test]
fn sums_say_what_they_hold() {
    // Milestones named apart from the near-term payments: the headline.
    assert_eq!(
        roles("上述首付款、近期付款及里程碑付款合计不超过3.9亿美元。"),
        ["total"]
    );
    assert_eq!(roles("首付款及近期里程碑合计9000万美元。"), ["upfront"]);
    assert_eq!(
        roles("三、岱屿 × Halyard：首付加近期款6000万美元"),
        ["upfront"]
    );
    // 首付 closing the amount before it is that amount's.
    assert_eq!(
        roles("3,000万美元现金首付、里程碑合计7.55亿美元的结构是合理的。"),
        ["upfront", "milestone"]
    );
    assert_eq!(
        roles("连同首付款及近期里程碑付款，协议项下的潜在付款总额最高为9.6亿美元。"),
        ["total"]
    );
    // Parts listed after the sum.
    assert_eq!(
        roles("公司将获得合计1.2亿美元的款项，包括首付款、近期里程碑付款及选择权行使费；"),
        ["upfront"]
    );
    assert_eq!(
        roles("交易总额最高36亿美元，包括首付款、近期付款及里程碑付款。"),
        ["total"]
    );
    // English terms in a Chinese sentence, summed with "=".
    assert_eq!(
        roles(
            "$600M upfront + $300M near-term + up to $5.1B milestones = up to $6B，另有royalty。"
        ),
        ["upfront", "near_term", "milestone", "total"]
    );
    // A headline's parts set apart by a space.
    assert_eq!(
        roles("某生物双抗授权海外总额最高9.6亿美元 股价涨停"),
        ["total"]
    );
    assert_eq!(
        roles(
            "The total transaction amount under the License Agreement, excluding royalties and the Subscription described below, is up to US$850 million."
        ),
        ["total"]
    );
}

#[test]
fn tallies_receipts_and_one_deal_in_two_agreements() {
    assert_eq!(
        roles("About $6 billion of last year's total was paid upfront."),
        ["other"]
    );
    assert_eq!(
        roles(
            "Rivenhall licensed two programs from Qingyu for $140 million upfront, in a pair of agreements worth up to $3.2 billion including that payment."
        ),
        ["upfront", "total"]
    );
    assert_eq!(
        roles(
            "The licence carries $40 million upfront, another $10 million when the manufacturing process has been transferred, and up to $900 million in total."
        ),
        ["upfront", "near_term", "total"]
    );
    // Money in hand is no term; a takeover's share value is its price.
    assert_eq!(
        roles("首付款与行权费合计1.2亿美元已经确定到手，余下的只是里程碑。"),
        ["other"]
    );
    assert_eq!(
        roles("按此计算，交易的股权价值约为8亿美元；如CVR全部兑现，交易总价值最高约9.5亿美元。"),
        ["upfront", "total"]
    );
}

#[test]
fn amendments_platforms_and_money_paid_so_far() {
    // A long subject before a verb of change; an aside "as amended".
    assert_eq!(
        roles(
            "As a result of the Amendment, the aggregate milestone payments that Corlan may receive under the License Agreement, as amended, increase to up to $520.0 million."
        ),
        ["milestone"]
    );
    assert_eq!(
        roles(
            "With the exercise fee, the payments received and receivable by Corlan under the agreement will reach US$80 million."
        ),
        ["other"]
    );
    // What a payment is based on is its condition.
    assert_eq!(
        roles(
            "Corlan is also eligible for additional sales milestone payments of up to $70.0 million based on net sales in the added territories."
        ),
        ["milestone"]
    );
    // A list of milestones restated as one sum; the fee for a further target.
    assert_eq!(
        roles(
            "For each program, Qinghe can earn up to $30 million in development milestones and up to $150 million in sales milestones, or up to $180 million per program."
        ),
        ["milestone", "milestone", "milestone"]
    );
    assert_eq!(
        roles("The partner can add a target by paying an expansion fee of $4 million per target."),
        ["option"]
    );
    assert_eq!(
        roles("每加选一个靶点需支付CHF 300万的项目选择费。"),
        ["option"]
    );
    // Money paid so far is no term.
    assert_eq!(
        roles(
            "Corlan received a milestone of CHF 8 million, bringing the total paid to Corlan under the agreement to CHF 40 million."
        ),
        ["milestone", "other"]
    );
    // Deals said to be with Chinese companies are not counted deals.
    assert_eq!(
        roles(
            "Platform deals with Chinese companies have grown since Fenwei agreed to run discovery for Astell, for a $90 million upfront and a headline value of about $3.1 billion."
        ),
        ["upfront", "total"]
    );
}

#[test]
fn chinese_conversions_in_order_receipts_and_averages() {
    assert_eq!(
        roles("默克支付1.2亿欧元首付款，总额最高11亿欧元，按当时汇率约合1.27亿美元和11.7亿美元。"),
        ["upfront", "total", "upfront", "total"]
    );
    assert_eq!(
        roles("截至本公告日，公司累计收取原协议项下款项3,000万美元。"),
        ["other"]
    );
    assert_eq!(
        roles("照此计算，平均每笔交易的总金额接近7.5亿美元，而首付款占比仅约5%。"),
        ["other"]
    );
    // An amount changed into another gives it its role.
    assert_eq!(
        roles(
            "里程碑付款总额由最高3.5亿美元增至最高5.1亿美元，交易总金额由最高3.8亿美元增至最高5.5亿美元。"
        ),
        ["milestone", "milestone", "total", "total"]
    );
    assert_eq!(
        roles("The milestone pool increases from up to $350 million to up to $510 million."),
        ["milestone", "milestone"]
    );
}

#[test]
fn an_analyst_s_model_and_a_list_of_milestone_kinds() {
    assert_eq!(
        roles("In our model only US$0.9bn of the development milestones is paid before 2031."),
        ["other"]
    );
    assert_eq!(
        roles(
            "We value the portfolio at US$1.8bn on a risk-adjusted NPV basis, or HK$1.20 per share."
        ),
        ["other", "other"]
    );
    // The analyst's treatment of the real upfront keeps its role.
    assert_eq!(
        roles(
            "We assume that little of the pool is paid, and we treat the US$250m upfront as other income."
        ),
        ["upfront"]
    );
    assert_eq!(
        roles(
            "The breakdown of the milestones (US$2.5bn development/regulatory and US$9.8bn sales) comes from the filing."
        ),
        ["milestone", "milestone"]
    );
    assert_eq!(
        roles("It earned $300 million in milestones and $2 billion sales in 2025."),
        ["milestone", "other"]
    );
}

#[test]
fn a_payment_net_of_tax_is_no_term() {
    assert_eq!(
        roles(
            "After withholding tax, the Company expects to receive approximately US$18.0 million from the Additional Upfront Payment."
        ),
        ["other"]
    );
    assert_eq!(
        roles("Corwen pays an upfront of $20 million, or $18 million after tax."),
        ["upfront", "other"]
    );
    assert_eq!(
        roles("The upfront payment of $20 million is subject to withholding tax."),
        ["upfront"]
    );
}

#[test]
fn packages_remainders_kinds_of_deal_and_chinese_asides() {
    assert_eq!(
        roles(
            "Qinghe can earn up to about $600 million in milestones, so the whole package is roughly $650 million."
        ),
        ["milestone", "total"]
    );
    assert_eq!(
        roles(
            "The rest of the headline, up to $1.1 billion, comes as development, regulatory and commercial milestones."
        ),
        ["milestone"]
    );
    assert_eq!(
        roles("Chinese out-licensing was worth about $48 billion last year on a headline basis."),
        ["other"]
    );
    // What is added to an amount is something else; habits, rumours and money received
    // so far are no terms.
    assert_eq!(
        roles("真正落袋的1.2亿美元加上股权投资，已经很可观。"),
        ["other"]
    );
    assert_eq!(
        roles("I期ADC资产的首付款多落在4000万至8000万美元之间。"),
        ["other", "other"]
    );
    assert_eq!(
        roles("有消息称，某药企正在洽谈授权，首付款或超过2亿美元。"),
        ["other"]
    );
    assert_eq!(
        roles("连同首付款在内，公司已累计从该合作获得5,500万美元。"),
        ["other"]
    );
    // The market brought in only after an amount named as a payment.
    assert_eq!(
        roles("“7000万美元首付款在减重赛道不算高，买方看重的是数据。"),
        ["upfront"]
    );
    assert_eq!(
        roles("对比2024年的94笔、519亿美元和41亿美元首付款，交易笔数增长了六成。"),
        ["other", "other"]
    );
    // "合计" before a colon sums the payment named before it.
    assert_eq!(roles("· 里程碑合计：最高9.6亿美元"), ["milestone"]);
}

#[test]
fn words_are_lower_cased_and_borrowed_when_they_already_were() {
    let text = "Ünited Pays ÉTAT, an upfront (of) CHF—ÅR";
    let words = tokens(text);
    let seen: Vec<&str> = words.iter().map(|w| w.as_str()).collect();
    assert_eq!(
        seen,
        [
            "ünited", "pays", "état", ",", "an", "upfront", "(", "of", ")", "chf", "—", "år"
        ]
    );
    // A word already in lower case points into the text; a lowered one is a copy.
    let inside = |w: &Word| text.as_bytes().as_ptr_range().contains(&w.as_ptr());
    assert!(inside(&words[4]) && inside(&words[5]) && inside(&words[3]));
    assert!(!inside(&words[0]) && !inside(&words[1]));
}
