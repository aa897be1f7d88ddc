//! Names the extractor recognises: companies and assets from alias tables, targets from a
//! built-in list, and company-looking names it has never seen ("Lumora Therapeutics").
//! The gazetteer only names things; it never supplies a deal term.

use aho_corasick::{AhoCorasick, MatchKind};
use dealscope_core::names::{asset_key, company_key};
use dealscope_core::{Asset, AssetId, Company, CompanyId, CountryCode, Span};

/// A company name known to the gazetteer.
#[derive(Clone, Debug)]
struct CompanyEntry {
    name: String,
    id: CompanyId,
    display: String,
    country: Option<CountryCode>,
    /// A short name derived from the table ("SciNeuro" for "SciNeuro Pharmaceuticals"):
    /// matched only as written, capitals and all.
    exact: bool,
}

/// First words that are no short name: places, words of the language, and names several
/// companies share.
const NOT_A_SHORT_NAME: &[&str] = &[
    "One",
    "The",
    "Eli",
    "Turning",
    "Climb",
    "Disc",
    "Elevation",
    "Crescent",
    "Coherent",
    "Harbour",
    "Duality",
    "Windward",
    "Sino",
    "Hercules",
    "Bristol",
    "Novo",
    "Calico",
    "Summit",
    "China",
    "Hong",
    "Kite",
    "Platina",
    "Argo",
];

/// The short name a company goes by when a text does not write its full name: the first
/// word of a name of several words, when it is distinctive.
fn derived_short_name(name_en: &str, first_words: &[&str]) -> Option<String> {
    let name = name_en.split(" (").next().unwrap_or(name_en);
    let mut words = name.split_whitespace();
    let first = words.next()?;
    // "Jiangsu Hengrui Pharmaceuticals" is "Hengrui": the word after a place.
    let place_led = is_chinese_place(first);
    let first = if place_led { words.next()? } else { first };
    words.next()?;
    let distinctive = first.chars().count() >= 4
        && first.chars().next().is_some_and(char::is_uppercase)
        && first.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !NOT_A_SHORT_NAME.contains(&first)
        && !is_chinese_place(first)
        && first_words.iter().filter(|w| **w == first).count() == usize::from(!place_led);
    distinctive.then(|| first.to_owned())
}

/// An asset name known to the gazetteer.
#[derive(Clone, Debug)]
struct AssetEntry {
    name: String,
    id: AssetId,
}

/// A company found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompanyHit {
    /// Where it is written.
    pub span: Span,
    /// The name as written.
    pub written: String,
    /// The company's display name (English) when resolved, else as written.
    pub name: String,
    /// The company it resolved to.
    pub id: Option<CompanyId>,
    /// Its country, when known.
    pub country: Option<CountryCode>,
}

/// An asset found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssetHit {
    /// Where it is written.
    pub span: Span,
    /// The name as written.
    pub written: String,
    /// The asset it resolved to.
    pub id: Option<AssetId>,
}

/// Company, asset and target names.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    companies: Vec<CompanyEntry>,
    assets: Vec<AssetEntry>,
    /// All company names, ASCII-case-insensitive, leftmost-longest; pattern i = companies[i].
    company_matcher: AhoCorasick,
    /// All asset names, case-sensitive, leftmost-longest; pattern i = assets[i].
    asset_matcher: AhoCorasick,
    /// Each asset name's folded key (`asset_key`) to its first entry, for codes written
    /// another way ("SHR1905" for "SHR-1905").
    asset_by_key: std::collections::HashMap<String, usize>,
}

impl Default for Gazetteer {
    fn default() -> Self {
        Gazetteer::new(&[], &[])
    }
}

fn matcher<'a>(names: impl Iterator<Item = &'a str>, case_insensitive: bool) -> AhoCorasick {
    AhoCorasick::builder()
        .ascii_case_insensitive(case_insensitive)
        .match_kind(MatchKind::LeftmostLongest)
        .build(names)
        .expect("name patterns are plain strings")
}

/// Molecular targets written in deal news, canonical spelling. Matched case-insensitively
/// as whole tokens; `/`, `x`, `×` join bispecific pairs.
pub const TARGETS: &[&str] = &[
    "PD-1",
    "PD-L1",
    "VEGF",
    "VEGF-A",
    "VEGFR2",
    "TROP2",
    "HER2",
    "HER3",
    "EGFR",
    "CLDN18.2",
    "GLP-1",
    "GLP-1R",
    "GIP",
    "GIPR",
    "GCGR",
    "amylin",
    "CD3",
    "CD19",
    "CD20",
    "CD22",
    "CD38",
    "CD47",
    "CD70",
    "CD123",
    "BCMA",
    "GPRC5D",
    "B7-H3",
    "B7-H4",
    "TSLP",
    "IL-4R",
    "IL-4Rα",
    "IL-13",
    "IL-17",
    "IL-17A",
    "IL-23",
    "IL-2",
    "IL-2R",
    "IL-15",
    "KRAS",
    "KRAS G12C",
    "KRAS G12D",
    "SHP2",
    "BTK",
    "PARP1",
    "PARP7",
    "CDH17",
    "c-Met",
    "MET",
    "DLL3",
    "Nectin-4",
    "TIGIT",
    "LAG-3",
    "4-1BB",
    "CTLA-4",
    "ROR1",
    "FGFR2",
    "FGFR3",
    "TMPRSS6",
    "Lp(a)",
    "PCSK9",
    "ANGPTL3",
    "APOC3",
    "ROCK2",
    "MASP-2",
    "C5",
    "FcRn",
    "TL1A",
    "OX40",
    "STAT6",
    "TYK2",
    "JAK1",
    "CDK4",
    "CDK2",
    "CDK7",
    "PI3Kα",
    "MTA",
    "PRMT5",
    "ADAM9",
    "GPC3",
    "MUC1",
    "MUC16",
    "FRα",
    "CEACAM5",
    "EpCAM",
    "PSMA",
    "SSTR2",
    "Menin",
    "BCL-2",
    "HPK1",
    "NLRP3",
    "Aβ",
    "tau",
    "APOE",
    "TfR1",
];

const COMPANY_SUFFIXES: &[&str] = &[
    "Therapeutics",
    "Pharmaceuticals",
    "Pharmaceutical",
    "Pharma",
    "Biosciences",
    "Bioscience",
    "Biologics",
    "Biotech",
    "Biotechnology",
    "Biotherapeutics",
    "Medicines",
    "Medicine",
    "Bio",
    "Biopharma",
    "Biopharmaceutical",
    "Biopharmaceuticals",
    "Oncology",
    "Labs",
    "Laboratories",
    "Holdings",
    "Group",
    "Inc.",
    "Inc",
    "Ltd.",
    "Ltd",
    "Limited",
    "Corporation",
    "Corp.",
    "AG",
    "SE",
    "plc",
    "Sciences",
    "Health",
    "Healthcare",
    "Therapeutic",
    "Genomics",
    "Immunotherapeutics",
    "Immunology",
    "Genetics",
    "Therapies",
    "Biotherapies",
    "Vaccines",
    "BioPharma",
    "Biomedical",
    "Biomedicine",
    "BioMed",
    "Biomed",
];

