//! PDF text layers (pdf-extract, pure Rust). PDF parsers can panic or hang on hostile
//! files, so callers run [`text_of`] in a child process with a time limit (the CLI does:
//! `dealscope __pdf-text`), never inside the process that holds the store open.

/// The text layer of a PDF, or why it could not be read.
pub fn text_of(bytes: &[u8]) -> Result<String, String> {
    if !bytes.starts_with(b"%PDF-") {
        return Err("not a PDF (no %PDF- header)".into());
    }
    pdf_extract::extract_text_from_mem(bytes).map_err(|e| {
        let e = e.to_string();
        if e.to_ascii_lowercase().contains("encrypt") {
            "encrypted PDF (decrypt it first)".to_owned()
        } else {
            format!("broken PDF ({e})")
        }
    })
}
