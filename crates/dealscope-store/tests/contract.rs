//! The store contract: behaviour every `Store` implementation must have. Today it runs
//! against SQLite (in memory and on disk); a PostgreSQL implementation runs the same suite.

use dealscope_core::{
    Amount, Asset, AssetId, AssetRef, Bound, Company, CompanyId, CompanyKind, CountryCode,
    Currency, Deal, DealId, DealType, Evidence, Modality, Money, PartialDate, Party, Phase,
    Royalty, RoyaltyTier, Source, Span, Term, TermKind, TherapeuticArea, Ticker,
};
use dealscope_store::{DealQuery, DealSort, SqliteStore, Store, StoreError, WriteSummary};
use rust_decimal::Decimal;

fn usd(n: i64) -> Money {
    Money::whole(n, Currency::USD)
}

fn company(id: &str, name: &str, country: &str) -> Company {
    Company {
        id: CompanyId::new(id).unwrap(),
        name_en: name.into(),
        name_zh: None,
        aliases: Vec::new(),
        country: Some(CountryCode::new(country).unwrap()),
        tickers: Vec::new(),
        kind: Some(CompanyKind::Biotech),
    }
}

fn deal(
    id: &str,
    date: &str,
    licensor: &str,
    licensee: &str,
    upfront: Option<i64>,
    total: Option<i64>,
) -> Deal {
    let mut d = Deal::new(
        DealId::new(id).unwrap(),
        vec![Party {
            country: Some(CountryCode::CN),
            ..Party::named(licensor)
        }],
        vec![Party::named(licensee)],
    );
    d.announced = Some(date.parse().unwrap());
    d.modality = Some(Modality::Adc);
    d.deal_type = Some(DealType::License);
    d.terms.upfront = upfront.map(|u| Term::Disclosed(Amount::exact(usd(u))));
    d.terms.total = total.map(|t| Term::Disclosed(Amount::up_to(usd(t))));
    d
}

/// A deal using every field, to prove nothing is lost in storage.
fn rich_deal() -> Deal {
    let source = Source::cited_url("https://example.com/pr/1");
    let mut d = deal(
        "RICH-1",
        "2025-05-20",
        "Three S Bio",
        "Pfizer",
        Some(1_250_000_000),
        Some(6_050_000_000),
    );
    d.licensors.push(Party::named("Sunshine Guojian"));
    d.assets = vec![
        AssetRef {
            aliases: vec!["PF-08634404".into()],
            ..AssetRef::named("SSGJ-707")
        },
        AssetRef::named("option asset"),
    ];
    d.modality = Some(Modality::BispecificAntibody);
    d.targets = vec!["PD-1".into(), "VEGF".into()];
    d.therapeutic_area = Some(TherapeuticArea::Oncology);
    d.indication = Some("NSCLC".into());
    d.phase_at_signing = Some(Phase::Phase3);
    d.territory = Some("global ex-China".into());
    d.currency_original = Some(Currency::USD);
    d.terms.equity = Some(Term::Disclosed(Amount::exact(usd(100_000_000))));
    d.terms.option_fee = Some(Term::Undisclosed);
    d.terms.near_term = Some(Term::Disclosed(Amount {
        money: Money::new(Decimal::new(350_000_050, 2), Currency::USD),
        bound: Bound::About,
        includes: vec![],
        text: Some("about $3.5 million".into()),
    }));
    d.terms.milestones = Some(Term::Computed(Amount {
        money: usd(4_800_000_000),
        bound: Bound::UpTo,
        includes: vec![TermKind::NearTerm],
        text: None,
    }));
    d.terms.royalty = Some(Royalty {
        text: "tiered double-digit".into(),
        tiers: vec![
            RoyaltyTier {
                rate_pct: Decimal::new(10, 0),
                above: None,
            },
            RoyaltyTier {
                rate_pct: Decimal::new(125, 1),
                above: Some(usd(1_000_000_000)),
            },
        ],
    });
    d.notes = Some("equity on closing".into());
    d.evidence = vec![Evidence {
        source: source.id.clone(),
        field: "upfront".into(),
        span: Span { start: 10, end: 24 },
        text: "$1.25 billion".into(),
    }];
    d.sources = vec![source, Source::cited_url("https://example.com/news/2")];
    d
}

