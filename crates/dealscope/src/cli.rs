//! Command-line interface definition.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use dealscope_analytics::Dimension;
use dealscope_core::rust_decimal::Decimal;
use dealscope_core::{CountryCode, DealType, Modality, PartialDate, Phase, TherapeuticArea};
use dealscope_store::{DealQuery, DealSort};

/// Deal intelligence for biopharma licensing: sourced deals in, scoreboards out.
#[derive(Debug, Parser)]
#[command(name = "dealscope", version, about, long_about = None)]
pub struct Cli {
    /// Store file (SQLite). Default: ./dealscope.db (the demo: ./dealscope-demo.db).
    #[arg(long, global = true, env = "DEALSCOPE_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build a store from the bundled sample data and show the scoreboard.
    Demo,
    /// Load a sample-data CSV file (all rows or none).
    Import {
        /// What the file holds.
        kind: ImportKind,
        /// The CSV file.
        file: PathBuf,
    },
    /// Store documents (.txt, .md, .html) and sample-data CSVs: the deals read from each,
    /// merged with the deals already stored. Re-ingesting a file changes nothing.
    Ingest {
        /// Files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Descend into sub-folders.
        #[arg(long, short)]
        recursive: bool,
        /// Largest file read, in bytes.
        #[arg(long, value_name = "BYTES", default_value_t = dealscope_ingest::document::DEFAULT_MAX_BYTES)]
        max_bytes: u64,
    },
    /// Deals whose sources disagree on a term, with every value and its source.
    Conflicts,
    /// Companies and the party names not yet linked to one.
    #[command(args_conflicts_with_subcommands = true)]
    Entities {
        /// List party names not linked to any company, with their deal counts.
        #[arg(long)]
        unresolved: bool,
        /// What to do.
        #[command(subcommand)]
        action: Option<EntityAction>,
    },
    /// Read documents (UTF-8 text) and print money mentions with roles and deals, as JSON
    /// lines.
    Extract {
        /// Files to read.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// One JSON line per document (the default).
        #[arg(long, value_enum, default_value_t = ExtractFormat::Json)]
        format: ExtractFormat,
        /// One JSON line per money mention instead.
        #[arg(long)]
        mentions: bool,
    },
    /// Deal count, headline, upfront and equity sums, medians, means and growth per period,
    /// optionally split by a dimension and risk-adjusted.
    Stats(StatsArgs),
    /// Licensees or licensors ranked by upfront, headline or deal count.
    League(LeagueArgs),
    /// Which deals a counting preset includes and excludes, and why; without --year, the
    /// per-year gap to the published figures the preset is meant to reproduce.
    Explain(ExplainArgs),
    /// Comparable deals ranked by similarity, with the distribution of their terms.
    Comps(CompsArgs),
    /// Risk-adjusted value (rNPV) of a deal to its licensor, with every assumption.
    Value(ValueArgs),
    /// List or show deals.
    #[command(subcommand)]
    Deals(DealsCommand),
    /// Where the store is and what it holds.
    Status,
    /// The catalyst calendar: expected readouts, filings, approval decisions and launches,
    /// with date precision, slips and the deals whose milestones they may trigger.
    Catalysts(CatalystsArgs),
    /// Approvals per period, split by category and origin, beside the published counts.
    Approvals(ApprovalsArgs),
    /// One company: names, tickers, deals as licensor and licensee, upfront income by year,
    /// catalysts of its assets.
    Company {
        /// Company id, English or Chinese name, alias, or ticker (HKEX:01530, 01530.HK).
        name: String,
        /// Output format of the tables.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Themes ("concept stocks"): the companies each theme's rules select, with tickers and
    /// the deals that qualify them.
    Themes {
        /// A theme's name (all themes with their member counts when omitted).
        name: Option<String>,
        /// A themes file of your own (TOML, `[[theme]]` tables; default: the bundled one).
        #[arg(long, value_name = "FILE")]
        file: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Abnormal returns around deal announcements (market model), from daily closes you supply.
    EventStudy(EventStudyArgs),
    /// Serve the REST API (`/api/v1`, OpenAPI at `/api/v1/openapi.json`) and the dashboard.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Bearer token for write endpoints (document upload, entity merge); without one
        /// they are refused.
        #[arg(long, env = "DEALSCOPE_TOKEN", hide_env_values = true)]
        token: Option<String>,
        /// Benchmark ticker among the stored prices for the company pages' event studies.
        #[arg(long, value_name = "TICKER")]
        benchmark: Option<String>,
    },
}

/// `dealscope entities …` actions.
#[derive(Debug, Subcommand)]
pub enum EntityAction {
    /// Make NAME a name of company INTO (an unresolved name becomes an alias; another
    /// company's id is folded in). Deals keep their parties as written and their evidence.
    Merge {
        /// An unresolved party name, or a company id to fold in.
        name: String,
        /// The company id that keeps the merged names.
        into: String,
    },
}

/// Output of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ExtractFormat {
    /// JSON lines.
    #[default]
    Json,
}

