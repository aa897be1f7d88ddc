//! `dealscope serve`: one process over one store — a REST API under `/api/v1` described by
//! an OpenAPI document generated from the handlers, and a server-rendered dashboard.
//!
//! Reads come from an in-memory [`Snapshot`] of the store (deals, companies, document
//! texts), rebuilt after every write, so a read never waits on SQLite. Everything that came
//! from a document is untrusted: pages are maud templates (escaped by default), charts are
//! SVG images, and every response carries a Content-Security-Policy without inline scripts.

pub mod api;
mod assets;
mod charts;
pub mod error;
pub mod filter;
pub mod market;
mod pages;
pub mod snapshot;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};

use axum::Router;
use axum::http::{HeaderValue, header};
use dealscope_store::SqliteStore;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};
use tracing::Level;

pub use snapshot::Snapshot;

/// The policy every response carries: scripts and styles only from this server, no inline
/// scripts, no plugins, no framing.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Largest request body accepted (uploads included).
pub const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;

/// How to run the server.
#[derive(Clone, Debug)]
pub struct Config {
    /// Address to listen on.
    pub addr: SocketAddr,
    /// The store.
    pub db: PathBuf,
    /// Bearer token required by write endpoints; without one, writes are refused.
    pub token: Option<String>,
    /// The benchmark ticker for event studies (a ticker of the stored prices); without one,
    /// the only stored ticker that is no company's.
    pub benchmark: Option<String>,
}

/// What handlers share: the snapshot they read and the store they write through.
pub struct AppState {
    snapshot: RwLock<Arc<Snapshot>>,
    store: Mutex<SqliteStore>,
    token: Option<String>,
    benchmark: Option<String>,
}

impl AppState {
    /// Opens the store and reads its first snapshot.
    pub fn open(config: &Config) -> anyhow::Result<Arc<AppState>> {
        let store = SqliteStore::open(&config.db)?;
        let snapshot = Snapshot::read(&store)?;
        Ok(Arc::new(AppState {
            snapshot: RwLock::new(Arc::new(snapshot)),
            store: Mutex::new(store),
            token: config.token.clone(),
            benchmark: config.benchmark.clone(),
        }))
    }

    /// The current snapshot.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.snapshot
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Runs a read on the store (for what the snapshot does not hold, such as prices).
    pub fn read<T>(&self, f: impl FnOnce(&SqliteStore) -> anyhow::Result<T>) -> anyhow::Result<T> {
        let store = self
            .store
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        f(&store)
    }

    /// The configured benchmark ticker.
    pub fn benchmark(&self) -> Option<&str> {
        self.benchmark.as_deref()
    }

    /// Runs a write on the store and re-reads the snapshot.
    pub fn write<T>(
        &self,
        f: impl FnOnce(&mut SqliteStore) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        let mut store = self
            .store
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let out = f(&mut store)?;
        let fresh = Snapshot::read(&store)?;
        *self
            .snapshot
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Arc::new(fresh);
        Ok(out)
    }

    /// Whether a request's `Authorization` header carries the configured token.
    pub fn authorized(&self, header: Option<&str>) -> bool {
        match (&self.token, header.and_then(|h| h.strip_prefix("Bearer "))) {
            (Some(want), Some(got)) => constant_time_eq(want.as_bytes(), got.trim().as_bytes()),
            _ => false,
        }
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The whole application: API, dashboard, assets, with security headers, a body limit and
/// request logs.
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .merge(api::routes())
        .merge(pages::routes())
        .merge(assets::routes())
        .with_state(state)
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(DefaultMakeSpan::new().level(Level::INFO))
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
}

/// Serves until Ctrl-C or SIGTERM, then finishes the requests in flight. `ready` is called
/// with the bound address once the server accepts connections (port 0 picks a free one).
pub async fn serve(config: Config, ready: impl FnOnce(SocketAddr)) -> anyhow::Result<()> {
    let state = AppState::open(&config)?;
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, db = %config.db.display(), "serving");
    ready(addr);
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
