//! Untrusted PDFs are parsed in a child process with a time limit: a parser that panics,
//! loops or exhausts memory on a hostile file takes down only the child, and the store the
//! parent holds open is never in the same process as the parser.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long one PDF may take.
pub const PDF_TIME_LIMIT: Duration = Duration::from_secs(30);

/// The text layer of a PDF, read by `dealscope __pdf-text` in a child process.
pub fn pdf_text(bytes: &[u8]) -> anyhow::Result<String> {
    let exe = std::env::current_exe()?;
    let mut child = Command::new(exe)
        .arg("__pdf-text")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let mut stdin = child.stdin.take().expect("piped");
    let input = bytes.to_vec();
    // Feed and drain on threads so neither pipe can fill up and stall the child.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let mut stdout = child.stdout.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = stdout.read_to_end(&mut out);
        out
    });
    let mut stderr = child.stderr.take().expect("piped");
    let err_reader = std::thread::spawn(move || {
        let mut err = String::new();
        let _ = stderr.read_to_string(&mut err);
        err
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if started.elapsed() > PDF_TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            anyhow::bail!(
                "PDF parsing took longer than {} s and was stopped",
                PDF_TIME_LIMIT.as_secs()
            );
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let _ = writer.join();
    let out = reader.join().unwrap_or_default();
    let err = err_reader.join().unwrap_or_default();
    if !status.success() {
        let reason = err
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("the parser crashed");
        anyhow::bail!("{}", reason.trim_start_matches("error: "));
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// The child's side: PDF bytes on stdin, text on stdout; errors on stderr, exit status 3.
pub fn pdf_text_child() -> std::process::ExitCode {
    let mut bytes = Vec::new();
    if std::io::stdin().read_to_end(&mut bytes).is_err() {
        return std::process::ExitCode::from(3);
    }
    match dealscope_ingest::pdf::text_of(&bytes) {
        Ok(text) => {
            let _ = std::io::stdout().write_all(text.as_bytes());
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::from(3)
        }
    }
}
