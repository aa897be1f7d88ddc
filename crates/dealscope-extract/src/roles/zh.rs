//! Roles in Chinese sentences: a cue table matched by one Aho-Corasick automaton (首付款, 里程碑,
//! 交易总额, 认购, 营业收入 …), the clause around each amount, and the signs of a sentence about
//! many deals (157笔, 全年, 行业 …).

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::*;

/// Whether Chinese text names milestones other than the near-term ones ("首付款、近期付款及
/// 里程碑付款", not "首付款及近期里程碑").
fn zh_names_other_milestones(text: &str) -> bool {
    ["近期里程碑", "行使前里程碑", "行权前里程碑", "行權前里程碑"]
        .iter()
        .fold(text.to_string(), |t, w| t.replace(w, ""))
        .contains("里程碑")
}

/// "由4.5亿美元增至6.1亿美元": the words that change an amount into the next one.
pub(crate) const ZH_CHANGED_TO: &[&str] = &[
    "提高至",
    "提高到",
    "上调至",
    "上調至",
    "增加至",
    "增加到",
    "增至",
    "升至",
    "扩大至",
    "擴大至",
    "调整为",
    "調整為",
    "下调至",
    "下調至",
    "降至",
];

/// Chinese cues (simplified and traditional), longest first where one contains another.
const ZH_CUES: &[(&str, Role)] = &[
    ("首期付款", Role::Upfront),
    ("首付款", Role::Upfront),
    ("首付", Role::Upfront),
    ("签约即付", Role::Upfront),
    // "Summit将在交割时支付3亿美元"
    ("交割时支付", Role::Upfront),
    ("交割時支付", Role::Upfront),
    ("簽約即付", Role::Upfront),
    ("首期款", Role::Upfront),
    ("入门费", Role::Upfront),
    ("现金对价", Role::Upfront),
    // "交易的股权价值约为10亿美元": what a takeover pays for the shares.
    ("股权价值", Role::Upfront),
    ("股權價值", Role::Upfront),
    ("现金代价", Role::Upfront),
    ("現金代價", Role::Upfront),
    ("额外付款", Role::Milestone),
    ("額外付款", Role::Milestone),
    ("現金對價", Role::Upfront),
    ("或有付款", Role::Milestone),
    ("或有对价", Role::Milestone),
    ("或有對價", Role::Milestone),
    ("或有价值权", Role::Milestone),
    ("或有價值權", Role::Milestone),
    ("CVR", Role::Milestone),
    ("入門費", Role::Upfront),
    ("前期付款", Role::Upfront),
    // "以8亿美元前期对价收购普米斯": the consideration paid at closing.
    ("前期对价", Role::Upfront),
    // "首期对价：合计USD 1.25亿，其中USD 6,000万为现金首付款…": the first consideration.
    ("首期对价", Role::Upfront),
    ("首期對價", Role::Upfront),
    ("前期對價", Role::Upfront),
    ("一次性支付", Role::Upfront),
    ("一次性付款", Role::Upfront),
    ("upfront", Role::Upfront),
    ("Upfront", Role::Upfront),
    ("up-front", Role::Upfront),
    ("near-term", Role::NearTerm),
    ("Near-term", Role::NearTerm),
    ("milestones", Role::Milestone),
    ("milestone", Role::Milestone),
    // "- Milestones：… 合计up to USD 20亿", "- Total：up to约12 billion美元": English labels.
    ("Milestones", Role::Milestone),
    ("Total：", Role::Total),
    // "- Total up to 1.71 billion美元", "headline total $8.4B", "加上CVR，total up to约$1.2B"
    ("Total up to", Role::Total),
    ("total up to", Role::Total),
    // "total 不超过 US$845M"
    ("total 不超过", Role::Total),
    ("total 最高", Role::Total),
    ("total 逾", Role::Total),
    ("total约", Role::Total),
    ("headline total", Role::Total),
    ("Headline total", Role::Total),
    ("royalties", Role::Royalty),
    ("royalty", Role::Royalty),
    ("equity investment", Role::Equity),
    ("option fee", Role::Option),
    ("deal value", Role::Total),
    ("total value", Role::Total),
    // "（英文稿的写法是US$650 million upfront、up to US$5.6 billion in total）"
    ("in total", Role::Total),
    ("in milestones", Role::Milestone),
    ("预付款", Role::Upfront),
    ("預付款", Role::Upfront),
    ("签约金", Role::Upfront),
    // "签约时拿到3000万美元", "簽約時收取": what is paid at signing.
    ("签约时拿到", Role::Upfront),
    ("签约时收到", Role::Upfront),
    ("签约时获得", Role::Upfront),
    ("签约时收取", Role::Upfront),
    ("簽約時收取", Role::Upfront),
    ("簽約時獲得", Role::Upfront),
    ("签约付款", Role::Upfront),
    ("簽約付款", Role::Upfront),
    ("签约款", Role::Upfront),
    ("簽約金", Role::Upfront),
    ("以现金", Role::Upfront),
    ("以現金", Role::Upfront),
    // "技术转移完成后再付US$300M": what completing the technology transfer earns.
    // (A further payment: the rest of an upfront "余下…于完成技术转移后支付" stays one.)
    ("技术转移完成后再付", Role::NearTerm),
    ("技术转移完成后再支付", Role::NearTerm),
    ("技术转移完成后另付", Role::NearTerm),
    ("技术转移完成后另行支付", Role::NearTerm),
    ("完成技术转移后再付", Role::NearTerm),
    ("完成技术转移后再支付", Role::NearTerm),
    ("完成技术转移后另付", Role::NearTerm),
    ("完成技术转移后另行支付", Role::NearTerm),
    ("技術轉移完成後再付", Role::NearTerm),
    ("技術轉移完成後再支付", Role::NearTerm),
    ("技術轉移完成後另付", Role::NearTerm),
    ("技術轉移完成後另行支付", Role::NearTerm),
    ("完成技術轉移後再付", Role::NearTerm),
    ("完成技術轉移後再支付", Role::NearTerm),
    ("完成技術轉移後另付", Role::NearTerm),
    ("完成技術轉移後另行支付", Role::NearTerm),
    // "诺和诺德愿意先付2亿美元": what is paid first.
    ("先付", Role::Upfront),
    ("先行支付", Role::Upfront),
    ("近期里程碑", Role::NearTerm),
    ("近期付款", Role::NearTerm),
    ("近期或有付款", Role::NearTerm),
    ("近期", Role::NearTerm),
    ("股权投资", Role::Equity),
    ("股權投資", Role::Equity),
    ("认购总额", Role::Equity),
    ("認購總額", Role::Equity),
    ("认购股份", Role::Equity),
    ("認購股份", Role::Equity),
    ("认购", Role::Equity),
    ("認購", Role::Equity),
    ("选择权费", Role::Option),
    ("選擇權費", Role::Option),
    // "里程碑及选择权付款最高52亿美元": an option deal's milestones and option fees
    // together are its milestones.
    ("里程碑及选择权付款", Role::Milestone),
    ("里程碑及選擇權付款", Role::Milestone),
    ("里程碑和选择权付款", Role::Milestone),
    ("里程碑與選擇權付款", Role::Milestone),
    // "对应最高1.5亿美元的选择权付款"
    ("选择权付款", Role::Option),
    ("選擇權付款", Role::Option),
    ("选择权行使费", Role::Option),
    ("選擇權行使費", Role::Option),
    // "每加选一个需支付CHF 500万的项目选择费".
    ("选择费", Role::Option),
    ("選擇費", Role::Option),
    // "Veyrand行使选择权时支付1,000万美元", "行权时另付1000万美元": what exercising the option
    // costs.
    ("行使选择权时支付", Role::Option),
    ("行使选择权时另付", Role::Option),
    ("行使选择权时需支付", Role::Option),
    ("行使选择权时再支付", Role::Option),
    ("行使选择权时另行支付", Role::Option),
    ("行权时支付", Role::Option),
    ("行权时另付", Role::Option),
    ("行权时需支付", Role::Option),
    ("行权时再支付", Role::Option),
    ("行权时另行支付", Role::Option),
    ("行使選擇權時支付", Role::Option),
    ("行使選擇權時另付", Role::Option),
    ("行使選擇權時需支付", Role::Option),
    ("行使選擇權時再支付", Role::Option),
    ("行使選擇權時另行支付", Role::Option),
    ("行權時支付", Role::Option),
    ("行權時另付", Role::Option),
    ("行權時需支付", Role::Option),
    ("行權時再支付", Role::Option),
    ("行權時另行支付", Role::Option),
    ("期权费", Role::Option),
    ("期權費", Role::Option),
    ("行权费", Role::Option),
    ("行權費", Role::Option),
    ("行使费", Role::Option),
    ("行使費", Role::Option),
    ("里程碑", Role::Milestone),
    // "潜在付款总额最高为17亿美元" is the headline.
    ("潜在付款总额", Role::Total),
    ("潛在付款總額", Role::Total),
    ("潜在付款", Role::Milestone),
    ("里程碑付款总额", Role::Milestone),
    ("里程碑付款總額", Role::Milestone),
    ("里程碑总额", Role::Milestone),
    ("里程碑總額", Role::Milestone),
    ("里程碑金额", Role::Milestone),
    ("里程碑金額", Role::Milestone),
    ("潛在付款", Role::Milestone),
    ("开发里程碑", Role::Milestone),
    ("開發里程碑", Role::Milestone),
    ("研发里程碑", Role::Milestone),
    ("注册里程碑", Role::Milestone),
    ("註冊里程碑", Role::Milestone),
    ("监管里程碑", Role::Milestone),
    ("法规里程碑", Role::Milestone),
    ("法規里程碑", Role::Milestone),
    ("销售里程碑", Role::Milestone),
    ("銷售里程碑", Role::Milestone),
    ("商业化里程碑", Role::Milestone),
    ("商業化里程碑", Role::Milestone),
    ("或然价值权", Role::Milestone),
    ("或然價值權", Role::Milestone),
    ("交易总额", Role::Total),
    ("总交易额", Role::Total),
    ("總交易額", Role::Total),
    ("交易总金额", Role::Total),
    ("交易總金額", Role::Total),
    ("总交易金额", Role::Total),
    ("交易總額", Role::Total),
    ("潜在总额", Role::Total),
    ("潛在總額", Role::Total),
    ("合同总额", Role::Total),
    ("总金额", Role::Total),
    ("總金額", Role::Total),
    ("总价值", Role::Total),
    // "交易总价最高13亿美元"
    ("交易总价", Role::Total),
    ("交易總價", Role::Total),
    ("总值", Role::Total),
    ("总计", Role::Total),
    ("總計", Role::Total),
    ("现金总代价", Role::Upfront),
    ("現金總代價", Role::Upfront),
    ("现金代价", Role::Upfront),
    ("現金代價", Role::Upfront),
    ("总代价", Role::Total),
    ("總代價", Role::Total),
    // "整个交易最高7.75亿美元".
    ("整个交易", Role::Total),
    ("整個交易", Role::Total),
    ("整笔交易", Role::Total),
    ("整筆交易", Role::Total),
    ("总对价", Role::Total),
    ("總對價", Role::Total),
    ("總值", Role::Total),
    ("合共", Role::Total),
    ("總價值", Role::Total),
    ("总额", Role::Total),
    ("總額", Role::Total),
    ("合计", Role::Total),
    ("合計", Role::Total),
    ("销售提成", Role::Royalty),
    ("分级提成", Role::Royalty),
    ("分級提成", Role::Royalty),
    ("銷售提成", Role::Royalty),
    ("特许权使用费", Role::Royalty),
    ("特許權使用費", Role::Royalty),
    ("营业收入", Role::Other),
    ("營業收入", Role::Other),
    ("营收", Role::Other),
    ("營收", Role::Other),
    ("收入", Role::Other),
    ("净利润", Role::Other),
    ("淨利潤", Role::Other),
    ("利润", Role::Other),
    ("市值", Role::Other),
    // "我们对首付款的底线是一亿美元": what a seller would accept, no term of a deal.
    ("底线", Role::Other),
    ("底線", Role::Other),
    ("心理价位", Role::Other),
    ("心理價位", Role::Other),
    // "本次增资的投后估值为人民币13亿元": a valuation is no payment.
    ("估值", Role::Other),
    // What a broker thinks the share worth: "目标价由78.00元上调至86.50元". (Not 股权价值:
    // in a takeover, "对应股权价值约10亿美元" is the price paid.)
    ("目标价", Role::Other),
    ("目標價", Role::Other),
    // Cash and wealth-management products: "现金加上理财大约在人民币22.9亿元".
    ("理财", Role::Other),
    ("理財", Role::Other),
    ("融资", Role::Other),
    ("融資", Role::Other),
    ("募资", Role::Other),
    ("募資", Role::Other),
    ("股价", Role::Other),
    ("股價", Role::Other),
    ("预期", Role::Other),
    ("峰值", Role::Other),
    ("贷款", Role::Other),
    ("貸款", Role::Other),
    ("现金为", Role::Other),
    ("現金為", Role::Other),
    ("市场规模", Role::Other),
    ("市場規模", Role::Other),
    ("所得款项", Role::Other),
    ("所得款項", Role::Other),
    ("募资总额", Role::Other),
    ("募資總額", Role::Other),
    ("募集资金", Role::Other),
    ("现金及现金等价物", Role::Other),
    ("現金及現金等價物", Role::Other),
    ("现金储备", Role::Other),
    ("現金儲備", Role::Other),
    ("定期存款", Role::Other),
    ("預期", Role::Other),
    ("的现金", Role::Other),
    ("的現金", Role::Other),
    ("账上", Role::Other),
    ("賬上", Role::Other),
    ("开发费用", Role::Other),
    ("開發費用", Role::Other),
    ("研发费用", Role::Other),
    ("研发投入", Role::Other),
    ("研發投入", Role::Other),
    ("研发开支", Role::Other),
    ("研發開支", Role::Other),
    ("研發費用", Role::Other),
    ("基金", Role::Other),
    ("累计收到", Role::Other),
    ("累计收取", Role::Other),
    ("累計收取", Role::Other),
    ("累計收到", Role::Other),
    ("累计获得", Role::Other),
    ("累計獲得", Role::Other),
];