/// Which sample-data file `import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportKind {
    /// deals.csv
    Deals,
    /// companies.csv
    Companies,
    /// asset_aliases.csv
    Assets,
    /// catalysts.csv: expected readouts, filings, decisions, launches
    Catalysts,
    /// approvals.csv: NMPA / FDA / EMA approvals
    Approvals,
    /// daily closes (ticker,date,close), for event studies
    Prices,
}

/// Output formats for tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Format {
    /// Aligned text for people.
    #[default]
    Table,
    /// CSV with full-precision numbers.
    Csv,
    /// JSON with full-precision numbers.
    Json,
}

/// Period granularity for `stats`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum By {
    /// Calendar years.
    #[default]
    Year,
    /// Calendar quarters.
    Quarter,
    /// Calendar months.
    Month,
}

/// Filters shared by `stats` and `deals list`.
#[derive(Debug, Clone, Default, Args)]
pub struct Filters {
    /// Announced on or after: YYYY, YYYY-MM, YYYY-MM-DD, 2025-Q2 …
    #[arg(long, value_name = "DATE", value_parser = parse_window)]
    pub from: Option<PartialDate>,
    /// Announced on or before (the end of the window given).
    #[arg(long, value_name = "DATE", value_parser = parse_window)]
    pub to: Option<PartialDate>,
    /// Licensor country (ISO code, e.g. CN).
    #[arg(long, value_name = "CC", value_parser = parse_country)]
    pub licensor_country: Option<CountryCode>,
    /// Licensee country (ISO code, e.g. US).
    #[arg(long, value_name = "CC", value_parser = parse_country)]
    pub licensee_country: Option<CountryCode>,
    /// Modality, any common spelling (ADC, "bispecific antibody", siRNA …).
    #[arg(long, value_name = "M", value_parser = parse_modality)]
    pub modality: Option<Modality>,
    /// Deal type (license, option, newco, co-development, acquisition, collaboration, platform).
    #[arg(long, value_name = "T", value_parser = parse_deal_type)]
    pub deal_type: Option<DealType>,
    /// Phase at signing (preclinical, phase 1, phase 2, phase 3, filed, approved).
    #[arg(long, value_name = "P", value_parser = parse_phase)]
    pub phase: Option<Phase>,
    /// Therapeutic area (oncology, immunology, cardiometabolic …).
    #[arg(long, value_name = "AREA", value_parser = parse_area)]
    pub area: Option<TherapeuticArea>,
    /// A licensor or licensee: company id, name, Chinese name or ticker code.
    #[arg(long, value_name = "NAME")]
    pub party: Option<String>,
}

impl Filters {
    /// The store query for these filters.
    pub fn query(&self) -> DealQuery {
        DealQuery {
            from: self.first_day(),
            to: self.to.map(|d| d.end()),
            licensor_country: self.licensor_country,
            licensee_country: self.licensee_country,
            modality: self.modality.clone(),
            deal_type: self.deal_type.clone(),
            phase: self.phase.clone(),
            therapeutic_area: self.area.clone(),
            party: self.party.clone(),
            ..DealQuery::default()
        }
    }

