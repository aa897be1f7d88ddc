//! Formatting helpers, shared with the web dashboard through [`dealscope_report`].

pub use dealscope_report::format::*;