const ZH_CLAUSE_ENDS: &[char] = &['，', '。', '；', '：', ',', ';', '(', '（', ')', '）'];

/// Deal nouns that make an amount right before them the headline ("185亿美元减重药合作").
const ZH_DEAL_NOUNS: &[&str] = &[
    "合作", "交易", "协议", "協議", "授权", "授權", "许可", "許可", "大单",
];

/// Verbs a headline joins two companies with, right after the deal's value ("Kite最高16.4亿
/// 美元牵手普瑞金").
const ZH_DEAL_VERBS: &[&str] = &["牵手", "牽手", "携手", "攜手", "联手", "聯手"];

/// One automaton over word lists that are searched for again and again (a cue list is
/// read once per amount, a sentence check once per sentence).
fn automaton(words: &[&str]) -> AhoCorasick {
    AhoCorasick::new(words).expect("plain word patterns")
}

static ZH_CUE_MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| automaton(&ZH_CUES.iter().map(|(w, _)| *w).collect::<Vec<_>>()));

/// "首付之外还有44亿美元", "写成首付款之外的额外付款": a payment named only to set the
/// amount apart from it.
fn zh_excepted(text: &str, end: usize) -> bool {
    // ("付款总额（特许权使用费除外）": the royalties are what the total leaves out.)
    ["之外", "以外", "除外"]
        .iter()
        .any(|w| text[end..].starts_with(w))
}

/// "总额：连同里程碑付款，逾20亿美元": a payment named after 连同 ("together with") is what
/// the amount holds, not what it is (what follows "连同首付款在内的" is).
fn zh_held_with(text: &str, start: usize) -> bool {
    let clause = &text[text[..start].rfind(['，', '：', ':', '；']).unwrap_or(0)..start];
    ["连同", "連同"]
        .iter()
        .filter_map(|w| clause.rfind(w))
        .max()
        .is_some_and(|p| !clause[p..].contains("在内") && !clause[p..].contains("在內"))
}

/// "（不含特许权使用费及认购款项）": payments named as left out of the amount.
fn zh_left_out(text: &str, start: usize) -> bool {
    let clause = &text[text[..start]
        .rfind(['，', '：', '；', '）', ')'])
        .unwrap_or(0)..start];
    ["不含", "不包括", "不包含", "未含"]
        .iter()
        .any(|w| clause.contains(w))
}

fn zh_cue_before(text: &str) -> Option<Role> {
    // The cue that ends last; at the same end, the longer one ("近期里程碑" over "里程碑").
    let mut held = false;
    ZH_CUE_MATCHER
        .find_overlapping_iter(text)
        .filter(|m| {
            let with = zh_held_with(text, m.start());
            held |= with;
            !zh_excepted(text, m.end()) && !with && !zh_left_out(text, m.start())
        })
        .max_by_key(|m| (m.end(), m.len()))
        .map(|m| ZH_CUES[m.pattern().as_usize()].1)
        // "连同首付款，本公司…可收取的款项…最高为7亿美元": what holds the payments named is
        // the whole.
        .or_else(|| held.then_some(Role::Total))
}

pub(super) fn zh_cue_after(text: &str) -> Option<Role> {
    // "16.4亿美元里绝大部分是里程碑": what most of the amount is makes it the whole.
    if ["里", "中", "當中", "当中"].iter().any(|w| {
        text.strip_prefix(w).is_some_and(|rest| {
            [
                "绝大部分",
                "絕大部分",
                "大部分",
                "多数",
                "多數",
                "大头",
                "大頭",
            ]
            .iter()
            .any(|m| rest.trim_start_matches('的').starts_with(m))
        })
    }) {
        return Some(Role::Total);
    }
    // "1.75亿美元加上股权投资": what is added to the amount is something else.
    if ["加上", "再加上", "外加", "连同", "連同"]
        .iter()
        .any(|w| text.starts_with(w))
    {
        return None;
    }
    // The cue that starts first; at the same start, the longer one.
    ZH_CUE_MATCHER
        .find_overlapping_iter(text)
        .filter(|m| !zh_excepted(text, m.end()))
        .min_by_key(|m| (m.start(), std::cmp::Reverse(m.len())))
        .map(|m| ZH_CUES[m.pattern().as_usize()].1)
}

/// Whether a sentence counts deals: a number before 笔 ("四笔", "157笔", "５笔", "多笔").
fn counted_deals(sentence: &str) -> bool {
    counted_deal_words(sentence).next().is_some()
}

/// The spans of "笔" after a count ("两笔", "94笔").
fn counted_deal_words(sentence: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    sentence
        .match_indices(['笔', '筆'])
        .filter(|(p, _)| {
            sentence[..*p].chars().next_back().is_some_and(|c| {
                c.is_ascii_digit()
                    || ('０'..='９').contains(&c)
                    || "二两兩三四五六七八九十百几幾多数數".contains(c)
            })
        })
        .map(|(p, w)| (p, p + w.len()))
}