/// Mainland places that open Chinese company names in English ("Nantong Haimen Biologics").
const CHINESE_PLACES: &[&str] = &[
    "Shanghai",
    "Beijing",
    "Suzhou",
    "Hangzhou",
    "Shenzhen",
    "Jiangsu",
    "Sichuan",
    "Zhejiang",
    "Guangzhou",
    "Chengdu",
    "Nanjing",
    "Wuhan",
    "Tianjin",
    "Shenyang",
    "Shandong",
    "Hunan",
    "Hubei",
    "Guangdong",
    "Fujian",
    "Jiangxi",
    "Anhui",
    "Henan",
    "Hebei",
    "Yunnan",
    "Nantong",
    "Wuxi",
    "Xiamen",
    "Hefei",
    "Zhuhai",
    "Jinan",
    "Dalian",
    "Qingdao",
    "Changzhou",
    "Taizhou",
    "Ningbo",
    "Chongqing",
    "Kunming",
    "Changsha",
    "Lianyungang",
    "Zhengzhou",
    "Jiaxing",
    "Shijiazhuang",
    "Harbin",
    "Fuzhou",
    "Nanchang",
    "Guiyang",
    "Lanzhou",
    "Hainan",
    "Yantai",
    "Zibo",
    "Xi'an",
    "Shaanxi",
    "Shanxi",
    "Liaoning",
    "Jilin",
    "Guangxi",
    "Guizhou",
    "Foshan",
    "Dongguan",
    "Wenzhou",
    "Shaoxing",
    "Huzhou",
    "Yangzhou",
    "Zhenjiang",
    "Xuzhou",
    "Jinhua",
    "Haikou",
    "Sanya",
    "Baotou",
    "Hohhot",
    "Urumqi",
    "Nanning",
    "Xiangtan",
    "Luoyang",
    "Heilongjiang",
    "Gansu",
    "Qinghai",
    "Ningxia",
    "Xinjiang",
    "Quzhou",
    "Ganzhou",
    "Yichang",
    "Zhoushan",
    "Lishui",
    "Huai'an",
    "Yancheng",
    "Suqian",
    "Wuhu",
    "Bengbu",
    "Anqing",
    "Maanshan",
    "Chuzhou",
    "Liuzhou",
    "Guilin",
    "Beihai",
    "Zhanjiang",
    "Shantou",
    "Jiangmen",
    "Huizhou",
    "Zhongshan",
    "Shaoguan",
    "Meizhou",
    "Qingyuan",
    "Zhaoqing",
    "Yichun",
    "Jiujiang",
    "Shangrao",
    "Jingdezhen",
    "Quanzhou",
    "Zhangzhou",
    "Putian",
    "Sanming",
    "Longyan",
    "Ningde",
    "Nanping",
    "Weifang",
    "Linyi",
    "Jining",
    "Weihai",
    "Rizhao",
    "Dezhou",
    "Liaocheng",
    "Binzhou",
    "Heze",
    "Dongying",
    "Zaozhuang",
    "Kaifeng",
    "Xinxiang",
    "Anyang",
    "Nanyang",
    "Xuchang",
    "Zhoukou",
    "Zhumadian",
    "Pingdingshan",
    "Jiaozuo",
    "Xiangyang",
    "Jingzhou",
    "Shiyan",
    "Huangshi",
    "Xiaogan",
    "Jingmen",
    "Ezhou",
    "Huanggang",
    "Xianning",
    "Suizhou",
    "Zhuzhou",
    "Hengyang",
    "Yueyang",
    "Changde",
    "Chenzhou",
    "Yiyang",
    "Shaoyang",
    "Huaihua",
    "Mianyang",
    "Deyang",
    "Yibin",
    "Luzhou",
    "Nanchong",
    "Leshan",
    "Zigong",
    "Dazhou",
    "Suining",
    "Meishan",
    "Zunyi",
    "Anshun",
    "Qujing",
    "Yuxi",
    "Baoji",
    "Xianyang",
    "Weinan",
    "Hanzhong",
    "Tianshui",
    "Xining",
    "Yinchuan",
    "Taiyuan",
    "Datong",
    "Changzhi",
    "Linfen",
    "Baoding",
    "Tangshan",
    "Qinhuangdao",
    "Handan",
    "Xingtai",
    "Cangzhou",
    "Langfang",
    "Hengshui",
    "Anshan",
    "Fushun",
    "Dandong",
    "Jinzhou",
    "Yingkou",
    "Panjin",
    "Changchun",
    "Tonghua",
    "Daqing",
    "Qiqihar",
    "Mudanjiang",
    "Ordos",
    "Chifeng",
    "Kunshan",
    "Changshu",
    "Taicang",
    "Jiangyin",
    "Yixing",
    "Zhangjiagang",
    "Haimen",
    "Cixi",
    "Yiwu",
    "Haining",
    "Xiaoshan",
    "Yuhang",
    "Pudong",
    "Zhangjiang",
    "Taipei",
    "Hsinchu",
    "Taichung",
    "Tainan",
    "Kaohsiung",
];

/// Whether a word is a mainland place that opens company names ("Suzhou").
pub(crate) fn is_chinese_place(word: &str) -> bool {
    CHINESE_PLACES.contains(&word)
}

/// Whether a name the alias table does not know is likely a mainland Chinese company: it
/// opens with a Chinese place or is written in Chinese.
pub fn chinese_by_name(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    CHINESE_PLACES.contains(&first) || ZH_PLACES.iter().any(|p| name.starts_with(p))
}

/// The rest of a Chinese name after the mainland place that opens it ("苏州泓景生物" → "泓景生物").
pub(crate) fn starts_with_place(name: &str) -> Option<&str> {
    ZH_PLACES.iter().find_map(|p| name.strip_prefix(p))
}

/// Mainland places that open Chinese company names written in Chinese ("苏州泓景生物").
const ZH_PLACES: &[&str] = &[
    "上海",
    "北京",
    "苏州",
    "蘇州",
    "杭州",
    "深圳",
    "广州",
    "廣州",
    "南京",
    "成都",
    "武汉",
    "武漢",
    "天津",
    "重庆",
    "重慶",
    "青岛",
    "青島",
    "江苏",
    "江蘇",
    "浙江",
    "四川",
    "江西",
    "广东",
    "廣東",
    "山东",
    "山東",
    "湖南",
    "湖北",
    "河南",
    "河北",
    "安徽",
    "福建",
    "厦门",
    "廈門",
    "合肥",
    "无锡",
    "無錫",
    "西安",
    "长沙",
    "長沙",
    "郑州",
    "鄭州",
    "济南",
    "濟南",
    "大连",
    "大連",
    "沈阳",
    "瀋陽",
    "福州",
    "珠海",
    "南通",
    "常州",
    "泰州",
    "宁波",
    "寧波",
    "昆明",
    "海南",
    "云南",
    "雲南",
    "贵州",
    "貴州",
    "广西",
    "廣西",
    "吉林",
    "辽宁",
    "遼寧",
    "石家庄",
    "哈尔滨",
    "嘉兴",
    "連雲港",
    "连云港",
];

/// Company endings that are legal forms, which may follow a descriptive ending.
pub(crate) const LEGAL_FORMS: &[&str] = &[
    "Inc.",
    "Inc",
    "Ltd.",
    "Ltd",
    "Limited",
    "Corporation",
    "Corp.",
    "AG",
    "SE",
    "plc",
    "Co.",
    "Holdings",
    "Group",
    "LLC",
    "Company",
    "Pte",
    "GmbH",
    "S.A.",
    "N.V.",
    "K.K.",
];

/// Verbs of deal headlines written in title case, which end a company name walking back:
/// "Lanshan Grants Harrowgate Therapeutics …".
const HEADLINE_VERBS: &[&str] = &[
    "Grants",
    "Licenses",
    "In-Licenses",
    "Out-Licenses",
    "Acquires",
    "Buys",
    "Signs",
    "Enters",
    "Inks",
    "Strikes",
    "Partners",
    "Announces",
    "Pays",
    "Receives",
    "Gains",
    "Secures",
    "Lands",
    "Sells",
    "Agrees",
    "Joins",
    "Wins",
    "Taps",
    "Teams",
    "Forms",
    "Launches",
    "Completes",
    "Closes",
    "Bets",
    "Expands",
    "Unveils",
    "Nabs",
    "Snags",
    "Acquire",
    "License",
    "Buy",
    "Sign",
    "Enter",
    "Announce",
    "Pay",
    "Receive",
    "Grant",
    "Partner",
    "Acquiring",
    "Licensing",
    "About",
    "Announced",
    "Said",
    "Says",
    "Via",
    "Including",
    "Both",
    "As",
];