fn stores() -> Vec<(&'static str, SqliteStore, Option<tempfile::TempDir>)> {
    let dir = tempfile::tempdir().unwrap();
    let file = SqliteStore::open(&dir.path().join("contract.db")).unwrap();
    vec![
        (
            "sqlite-memory",
            SqliteStore::open_in_memory().unwrap(),
            None,
        ),
        ("sqlite-file", file, Some(dir)),
    ]
}

#[test]
fn a_deal_reads_back_exactly_as_written() {
    for (name, mut store, _dir) in stores() {
        let d = rich_deal();
        store.upsert_deals(std::slice::from_ref(&d)).unwrap();
        let back = store.deal(&d.id).unwrap().expect(name);
        assert_eq!(back, d, "{name}");
    }
}

#[test]
fn writing_the_same_records_twice_changes_nothing() {
    for (name, mut store, _dir) in stores() {
        let deals = vec![
            rich_deal(),
            deal("B-1", "2024-03-01", "Hengrui", "Merck", Some(10), Some(20)),
        ];
        let first = store.upsert_deals(&deals).unwrap();
        assert_eq!(
            first,
            WriteSummary {
                inserted: 2,
                updated: 0,
                unchanged: 0
            },
            "{name}"
        );
        let second = store.upsert_deals(&deals).unwrap();
        assert_eq!(
            second,
            WriteSummary {
                inserted: 0,
                updated: 0,
                unchanged: 2
            },
            "{name}"
        );
        let mut changed = deals[1].clone();
        changed.terms.upfront = Some(Term::Disclosed(Amount::exact(usd(11))));
        let third = store.upsert_deals(std::slice::from_ref(&changed)).unwrap();
        assert_eq!(third.updated, 1, "{name}");
        assert_eq!(store.deal(&changed.id).unwrap().unwrap(), changed, "{name}");
        assert_eq!(store.counts().unwrap().deals, 2, "{name}");
    }
}

#[test]
fn a_batch_with_one_bad_record_writes_nothing() {
    for (name, mut store, _dir) in stores() {
        store
            .upsert_deals(&[deal("KEEP", "2023-01-01", "A", "B", Some(5), None)])
            .unwrap();
        let before = store.deals(&DealQuery::default()).unwrap();
        let mut bad = deal("BAD", "2025-01-01", "A", "B", None, None);
        // A tenth of a cent cannot be stored exactly in USD minor units.
        bad.terms.upfront = Some(Term::Disclosed(Amount::exact(Money::new(
            Decimal::new(1, 3),
            Currency::USD,
        ))));
        let batch = vec![deal("GOOD", "2025-02-01", "A", "B", Some(1), None), bad];
        match store.upsert_deals(&batch) {
            Err(StoreError::Invalid { record, .. }) => assert_eq!(record, "deal BAD", "{name}"),
            other => panic!("{name}: expected Invalid, got {other:?}"),
        }
        assert_eq!(
            store.deals(&DealQuery::default()).unwrap(),
            before,
            "{name}"
        );
    }
}

#[test]
fn evidence_must_cite_a_listed_source() {
    let (_, mut store, _dir) = stores().remove(0);
    let mut d = rich_deal();
    d.sources.truncate(0);
    assert!(matches!(
        store.upsert_deals(&[d]),
        Err(StoreError::Invalid { .. })
    ));
    assert_eq!(store.counts().unwrap().deals, 0);
}