    /// First day of the `--from` window.
    pub fn first_day(&self) -> Option<NaiveDate> {
        self.from.map(|d| d.start())
    }

    /// The filters in words, for output headers; empty when none.
    pub fn describe(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(d) = self.from {
            out.push(format!("from {d}"));
        }
        if let Some(d) = self.to {
            out.push(format!("to {d}"));
        }
        if let Some(c) = self.licensor_country {
            out.push(format!("licensor country {c}"));
        }
        if let Some(c) = self.licensee_country {
            out.push(format!("licensee country {c}"));
        }
        if let Some(m) = &self.modality {
            out.push(format!("modality {m}"));
        }
        if let Some(t) = &self.deal_type {
            out.push(format!("deal type {t}"));
        }
        if let Some(p) = &self.phase {
            out.push(format!("phase {p}"));
        }
        if let Some(a) = &self.area {
            out.push(format!("area {a}"));
        }
        if let Some(p) = &self.party {
            out.push(format!("party {p}"));
        }
        out
    }
}

/// The counting preset option shared by aggregate commands.
#[derive(Debug, Clone, Args)]
pub struct PresetArg {
    /// Counting rules: a built-in preset (all, mainland, greater-china,
    /// licensing-disclosed, closed) or a TOML file of your own.
    #[arg(long, value_name = "NAME|FILE", default_value = "all")]
    pub preset: String,
}

/// Output options shared by table commands.
#[derive(Debug, Clone, Args)]
pub struct Output {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Write an Excel workbook (.xlsx) instead of printing.
    #[arg(long, value_name = "FILE.xlsx")]
    pub out: Option<PathBuf>,
}

/// Valuation options shared by `value` and `stats --risk-adjusted`.
#[derive(Debug, Clone, Args)]
pub struct ValuationArgs {
    /// Annual discount rate (0.10 = 10 %).
    #[arg(long, value_name = "RATE", default_value = "0.10", value_parser = parse_decimal)]
    pub discount: Decimal,
    /// TOML file overriding phase-transition rates, durations or the milestone split.
    #[arg(long, value_name = "FILE")]
    pub rates: Option<PathBuf>,
}

/// `dealscope stats`.
#[derive(Debug, Clone, Args)]
pub struct StatsArgs {
    /// Period granularity.
    #[arg(long, value_enum, default_value_t = By::Year)]
    pub by: By,
    /// Split each period by: modality, target, area, phase, deal-type, licensee, licensor,
    /// licensee-country, licensor-country.
    #[arg(long, value_name = "DIMENSION", value_parser = parse_dimension)]
    pub split: Option<Dimension>,
    /// Keep the N largest groups of the split and fold the rest into "(other)".
    #[arg(long, value_name = "N", requires = "split")]
    pub top: Option<usize>,
    /// List the deals behind every row, with their sources.
    #[arg(long)]
    pub list: bool,
    /// Add the risk-adjusted value (rNPV sum) beside the headline.
    #[arg(long)]
    pub risk_adjusted: bool,
    /// Valuation options for --risk-adjusted.
    #[command(flatten)]
    pub valuation: ValuationArgs,
    /// Counting rules.
    #[command(flatten)]
    pub preset: PresetArg,
    /// Which deals.
    #[command(flatten)]
    pub filters: Filters,
    /// Output.
    #[command(flatten)]
    pub output: Output,
}

/// Which side a league table ranks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LeagueSide {
    /// Companies taking licences.
    Licensees,
    /// Companies granting them.
    Licensors,
}

/// What a league table ranks by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum LeagueMetric {
    /// Sum of upfronts.
    #[default]
    Upfront,
    /// Sum of headline totals.
    Total,
    /// Number of deals.
    Count,
}