/// "这三笔", "那两笔", "這幾筆": deals counted and pointed back to.
fn deals_pointed_back(sentence: &str) -> bool {
    counted_deal_words(sentence).any(|(p, _)| {
        let mut before = sentence[..p].chars().rev();
        before.next();
        before
            .next()
            .is_some_and(|c| matches!(c, '这' | '這' | '那'))
    })
}

/// The spans of deals summed right after a count word ("两笔合在一起", "三笔加起来"): from
/// "笔" to the end of the summing words.
fn summed_deal_words(sentence: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    sentence.match_indices(['笔', '筆']).filter_map(|(p, w)| {
        let after = &sentence[p + w.len()..];
        // "两笔首付加起来2.3亿美元": the payment summed may come between.
        let after = ["首付款", "首付", "预付款", "預付款"]
            .iter()
            .find_map(|x| after.strip_prefix(x))
            .unwrap_or(after);
        [
            "合在一起",
            "合起来",
            "合起來",
            "加起来",
            "加起來",
            "加在一起",
            "合计",
            "合計",
        ]
        .iter()
        .find(|s| after.starts_with(*s))
        .map(|s| (p, sentence.len() - after.len() + s.len()))
    })
}

/// Words of sentences about the market or many deals.
static ZH_AGGREGATE: LazyLock<AhoCorasick> = LazyLock::new(|| {
    automaton(&[
        // "平均每笔交易的总金额接近8.6亿美元": an average over deals.
        "平均每笔",
        "平均每筆",
        "平均单笔",
        "平均單筆",
        "行业",
        "行業",
        "全年",
        "年度交易",
        "交易数量",
        "今年以来",
        "今年以來",
        "年初至今",
        // "二至四季度合计约990亿美元": a period's tally.
        "季度合计",
        "季度合計",
        "季度累计",
        "季度累計",
        "半年合计",
        "半年合計",
        "统计",
        "統計",
        "同比",
        "中位数",
        "中位數",
        "赛道",
        "賽道",
        "数据显示",
        "數據顯示",
        "两份协议",
        "兩份協議",
        "两项协议",
        "兩項協議",
        "两份合作",
        "兩份合作",
        "两笔交易",
        "兩筆交易",
        "三次合作",
        "两次合作",
        "兩次合作",
        "多次合作",
        "三项协议",
        "三項協議",
        "多项协议",
        "多項協議",
        "两轮合作",
        "兩輪合作",
        "三轮合作",
        "三輪合作",
        "多轮合作",
        "多輪合作",
        "几次合作",
        "幾次合作",
        // Rumours are no deal's terms: "据市场传闻，…首付款或在3-5亿美元区间".
        "传闻",
        "傳聞",
        "据传",
        "據傳",
        "传言",
        "傳言",
        "据市场消息",
        "據市場消息",
        "市场消息称",
        "市場消息稱",
        "据知情人士",
        "有消息称",
        "有消息稱",
        "消息人士",
        "據知情人士",
        // A deal made up to make a point: "打个比方，一笔总额10亿美元、首付5000万美元的交易".
        "打个比方",
        "打個比方",
        "比如一笔",
        "比如一筆",
        "假设一笔",
        "假設一筆",
        // An unnamed deal in a commentary: "去年有一笔交易的首付款高达12亿美元".
        "有一笔交易",
        "有一筆交易",
        // What deals typically carry, a ranking's entry bar, a forecast of the year:
        // "首付款中枢明显上移", "8000万美元左右已较常见", "入榜门槛为首付款不低于1亿美元",
        // "首付款能否突破100亿美元".
        "中枢",
        "中樞",
        "较常见",
        "較常見",
        "入榜门槛",
        "入榜門檻",
        "上榜门槛",
        "上榜門檻",
        "能否突破",
    ])
});
/// Periods that make a sentence about the market only with a market word: "2025年一季度中国
/// 创新药对外授权交易总额", not "预计在2025年下半年确认为收入".
static ZH_PERIOD: LazyLock<AhoCorasick> = LazyLock::new(|| {
    automaton(&[
        "一季度",
        "二季度",
        "三季度",
        "四季度",
        "上半年",
        "下半年",
        "第一季",
        "第二季",
        "第三季",
        "第四季",
    ])
});
static ZH_MARKET: LazyLock<AhoCorasick> = LazyLock::new(|| {
    automaton(&[
        "中国创新药",
        "中國創新藥",
        "对外授权",
        "對外授權",
        "出海",
        "中国药企",
        "中國藥企",
    ])
});
static ZH_ROYALTY: LazyLock<AhoCorasick> =
    LazyLock::new(|| automaton(&["提成", "特许权", "特許權", "权利金", "權利金"]));
static ZH_OFFERING: LazyLock<AhoCorasick> = LazyLock::new(|| {
    automaton(&[
        "募资",
        "募資",
        "上市",
        "基石",
        "IPO",
        "招股",
        "发售",
        "發售",
        "回购",
        "回購",
        "募集资金",
        "募集資金",
        "配售",
        "定增",
        "增发",
        "增發",
    ])
});
static ZH_SALES: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(&["销售额", "銷售額"]));
static ZH_PART: LazyLock<AhoCorasick> = LazyLock::new(|| {
    automaton(&[
        "其中",
        "余下",
        "餘下",
        "剩余",
        "剩餘",
        "余款",
        "另外",
        "另",
        "第一期",
        "第二期",
        "第三期",
        "首期",
        "第一笔",
        "第二笔",
        "第一筆",
        "第二筆",
        "尾款",
    ])
});
static ZH_LATER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    automaton(&[
        "该笔",
        "此笔",
        "这笔",
        "該筆",
        "此筆",
        "這筆",
        "该款项",
        "該款項",
        "作为",
        "作為",
    ])
});

/// Roles in a Chinese sentence: a cue right after the amount ("12.5亿美元的首付款"), else the
/// nearest cue before it in its clause ("首付款12.5亿美元"), else before it earlier in the
/// sentence, else later in the clause. A conversion in brackets ("1亿美元（约合人民币7.2亿元）")
/// shares the role of the amount it restates. Sentences about the market ("全年", "行业")
/// make every amount `other`.
/// Chinese roles, and whether the sentence is about the market rather than one deal.
/// Where some words occur in a sentence, to find the last one before each amount without
/// reading the sentence again for every amount (which was quadratic in a sentence of many
/// amounts). The words must not overlap themselves ("分期", "里程碑：").
struct Occurrences {
    /// (end, start) of each occurrence, by end.
    by_end: Vec<(usize, usize)>,
    /// The latest start among the first k occurrences.
    latest_start: Vec<usize>,
}

impl Occurrences {
    fn of<'a>(text: &str, words: impl IntoIterator<Item = &'a str>) -> Self {
        Self::at(
            words
                .into_iter()
                .flat_map(|w| text.match_indices(w).map(|(p, w)| (p, p + w.len())))
                .collect(),
        )
    }

    /// From (start, end) spans.
    fn at(spans: Vec<(usize, usize)>) -> Self {
        let mut by_end: Vec<(usize, usize)> = spans.into_iter().map(|(s, e)| (e, s)).collect();
        by_end.sort_unstable();
        let latest_start = by_end
            .iter()
            .scan(0, |m, &(_, start)| {
                *m = start.max(*m);
                Some(*m)
            })
            .collect();
        Occurrences {
            by_end,
            latest_start,
        }
    }

    /// The start of the last occurrence that ends by `limit`: `text[..limit].rfind(w)` over
    /// the words.
    fn last_before(&self, limit: usize) -> Option<usize> {
        let k = self.by_end.partition_point(|&(end, _)| end <= limit);
        k.checked_sub(1).map(|k| self.latest_start[k])
    }

    /// Whether any occurrence ends by `limit`.
    fn any_before(&self, limit: usize) -> bool {
        self.by_end.first().is_some_and(|&(end, _)| end <= limit)
    }
}