#[test]
fn parties_and_assets_link_to_companies_by_any_name_in_either_order() {
    for (name, mut store, _dir) in stores() {
        // Deal first: nothing to link to yet.
        let d = deal(
            "L-1",
            "2025-01-01",
            "Jiangsu Hengrui Pharmaceuticals Co., Ltd.",
            "merck kgaa",
            None,
            None,
        );
        let mut d = d;
        d.assets = vec![
            AssetRef::named("mk 2870"),
            // Unknown by its name; known by the alias the source also gave.
            AssetRef {
                aliases: vec!["sac-TMT".into()],
                ..AssetRef::named("Kelun TROP2 ADC")
            },
        ];
        store.upsert_deals(std::slice::from_ref(&d)).unwrap();
        assert_eq!(store.counts().unwrap().unresolved_parties, 2, "{name}");

        let mut hengrui = company("hengrui", "Jiangsu Hengrui Pharmaceuticals", "CN");
        hengrui.name_zh = Some("恒瑞医药".into());
        hengrui.tickers = vec![Ticker::parse("600276.SH").unwrap()];
        let merck = company("merck-kgaa", "Merck KGaA", "DE");
        store.upsert_companies(&[hengrui, merck]).unwrap();
        store
            .upsert_assets(&[Asset {
                id: AssetId::new("sac-tmt").unwrap(),
                code: Some("SKB264".into()),
                inn: Some("sacituzumab tirumotecan".into()),
                aliases: vec!["MK-2870".into(), "sac-TMT".into()],
                originator: Some("Kelun".into()),
                modality: Some(Modality::Adc),
                targets: vec!["TROP2".into()],
                therapeutic_areas: vec![TherapeuticArea::Oncology],
                phase: Some(Phase::Phase3),
                source_url: None,
            }])
            .unwrap();
        let linked = store.deal(&d.id).unwrap().unwrap();
        assert_eq!(
            linked.licensors[0].company,
            Some(CompanyId::new("hengrui").unwrap()),
            "{name}"
        );
        assert_eq!(
            linked.licensees[0].company,
            Some(CompanyId::new("merck-kgaa").unwrap()),
            "{name}"
        );
        assert_eq!(
            linked.assets[0].asset,
            Some(AssetId::new("sac-tmt").unwrap()),
            "{name}"
        );
        assert_eq!(
            linked.assets[1].asset,
            Some(AssetId::new("sac-tmt").unwrap()),
            "{name}"
        );
        assert_eq!(store.counts().unwrap().unresolved_parties, 0, "{name}");

        // A deal written later names the company in Chinese and links on write; writing
        // the same deal again is still "unchanged".
        let zh = deal("L-2", "2025-02-01", "恒瑞医药", "Merck KGaA", None, None);
        store.upsert_deals(std::slice::from_ref(&zh)).unwrap();
        let back = store.deal(&zh.id).unwrap().unwrap();
        assert_eq!(
            back.licensors[0].company,
            Some(CompanyId::new("hengrui").unwrap()),
            "{name}"
        );
        assert_eq!(store.upsert_deals(&[zh]).unwrap().unchanged, 1, "{name}");

        // Parties can be found by company id, by another name, or by ticker code.
        for party in [
            "hengrui",
            "恒瑞医药",
            "600276",
            "JIANGSU HENGRUI PHARMACEUTICALS",
        ] {
            let q = DealQuery {
                party: Some(party.into()),
                ..DealQuery::default()
            };
            assert_eq!(store.deals(&q).unwrap().len(), 2, "{name}: {party}");
        }
    }
}

#[test]
fn a_name_shared_by_two_companies_links_to_neither() {
    let (_, mut store, _dir) = stores().remove(0);
    let mut a = company("a", "Alpha Bio", "CN");
    a.aliases = vec!["AB".into()];
    let mut b = company("b", "Beta Bio", "CN");
    b.aliases = vec!["AB".into()];
    store.upsert_companies(&[a, b]).unwrap();
    store
        .upsert_deals(&[deal("X", "2025-01-01", "AB", "Alpha Bio", None, None)])
        .unwrap();
    let d = store.deal(&DealId::new("X").unwrap()).unwrap().unwrap();
    assert_eq!(d.licensors[0].company, None);
    assert_eq!(d.licensees[0].company, Some(CompanyId::new("a").unwrap()));
}