impl Gazetteer {
    /// A gazetteer of the given companies and assets.
    pub fn new(companies: &[Company], assets: &[Asset]) -> Self {
        let mut company_entries = Vec::new();
        let mut asset_entries = Vec::new();
        let first_words: Vec<&str> = companies
            .iter()
            .filter_map(|c| c.name_en.split_whitespace().next())
            .collect();
        for c in companies {
            if let Some(short) = derived_short_name(&c.name_en, &first_words) {
                let listed = c.aliases.iter().any(|a| a == &short);
                if !listed {
                    company_entries.push(CompanyEntry {
                        name: short,
                        id: c.id.clone(),
                        display: c.name_en.clone(),
                        country: c.country,
                        exact: true,
                    });
                }
            }
            let names = std::iter::once(c.name_en.as_str())
                .chain(c.name_zh.as_deref())
                .chain(c.aliases.iter().map(String::as_str));
            for name in names {
                // Aliases like "Calico (Alphabet subsidiary)" name the company by the part
                // before the bracket.
                let name = name.split(" (").next().unwrap_or(name).trim();
                if name.chars().count() >= 2 {
                    company_entries.push(CompanyEntry {
                        name: name.to_owned(),
                        id: c.id.clone(),
                        display: c.name_en.clone(),
                        country: c.country,
                        exact: false,
                    });
                }
            }
        }
        for a in assets {
            for name in a.names() {
                if name.len() >= 3 {
                    asset_entries.push(AssetEntry {
                        name: name.to_owned(),
                        id: a.id.clone(),
                    });
                }
            }
        }
        Gazetteer {
            company_matcher: matcher(
                company_entries
                    .iter()
                    .map(|e| crate::text::simplified(&e.name).into_owned())
                    .collect::<Vec<_>>()
                    .iter()
                    .map(String::as_str),
                true,
            ),
            asset_matcher: matcher(asset_entries.iter().map(|e| e.name.as_str()), false),
            asset_by_key: {
                let mut keys = std::collections::HashMap::new();
                for (k, e) in asset_entries.iter().enumerate() {
                    keys.entry(asset_key(&e.name)).or_insert(k);
                }
                keys
            },
            companies: company_entries,
            assets: asset_entries,
        }
    }

    /// Companies named in `text`, in order, not overlapping.
    pub fn companies(&self, text: &str) -> Vec<CompanyHit> {
        // Leftmost-longest: "Merck KGaA" wins over "Merck".
        let mut hits: Vec<CompanyHit> = Vec::new();
        // Names match in either script: both sides are read in simplified characters.
        let folded = crate::text::simplified(text);
        let mut names_another: std::collections::HashMap<usize, bool> = Default::default();
        for m in self.company_matcher.find_iter(folded.as_ref()) {
            let (start, end) = (m.start(), m.end());
            if !word_bounded(text, start, end) {
                continue;
            }
            let e = &self.companies[m.pattern().as_usize()];
            // A short name followed by another company word names another company, or the
            // same under a name the table does not list ("Qiantang Biopharma" for "Qiantang
            // Bio"): that is for the user to link, not for a guess.
            let another = |end: usize| {
                text[end..].strip_prefix(' ').is_some_and(|rest| {
                    let next = rest.split_whitespace().next().unwrap_or("");
                    COMPANY_SUFFIXES.contains(&next.trim_end_matches([',', '.', ';', ')']))
                })
            };
            if e.exact && text.get(start..end) != Some(e.name.as_str()) {
                continue;
            }
            // … and so is the document's own short name for it, wherever it stands (read
            // once per name).
            if e.exact
                && *names_another
                    .entry(m.pattern().as_usize())
                    .or_insert_with(|| {
                        text.match_indices(e.name.as_str()).any(|(p, w)| {
                            word_bounded(text, p, p + w.len()) && another(p + w.len())
                        })
                    })
            {
                continue;
            }
            hits.push(CompanyHit {
                span: Span { start, end },
                written: text[start..end].to_owned(),
                name: e.display.clone(),
                id: Some(e.id.clone()),
                country: e.country,
            });
        }
        // "SHAOXING YUNTAI BIOPHARMA CO., LTD." heading a filing is read as "Shaoxing Yuntai
        // Biopharma Co., Ltd." (same bytes, so the same spans).
        let titled = title_case_capital_lines(text);
        let mut found = unknown_companies(&titled);
        found.extend(arrow_line_companies(text));
        if text.bytes().any(|b| b >= 0xE4) {
            found.extend(unknown_companies_in_chinese(text));
        }
        // The hits so far are apart, so of those starting before `end` only the last can
        // reach past `start` (a line of thousands of names is read in one pass).
        let mut taken: std::collections::BTreeMap<usize, usize> =
            hits.iter().map(|h| (h.span.start, h.span.end)).collect();
        for (start, end) in found {
            let overlaps = taken
                .range(..end)
                .next_back()
                .is_some_and(|(_, &taken_end)| taken_end > start);
            if !overlaps {
                taken.insert(start, end);
                let written = text[start..end].to_owned();
                let name = titled[start..end].to_owned();
                let country = chinese_by_name(&written).then_some(CountryCode::CN);
                hits.push(CompanyHit {
                    span: Span { start, end },
                    name,
                    written,
                    id: None,
                    country,
                });
            }
        }
        hits.sort_by_key(|h| h.span.start);
        hits
    }

    /// Assets named in `text` (alias-table names and code-like tokens), in order.
    pub fn assets(&self, text: &str) -> Vec<AssetHit> {
        let mut hits: Vec<AssetHit> = Vec::new();
        for m in self.asset_matcher.find_iter(text) {
            let (start, end) = (m.start(), m.end());
            if word_bounded(text, start, end) {
                let e = &self.assets[m.pattern().as_usize()];
                hits.push(AssetHit {
                    span: Span { start, end },
                    written: text[start..end].to_owned(),
                    id: Some(e.id.clone()),
                });
            }
        }
        // The table's hits are in text order and apart, and so are the code tokens: one
        // sweep finds the hit a token could overlap (a long listing is read in one pass).
        let named = hits.len();
        let mut next = 0;
        for (start, end) in code_tokens(text) {
            while next < named && hits[next].span.end <= start {
                next += 1;
            }
            if next < named && hits[next].span.start < end {
                continue;
            }
            let written = &text[start..end];
            let id = self
                .asset_by_key
                .get(&asset_key(written))
                .map(|&k| self.assets[k].id.clone());
            hits.push(AssetHit {
                span: Span { start, end },
                written: written.to_owned(),
                id,
            });
        }
        hits.sort_by_key(|h| h.span.start);
        hits
    }

    /// The one table company whose English name starts with `word` ("Coherent" for
    /// "Coherent Biopharma"), for a place where only a company can stand (a deal heading's
    /// "Coherent -> MultiValent"); none when several companies share the word.
    pub fn company_by_first_word(&self, word: &str) -> Option<CompanyHit> {
        let mut found = self.companies.iter().filter(|e| {
            !e.exact
                && e.name == e.display
                && e.name.split_whitespace().nth(1).is_some()
                && e.name.split_whitespace().next() == Some(word)
        });
        let first = found.next()?;
        if found.any(|e| e.id != first.id) {
            return None;
        }
        Some(CompanyHit {
            span: Span { start: 0, end: 0 },
            written: word.to_owned(),
            name: first.display.clone(),
            id: Some(first.id.clone()),
            country: first.country,
        })
    }

    /// Whether two names refer to the same company.
    pub fn same_company(a: &CompanyHit, b: &CompanyHit) -> bool {
        match (&a.id, &b.id) {
            (Some(x), Some(y)) => x == y,
            _ => company_key(&a.name) == company_key(&b.name),
        }
    }
}

/// The text with every line written in capitals ("CLIMB BIO, INC.", "WATTLEFIELD SIGNS … WITH
/// HANGZHOU LINGBO PHARMACEUTICAL") in title case; ASCII only, so every byte keeps its place.
fn title_case_capital_lines(text: &str) -> std::borrow::Cow<'_, str> {
    let capital = |line: &str| {
        let letters = line.bytes().filter(u8::is_ascii_alphabetic).count();
        letters >= 6 && !line.bytes().any(|b| b.is_ascii_lowercase())
    };
    if !text.lines().any(capital) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if capital(line) {
            let mut word_start = true;
            for ch in line.chars() {
                out.push(if word_start {
                    ch
                } else {
                    ch.to_ascii_lowercase()
                });
                word_start = !ch.is_ascii_alphanumeric();
            }
        } else {
            out.push_str(line);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether `text[start..end]` is not glued to letters or digits on either side.
pub(crate) fn word_bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let ascii_word = |c: char| c.is_ascii_alphanumeric();
    before.is_none_or(|c| !ascii_word(c)) && after.is_none_or(|c| !ascii_word(c))
}

/// Company-name endings in Chinese.
pub(crate) const ZH_SUFFIXES: &[&str] = &[
    "生物", "医药", "醫藥", "药业", "藥業", "制药", "製藥", "生技", "集团", "集團", "药品", "藥品",
    "医疗", "醫療",
];

/// Characters that cannot be inside a company name written in Chinese: prepositions,
/// particles and verbs that stand before names ("与", "向", "授予", "的").
const ZH_NAME_STOPS: &[char] = &[
    '与', '與', '和', '及', '向', '由', '将', '將', '把', '从', '從', '自', '于', '於', '在', '的',
    '对', '對', '就', '为', '為', '是', '了', '、', '予', '给', '給', '称', '稱', '同', '即', '其',
    '该', '該', '此', '这', '這', '以', '并', '並', '而', '或', '等', '被', '获', '獲', '让', '得',
];