pub(super) fn assign_zh(sentence: &str, offset: usize, slots: &[Slot]) -> (Vec<Assigned>, bool) {
    // "两项协议打包披露，首付款合计1.85亿美元": two agreements disclosed as one deal are not
    // statistics.
    let bundled = ["打包", "一揽子", "一攬子"]
        .iter()
        .any(|w| sentence.contains(w));
    // "一位券商医药行业分析师表示": a speaker's title is not the industry's statistics.
    let industry_words = |part: &str| {
        ZH_AGGREGATE.find_iter(part).any(|m| {
            let word = &part[m.start()..m.end()];
            let next = &part[m.end()..];
            // "首付款6.5亿美元，是今年以来最大的一笔首付": this deal ranked, not a tally.
            let ranked = matches!(word, "今年以来" | "今年以來" | "年初至今")
                && next.starts_with(['最', '首']);
            let speaker = matches!(word, "行业" | "行業")
                && [
                    "分析师",
                    "分析師",
                    "人士",
                    "研究员",
                    "研究員",
                    "观察",
                    "觀察",
                    "专家",
                    "專家",
                ]
                .iter()
                .any(|t| next.starts_with(t));
            // "据第三方数据库统计，交易总额逾8.5亿美元": who counted, not a tally of many deals
            // (a tally says so with its own words: 今年以来, 全年, 行业 …).
            let source = matches!(word, "统计" | "統計")
                && next.starts_with(['，', ','])
                && part[..m.start()]
                    .rsplit(['，', ',', '。', '；'])
                    .next()
                    .is_some_and(|clause| clause.starts_with(['据', '據']));
            !ranked && !speaker && !source
        })
    };
    // "2026年1月，中国创新药对外授权总金额约300亿美元": the total of a kind of deal, not of
    // one deal ("本次对外授权总金额" is one).
    let category_total = |part: &str| {
        (part.contains('额') || part.contains('額'))
            && ZH_MARKET.find_iter(part).any(|m| {
                let next = part[m.end()..].trim_start_matches(['交', '易']);
                let this = part[..m.start()].chars().rev().take(4).collect::<String>();
                ["总金额", "總金額", "总额", "總額", "金额合计", "金額合計"]
                    .iter()
                    .any(|w| next.starts_with(w))
                    && !["次本", "次此", "笔这", "筆這", "笔该", "筆該"]
                        .iter()
                        .any(|w| this.contains(w))
            })
    };
    // "2024年中国创新药对外授权交易首付款合计41亿美元": a year's deals of a kind.
    let year_of_kind = |part: &str| {
        ZH_MARKET.find_iter(part).any(|m| {
            let head = part[..m.start()].trim_end_matches(['全', '的']);
            head.strip_suffix('年').is_some_and(|h| {
                let digits: Vec<char> = h.chars().rev().take(4).collect();
                digits.len() == 4
                    && digits
                        .iter()
                        .all(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
            })
        })
    };
    // "本月重点交易首付款合计：2.43亿美元": a period's deals summed.
    // ("当月披露总额约300亿美元，首付款约30亿美元": what the month's deals disclosed.)
    let period_sum = |part: &str| {
        ["本月", "本周", "本週", "当月", "當月", "本季度"]
            .iter()
            .any(|w| part.contains(w))
            && (part.contains("交易")
                && ["合计", "合計", "总计", "總計"]
                    .iter()
                    .any(|w| part.contains(w))
                || part.contains("披露总额")
                || part.contains("披露總額"))
    };
    // "TOP13首付款合计43.65亿美元", "TOP10的首付款加起来约30.2亿美元": a ranking summed.
    // (Single characters first: most sentences hold none of them.)
    let ranking_sum = |part: &str| {
        (part.contains('榜')
            || memchr::memchr(b'T', part.as_bytes()).is_some()
                && (part.contains("TOP") || part.contains("Top"))
            || part.contains('前') && (part.contains("前十") || part.contains("前10")))
            && ["合计", "合計", "加起来", "加起來", "总和", "總和"]
                .iter()
                .any(|w| part.contains(w))
    };
    let about_market = |part: &str| {
        category_total(part)
            || year_of_kind(part)
            || period_sum(part)
            || ranking_sum(part)
            || industry_words(part) && !bundled
            || ZH_PERIOD.is_match(part) && ZH_MARKET.is_match(part)
            // "四笔中国创新药对外授权交易", "157笔": deals counted ("这笔交易" is one), or
            // pointed back to ("12月这三笔，…合计约US$19.85亿").
            || ["交易", "对外授权", "對外授權", "授权交易"]
                .iter()
                .any(|w| part.contains(w))
                && counted_deals(part)
            || deals_pointed_back(part)
    };
    let aggregate = about_market(sentence);
    // "5000万美元首付款约合人民币3.6亿元，相当于公司去年全年营收的七成以上": the market or
    // the year may come in only as what one deal's amount is compared with.
    let compared_from = if aggregate {
        ["相当于", "相當於", "约占", "約佔", "占", "佔"]
            .iter()
            .filter_map(|w| sentence.find(w))
            .min()
            .filter(|&c| !about_market(&sentence[..c]))
    } else {
        None
    };
    let royalty_sentence = ZH_ROYALTY.is_match(sentence);
    let sales_sentence = ZH_SALES.is_match(sentence);
    // (Not "在纳斯达克上市的亘喜生物": a company described as listed.)
    let offering = ZH_OFFERING.find_iter(sentence).any(|m| {
        !(matches!(&sentence[m.start()..m.end()], "上市")
            && (sentence[m.end()..].starts_with('的') || sentence[m.end()..].starts_with("公司")))
    });
    let local = |a: usize, b: usize| within(sentence, offset, a, b);
    // Words each amount looks back for, found once for the sentence (and only looked for
    // when a character they all hold is there).
    let split_words = if sentence.contains('分') {
        Occurrences::of(
            sentence,
            ["分两期", "分兩期", "分三期", "分期", "分批", "分二期"],
        )
    } else {
        Occurrences::at(Vec::new())
    };
    let milestone_labels = if sentence.contains("里程碑") {
        Occurrences::of(
            sentence,
            ["里程碑：", "里程碑:", "里程碑付款：", "里程碑付款:"],
        )
    } else {
        Occurrences::at(Vec::new())
    };
    let (counted_at, summed_at) = if sentence.contains(['笔', '筆']) {
        (
            Occurrences::at(counted_deal_words(sentence).collect()),
            Occurrences::at(summed_deal_words(sentence).collect()),
        )
    } else {
        (Occurrences::at(Vec::new()), Occurrences::at(Vec::new()))
    };
    let n = slots.len();
    // Bracketed restatement right after an amount.
    let paired: Vec<bool> = (0..n)
        .map(|i| {
            i + 1 < n && {
                let between = local(slots[i].end, slots[i + 1].start).trim();
                let after = local(slots[i + 1].end, offset + sentence.len());
                // "（其中3000万美元以股份支付）": a part of the amount before, whatever follows.
                matches!(between, "（其中" | "(其中")
                    || [
                        "（约合",
                        "（約合",
                        "（约",
                        "（約",
                        "(约合",
                        "(约",
                        "（折合",
                        "（折合约",
                        "（折合約",
                        "（约相当于",
                        "（約相當於",
                        "（相当于",
                        "（相當於",
                        "（大约",
                        "（大約",
                        "(約合",
                        "(約",
                        "（即",
                        "（",
                        "(",
                    ]
                    .contains(&between)
                        && after.trim_start().starts_with(['）', ')'])
            }
        })
        .collect();
    let mut out: Vec<Assigned> = Vec::with_capacity(n);
    let mut tight_hits: Vec<bool> = Vec::with_capacity(n);
    for i in 0..n {
        if i > 0 && paired[i - 1] {
            out.push(out[i - 1]);
            tight_hits.push(tight_hits[i - 1]);
            continue;
        }
        // "首付款人民币6,000万元，分两期支付：…支付人民币3,500万元，…再支付人民币2,500万元":
        // instalments of the amount that was split.
        // (The last such word before the amount decides: the nearest amount that ends before
        // it is the one split. One search per amount, not one per pair of amounts, which was
        // cubic in a sentence of many amounts.)
        let split = split_words
            .last_before(slots[i].start - offset)
            .and_then(|q| {
                slots[..i]
                    .partition_point(|s| s.end - offset <= q)
                    .checked_sub(1)
            });
        if let Some(k) = split.filter(|&k| out[k].firm && out[k].role != Role::Other) {
            let between = local(slots[i - 1].end, slots[i].start);
            if zh_cue_before(between).is_none()
                && zh_cue_after(local(
                    slots[i].end,
                    slots
                        .get(i + 1)
                        .map_or(offset + sentence.len(), |s| s.start),
                ))
                .is_none()
            {
                out.push(out[k]);
                tight_hits.push(false);
                continue;
            }
        }
        let slot = slots[i];
        // The sentence up to the amount.
        let prior = local(offset, slot.start);
        // "按这个口径，单笔5.7亿美元的首付款…相当于去年全年首付款的约8%": one deal's amount
        // set against the statistics.
        // (Not "单笔首付款中位数约5000万美元": the median over many.)
        let single = || {
            let head = prior
                .trim_end_matches(|c: char| "约約高达達逾超过過".contains(c) || c.is_whitespace());
            head.ends_with("单笔") || head.ends_with("單筆")
        };
        let before_comparison = compared_from.is_some_and(|c| slot.end - offset <= c);
        // "8000万美元首付款在减重赛道不算高": an amount named as a payment, with the market
        // brought in only after it, is one deal's.
        let named_before_market = aggregate && {
            let end = slot.end - offset;
            let rest = &sentence[end..];
            let trimmed = rest.trim_start_matches('的');
            ZH_CUES
                .iter()
                .filter(|(_, r)| !matches!(r, Role::Other))
                .find(|(w, _)| trimmed.starts_with(w))
                .is_some_and(|(w, _)| {
                    let through = end + (rest.len() - trimmed.len()) + w.len();
                    // ("2024年的94笔、519亿美元和41亿美元首付款": deals counted before it.)
                    !about_market(&sentence[..through]) && !counted_deals(&sentence[..through])
                })
        };
        // "两笔减重药交易，首付款同样落在这个区间：今年6月，…授权再生元，首付款8000万美元": the
        // deals listed after the colon, each with its own payment; "荣昌生物—艾伯维（首付款
        // 6.5亿美元）和…两笔交易": a deal's payment in brackets after its parties.
        let listed_deal = aggregate && {
            let head = prior.trim_end_matches(|c: char| {
                "约約高达達逾超过過最".contains(c) || c.is_whitespace()
            });
            // (A headline among them too, when the items name who granted what: "…：乐普生物
            // 将MRG007授予ArriVent，…，交易总额约12亿美元".)
            let granted = |since: &str| {
                [
                    "授予",
                    "授权给",
                    "授權給",
                    "签署",
                    "簽署",
                    "达成",
                    "達成",
                    "许可给",
                ]
                .iter()
                .any(|v| since.contains(v))
            };
            ZH_CUES
                .iter()
                .filter(|(_, r)| *r != Role::Other)
                .find(|(w, _)| head.ends_with(w))
                .is_some_and(|(w, r)| {
                    let before_cue = &head[..head.len() - w.len()];
                    if *r == Role::Total
                        && !before_cue
                            .rfind('：')
                            .is_some_and(|c| granted(&before_cue[c..]))
                    {
                        return false;
                    }
                    let after = &sentence[slot.end - offset..];
                    let bracketed =
                        before_cue.ends_with(['（', '(']) && after.starts_with(['）', ')']);
                    let listed = before_cue.rfind('：').is_some_and(|c| {
                        let since = &before_cue[c..];
                        !about_market(since) && !counted_deals(since)
                    });
                    bracketed || listed
                })
        };
        // "两笔合在一起看，…首付款已经约2.39亿美元", "…两笔合计3.8亿美元": what follows the
        // sum of deals just counted is theirs together.
        let summed = counted_at.any_before(prior.len()) && summed_at.any_before(prior.len());
        if slot.per_share
            || summed
            || aggregate && !single() && !before_comparison && !named_before_market && !listed_deal
        {
            out.push(Assigned::new(Role::Other, MilestoneScope::default(), true));
            tight_hits.push(false);
            continue;
        }
        // Words after the amount (after the bracket of a paired restatement).
        let after_from = if paired[i] {
            let close = local(slots[i + 1].end, offset + sentence.len());
            slots[i + 1].end + close.find(['）', ')']).map_or(0, |p| p + 3)
        } else {
            slot.end
        };
        // Up to the next amount: "最高6.8亿美金的开发及注册里程碑付款及最高9亿美金的销售里程碑" gives the
        // first amount two kinds, not three.
        let next_start = slots
            .get(if paired[i] { i + 2 } else { i + 1 })
            .map_or(offset + sentence.len(), |s| s.start);
        let after_all = local(after_from, next_start.max(after_from));
        let after = &after_all[..after_all.find(ZH_CLAUSE_ENDS).unwrap_or(after_all.len())];
        let prev_end = if i > 0 { slots[i - 1].end } else { offset };
        let before_all = local(prev_end, slot.start);
        let clause_start = before_all.rfind(ZH_CLAUSE_ENDS).map_or(0, |p| {
            p + before_all[p..].chars().next().map_or(1, char::len_utf8)
        });
        let before = &before_all[clause_start..];
        // "支付1500万美元首付款及最高4.92亿美元的…里程碑付款": the cue right after the amount
        // before is that amount's, not this one's.
        // ("US$15M的近期里程碑付款及合共最高US$940M的…": after a "的" too.)
        let before = if i > 0 && clause_start == 0 {
            let lead = before.len() - before.trim_start_matches('的').len();
            ZH_CUE_MATCHER
                .find_overlapping_iter(&before[lead..])
                .filter(|m| m.start() == 0)
                .map(|m| m.end())
                .max()
                .map_or(before, |len| &before[lead + len..])
        } else {
            before
        };
        // ("$500M near-term" in a Chinese sentence: a space before an English cue; a space
        // before Chinese words sets a headline's parts apart: "最高13.8亿美元 股价一字涨停".)
        let tight = after.trim_start_matches('的');
        // "总额最高为19.2亿美元的潜在里程碑付款": "potential" before the payment it qualifies
        // (not "潜在付款总额", a cue of its own).
        let tight = match tight
            .strip_prefix("潜在")
            .or_else(|| tight.strip_prefix("潛在"))
        {
            Some(rest)
                if rest.starts_with(['里', '裡', '裏', '开', '開', '注', '註', '销', '銷']) =>
            {
                rest
            }
            _ => tight,
        };
        let tight = match tight.trim_start_matches(' ') {
            english if english.starts_with(|c: char| c.is_ascii_alphabetic()) => english,
            _ => tight,
        };
        // "合计" (in all) totals whatever the sentence named before it: "里程碑付款，合计最高…"
        // is a milestone sum, "合计最高20亿美元" alone a headline.
        let weak_total = |r: Option<Role>, text: &str| match r {
            Some(Role::Total)
                if ["合计", "合計", "合共", "总计", "總計"]
                    .iter()
                    .any(|w| text.contains(w)) =>
            {
                // The payment named before "合计" in this clause ("里程碑金合計最高"), else in
                // the clause before.
                let sum_at = ["合计", "合計", "合共", "总计", "總計"]
                    .iter()
                    .filter_map(|w| text.rfind(w))
                    .max()
                    .unwrap_or(0);
                let earlier =
                    before_all[..before_all.len() - before.len()].trim_end_matches(ZH_CLAUSE_ENDS);
                // "现金及等价物合计" is not a deal term; a clause before only lends a payment.
                // "支付合计不超过人民币2.4亿元的开发及注册里程碑款": or the one right after.
                // "去年全球销售额合计已超过200亿美元": sales summed.
                if ["销售额", "銷售額"]
                    .iter()
                    .any(|w| text[..sum_at].ends_with(w))
                {
                    return Some(Role::Other);
                }
                zh_cue_before(&text[..sum_at])
                    .or_else(|| {
                        zh_cue_after(after.trim_start_matches('的'))
                            .filter(|r| !matches!(r, Role::Other | Role::Total))
                    })
                    .or_else(|| zh_cue_before(earlier).filter(|r| *r != Role::Other))
                    .or(r)
            }
            other => other,
        };
        let mut firm = true;
        let tight_cue = ZH_CUES
            .iter()
            .find(|(w, _)| tight.starts_with(w))
            .map(|(_, r)| *r);
        tight_hits.push(tight_cue.is_some());
        // "两者合计最高9.7亿美元": the sum of the two amounts just named.
        let both = (i > 0 && ["两者", "二者", "兩者"].iter().any(|w| before.contains(w)))
            .then(|| out[i - 1].role)
            .filter(|r| *r != Role::Other);
        // "1.2 billion美元合作": a deal noun right after the amount names the headline.
        let tight_deal = ZH_DEAL_NOUNS
            .iter()
            .chain(ZH_DEAL_VERBS)
            .any(|w| tight.trim_start().starts_with(w))
            .then_some(Role::Total);
        // "以最高约12亿美元整体收购了亘喜生物": the most a takeover may cost is its headline.
        let bought_for_up_to = (before.trim_end_matches(['约', '約']).ends_with("以最高")
            && tight
                .trim_start_matches(['整', '体', '體', '全', '资', '資'])
                .starts_with(['收']))
        .then_some(Role::Total);
        // "$800M upfront + $500M near-term + up to $7.1B milestones = up to $8.4B": the
        // result of a sum of deal terms is the headline.
        let equals = (i > 0
            && (before.contains('=') || before.contains('＝'))
            && out[i - 1].role != Role::Other)
            .then_some(Role::Total);
        // "里程碑付款总额由最高4.5亿美元增至最高6.1亿美元": the new figure is what the old
        // one was.
        let changed_to = (i > 0
            && ZH_CHANGED_TO.iter().any(|w| {
                before
                    .trim_end_matches(['最', '高', '约', '約'])
                    .ends_with(w)
            })
            && out[i - 1].role != Role::Other)
            .then(|| out[i - 1].role);
        let mut role = tight_cue
            .or(tight_deal)
            .or(bought_for_up_to)
            .or(changed_to)
            .or(equals)
            .or(both)
            .or_else(|| weak_total(zh_cue_before(before), before))
            // "约120亿美元是假设…里程碑均达成的情况下公司可能获得的款项总额": what the amount
            // "is" is named at the end of its clause.
            .or_else(|| {
                after
                    .starts_with(['是', '为', '為'])
                    .then(|| zh_cue_before(after))
                    .flatten()
            })
            .or_else(|| zh_cue_after(after))
            .or_else(|| before.contains("有资格").then_some(Role::Milestone))
            // (Not "后续里程碑金额未披露，“超过8.5亿美元”只是下限": a payment said to be
            // undisclosed names no amount.)
            // ("· 里程碑合计：最高11.2亿美元": the payment named before "合计" too.)
            .or_else(|| {
                weak_total(zh_cue_before(before_all), before_all).filter(|_| {
                    !["未披露", "未公开", "未公開", "并未披露", "並未披露"]
                        .iter()
                        .any(|w| before_all.contains(w))
                })
            })
            // "「最高達6.15億美元」應更正為「最高達6.2億美元」": the figure it corrects.
            .or_else(|| {
                let corrects = ["更正為", "更正为", "改為", "改为"]
                    .iter()
                    .any(|w| before_all.contains(w));
                (corrects && i > 0)
                    .then(|| out[i - 1].role)
                    .filter(|r: &Role| *r != Role::Other)
            })
            // "其中3,000万美金于…支付，余下1,500万美金…": parts of the amount before.
            .or_else(|| {
                let part = ZH_PART.is_match(before);
                (part && i > 0)
                    .then(|| out[i - 1].role)
                    .filter(|r: &Role| *r != Role::Other)
            })
            // "…1亿美元（…），该笔近期里程碑付款将于…", "2000万美元由凯斯勒支付，…作为本次交易的
            // 首付款": a later clause says what the amount is.
            .or_else(|| zh_later_clause(after_all))
            // "185亿美元减重药合作": a deal noun a few characters on, with no preposition
            // between ("7500万美元在早期ADC授权中" is not a headline).
            .or_else(|| {
                let head: String = after.chars().take(8).collect();
                let noun = ZH_DEAL_NOUNS.iter().filter_map(|w| head.find(w)).min()?;
                (!head[..noun].contains(['在', '于', '於', '中', '对', '對']))
                    .then_some(Role::Total)
            })
            // "簽約金是30億日圓，大概兩千萬美金左右": an approximate amount in another
            // currency right after a payment is its conversion.
            .or_else(|| {
                let approx = [
                    "约",
                    "約",
                    "大概",
                    "大约",
                    "大約",
                    "折合",
                    "相当于",
                    "相當於",
                ]
                .iter()
                .any(|w| before.contains(w));
                (approx && i > 0 && slots[i - 1].currency != slot.currency)
                    .then(|| out[i - 1].role)
                    .filter(|r: &Role| *r != Role::Other)
            })
            // "於取得美國…的監管批准時支付最多2.2億美元": paid when an event is reached.
            .or_else(|| {
                let when = before.contains('时') || before.contains('時');
                let event = [
                    "批准", "获批", "獲批", "上市", "达成", "達成", "达到", "達到", "实现", "實現",
                    "给药", "給藥",
                ]
                .iter()
                .any(|w| before.contains(w));
                (when && event).then_some(Role::Milestone)
            })
            // "超过人民币10亿元但不超过人民币20亿元的部分，按12%计提": a royalty tier.
            .or_else(|| {
                (after.starts_with("的部分")
                    && (sentence.contains('%') || sentence.contains("计提")))
                .then_some(Role::Royalty)
            })
            .unwrap_or_else(|| {
                firm = false;
                Role::Other
            });
        // "首付款及近期里程碑合计1.1亿美元", "首付款及選擇權行使前里程碑付款，合計3,000萬美元": one
        // combined upfront figure; "首付款及里程碑付款总计最高15亿美元" is the headline.
        // `before` is the end of `before_all`: the words since the previous amount.
        // (Not the previous amount's own payment in a clause before: "2,500万美元首付款，并在
        // 达到里程碑时支付合计不超过5.71亿美元的里程碑付款".)
        let named = match before_all.find(ZH_CLAUSE_ENDS) {
            Some(end) if i > 0 && tight_hits[i - 1] => &before_all[end..],
            _ => before_all,
        };
        // ("首付款及里程碑付款總額最高為1.85億歐元" as well, but not "本次交易潜在总额".)
        let summed = [
            "合计",
            "合計",
            "总计",
            "總計",
            "合共",
            "付款总额",
            "付款總額",
        ]
        .iter()
        .any(|w| named.contains(w));
        // ("首付加近期款5.7亿美元": 首付 alone, joined to what it is summed with; not "3,000万
        // 美元现金首付、里程碑合计7.55亿美元", where it closes the amount before.)
        let upfront_named = ["首付款", "預付款", "预付款", "首期"]
            .iter()
            .any(|w| named.contains(w))
            || [
                "首付加",
                "首付及",
                "首付和",
                "首付与",
                "首付與",
                "首付+",
                "首付＋",
            ]
            .iter()
            .any(|w| named.contains(w));
        if matches!(role, Role::Total | Role::NearTerm | Role::Milestone) && upfront_named {
            let near = ["近期", "行使前", "行权前", "行權前", "前期"]
                .iter()
                .any(|w| named.contains(w));
            // "首付款、近期付款及里程碑付款合计不超过4.7亿美元": milestones named apart from
            // the near-term ones make the sum the headline.
            let other_milestones = zh_names_other_milestones(named);
            if near && summed && other_milestones {
                role = Role::Total;
            } else if near
                && (summed || role == Role::NearTerm)
                // ("连同首付款及近期里程碑付款，…潜在付款总额最高为11亿美元": the potential
                // payments together with those are the headline.)
                && !(role == Role::Total
                    && ["潜在", "潛在", "连同", "連同"]
                        .iter()
                        .any(|w| named.contains(w)))
            {
                role = Role::Upfront;
            } else if summed && named.contains("里程碑") {
                role = Role::Total;
            }
        }
        // "将获得合计1.75亿美元的款项，包括首付款、近期里程碑付款及选择权行使费": the parts
        // listed after a sum say what it is; the upfront with near-term payments is one
        // combined upfront.
        if role == Role::Total {
            let listed = &after_all[..after_all.find(['；', '。', ';']).unwrap_or(after_all.len())];
            if let Some(p) = ["包括", "包含", "包含了", "含"]
                .iter()
                .filter_map(|w| listed.find(w))
                .min()
            {
                let parts = &listed[p..];
                let milestones = zh_names_other_milestones(parts);
                if ["首付款", "预付款", "預付款"]
                    .iter()
                    .any(|w| parts.contains(w))
                    && parts.contains("近期")
                    && !milestones
                {
                    role = Role::Upfront;
                }
            }
        }
        // "有权收取选择权行权费及里程碑付款合计最高10.55亿美元": the option payments and the
        // milestones summed are the headline.
        // (Not "倘我們未保留選擇權資產…的權利": option assets are no option payment.)
        let option_named = [
            "行权费",
            "行權費",
            "期权费",
            "期權費",
            "选择权费",
            "選擇權費",
        ]
        .iter()
        .any(|w| named.contains(w));
        if role == Role::Milestone && option_named && summed && !upfront_named {
            role = Role::Total;
        }
        // "若辉瑞行使中国选择权，还需另付最高1.5亿美元", "…的选择权，行权时需另付最高1.5亿美元":
        // what exercising the option costs (not "行权后将支付最高2亿美元的里程碑").
        let exercise_pays = {
            let clause = before_all
                .rfind(['。', '；'])
                .map_or(before_all, |p| &before_all[p..]);
            let exercised = clause.contains("行权")
                || clause.contains("行權")
                || clause.contains("行使")
                    && (clause.contains("选择权") || clause.contains("選擇權"));
            let head = before.trim_end_matches(|c: char| "最高约約不超过過逾达達".contains(c));
            exercised
                && ["另付", "另获", "另獲", "再付", "支付", "付款"]
                    .iter()
                    .any(|w| head.ends_with(w))
                && zh_cue_after(after).is_none_or(|r| r == Role::Option)
        };
        if exercise_pays {
            role = Role::Option;
        }
        // "44亿美元到底含不含首付", "6亿美元（含首付款）": an amount that holds the upfront is
        // the headline.
        if role == Role::Upfront {
            let head: String = after
                .trim_start_matches(['（', '('])
                .chars()
                .take(8)
                .collect();
            // (Not "首付12亿美元含1亿美元认购新股": a part of the upfront held in it.)
            let holds = ["含", "包含", "包括"].iter().any(|w| head.contains(w))
                && ["首付", "预付", "預付"].iter().any(|w| head.contains(w));
            if holds && !tight_hits[i] {
                role = Role::Total;
            }
        }
        // "年度净销售额不超过人民币10亿元的部分，按8%计提": sales tiers of a royalty.
        let own_clause_sales = [before, after]
            .iter()
            .any(|c| ["销售额", "銷售額", "部分"].iter().any(|w| c.contains(w)));
        if royalty_sentence && role == Role::Other && sales_sentence && own_clause_sales {
            role = Role::Royalty;
        }
        // "…最高分别为2.15亿、3.5亿和6亿美元，合计最高11.65亿美元": the sum of the milestones
        // just listed.
        // (Not "首付款2亿美元，里程碑最高18亿美元，合计最高20亿美元": upfront and milestones.)
        if role == Role::Total
            && i > 0
            && prior.contains("里程碑")
            && !["首付", "预付", "預付", "前期付款", "签约", "簽約"]
                .iter()
                .any(|w| prior.contains(w))
            // (list members before it get their shared role only after this loop)
            && out[..i]
                .iter()
                .all(|a| a.role == Role::Milestone || a.role == Role::Other && !a.firm)
            && ["合计", "合計", "总计", "總計", "合共"]
                .iter()
                .any(|w| before_all.contains(w))
            && zh_cue_before(before_all).is_none_or(|r| r == Role::Total)
        {
            role = Role::Milestone;
        }
        // "信达收到2亿美元首付款，并有资格获得最高8.25亿美元的里程碑付款，合计10.25亿美元":
        // the sum of an upfront and milestones just stated is the headline.
        // (Not "其中开发和注册里程碑合计2亿美元": the clause names what it sums.)
        let sum_at = ["合计", "合計", "总计", "總計", "合共"]
            .iter()
            .filter_map(|w| before.find(w))
            .min();
        if role == Role::Milestone
            && sum_at.is_some_and(|p| zh_cue_before(&before[..p]).is_none())
            && out[..i].iter().any(|a| a.role == Role::Upfront)
            && out[..i].iter().any(|a| a.role == Role::Milestone)
        {
            role = Role::Total;
        }
        // "首付款中约5.7亿元人民币预计在2026年一次性确认为收入": the part of a payment to be
        // booked as revenue is no term (but "首付款5000万美元预计将在本年度确认为收入" is the
        // upfront itself).
        let named_tight = || {
            let head =
                before.trim_end_matches(|c: char| "约約逾近".contains(c) || c.is_whitespace());
            ZH_CUES.iter().any(|(w, _)| head.ends_with(w))
        };
        if [
            "确认为收入",
            "確認為收入",
            "确认收入",
            "確認收入",
            "计入收入",
            "計入收入",
        ]
        .iter()
        .any(|w| after.contains(w))
            && !named_tight()
        {
            role = Role::Other;
        }
        // "首付款大多在5000万至1亿美元之间": what deals habitually pay is no deal's term;
        // nor is a guess ("业内估计这笔交易的首付款可能在5000万至1亿美元之间").
        let clause_so_far = &prior[prior.rfind(ZH_CLAUSE_ENDS).unwrap_or(0)..];
        if [
            "大多",
            "大都",
            "通常",
            "往往",
            "多在",
            "多落在",
            "一般在",
            "普遍在",
            "估计",
            "估計",
            "估算",
            "猜测",
            "猜測",
            "推测",
            "推測",
            "可能在",
            "或在",
        ]
        .iter()
        .any(|w| clause_so_far.contains(w))
            // "首付款在1亿美元上下，里程碑在15亿美元左右": a ballpark, not a stated term.
            || clause_so_far.trim_end_matches(['约', '約']).ends_with('在')
                && ["上下", "左右"].iter().any(|w| after.starts_with(w))
        {
            role = Role::Other;
        }
        // "连同本次协议，…年内已自默沙东获得首付款合计8,200万美元": a sum over this deal
        // and others.
        let with_this = [
            "连同本次",
            "連同本次",
            "连同此次",
            "連同此次",
            "加上本次",
            "加上此次",
        ]
        .iter()
        .any(|w| sentence.contains(w));
        // "首付款與行權費合計1.55億美元已經確定到手": payments summed as money in hand.
        if (with_this || sentence.contains("到手")) && summed {
            role = Role::Other;
        }
        // "至今已从该合作中累计收到首付款及里程碑付款约1.8亿美元", "此前已收取的…，上述款项
        // 累计2,000万英镑": money already collected.
        let collected_sum = ["累计", "累計"].iter().any(|w| before.contains(w))
            && ["已收", "收到", "已收取"]
                .iter()
                .any(|w| sentence.contains(w));
        if collected_sum
            || [
                "累计收到",
                "累計收到",
                "累计获得",
                "累計獲得",
                "已累计",
                "已累計",
                "累计已收",
                "累計已收",
                "累计收取",
                "累計收取",
            ]
            .iter()
            .any(|w| before.contains(w))
        {
            role = Role::Other;
        }
        // "現金代價總額約108億港元", "额外付款总额": the sum of one kind of payment is that
        // payment, not the deal's headline.
        if role == Role::Total {
            let head =
                before.trim_end_matches(|c: char| "约約最高为為达達逾超过過高不至".contains(c));
            // ("潜在付款总额" sums every potential payment: the headline.)
            if let Some(stem) = head
                .strip_suffix("总额")
                .or_else(|| head.strip_suffix("總額"))
                .filter(|stem| !stem.ends_with("潜在付款") && !stem.ends_with("潛在付款"))
            {
                let kind = ZH_CUE_MATCHER
                    .find_overlapping_iter(stem)
                    .filter(|m| m.end() == stem.len())
                    .max_by_key(|m| m.len())
                    .map(|m| ZH_CUES[m.pattern().as_usize()].1);
                if let Some(r) = kind.filter(|r| !matches!(r, Role::Total | Role::Other)) {
                    role = r;
                }
            }
        }
        // "以最高9.5亿美元的对价收购普米斯生物": the consideration of an acquisition.
        if role == Role::Other
            && ["的对价收购", "的對價收購", "的总对价收购", "的總對價收購"]
                .iter()
                .any(|w| after.starts_with(w))
        {
            role = Role::Total;
        }
        // "总额200万元的青年学者奖励基金": what the amount is of, named right after it.
        if role == Role::Total {
            if let Some(of) = after.strip_prefix('的') {
                let head: String = of.chars().take(10).collect();
                if zh_cue_after(&head) == Some(Role::Other) {
                    role = Role::Other;
                }
            }
        }
        if matches!(role, Role::Equity | Role::Total) && offering {
            role = Role::Other;
        } else if role == Role::Total
            && (before.contains("认购") || before.contains("認購") || {
                // "…認購…股份，總對價為2.814億港元": the consideration of a subscription.
                ["对价", "對價", "代价", "代價"]
                    .iter()
                    .any(|w| before.contains(w))
                    && (sentence.contains("认购") || sentence.contains("認購"))
            })
        {
            // "認購事項之總代價為HK$2.34億": the price of a share subscription.
            role = Role::Equity;
        }
        // "里程碑：开发及注册最高1.35亿美元，销售最高3.2亿美元": under a milestones label, a
        // clause that opens with a kind of milestone is one.
        if role == Role::Other {
            let label = milestone_labels.last_before(prior.len());
            let clause = clause_so_far
                .trim_start_matches(ZH_CLAUSE_ENDS)
                .trim_start();
            if label.is_some_and(|at| !prior[at..].contains(['；', '。', '\n']))
                && ZH_MILESTONE_KINDS
                    .iter()
                    .any(|(w, _)| clause.starts_with(w))
            {
                role = Role::Milestone;
                firm = true;
            }
        }
        let scope = if role == Role::Milestone {
            // "…最高6.8亿美金的开发及注册里程碑付款及最高9亿美金": the words before the second
            // amount open with the first one's phrase, which names its kinds, not these.
            let own_before = if before.trim_start().starts_with('的') {
                before
                    .find("里程碑")
                    .map_or(before, |p| &before[p + "里程碑".len()..])
            } else {
                before
            };
            // "(4) 销售里程碑付款：合共最高8.4亿美元": a label before the colon names the kind.
            let earlier = &before_all[..before_all.len() - before.len()];
            let label = earlier
                .strip_suffix('：')
                .or_else(|| earlier.strip_suffix(':'))
                .map_or("", |l| {
                    let from = l
                        .rfind(ZH_CLAUSE_ENDS)
                        .map_or(0, |p| p + l[p..].chars().next().map_or(1, char::len_utf8));
                    &l[from..]
                });
            let scope = zh_milestone_scope(&[own_before, after, label]);
            // "4、销售里程碑：视…达到约定门槛的情况，累计不超过7.8亿美元": the label heading the
            // line names the kind of an amount whose own clause names none.
            if scope.kinds_named() == 0 {
                let line = &earlier[earlier.rfind('\n').map_or(0, |p| p + 1)..];
                let heading = line.find(['：', ':']).map_or("", |c| &line[..c]);
                // ("（五）销售里程碑：…": the item's number in brackets opens the heading.)
                let heading = ["（", "("]
                    .iter()
                    .find_map(|open| heading.strip_prefix(open))
                    .and_then(|rest| {
                        let close = rest.find(['）', ')'])?;
                        let after = close + rest[close..].chars().next()?.len_utf8();
                        (rest[..close].chars().count() <= 3).then(|| &rest[after..])
                    })
                    .unwrap_or(heading);
                if heading.contains("里程碑") && !heading.contains(ZH_CLAUSE_ENDS) {
                    zh_milestone_scope(&[heading])
                } else {
                    scope
                }
            } else {
                scope
            }
        } else {
            MilestoneScope::default()
        };
        // "「潛在付款總額」 指 …首付款及全部里程碑付款，最高為5.175億美元": in a definition,
        // the term defined names the amount.
        if let Some(term) = zh_defined_term(prior) {
            if let Some(r) = zh_cue_before(term).filter(|r| *r != Role::Other) {
                role = r;
            }
        }
        // "上述约53亿美元为假设…达成所有里程碑的金额": an amount the text points back to is the
        // one stated before, whatever its own clause says about it.
        let points_back = ["上述", "前述", "上述約", "上述约", "前述約", "前述约"]
            .iter()
            .any(|w| before.ends_with(w));
        if points_back {
            out.push(Assigned::new(role, scope, false));
            continue;
        }
        out.push(Assigned::new(role, scope, firm || role != Role::Other));
    }
    // A range takes the role its last member states: "此前1500万至2000万美元的预期".
    for i in (0..n.saturating_sub(1)).rev() {
        let between = local(slots[i].end, slots[i + 1].start).trim();
        if matches!(between, "至" | "到" | "-" | "–" | "~" | "～") && tight_hits[i + 1] {
            out[i] = out[i + 1];
        }
    }
    // Members of a list or range without a cue of their own share the role of the member
    // before: "介于5000万美元至8000万美元之间", "分别为3亿美元、5亿美元及12亿美元".
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for i in 0..n {
        let linked = i > 0
            && matches!(
                local(slots[i - 1].end, slots[i].start).trim(),
                "至" | "到" | "-" | "–" | "~" | "～" | "、" | "及" | "和" | "以及" | "与" | "或"
            );
        if linked {
            // A member without a cue takes the one before, `other` too ("峰值销售额在3-5亿美元").
            if !out[i].firm && (out[i - 1].firm || out[i - 1].role != Role::Other) {
                out[i] = out[i - 1];
            }
            if let Some(run) = runs.last_mut() {
                run.1 = i;
            }
        } else {
            runs.push((i, i));
        }
    }
    // "开发、注册及销售里程碑上限分别为A、B及C": one kind each, in the order named.
    for (first, last) in runs {
        let lead_from = if first == 0 {
            offset
        } else {
            slots[first - 1].end
        };
        let lead = local(lead_from, slots[first].start);
        let kinds = zh_kinds_in_order(lead);
        if last > first
            && (lead.contains("分别") || lead.contains("分別"))
            && kinds.len() == last - first + 1
        {
            for (slot, kind) in out[first..=last].iter_mut().zip(kinds) {
                if slot.role == Role::Milestone {
                    slot.scope = MilestoneScope::one(kind);
                }
            }
        }
    }
    // "1.6亿欧元首付款…总额最高14亿欧元，按当时汇率约合1.69亿美元和15亿美元": two conversions
    // after two amounts, in their order.
    for i in 2..n.saturating_sub(1) {
        let (a, b) = (slots[i - 2], slots[i - 1]);
        let (c, d) = (slots[i], slots[i + 1]);
        let converts = ["约合", "約合", "折合", "相当于", "相當於"]
            .iter()
            .any(|w| local(b.end, c.start).contains(w));
        let pair = matches!(
            local(c.end, d.start).trim(),
            "和" | "及" | "与" | "與" | "、"
        );
        if converts
            && pair
            && a.currency == b.currency
            && c.currency == d.currency
            && a.currency != c.currency
            && out[i - 2].role != Role::Other
            && out[i - 1].role != Role::Other
        {
            out[i] = out[i - 2];
            out[i + 1] = out[i - 1];
        }
    }
    // "2,500万美元（按1美元兑7.10元人民币计算，约合人民币1.78亿元）": a bracket that states its
    // rate before the conversion; the converted amount closing it is the payment before it
    // (the rate's own amounts stay what they are).
    for i in 0..n.saturating_sub(1) {
        let rest = local(slots[i].end, offset + sentence.len());
        if !rest.starts_with(['（', '(']) {
            continue;
        }
        let Some(close) = rest.find(['）', ')']) else {
            continue;
        };
        let close = slots[i].end + close;
        let Some(j) = (i + 1..n).take_while(|&j| slots[j].end <= close).last() else {
            continue;
        };
        let lead = local(slots[j - 1].end, slots[j].start);
        // ("（按本公告所採用之匯率1美元兌7.78港元計算，約相等於6.22億港元）", "（按1美元兌7.78港元
        // 計算約82.1億港元）".)
        let converts = [
            "约合",
            "約合",
            "折合",
            "相当于",
            "相當於",
            "相等于",
            "相等於",
            "计算",
            "計算",
        ]
        .iter()
        .any(|w| lead.contains(w));
        if j > i + 1
            && converts
            && local(slots[j].end, close).trim().is_empty()
            && slots[j].currency != slots[i].currency
            && out[j].role == Role::Other
        {
            out[j] = out[i];
        }
    }
    // "按1美元兑7.17元人民币计": the two sides of a rate are no payment.
    for j in 1..n {
        if matches!(
            local(slots[j - 1].end, slots[j].start).trim(),
            "兑" | "兌" | "=" | "＝"
        ) {
            out[j - 1] = Assigned::new(Role::Other, MilestoneScope::default(), true);
            out[j] = Assigned::new(Role::Other, MilestoneScope::default(), true);
        }
    }
    // "5亿美元首付款按1美元兑7.17元人民币计，约合人民币35.9亿元": the same without a bracket —
    // the conversion is the payment before the rate's two amounts.
    for j in 3..n {
        let lead = local(slots[j - 1].end, slots[j].start);
        let converts = ["约合", "約合", "折合"].iter().any(|w| lead.contains(w));
        let rate = ["兑", "兌", "="]
            .iter()
            .any(|w| local(slots[j - 2].end, slots[j - 1].start).contains(w));
        let k = j - 3;
        if converts
            && rate
            && out[j].role == Role::Other
            && out[k].role != Role::Other
            && slots[k].currency != slots[j].currency
            && !local(slots[k].end, slots[j - 2].start).contains(['。', '；'])
        {
            out[j] = out[k];
        }
    }
    // "…首付款及…近期里程碑付款；开发及注册里程碑…，销售里程碑…，上述款项合计不超过8.35亿美元": the
    // payments listed before, an upfront and milestones among them, summed are the headline.
    for i in 1..n {
        let listed = |r: Role| out[..i].iter().any(|a| a.role == r);
        if matches!(out[i].role, Role::Milestone | Role::Upfront | Role::Other)
            && listed(Role::Milestone)
            && (listed(Role::Upfront) || listed(Role::NearTerm))
            && sums_the_payments_above(local(slots[i - 1].end, slots[i].start))
        {
            out[i] = Assigned::new(Role::Total, MilestoneScope::default(), true);
        }
    }
    // "8.35亿美元为协议约定的首付款及各项里程碑付款的上限": an amount said to be the cap of an
    // upfront and the milestones together is the headline.
    for i in 0..n {
        // (The role first: most amounts are settled by it at once.)
        if !matches!(out[i].role, Role::Milestone | Role::Upfront) {
            continue;
        }
        let rest = local(
            slots[i].end,
            slots
                .get(i + 1)
                .map_or(offset + sentence.len(), |s| s.start),
        );
        if !rest.starts_with(['为', '為', '是']) {
            continue;
        }
        let clause = &rest[..rest.find(['，', '。', '；', ',']).unwrap_or(rest.len())];
        let both = ["首付", "预付", "預付"].iter().any(|w| clause.contains(w))
            && clause.contains("里程碑");
        let whole = ["上限", "总额", "總額", "总和", "總和", "合计", "合計"]
            .iter()
            .any(|w| clause.contains(w));
        if both && whole {
            out[i] = Assigned::new(Role::Total, MilestoneScope::default(), true);
        }
    }
    // "包括首付款和里程碑付款在内，最高可达3.5亿美元", "包括选择权行权费和里程碑在内最高10.55亿美元
    // 的付款": an amount said to hold milestones and another kind of payment is the headline.
    for i in 0..n {
        if out[i].role != Role::Milestone || aggregate {
            continue;
        }
        let before = local(
            if i > 0 { slots[i - 1].end } else { offset },
            slots[i].start,
        );
        let Some(close) = before.rfind("在内").or_else(|| before.rfind("在內")) else {
            continue;
        };
        let Some(open) = ["包括", "包含"]
            .iter()
            .filter_map(|w| before[..close].rfind(w))
            .max()
        else {
            continue;
        };
        let held = &before[open..close];
        let other_kind = [
            "首付",
            "预付",
            "預付",
            "行权费",
            "行權費",
            "选择权",
            "選擇權",
            "近期",
        ]
        .iter()
        .any(|w| held.contains(w));
        // (Only the few characters between "在内" and the amount: "最高可达", "，最高约", or a
        // clause naming who receives it, "，本公司及科倫博泰可收取的款項最高達", naming no other
        // payment.)
        let tail = &before[close..];
        let tail = tail.chars().count() <= 8
            || tail.chars().count() <= 28
                && !tail.contains(['。', '；', ';'])
                && zh_cue_before(&tail["在内".len()..]).is_none();
        if other_kind && held.contains("里程碑") && tail {
            out[i] = Assigned::new(Role::Total, MilestoneScope::default(), true);
        }
    }
    (out, aggregate)
}

/// "，上述款项合计不超过", "以上各项付款合計": the words before an amount that sum the payments
/// listed before it.
pub(crate) fn sums_the_payments_above(lead: &str) -> bool {
    ["上述", "以上", "前述"].iter().any(|w| lead.contains(w))
        && ["款项", "款項", "付款", "各项", "各項"]
            .iter()
            .any(|w| lead.contains(w))
        && ["合计", "合計", "总计", "總計", "共计", "共計", "合共"]
            .iter()
            .any(|w| lead.contains(w))
}

/// The term a definition line defines: "「潛在付款總額」　指　…" gives "潛在付款總額".
fn zh_defined_term(text: &str) -> Option<&str> {
    let line = &text[text.rfind('\n').map_or(0, |p| p + 1)..];
    let close = line.find(['」', '”'])?;
    let open = line[..close].rfind(['「', '“'])?;
    let rest = line[close..].trim_start_matches(['」', '”']);
    rest.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
        .starts_with('指')
        .then(|| &line[open + '「'.len_utf8()..close])
}

/// What a later clause of the sentence calls an amount: "，该笔近期里程碑付款…" (this
/// payment), "…，作为本次交易的首付款" (as the upfront), before the next amount.
fn zh_later_clause(after_all: &str) -> Option<Role> {
    let m = ZH_LATER.find(after_all)?;
    let rest = &after_all[m.end()..];
    let clause = &rest[..rest.find(ZH_CLAUSE_ENDS).unwrap_or(rest.len())];
    zh_cue_after(clause).filter(|r| *r != Role::Other)
}

/// The milestone kinds a Chinese phrase names, in the order written ("开发、注册及销售").
fn zh_kinds_in_order(text: &str) -> Vec<MilestoneKind> {
    let mut found: Vec<(usize, MilestoneKind)> = ZH_MILESTONE_KINDS
        .iter()
        .flat_map(|(w, k)| text.match_indices(w).map(move |(p, _)| (p, *k)))
        .collect();
    found.sort_by_key(|(p, _)| *p);
    let mut out: Vec<MilestoneKind> = Vec::new();
    for (_, k) in found {
        if out.last() != Some(&k) {
            out.push(k);
        }
    }
    out
}

/// Chinese words that name a kind of milestone.
const ZH_MILESTONE_KINDS: &[(&str, MilestoneKind)] = &[
    ("开发", MilestoneKind::Development),
    ("開發", MilestoneKind::Development),
    ("研发", MilestoneKind::Development),
    ("研發", MilestoneKind::Development),
    ("临床", MilestoneKind::Development),
    ("臨床", MilestoneKind::Development),
    ("注册", MilestoneKind::Regulatory),
    ("註冊", MilestoneKind::Regulatory),
    ("监管", MilestoneKind::Regulatory),
    ("監管", MilestoneKind::Regulatory),
    ("法规", MilestoneKind::Regulatory),
    ("法規", MilestoneKind::Regulatory),
    ("审批", MilestoneKind::Regulatory),
    ("審批", MilestoneKind::Regulatory),
    ("销售", MilestoneKind::Commercial),
    ("銷售", MilestoneKind::Commercial),
    ("商业化", MilestoneKind::Commercial),
    ("商業化", MilestoneKind::Commercial),
];

/// The kinds of milestone a Chinese clause names: "开发及注册里程碑" (two kinds), "销售里程碑".
fn zh_milestone_scope(clauses: &[&str]) -> MilestoneScope {
    MilestoneScope::of(
        ZH_MILESTONE_KINDS
            .iter()
            .filter(|(word, _)| clauses.iter().any(|c| c.contains(word)))
            .map(|(_, kind)| *kind),
    )
}