#[test]
fn queries_filter_sort_and_page() {
    for (name, mut store, _dir) in stores() {
        let mut d3 = deal("D3", "2025-07-01", "C", "Z", None, Some(900));
        d3.modality = Some(Modality::SmallMolecule);
        d3.licensors[0].country = Some(CountryCode::new("KR").unwrap());
        let mut d4 = deal("D4", "2025", "D", "Y", Some(50), Some(60));
        d4.deal_type = Some(DealType::NewCo);
        store
            .upsert_deals(&[
                deal("D1", "2024-02-01", "A", "X", Some(100), Some(1000)),
                deal("D2", "2025-03-15", "B", "Y", Some(300), None),
                d3,
                d4,
            ])
            .unwrap();
        let ids = |q: DealQuery| -> Vec<String> {
            store
                .deals(&q)
                .unwrap()
                .into_iter()
                .map(|d| d.id.to_string())
                .collect()
        };
        assert_eq!(
            ids(DealQuery::default()),
            ["D3", "D2", "D4", "D1"],
            "{name} newest"
        );
        assert_eq!(
            ids(DealQuery {
                sort: DealSort::Upfront,
                ..Default::default()
            }),
            ["D2", "D1", "D4", "D3"],
            "{name} upfront, missing last"
        );
        assert_eq!(
            ids(DealQuery {
                sort: DealSort::Total,
                limit: Some(2),
                ..Default::default()
            }),
            ["D1", "D3"],
            "{name} total"
        );
        assert_eq!(
            ids(DealQuery {
                sort: DealSort::Oldest,
                limit: Some(2),
                offset: 1,
                ..Default::default()
            }),
            ["D4", "D2"],
            "{name} page"
        );
        let from = PartialDate::year_only(2025).unwrap().start();
        let to = PartialDate::month(2025, 6).unwrap().end();
        assert_eq!(
            ids(DealQuery {
                from: Some(from),
                to: Some(to),
                ..Default::default()
            }),
            ["D2", "D4"],
            "{name} range"
        );
        assert_eq!(
            ids(DealQuery {
                licensor_country: Some(CountryCode::CN),
                ..Default::default()
            }),
            ["D2", "D4", "D1"],
            "{name} country"
        );
        assert_eq!(
            ids(DealQuery {
                modality: Some(Modality::parse("small-molecule")),
                ..Default::default()
            }),
            ["D3"],
            "{name} modality"
        );
        assert_eq!(
            ids(DealQuery {
                deal_type: Some(DealType::NewCo),
                ..Default::default()
            }),
            ["D4"],
            "{name} type"
        );
    }
}

#[test]
fn a_document_merges_into_a_stored_deal_and_survives_a_reimport_of_the_dataset() {
    use dealscope_core::{Observation, SourceKind};
    use dealscope_store::DocumentRecord;
    for (name, mut store, _dir) in stores() {
        let curated = deal(
            "CUR-1",
            "2026-01-12",
            "RemeGen",
            "AbbVie",
            Some(650_000_000),
            None,
        );
        let mut curated = curated;
        curated.assets = vec![AssetRef::named("RC148")];
        store.upsert_deals(std::slice::from_ref(&curated)).unwrap();

        let doc_source = Source {
            id: dealscope_core::SourceId::from_content_hash("ab12"),
            kind: SourceKind::File,
            location: "news.txt".into(),
            content_hash: Some("ab12".into()),
            title: None,
            published: None,
            language: None,
        };
        let mut report = deal(
            "DOC-1",
            "2026-01-12",
            "RemeGen Co., Ltd.",
            "AbbVie Inc.",
            Some(600_000_000),
            Some(5_600_000_000),
        );
        report.assets = vec![AssetRef::named("RC-148")];
        report.sources = vec![doc_source.clone()];
        report.observations = vec![Observation {
            field: "upfront".into(),
            value: "USD 600000000".into(),
            money: Some(usd(600_000_000)),
            source: doc_source.id.clone(),
            span: Some(Span { start: 10, end: 22 }),
            text: Some("$600 million".into()),
        }];
        let record = DocumentRecord {
            source: doc_source.clone(),
            path: "news.txt".into(),
            format: "txt".into(),
            text: "RemeGen … $600 million … $5.6 billion".into(),
            catalysts: Vec::new(),
            approvals: Vec::new(),
        };
        let outcome = store
            .ingest_document(&record, std::slice::from_ref(&report))
            .unwrap();
        assert_eq!(outcome.merged, vec![curated.id.clone()], "{name}");
        assert!(outcome.created.is_empty(), "{name}");
        let merged = store.deal(&curated.id).unwrap().unwrap();
        // The curated upfront stays shown; the gap (total) is filled from the document.
        assert_eq!(
            merged.terms.money(TermKind::Upfront),
            Some(usd(650_000_000)),
            "{name}"
        );
        assert_eq!(
            merged.terms.money(TermKind::Total),
            Some(usd(5_600_000_000)),
            "{name}"
        );
        assert_eq!(merged.observations.len(), 1, "{name}");
        assert_eq!(store.counts().unwrap().deals, 1, "{name}");

        // The same document again: nothing happens.
        assert!(
            store.ingest_document(&record, &[report]).unwrap().duplicate,
            "{name}"
        );
        // The dataset row again: the document's contribution is kept.
        let again = store.upsert_deals(std::slice::from_ref(&curated)).unwrap();
        assert_eq!(again.unchanged, 1, "{name}");
        assert_eq!(store.deal(&curated.id).unwrap().unwrap(), merged, "{name}");
        assert_eq!(
            store.document_text(&doc_source.id).unwrap().as_deref(),
            Some(record.text.as_str())
        );
    }
}