/// Further characters that end a short name walking back: nouns and adverbs that precede
/// one ("药企诺维尔制药", "德国凯斯勒制药", "今年已…").
const ZH_SHORT_NAME_STOPS: &[char] = &[
    '企', '司', '国', '國', '家', '后', '後', '前', '内', '內', '外', '至', '到', '已', '曾', '还',
    '還', '也', '都', '又', '再', '亦', '业', '業', '旗', '下', '方', '手', '款', '项', '項', '得',
    '入', '进', '進', '购', '購', '持', '有', '签', '簽', '付', '出', '引', '经', '經', '报', '報',
    '示', '指', '表', '称', '令', '使', '股', '较', '較', '位', '踪', '蹤',
];

/// Legal-form endings of full Chinese company names.
const ZH_LEGAL_ENDINGS: &[&str] = &[
    "有限公司",
    "有限責任公司",
    "有限责任公司",
    "股份公司",
    "株式会社",
    "株式會社",
];

/// Exchanges and clearing houses, named in every HKEX announcement's disclaimer.
const ZH_EXCHANGES: &[&str] = &["交易所", "結算所", "结算所"];

/// The start of a Chinese name ending at byte `end`: walking back over Chinese characters
/// (and the brackets of "迈威（上海）生物…") up to `max` of them, stopping before a
/// character that cannot be part of a name.
fn zh_name_start(text: &str, end: usize, max: usize, stops: &[&[char]]) -> usize {
    // "伯格曼-勒夫制药": a hyphen inside a transliterated name.
    let cjk = |c: char| crate::text::is_han(c) || matches!(c, '（' | '）' | '-' | '－' | '·');
    let mut start = end;
    let mut taken = 0;
    for (i, c) in text[..end].char_indices().rev() {
        if !cjk(c) || taken == max {
            break;
        }
        // A hyphen does not count towards the length.
        if !matches!(c, '-' | '－' | '·') {
            taken += 1;
        }
        if stops.iter().any(|s| s.contains(&c)) {
            // "。和泰制药日前披露": a name may open with 和 or 同 where a sentence starts (以 is
            // too often "以X为例").
            let opens_sentence = text[..i]
                .chars()
                .next_back()
                .is_none_or(|p| matches!(p, '。' | '！' | '？' | '\n' | '“' | '「'));
            if matches!(c, '和' | '同') && opens_sentence && start < end {
                start = i;
            }
            break;
        }
        start = i;
    }
    // "公司控股子公司无锡岚峰生物医药有限公司": the name starts after the relation.
    if let Some(p) = ["子公司", "附属公司"]
        .iter()
        .filter_map(|w| text[start..end].rfind(w).map(|p| p + w.len()))
        .max()
    {
        if start + p < end {
            start += p;
        }
    }
    // A bracket or a hyphen does not open a name, nor does "宣布" ("苏州泓景生物宣布…").
    loop {
        let rest = &text[start..end];
        if let Some(mark) = rest
            .chars()
            .next()
            .filter(|c| matches!(c, '（' | '）' | '－' | '·' | '-'))
        {
            // (By the mark's own length: "·" is two bytes, "（" three.)
            start += mark.len_utf8();
        } else if let Some(verb) = [
            "宣布",
            "宣佈",
            "公布",
            "公佈",
            "发布",
            "發布",
            "茲提述",
            "兹提述",
            "提述",
            "謹此",
            "谨此",
            "授权",
            "授權",
            "许可",
            "許可",
            "引进",
            "引進",
            "收购",
            "收購",
            "专访",
            "專訪",
            "采访",
            "採訪",
            "携手",
            "攜手",
            // "本月栖岩生物从…": a time before the subject.
            "本月",
            "本周",
            "本週",
            "今年",
            "去年",
            "近日",
            "日前",
            "同月",
            "此前",
            "随后",
            "隨後",
        ]
        .iter()
        .find(|v| rest.starts_with(*v))
        {
            start += verb.len();
        } else if rest.starts_with('指')
            && text[..start]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_whitespace() || c == '」')
        {
            // A definitions table: "「灝澄」　指灝澄生物科技有限公司".
            start += '指'.len_utf8();
        } else {
            break;
        }
    }
    start
}

/// Two-character stems that are words, not company names ("中国医药", "创新药业").
const ZH_NOT_STEMS: &[&str] = &[
    "中国", "中國", "创新", "創新", "全球", "国内", "國內", "跨国", "跨國", "本土", "海外", "相关",
    "相關", "大型", "头部", "頭部", "国产", "國產", "生物", "医药", "醫藥", "合成", "基因", "细胞",
    "細胞", "抗体", "抗體", "该公", "本公", "两家", "兩家", "多家", "各家", "这家", "這家", "美国",
    "美國", "日本", "欧洲", "歐洲", "韩国", "韓國", "瑞士", "英国", "英國", "德国", "德國", "法国",
    "法國", "丹麦", "丹麥", "印度", "跨境", "药企", "藥企", "上市", "早期", "中概", "上半", "下半",
    "全年", "今年", "去年", "本年", "明年", "食品",
    // "一位医药行业分析师", "几个仿制药品": a count of people or things.
    "一位", "一個", "一个", "几个", "幾個", "多个", "多個", "这个", "這個", "那个", "那個", "一家",
    "两个", "兩個",
];