/// `dealscope league`.
#[derive(Debug, Clone, Args)]
pub struct LeagueArgs {
    /// Licensees or licensors.
    pub side: LeagueSide,
    /// Only deals counted in this year.
    #[arg(long, value_name = "YEAR")]
    pub year: Option<i32>,
    /// Rank by.
    #[arg(long, value_enum, default_value_t = LeagueMetric::Upfront)]
    pub metric: LeagueMetric,
    /// Show the first N companies.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub top: usize,
    /// List each company's deals.
    #[arg(long)]
    pub list: bool,
    /// Counting rules.
    #[command(flatten)]
    pub preset: PresetArg,
    /// Which deals.
    #[command(flatten)]
    pub filters: Filters,
    /// Output.
    #[command(flatten)]
    pub output: Output,
}

/// `dealscope explain`.
#[derive(Debug, Clone, Args)]
pub struct ExplainArgs {
    /// List every deal of this year (by announcement date) with the rule that decided it.
    #[arg(long, value_name = "YEAR")]
    pub year: Option<i32>,
    /// Counting rules.
    #[command(flatten)]
    pub preset: PresetArg,
    /// Output.
    #[command(flatten)]
    pub output: Output,
}

/// `dealscope comps`.
#[derive(Debug, Clone, Args)]
pub struct CompsArgs {
    /// A deal id: comparables of that deal (same modality or a shared target; phase, area
    /// and type rank). Without it, describe what you want with the options below.
    #[arg(required_unless_present_any = ["modality", "target", "phase", "area", "deal_type"])]
    pub deal: Option<String>,
    /// Modality.
    #[arg(long, value_name = "M", value_parser = parse_modality)]
    pub modality: Option<Modality>,
    /// Target (repeat for several; any shared target matches).
    #[arg(long, value_name = "T")]
    pub target: Vec<String>,
    /// Phase at signing.
    #[arg(long, value_name = "P", value_parser = parse_phase)]
    pub phase: Option<Phase>,
    /// Therapeutic area.
    #[arg(long, value_name = "AREA", value_parser = parse_area)]
    pub area: Option<TherapeuticArea>,
    /// Deal type.
    #[arg(long, value_name = "T", value_parser = parse_deal_type)]
    pub deal_type: Option<DealType>,
    /// Only deals announced in or after this year.
    #[arg(long, value_name = "YEAR")]
    pub since: Option<i32>,
    /// Show at most N comparables (the distribution uses all).
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub limit: usize,
    /// Output.
    #[command(flatten)]
    pub output: Output,
}

/// Output of `catalysts`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum CalendarFormat {
    /// Aligned text.
    #[default]
    Table,
    /// CSV.
    Csv,
    /// JSON.
    Json,
    /// iCalendar (RFC 5545), for calendar applications.
    Ics,
}

/// `dealscope catalysts`.
#[derive(Debug, Clone, Args)]
pub struct CatalystsArgs {
    /// Expected on or after (the window's start; `2026`, `2026-H2` …).
    #[arg(long, value_name = "DATE", value_parser = parse_window)]
    pub from: Option<PartialDate>,
    /// Expected on or before.
    #[arg(long, value_name = "DATE", value_parser = parse_window)]
    pub to: Option<PartialDate>,
    /// Only catalysts of assets in this company's deals (id, name, Chinese name, ticker).
    #[arg(long, value_name = "NAME")]
    pub company: Option<String>,
    /// Only this asset (code, INN or partner code).
    #[arg(long, value_name = "NAME")]
    pub asset: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CalendarFormat::Table)]
    pub format: CalendarFormat,
}

/// `dealscope approvals`.
#[derive(Debug, Clone, Args)]
pub struct ApprovalsArgs {
    /// Period.
    #[arg(long, value_enum, default_value_t = By::Year)]
    pub by: By,
    /// Split by `category`, `origin` or `category,origin`.
    #[arg(long, value_name = "FIELDS", default_value = "category,origin")]
    pub split: String,
    /// Only this agency (NMPA, FDA, EMA, PMDA).
    #[arg(long, value_name = "AGENCY")]
    pub agency: Option<String>,
    /// Output.
    #[command(flatten)]
    pub output: Output,
}

