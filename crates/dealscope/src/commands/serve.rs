//! `dealscope serve`: the web API and dashboard over the store.

use std::net::SocketAddr;
use std::path::Path;

use crate::Outcome;

/// Serves until interrupted; request logs go to stderr (`RUST_LOG` adjusts them).
pub fn run(
    db: &Path,
    addr: SocketAddr,
    token: Option<String>,
    benchmark: Option<String>,
) -> anyhow::Result<Outcome> {
    crate::open_existing(db)?;
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    if !addr.ip().is_loopback() && token.is_none() {
        tracing::warn!(
            "listening beyond loopback without --token: write endpoints are refused, reads are open"
        );
    }
    let config = dealscope_server::Config {
        addr,
        db: db.to_path_buf(),
        token,
        benchmark,
    };
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(dealscope_server::serve(config, |bound| {
            println!("dealscope serving http://{bound}/ (API at /api/v1, Ctrl-C stops)");
        }))?;
    Ok(Outcome::Done)
}