/// Companies in Chinese text: English names glued to Chinese ("与Valdor Pharma签署"), and
/// Chinese short names, two characters and a company ending ("明川医药", "瑞康生技").
fn unknown_companies_in_chinese(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // English names: capitalised ASCII words separated by single spaces, bounded by
    // non-letters, ending in a company suffix.
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_uppercase() && (i == 0 || !bytes[i - 1].is_ascii_alphabetic()) {
            let start = i;
            let mut words: Vec<(usize, usize)> = Vec::new();
            let mut j = i;
            loop {
                let ws = j;
                while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'-') {
                    j += 1;
                }
                words.push((ws, j));
                if j + 1 < bytes.len() && bytes[j] == b' ' && bytes[j + 1].is_ascii_uppercase() {
                    j += 1;
                } else {
                    break;
                }
            }
            if let Some(last) = words
                .iter()
                .rposition(|&(a, b)| COMPANY_SUFFIXES.contains(&&text[a..b]))
            {
                if last > 0 {
                    out.push((start, words[last].1));
                }
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    // Full legal names: "江苏云帆生物科技有限公司", "迈威（上海）生物科技股份有限公司".
    for ending in ZH_LEGAL_ENDINGS {
        for (p, _) in text.match_indices(ending) {
            let mut start = zh_name_start(text, p, 18, &[ZH_NAME_STOPS]);
            // "与日本大和田製藥株式會社": a Japanese name runs back to the country, whatever
            // characters it holds.
            if ending.starts_with("株式") {
                let from = crate::text::floor_boundary(text, p.saturating_sub(30));
                if let Some(k) = text[from..p].rfind("日本") {
                    start = from + k + "日本".len();
                }
            }
            // "创业板公司常州泓叙医药股份有限公司": what the company is comes before its name.
            if let Some(k) = text[start..p].rfind("公司") {
                start += k + "公司".len();
            }
            // "澜汀药业：指浙江澜汀药业股份有限公司": a definition's "指" is not the name's.
            if text[start..].starts_with('指') && text[..start].ends_with(['：', ':']) {
                start += '指'.len_utf8();
            }
            let stem = &text[start..p];
            if stem.chars().count() >= 2
                && !ZH_NOT_STEMS.iter().any(|w| stem.starts_with(w))
                && !ZH_EXCHANGES.iter().any(|w| stem.contains(w))
            {
                out.push((start, p + ending.len()));
            }
        }
    }
    // Short names: a stem of two to five characters and a company ending ("瑞康生技",
    // "上海曜石生物", "韦斯特里亚制药"); two characters when the walk finds no clean stem.
    for suffix in ZH_SUFFIXES {
        for (p, _) in text.match_indices(suffix) {
            // "临床阶段生物技术公司Halverd", "德国慕尼黑生物技术公司": a kind of company, not a name.
            // "仿制药" (generic drugs) is no company either.
            if ["技术公司", "技術公司", "科技公司", "技术企业", "技術企業"]
                .iter()
                .any(|w| text[p + suffix.len()..].starts_with(w))
                || text[..p].ends_with('仿')
            {
                continue;
            }
            let mut start = zh_name_start(text, p, 5, &[ZH_NAME_STOPS, ZH_SHORT_NAME_STOPS]);
            // "瑞士阿尔布伦制药": a country before a long stem is not the stem's start.
            let wide = zh_name_start(text, p, 7, &[ZH_NAME_STOPS, ZH_SHORT_NAME_STOPS]);
            if let Some(country) = ZH_COUNTRIES.iter().find(|c| text[wide..p].starts_with(**c)) {
                if text[wide + country.len()..p].chars().count() >= 2 {
                    start = wide + country.len();
                }
            }
            // "这也并非蘅芷生物首次出海": "is not" before a name is not part of it.
            if text[start..].starts_with('非')
                && text[..start].ends_with(['并', '並', '而', '即', '绝', '絕'])
            {
                start += '非'.len_utf8();
            }
            let stem = &text[start..p];
            let len = stem.chars().count();
            if len >= 2
                && !ZH_NOT_STEMS.iter().any(|w| stem.starts_with(w))
                && !stem.contains(['（', '）'])
                // "了解本集团": the company speaking of itself.
                && !stem.ends_with('本')
            {
                out.push((start, p + suffix.len()));
                continue;
            }
            let stem_start = text[..p].char_indices().rev().nth(1).map(|(k, _)| k);
            let Some(stem_start) = stem_start else {
                continue;
            };
            let stem = &text[stem_start..p];
            let chinese = stem.chars().all(crate::text::is_han);
            // "将令本集团…": the company speaking of itself, not a name.
            if stem.ends_with('本') {
                continue;
            }
            if chinese
                && stem.chars().count() == 2
                && !ZH_NOT_STEMS.contains(&stem)
                && !stem.contains(ZH_NAME_STOPS)
            {
                out.push((stem_start, p + suffix.len()));
            }
        }
    }
    out.extend(counterparties_in_chinese(text));
    out.extend(foreign_single_names_in_chinese(text));
    // At one start the longest name first, so that it is the one kept.
    out.sort_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
    out.dedup();
    out
}

/// Counterparties named by the sentence pattern rather than a company ending: "与阿斯利康就…",
/// "与再生元签署…", "向辉瑞支付…" — two to six Chinese characters between the preposition and
/// the verb.
fn counterparties_in_chinese(text: &str) -> Vec<(usize, usize)> {
    const PATTERNS: &[(&str, &[&str])] = &[
        (
            "与",
            &[
                "就", "签署", "签订", "签下", "达成", "订立", "簽署", "簽訂", "達成", "訂立",
                "合作",
            ],
        ),
        ("與", &["就", "簽署", "簽訂", "達成", "訂立", "合作"]),
        ("向", &["支付"]),
        // "授予印度格伦马克旗下子公司", "授予布伦纳制药。"
        (
            "授予",
            &["旗下", "的", "一款", "一项", "在", "于", "於", "并", "並"],
        ),
        ("授予", &["旗下", "的", "一款", "一項", "在", "於", "並"]),
    ];
    let cjk = crate::text::is_han;
    let mut out = Vec::new();
    for (prep, verbs) in PATTERNS {
        for (p, _) in text.match_indices(prep) {
            let start = p + prep.len();
            // Up to six characters of name, and a country before it.
            let run_end = text[start..]
                .char_indices()
                .take(9)
                .find(|(_, c)| !cjk(*c))
                .map_or_else(
                    || {
                        text[start..]
                            .char_indices()
                            .nth(9)
                            .map_or(text.len() - start, |(i, _)| i)
                    },
                    |(i, _)| i,
                );
            let run = &text[start..start + run_end];
            // The shortest stem followed by a verb; after "授予" the run may simply end at
            // punctuation ("授予布伦纳制药。").
            let ends_at_punctuation = *prep == "授予"
                && run_end < 9 * 3
                && text[start + run_end..].starts_with(['，', '。', '；', '（', '(', ',']);
            let Some(name_len) = verbs
                .iter()
                .filter_map(|v| run.find(v))
                .min()
                .or(ends_at_punctuation.then_some(run.len()))
            else {
                continue;
            };
            // A country before the name is not part of it: "授予印度格伦马克".
            let country = ZH_COUNTRIES
                .iter()
                .find(|c| run[..name_len].starts_with(*c))
                .map_or(0, |c| c.len());
            let start = start + country;
            let mut name_len = name_len - country;
            // "向三生方面支付": the company's side is the company.
            for side in ["方面", "一方"] {
                if text[start..start + name_len].ends_with(side) {
                    name_len -= side.len();
                }
            }
            let name = &text[start..start + name_len];
            let chars = name.chars().count();
            let function_words = [
                "的",
                "在",
                "以",
                "等",
                "及",
                "和",
                "该",
                "本",
                "其",
                "公司",
                "双方",
                "各方",
                "成立",
                "后者",
                "後者",
                "前者",
                "对方",
                "對方",
                "伙伴",
                "夥伴",
                "旗下",
                "一家",
                "甲方",
                "乙方",
                "丙方",
                "授权方",
                "授權方",
                "许可方",
                "許可方",
                "合作方",
            ];
            // "授予快速通道資格": a designation, not a company.
            let designation = ["资格", "資格", "认定", "認定", "称号", "稱號", "地位"]
                .iter()
                .any(|w| name.ends_with(w));
            if (2..=6).contains(&chars)
                && !designation
                && !ZH_NOT_STEMS.iter().any(|w| name.starts_with(w))
                && !function_words.iter().any(|w| name.contains(w))
            {
                out.push((start, start + name_len));
            }
        }
    }
    out
}

/// Countries written before a foreign company's name in Chinese ("瑞士Aurenz", "德国凯斯勒制药").
pub(crate) const ZH_COUNTRIES: &[&str] = &[
    "美国",
    "美國",
    "瑞士",
    "德国",
    "德國",
    "日本",
    "英国",
    "英國",
    "法国",
    "法國",
    "韩国",
    "韓國",
    "丹麦",
    "丹麥",
    "瑞典",
    "印度",
    "比利时",
    "比利時",
    "荷兰",
    "荷蘭",
    "意大利",
    "西班牙",
    "加拿大",
    "澳大利亚",
    "澳洲",
    "以色列",
    "爱尔兰",
    "愛爾蘭",
    "新加坡",
];

/// One-word foreign names in Chinese text, recognised by what stands before them: a
/// country ("授予瑞士Aurenz一款…") or a digest's "×" ("深圳科岚医药 × Aurenz").
fn foreign_single_names_in_chinese(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    for i in 0..bytes.len() {
        if !bytes[i].is_ascii_uppercase() || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
            continue;
        }
        let before = text[..i].trim_end_matches(' ');
        let cue = ZH_COUNTRIES.iter().any(|c| before.ends_with(c))
            || before.ends_with('×')
            || before.ends_with("授予");
        if !cue {
            continue;
        }
        let mut j = i + 1;
        while j < bytes.len() && bytes[j].is_ascii_alphabetic() {
            j += 1;
        }
        // A word, not an acronym or a code: "Aurenz", not "FDA" or "ADC".
        let word = &text[i..j];
        let lower_rest = word[1..].chars().any(|c| c.is_ascii_lowercase());
        let glued_digit = bytes
            .get(j)
            .is_some_and(|b| b.is_ascii_digit() || *b == b'-');
        if word.len() >= 3 && lower_rest && !glued_digit {
            out.push((i, j));
        }
    }
    out
}

/// "Lumora Therapeutics", "Shanghai Argo Biopharmaceutical Co., Ltd.": one to four
/// capitalised words followed by a company suffix word.
/// The two sides of a digest line that points from one company to another ("Ardmoor <-
/// Lianyungang Beigu (announced Jan 6).", "Hefei Chaohu -> Brevant:"): capitalised words,
/// one to four a side, at the start of a line.
fn arrow_line_companies(text: &str) -> Vec<(usize, usize)> {
    const ARROWS: [&str; 4] = [" <- ", " -> ", " ← ", " → "];
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let Some((p, arrow)) = ARROWS
            .iter()
            .filter_map(|a| line.find(a).map(|p| (p, a.len())))
            .min()
        else {
            continue;
        };
        // The left side: the whole line up to the arrow, after a bullet or a number.
        let left = line[..p].trim_start_matches(|c: char| {
            c.is_whitespace() || c.is_ascii_digit() || matches!(c, '-' | '•' | '*' | '.' | ')')
        });
        let left_start = start + p - left.len();
        // The right side: up to a bracket, a colon, a comma, a dash or the line's end.
        let rest = &line[p + arrow..];
        let right_len = [" (", ":", ",", "\n", ";", " – ", " - "]
            .iter()
            .filter_map(|e| rest.find(e))
            .min()
            .unwrap_or(rest.len());
        let right = rest[..right_len].trim_end().trim_end_matches('.');
        let right_start = start + p + arrow;
        let name_like = |side: &str| {
            let words: Vec<&str> = side.split(' ').collect();
            (1..=4).contains(&words.len())
                && words.iter().all(|w| {
                    w.starts_with(|c: char| c.is_ascii_uppercase())
                        && w.chars()
                            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '&' | '.'))
                })
        };
        if name_like(left) && name_like(right) {
            out.push((left_start, left_start + left.len()));
            out.push((right_start, right_start + right.len()));
        }
    }
    out
}