/// `dealscope event-study`.
#[derive(Debug, Clone, Args)]
pub struct EventStudyArgs {
    /// Daily closes: CSV with columns ticker,date,close (split-adjusted). Default: the
    /// prices stored with `dealscope import prices FILE`.
    #[arg(long, value_name = "FILE")]
    pub prices: Option<PathBuf>,
    /// The benchmark's ticker in the same file (an index, e.g. HSI or CSI300).
    #[arg(long, value_name = "TICKER")]
    pub benchmark: String,
    /// Event window in trading days around the announcement, e.g. -1,+5.
    #[arg(
        long,
        value_name = "FROM,TO",
        default_value = "-1,+5",
        allow_hyphen_values = true
    )]
    pub window: String,
    /// Estimation window for the market model, e.g. -120,-11.
    #[arg(
        long,
        value_name = "FROM,TO",
        default_value = "-120,-11",
        allow_hyphen_values = true
    )]
    pub estimation: String,
    /// Only this company (id, name or ticker); default: every company with a ticker in the
    /// prices file.
    #[arg(long, value_name = "NAME")]
    pub company: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// `dealscope value`.
#[derive(Debug, Clone, Args)]
pub struct ValueArgs {
    /// Deal id.
    pub deal: String,
    /// Valuation options.
    #[command(flatten)]
    pub valuation: ValuationArgs,
    /// An itemised milestone, TRIGGER=AMOUNT in the deal's currency (repeatable; replaces
    /// the default split). Triggers: phase1_start, phase2_start, phase3_start, filing,
    /// approval, further_approval, sales.
    #[arg(long, value_name = "TRIGGER=AMOUNT")]
    pub milestone: Vec<String>,
    /// Peak annual net sales, to value royalties (with --royalty-rate).
    #[arg(long, value_name = "AMOUNT", value_parser = parse_decimal, requires = "royalty_rate")]
    pub peak_sales: Option<Decimal>,
    /// Royalty rate as a fraction (0.12 = 12 %).
    #[arg(long, value_name = "RATE", value_parser = parse_decimal, requires = "peak_sales")]
    pub royalty_rate: Option<Decimal>,
    /// Simulate N paths of the asset and report P10/P50/P90 of what is paid.
    #[arg(long, value_name = "N")]
    pub simulate: Option<u32>,
    /// Seed of the simulation.
    #[arg(long, value_name = "SEED", default_value_t = 1)]
    pub seed: u64,
    /// Print the valuation as JSON (every payment, assumption and the simulation).
    #[arg(long, conflicts_with_all = ["format", "out"])]
    pub json: bool,
    /// Format of the payments table (`json` is the same as --json).
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Write the payments table and the assumptions to an Excel workbook (.xlsx).
    #[arg(long, value_name = "FILE.xlsx")]
    pub out: Option<PathBuf>,
}

