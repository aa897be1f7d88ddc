//! The sample data bundled into the binary, so `dealscope demo` works from any directory.
//! The files are `data/*.csv` in the repository; see `data/README.md` for their sources.

/// `(kind, file name as shown to users, contents)` in load order: companies and assets
/// first, so that deals link to them as they are written.
pub const FILES: [(crate::cli::ImportKind, &str, &str); 5] = [
    (
        crate::cli::ImportKind::Companies,
        "data/companies.csv",
        include_str!("../../../data/companies.csv"),
    ),
    (
        crate::cli::ImportKind::Assets,
        "data/asset_aliases.csv",
        include_str!("../../../data/asset_aliases.csv"),
    ),
    (
        crate::cli::ImportKind::Deals,
        "data/deals.csv",
        include_str!("../../../data/deals.csv"),
    ),
    (
        crate::cli::ImportKind::Catalysts,
        "data/catalysts.csv",
        include_str!("../../../data/catalysts.csv"),
    ),
    (
        crate::cli::ImportKind::Approvals,
        "data/approvals.csv",
        include_str!("../../../data/approvals.csv"),
    ),
];

/// Example documents written for dealscope (`examples/documents`), ingested by the demo to
/// show extraction → store → scoreboard end to end: `(file name as shown, contents)`.
pub const DOCUMENTS: [(&str, &str); 4] = [
    (
        "examples/documents/01-remegen-abbvie-release.txt",
        include_str!("../../../examples/documents/01-remegen-abbvie-release.txt"),
    ),
    (
        "examples/documents/02-weekly-roundup.txt",
        include_str!("../../../examples/documents/02-weekly-roundup.txt"),
    ),
    (
        "examples/documents/03-hengrui-gsk-news.html",
        include_str!("../../../examples/documents/03-hengrui-gsk-news.html"),
    ),
    (
        "examples/documents/04-3sbio-pfizer-zh.txt",
        include_str!("../../../examples/documents/04-3sbio-pfizer-zh.txt"),
    ),
];