fn unknown_companies(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let words: Vec<(usize, usize)> = text
        .split_ascii_whitespace()
        .map(|w| {
            let start = w.as_ptr() as usize - text.as_ptr() as usize;
            (start, start + w.len())
        })
        .collect();
    fn clean(s: &str) -> &str {
        s.trim_end_matches([',', ';', ':', ')', ']', '"', '”', '’'])
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            // "Xuanming Biosciences' antibody": a plural's possessive.
            .trim_end_matches(['\'', '’'])
    }
    for (k, &(ws, we)) in words.iter().enumerate() {
        let mut word = clean(&text[ws..we]);
        // "… from Shenzhen Arclight Biopharma." — a sentence-final period is not part of
        // the name (but "Inc." keeps its own).
        if !COMPANY_SUFFIXES.contains(&word) {
            word = word.trim_end_matches('.');
        }
        if k == 0 || !COMPANY_SUFFIXES.contains(&word) {
            continue;
        }
        // Walk back over capitalised words.
        let mut first = k;
        // (A place in brackets does not count towards the four words.)
        let mut places = 0;
        while first > 0 && k - first < 4 + places {
            let (ps, pe) = words[first - 1];
            let prev = &text[ps..pe];
            // A name does not run across a line break, nor include "Hangzhou-based".
            // ("Hong Kong-listed", "SINGAPORE-headquartered" describe the company too.)
            if text[pe..words[first].0].contains('\n')
                || prev.ends_with("-based")
                || prev.ends_with("-listed")
                || prev.ends_with("-headquartered")
                || prev.ends_with("-registered")
                || prev.ends_with("'s")
                || prev.ends_with("’s")
            {
                break;
            }
            // ("Mabwell (Shanghai) Bioscience Co., Ltd.": a place in brackets is in the name.)
            let bracketed_place = prev.starts_with('(')
                && prev.ends_with(')')
                && prev[1..].starts_with(|c: char| c.is_ascii_uppercase());
            if bracketed_place && places == 0 && first < k {
                places = 1;
                first -= 1;
                continue;
            }
            if prev.ends_with([',', ';', ':', '.', ')'])
                && !prev.ends_with("Co.")
                && !bracketed_place
            {
                break;
            }
            // Chinese text has no spaces: a "word" holding Chinese characters is a run of
            // Chinese text, not part of a Latin name.
            if prev.chars().any(|c| c as u32 > 0x24F) {
                break;
            }
            let starts_upper = prev
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
            // "In 2024 Cobaltine Bio licensed …": a year and a preposition open no name.
            if !starts_upper
                || prev.bytes().all(|b| b.is_ascii_digit())
                || [
                    "The",
                    "A",
                    "An",
                    "With",
                    "And",
                    "Under",
                    "By",
                    "From",
                    "To",
                    "Between",
                    "In",
                    "On",
                    "At",
                    "For",
                    "Of",
                    "As",
                    "Since",
                    "After",
                    "Before",
                    "When",
                    "While",
                    "Last",
                    "This",
                    "That",
                    "Then",
                    "Also",
                    "Today",
                    "Yesterday",
                    "Separately",
                    "Meanwhile",
                    "Earlier",
                    "Later",
                    "Now",
                    "SOURCE",
                    "Source",
                    "Contact",
                    "About",
                    "Why",
                    "How",
                    "What",
                    "NewCo",
                    "Newco",
                ]
                .contains(&prev)
                || HEADLINE_VERBS.contains(&prev)
            {
                break;
            }
            // "Lanshan Biotherapeutics Grants Harrowgate Therapeutics": a descriptive ending
            // closes the name before it; only a legal form may follow one ("Bio Inc.").
            let current = clean(&text[words[first].0..words[first].1]);
            if COMPANY_SUFFIXES.contains(&clean(prev).trim_end_matches('.'))
                && !LEGAL_FORMS.contains(&current)
            {
                break;
            }
            first -= 1;
        }
        if first == k {
            continue;
        }
        // "Hong Kong Healthcare", "China Biotech": a place and a sector, not a company.
        let places_only = words[first..k].iter().all(|&(a, b)| {
            matches!(
                clean(&text[a..b]),
                "Hong"
                    | "Kong"
                    | "China"
                    | "Chinese"
                    | "Greater"
                    | "Asia"
                    | "Asian"
                    | "Global"
                    | "US"
                    | "U.S."
                    | "European"
                    | "Europe"
                    | "Japan"
                    | "Japanese"
                    | "Korea"
                    | "Korean"
                    | "Mainland"
                    | "A-share"
                    | "H-share"
            )
        });
        if places_only {
            continue;
        }
        // "Harborlight Healthcare Conference", "Senior Biotechnology Analyst": an event or a
        // job title, not a company.
        let next = words
            .get(k + 1)
            .map(|&(a, b)| clean(&text[a..b]))
            .unwrap_or("");
        if matches!(
            next,
            "Conference" | "Summit" | "Forum" | "Symposium" | "Analyst" | "Analysts" | "Index"
        ) || matches!(
            clean(&text[words[first].0..words[first].1]),
            "Senior" | "Chief" | "Head" | "Lead" | "Principal"
        ) {
            continue;
        }
        let mut start = words[first].0;
        // A wire dateline runs into the name: "October 13, 2026--Ganzhou Tongtian Bio".
        let opening = &text[start..words[first].1];
        if let Some((p, dash)) = ["--", "—", "–"]
            .iter()
            .filter_map(|d| opening.rfind(d).map(|p| (p, d.len())))
            .max()
        {
            start += p + dash;
        }
        let end = ws + word.len();
        if start < end {
            out.push((start, end));
        }
    }
    // "Farmaceutici Bellosguardo", "Laboratorios Ferrer": the company word comes first.
    for (k, &(ws, we)) in words.iter().enumerate() {
        if !matches!(
            clean(&text[ws..we]),
            "Farmaceutici" | "Laboratorios" | "Laboratoires" | "Laboratori" | "Laboratórios"
        ) {
            continue;
        }
        if let Some(&(ns, ne)) = words.get(k + 1) {
            let next = clean(&text[ns..ne]);
            if next.chars().next().is_some_and(char::is_uppercase) && !text[we..ns].contains('\n') {
                out.push((ws, ns + next.len()));
            }
        }
    }
    // "Hansoh Pharmaceutical" inside "Hansoh Pharmaceutical Group Company Limited": keep the
    // longest name.
    out.retain(not_inside_another(&out));
    out
}

/// A test keeping the spans of `spans` that no other, different span of it contains: one
/// sort and one sweep, not every span against every other.
fn not_inside_another(spans: &[(usize, usize)]) -> impl Fn(&(usize, usize)) -> bool + use<> {
    // By start, the longest first: every span before one starts no later, and those of
    // the same start end later.
    let mut sorted = spans.to_vec();
    sorted.sort_unstable_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
    sorted.dedup();
    let mut inside = std::collections::HashSet::new();
    let mut reach: Option<usize> = None;
    for &(s, e) in &sorted {
        if reach.is_some_and(|r| r >= e) {
            inside.insert((s, e));
        }
        reach = Some(reach.map_or(e, |r| r.max(e)));
    }
    move |span| !inside.contains(span)
}