/// `dealscope deals …`.
#[derive(Debug, Subcommand)]
pub enum DealsCommand {
    /// Deals matching filters, in a chosen order.
    List(ListArgs),
    /// One deal with all its fields and sources.
    Show {
        /// Deal id, e.g. CNOUT-2025-054.
        id: String,
        /// `table` prints a readable card; `json` the full record.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

/// Sort orders for `deals list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum SortBy {
    /// Newest first.
    #[default]
    Date,
    /// Oldest first.
    Oldest,
    /// Largest upfront first (USD; deals without one last).
    Upfront,
    /// Largest headline total first (USD; deals without one last).
    Total,
}

impl From<SortBy> for DealSort {
    fn from(s: SortBy) -> Self {
        match s {
            SortBy::Date => DealSort::Newest,
            SortBy::Oldest => DealSort::Oldest,
            SortBy::Upfront => DealSort::Upfront,
            SortBy::Total => DealSort::Total,
        }
    }
}

/// `dealscope deals list`.
#[derive(Debug, Clone, Args)]
pub struct ListArgs {
    /// Which deals.
    #[command(flatten)]
    pub filters: Filters,
    /// Order.
    #[arg(long, value_enum, default_value_t = SortBy::Date)]
    pub sort: SortBy,
    /// At most this many deals.
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
    /// Skip this many deals first.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub offset: u32,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Write an Excel workbook (.xlsx) with every field instead of printing.
    #[arg(long, value_name = "FILE.xlsx")]
    pub out: Option<PathBuf>,
}

fn parse_window(s: &str) -> Result<PartialDate, String> {
    s.parse()
        .map_err(|e: dealscope_core::date::DateError| e.to_string())
}

fn parse_dimension(s: &str) -> Result<Dimension, String> {
    s.parse()
}

fn parse_decimal(s: &str) -> Result<Decimal, String> {
    Decimal::from_str_exact(s.trim()).map_err(|_| format!("{s:?} is not a decimal number"))
}

fn parse_country(s: &str) -> Result<CountryCode, String> {
    CountryCode::new(s).map_err(|e| e.to_string())
}

/// Vocabulary filters accept any known spelling; an unknown one is an error listing the
/// known labels (a filter on a misspelling would silently match nothing).
fn vocab_filter<T: Clone>(
    s: &str,
    known: impl Fn(&str) -> Option<T>,
    labels: &[&str],
) -> Result<T, String> {
    known(s).ok_or_else(|| format!("unknown value {s:?}; known: {}", labels.join(", ")))
}

fn parse_modality(s: &str) -> Result<Modality, String> {
    let labels: Vec<&str> = Modality::KNOWN.iter().map(Modality::label).collect();
    vocab_filter(s, Modality::known, &labels)
}

fn parse_deal_type(s: &str) -> Result<DealType, String> {
    let labels: Vec<&str> = DealType::KNOWN.iter().map(DealType::label).collect();
    vocab_filter(s, DealType::known, &labels)
}

fn parse_phase(s: &str) -> Result<Phase, String> {
    let labels: Vec<&str> = Phase::KNOWN.iter().map(Phase::label).collect();
    vocab_filter(s, Phase::known, &labels)
}

fn parse_area(s: &str) -> Result<TherapeuticArea, String> {
    let labels: Vec<&str> = TherapeuticArea::KNOWN
        .iter()
        .map(TherapeuticArea::label)
        .collect();
    vocab_filter(s, TherapeuticArea::known, &labels)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn db_is_accepted_before_or_after_the_subcommand() {
        let a = Cli::try_parse_from(["dealscope", "--db", "x.db", "status"]).unwrap();
        let b = Cli::try_parse_from(["dealscope", "status", "--db", "x.db"]).unwrap();
        assert_eq!(a.db, Some(PathBuf::from("x.db")));
        assert_eq!(b.db, a.db);
    }

    #[test]
    fn filters_become_a_query_over_whole_windows() {
        let cli = Cli::try_parse_from([
            "dealscope",
            "stats",
            "--from",
            "2024",
            "--to",
            "2025-Q2",
            "--modality",
            "adcs",
        ])
        .unwrap();
        let Command::Stats(args) = cli.command else {
            panic!("not stats")
        };
        let q = args.filters.query();
        assert_eq!(q.from, NaiveDate::from_ymd_opt(2024, 1, 1));
        assert_eq!(q.to, NaiveDate::from_ymd_opt(2025, 6, 30));
        assert_eq!(q.modality, Some(Modality::Adc));
    }

    #[test]
    fn an_unknown_filter_value_is_refused() {
        let e =
            Cli::try_parse_from(["dealscope", "deals", "list", "--modality", "adx"]).unwrap_err();
        assert!(e.to_string().contains("known: small molecule"), "{e}");
    }
}