/// Code-like tokens that name drug candidates: letters then digits, with an optional
/// hyphen (`AK112`, `SKB264`, `HRS-5346`, `BL-B01D1`, `SHR-A1811`, `MK-2870`, `PF-08634404`).
/// Targets (`PD-1`, `GLP-1`, `B7-H3`, `CD3`) and tickers are not codes.
fn code_tokens(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_uppercase()
            || (i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'-'))
        {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i;
        while j < bytes.len()
            && (bytes[j].is_ascii_alphanumeric()
                || (bytes[j] == b'-'
                    && j + 1 < bytes.len()
                    && bytes[j + 1].is_ascii_alphanumeric()))
        {
            j += 1;
        }
        // "CLDN18.2": a decimal part belongs to the token (and makes it a target).
        while j + 1 < bytes.len() && bytes[j] == b'.' && bytes[j + 1].is_ascii_digit() {
            j += 1;
            while j < bytes.len() && bytes[j].is_ascii_alphanumeric() {
                j += 1;
            }
        }
        let token = &text[start..j];
        i = j.max(i + 1);
        // Record ids such as "CNOUT-2025-056" or "NCT-2024-001" carry a year group.
        let year_group = token.split('-').skip(1).any(|g| {
            g.len() == 4
                && (g.starts_with("19") || g.starts_with("20"))
                && g.bytes().all(|b| b.is_ascii_digit())
        });
        if year_group || token.contains('.') {
            continue;
        }
        let letters_first = token.bytes().take_while(u8::is_ascii_uppercase).count();
        let digits = token.bytes().filter(u8::is_ascii_digit).count();
        if !(1..=5).contains(&letters_first) || digits < 2 || token.len() > 16 {
            continue;
        }
        if TARGETS.iter().any(|t| t.eq_ignore_ascii_case(token)) {
            continue;
        }
        // Years, tickers and phases: "Q3", "H1", "FY2025", "NCT05566444" (trial ids are
        // not assets).
        if token.starts_with("NCT") || token.starts_with("CTR") || token.starts_with("FY") {
            continue;
        }
        if is_glued_amount(token) {
            continue;
        }
        out.push((start, j));
    }
    out
}

/// "RMB143m", "USD110", "HKD95bn": a currency code glued to an amount, not a drug's code.
fn is_glued_amount(token: &str) -> bool {
    const CODES: [&str; 9] = [
        "USD", "RMB", "CNY", "HKD", "EUR", "GBP", "JPY", "CHF", "KRW",
    ];
    CODES.iter().any(|code| {
        token.strip_prefix(code).is_some_and(|rest| {
            let scale = rest.trim_start_matches(|c: char| c.is_ascii_digit());
            scale.len() < rest.len()
                && matches!(
                    scale,
                    "" | "m" | "mn" | "M" | "MM" | "b" | "bn" | "B" | "k" | "K"
                )
        })
    })
}

/// Targets named in `text`, canonical spelling, in order of first appearance.
pub fn targets(text: &str) -> Vec<(String, Span)> {
    /// Every target's spelling, lower-cased, in `TARGETS` order: one pass over the text.
    static AUTOMATON: std::sync::LazyLock<aho_corasick::AhoCorasick> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::new(TARGETS.iter().map(|t| t.to_ascii_lowercase()))
                .expect("plain words")
        });
    let mut out: Vec<(String, Span)> = Vec::new();
    let lower = text.to_ascii_lowercase();
    // Each target's places, in `TARGETS` order and then in text order.
    let mut found: Vec<(usize, usize, usize)> = AUTOMATON
        .find_overlapping_iter(&lower)
        .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
        .collect();
    found.sort_unstable();
    // A target's first place that stands alone and that no target before it took (read
    // without overlapping itself, as a left-to-right search does).
    let mut k = 0;
    while k < found.len() {
        let target = found[k].0;
        let mut from = 0;
        let mut taken = false;
        while k < found.len() && found[k].0 == target {
            let (_, start, end) = found[k];
            k += 1;
            if taken || start < from {
                continue;
            }
            from = end;
            let before = lower[..start].chars().next_back();
            let after = lower[end..].chars().next();
            let bounded = before.is_none_or(|c| !c.is_ascii_alphanumeric() && c != '-')
                && after.is_none_or(|c| !c.is_ascii_alphanumeric() && c != '-' && c != '.');
            if bounded && !out.iter().any(|(_, s)| s.start < end && start < s.end) {
                out.push((TARGETS[target].to_owned(), Span { start, end }));
                taken = true;
            }
        }
    }
    out.sort_by_key(|(_, s)| s.start);
    // Longer spellings win over the shorter ones they contain ("VEGF-A" over "VEGF").
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of each span.
    fn written(text: &str, spans: Vec<(usize, usize)>) -> Vec<&str> {
        spans.into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn a_span_inside_another_is_dropped_and_equal_spans_both_stay() {
        let spans = [
            (10, 20),
            (0, 30), // holds (10, 20) and (12, 18)
            (12, 18),
            (25, 40), // overlaps (0, 30) without being inside it
            (40, 50),
            (40, 50), // the same span twice is not "another"
            (40, 45), // same start, shorter
            (60, 70),
        ];
        let keep = not_inside_another(&spans);
        let kept: Vec<_> = spans.iter().copied().filter(|s| keep(s)).collect();
        assert_eq!(kept, [(0, 30), (25, 40), (40, 50), (40, 50), (60, 70)]);
    }

    #[test]
    fn a_line_of_many_unknown_names_keeps_each_once() {
        let text: String = (0..3000)
            .map(|i| format!("Firm{i} Holdings Inc. paid Partner{i} Ltd. "))
            .collect();
        let hits = Gazetteer::default().companies(&text);
        assert_eq!(hits.len(), 6000);
        assert!(hits.windows(2).all(|w| w[0].span.end <= w[1].span.start));
        assert_eq!(hits[4001].written, "Partner2000 Ltd.");
    }

    #[test]
    fn chinese_counterparties_by_the_sentence_pattern() {
        let text = "石药集团宣布与阿斯利康就减重管线达成独家许可协议，阿斯利康将向石药集团支付首付款；公司与该公司就此签署协议。";
        let names: Vec<&str> = written(text, counterparties_in_chinese(text));
        assert_eq!(names, ["阿斯利康", "石药集团"], "not \"该公司\"");
        let text = "按照协议，辉瑞将向三生方面支付12.5亿美元的首付款。";
        let names: Vec<&str> = written(text, counterparties_in_chinese(text));
        assert_eq!(names, ["三生"], "a company's side is the company");
    }

    #[test]
    fn a_table_name_goes_by_its_distinctive_first_word() {
        let company = |id: &str, name: &str| {
            dealscope_core::Company::new(dealscope_core::CompanyId::new(id).unwrap(), name)
        };
        let g = Gazetteer::new(
            &[
                company("scineuro", "SciNeuro Pharmaceuticals"),
                company("summit", "Summit Therapeutics"),
                company("henlius", "Shanghai Henlius Biotech"),
            ],
            &[],
        );
        let found = |text: &str| -> Vec<String> {
            g.companies(text)
                .into_iter()
                .filter(|h| h.id.is_some())
                .map(|h| h.name)
                .collect()
        };
        assert_eq!(
            found("SciNeuro宣布与诺华达成许可协议"),
            ["SciNeuro Pharmaceuticals"]
        );
        assert!(found("a scineuro platform").is_empty(), "as written only");
        assert!(found("Summit said so").is_empty(), "a word of the language");
        assert!(found("Shanghai said so").is_empty(), "a place");
        assert_eq!(
            found("Henlius will be paid."),
            ["Shanghai Henlius Biotech"],
            "the word after a place"
        );
        assert!(
            found("SciNeuro Biotech said so. SciNeuro will be paid.").is_empty(),
            "another name for the user to link, and its short name"
        );
    }

    #[test]
    fn chinese_names_run_to_their_own_start() {
        let names = |text: &'static str| -> Vec<&'static str> {
            written(text, unknown_companies_in_chinese(text))
        };
        assert!(
            names("晟昕生技与日本大和田製藥株式會社簽署授權合約").contains(&"大和田製藥株式會社")
        );
        assert!(
            names("甲方、公司：指浙江澜汀药业股份有限公司").contains(&"浙江澜汀药业股份有限公司")
        );
        assert!(
            !names("所得款项将令本集团的现金增加")
                .iter()
                .any(|n| n.contains('本'))
        );
        assert!(
            !names("以便投资者了解本集團的最新进展")
                .iter()
                .any(|n| n.contains('本'))
        );
        assert!(
            names("3月11日晚间，创业板公司常州泓叙医药股份有限公司公告")
                .contains(&"常州泓叙医药股份有限公司")
        );
    }

    #[test]
    fn a_middle_dot_before_a_name_is_stepped_over_by_its_own_length() {
        // "·" is two bytes: stepping over it as if it were "（" cut a character (a panic).
        let text = "财经·医药公司宣布首付款1亿美元。";
        let found = written(text, unknown_companies_in_chinese(text));
        assert!(found.iter().all(|n| !n.starts_with('·')), "{found:?}");
        let read = crate::extract(text, &Gazetteer::default());
        assert_eq!(read.mentions.len(), 1);
    }

    #[test]
    fn a_code_written_another_way_resolves_to_its_table_entry() {
        // The table lists ivonescimab under "AK112".
        let g = crate::catalysts::tests::gazetteer();
        let hits = g.assets("Data for AK-112 and for QX-904 were shown.");
        let ids: Vec<Option<String>> = hits
            .iter()
            .map(|h| h.id.as_ref().map(|i| i.to_string()))
            .collect();
        assert_eq!(ids, [Some("ivonescimab".to_owned()), None]);
    }

    #[test]
    fn codes_but_not_targets() {
        let text = "AK112 (ivonescimab), a PD-1/VEGF bispecific, and HRS-5346, BL-B01D1, SHR-A1811 and GLP-1 or B7-H3; NCT05566444 in Q3, booked as RMB143m and USD110 or EUR95mn.";
        let codes: Vec<&str> = written(text, code_tokens(text));
        assert_eq!(codes, ["AK112", "HRS-5346", "BL-B01D1", "SHR-A1811"]);
        let t: Vec<String> = targets(text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(t, ["PD-1", "VEGF", "GLP-1", "B7-H3"]);
    }

    #[test]
    fn chinese_short_names_leave_out_a_country_and_a_negation() {
        let names = |text: &'static str| -> Vec<&'static str> {
            written(text, unknown_companies_in_chinese(text))
        };
        let swiss = names("公司与瑞士格朗德维制药签下合作。");
        assert!(swiss.contains(&"格朗德维制药"), "{swiss:?}");
        assert!(names("这也并非岚川生物首次出海。").contains(&"岚川生物"));
    }

    #[test]
    fn english_names_keep_a_bracketed_place_and_drop_a_descriptor() {
        let names =
            |text: &'static str| -> Vec<&'static str> { written(text, unknown_companies(text)) };
        assert_eq!(
            names("The parties are Qinglan (Suzhou) Bioscience Co. Ltd. and Harwick Bio."),
            ["Qinglan (Suzhou) Bioscience Co. Ltd.", "Harwick Bio"]
        );
        assert_eq!(
            names(
                "Hong Kong-listed Suzhou Wenlan Biopharma licensed it to SINGAPORE-headquartered Tampines Biotherapeutics."
            ),
            ["Suzhou Wenlan Biopharma", "Tampines Biotherapeutics"]
        );
    }

    #[test]
    fn unknown_company_names_by_suffix() {
        let text = "Lumora Therapeutics entered into an agreement with Shanghai Qiantang Biopharma, the company said.";
        let names: Vec<&str> = written(text, unknown_companies(text));
        assert_eq!(
            names,
            ["Lumora Therapeutics", "Shanghai Qiantang Biopharma"]
        );
        let italian = "Shenzhen Lixin Pharma → Farmaceutici Bellosguardo: EUR deal";
        let names: Vec<&str> = written(italian, unknown_companies(italian));
        assert_eq!(
            names,
            ["Shenzhen Lixin Pharma", "Farmaceutici Bellosguardo"]
        );
        let digest = "- Dunmore <- Xuchang Fengling (announced Jan 15). Dunmore pays $18 million.\nHefei Chaohu -> Brevant: option";
        let names: Vec<&str> = written(digest, arrow_line_companies(digest));
        assert_eq!(
            names,
            ["Dunmore", "Xuchang Fengling", "Hefei Chaohu", "Brevant"]
        );
        // A sentence with an arrow in it is no digest line.
        assert!(arrow_line_companies("Sales rose -> we think the market is up.").is_empty());
        let year = "In 2024 Cobaltine Bio licensed QT-9. Today Cobaltine Bio signed.";
        let names: Vec<&str> = written(year, unknown_companies(year));
        assert_eq!(names, ["Cobaltine Bio", "Cobaltine Bio"]);
        let possessive = "We licensed QT-12, Shanghai Qiantang Biosciences' lead antibody.";
        let names: Vec<&str> = written(possessive, unknown_companies(possessive));
        assert_eq!(names, ["Shanghai Qiantang Biosciences"]);
        let headline = "Lanshan Biotherapeutics Grants Harrowgate Therapeutics Ex-China Rights";
        let names: Vec<&str> = written(headline, unknown_companies(headline));
        assert_eq!(
            names,
            ["Lanshan Biotherapeutics", "Harrowgate Therapeutics"]
        );
    }

    #[test]
    fn names_in_capital_lines() {
        let text = "SHAOXING YUNTAI BIOPHARMA CO., LTD.\nWATTLEFIELD SIGNS LICENCE WITH HANGZHOU LINGBO PHARMACEUTICAL\nShaoxing Yuntai Biopharma granted rights.";
        let hits = Gazetteer::default().companies(text);
        let names: Vec<(&str, &str)> = hits
            .iter()
            .map(|h| (h.written.as_str(), h.name.as_str()))
            .collect();
        assert!(
            names.contains(&("SHAOXING YUNTAI BIOPHARMA", "Shaoxing Yuntai Biopharma")),
            "{names:?}"
        );
        assert!(
            names.contains(&(
                "HANGZHOU LINGBO PHARMACEUTICAL",
                "Hangzhou Lingbo Pharmaceutical"
            )),
            "{names:?}"
        );
        assert!(
            !names.iter().any(|(w, _)| w.contains("WATTLEFIELD SIGNS")),
            "{names:?}"
        );
    }

    #[test]
    fn unknown_company_names_in_chinese() {
        let names = |text: &'static str| -> Vec<&'static str> {
            written(text, unknown_companies_in_chinese(text))
        };
        let found = names("8月4日，苏州泓景生物宣布将HJ-217的欧洲权益授予布伦纳制药。");
        assert!(found.contains(&"苏州泓景生物"), "{found:?}");
        assert!(found.contains(&"布伦纳制药"), "{found:?}");
        let found = names(
            "公司与江苏云帆生物科技有限公司签署协议，科岚医药授予瑞士Aurenz一款ADC的独家期权。",
        );
        assert!(found.contains(&"江苏云帆生物科技有限公司"), "{found:?}");
        assert!(found.contains(&"Aurenz"), "{found:?}");
        let found = names("恒瑞医药将权益授予印度格伦马克旗下子公司，并授予新成立的Northcove。");
        assert!(found.contains(&"格伦马克"), "{found:?}");
        assert!(!found.iter().any(|n| n.contains("成立")), "{found:?}");
        // Verbs and particles are not names.
        let found = names("获得瀚辰医药的授权后，后者将支付首付款。");
        assert!(found.contains(&"瀚辰医药"), "{found:?}");
        // 和 opens a name where a sentence starts, and joins two names elsewhere.
        let found = names("授权也在升温。和泰制药披露，已与启衡生物和岚峰医药签署协议。");
        assert!(found.contains(&"和泰制药"), "{found:?}");
        assert!(found.contains(&"岚峰医药"), "{found:?}");
        assert!(!found.contains(&"和岚峰医药"), "{found:?}");
        let found = names("峻源宣布授權溫特雷製藥。本刊专访了岷峰生物负责人。");
        assert!(found.contains(&"溫特雷製藥"), "{found:?}");
        assert!(found.contains(&"岷峰生物"), "{found:?}");
        let found = names("以沛衡生物与阿尔托纳制药的交易为例。");
        assert!(found.contains(&"沛衡生物"), "{found:?}");
        // A transliterated name with a hyphen; a filing's opening verb; a stock column.
        let found = names(
            "瑞士制药企业伯格曼-勒夫制药宣布收购。茲提述粵昇生物科技有限公司的公告。一位跟踪中概医药股的分析师表示。",
        );
        assert!(found.contains(&"伯格曼-勒夫制药"), "{found:?}");
        assert!(found.contains(&"粵昇生物科技有限公司"), "{found:?}");
        assert!(!found.iter().any(|n| n.contains("中概")), "{found:?}");
        // A definitions table and a stock-column label.
        let found = names("「認購方」　指灃嶺製藥股份公司\n港股生物科技股雲翎生物今日收漲。");
        assert!(found.contains(&"灃嶺製藥股份公司"), "{found:?}");
        assert!(found.contains(&"雲翎生物"), "{found:?}");
    }
}
