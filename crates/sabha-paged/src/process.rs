//! Runs an external engine (poppler, later Tesseract) in a child process with a
//! time limit and bounded output: a crash or a hang in the engine becomes an error,
//! never a crash or a hang of sabha.

use std::ffi::OsStr;
use std::io::{self, Read};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use crate::PagedError;

/// How much of stderr is kept for error messages; the rest is read and dropped.
const STDERR_KEPT: usize = 16 * 1024;

/// What a finished child process left.
#[derive(Debug)]
pub struct ToolOutput {
    pub status: ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

/// Limits for one run.
#[derive(Clone, Copy, Debug)]
pub struct ToolLimits {
    pub timeout: Duration,
    pub max_stdout: usize,
}

/// Runs `program args…` with no stdin, collecting stdout (up to the limit) and
/// stderr. The child is killed when it outlives the time limit or its output grows
/// past the limit.
pub fn run_tool<I, S>(program: &Path, args: I, limits: ToolLimits) -> Result<ToolOutput, PagedError>
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let tool = tool_name(program);
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| PagedError::ToolsUnavailable { tool: tool.clone(), detail: e.to_string() })?;

    let stdout_reader = child.stdout.take().map(|out| spawn_reader(out, limits.max_stdout + 1));
    let stderr_reader = child.stderr.take().map(|err| spawn_reader(err, STDERR_KEPT));

    let finished = wait_with_deadline(&mut child, limits.timeout, stdout_reader.as_ref());
    let status = match finished {
        Ok(status) => status,
        Err(stop) => {
            // Killing an already-exited child fails harmlessly; wait reaps it.
            // The reader threads are left to finish on their own: a grandchild
            // still holding the pipes must not make this call hang.
            let _ = child.kill();
            let _ = child.wait();
            return Err(match stop {
                Stop::TimedOut => PagedError::Timeout { tool, limit: limits.timeout },
                Stop::OutputTooLarge => PagedError::OutputTooLarge { tool, limit_bytes: limits.max_stdout },
                Stop::WaitFailed(e) => PagedError::Io(e),
            });
        }
    };

    let stdout = join_reader(stdout_reader)?;
    if stdout.len() > limits.max_stdout {
        return Err(PagedError::OutputTooLarge { tool, limit_bytes: limits.max_stdout });
    }
    let stderr = String::from_utf8_lossy(&join_reader(stderr_reader)?).into_owned();
    Ok(ToolOutput { status, stdout, stderr })
}

fn tool_name(program: &Path) -> String {
    program.file_name().unwrap_or(program.as_os_str()).to_string_lossy().into_owned()
}

enum Stop {
    TimedOut,
    OutputTooLarge,
    WaitFailed(io::Error),
}

/// A thread reading a pipe to its end, keeping the first `keep` bytes.
struct Reader {
    handle: JoinHandle<io::Result<Vec<u8>>>,
    overflowed: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

fn spawn_reader<R: Read + Send + 'static>(mut pipe: R, keep: usize) -> Reader {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    let overflowed = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&overflowed);
    let handle = thread::spawn(move || {
        let mut kept = Vec::new();
        let mut chunk = [0u8; 64 * 1024];
        loop {
            let n = match pipe.read(&mut chunk) {
                Ok(0) => return Ok(kept),
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            let room = keep.saturating_sub(kept.len());
            kept.extend_from_slice(chunk.get(..n.min(room)).unwrap_or_default());
            if n > room {
                flag.store(true, Ordering::Relaxed);
            }
        }
    });
    Reader { handle, overflowed }
}

fn join_reader(reader: Option<Reader>) -> Result<Vec<u8>, PagedError> {
    let Some(reader) = reader else { return Ok(Vec::new()) };
    match reader.handle.join() {
        Ok(result) => Ok(result?),
        Err(_) => Err(PagedError::Io(io::Error::other("pipe reader thread panicked"))),
    }
}

/// Polls the child until it exits, the deadline passes, or its stdout overflows.
fn wait_with_deadline(
    child: &mut Child,
    timeout: Duration,
    stdout: Option<&Reader>,
) -> Result<ExitStatus, Stop> {
    let deadline = Instant::now() + timeout;
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(status),
            Ok(None) => {}
            Err(e) => return Err(Stop::WaitFailed(e)),
        }
        if stdout.is_some_and(|r| r.overflowed.load(std::sync::atomic::Ordering::Relaxed)) {
            return Err(Stop::OutputTooLarge);
        }
        let now = Instant::now();
        if now >= deadline {
            return Err(Stop::TimedOut);
        }
        thread::sleep(pause.min(deadline - now));
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn limits(ms: u64) -> ToolLimits {
        ToolLimits { timeout: Duration::from_millis(ms), max_stdout: 1 << 20 }
    }

    #[test]
    fn collects_stdout_and_stderr() {
        let out = run_tool(Path::new("sh"), ["-c", "echo out; echo err >&2"], limits(5000)).unwrap();
        assert!(out.status.success());
        assert_eq!(out.stdout, b"out\n");
        assert_eq!(out.stderr, "err\n");
    }

    #[test]
    fn a_hanging_tool_is_stopped_at_the_deadline() {
        let started = Instant::now();
        let err = run_tool(Path::new("sh"), ["-c", "exec sleep 30"], limits(200)).unwrap_err();
        assert_eq!(err.kind(), "timeout");
        assert!(started.elapsed() < Duration::from_secs(20), "the child was not killed");
    }

    #[test]
    fn a_missing_tool_is_tools_unavailable() {
        let err = run_tool(Path::new("/nonexistent/pdftotext"), ["x"], limits(1000)).unwrap_err();
        assert_eq!(err.kind(), "pdf_tools_unavailable");
        assert!(err.to_string().contains("pdftotext"));
    }

    #[test]
    fn endless_output_is_cut_off() {
        let small = ToolLimits { timeout: Duration::from_secs(20), max_stdout: 10_000 };
        let err = run_tool(Path::new("sh"), ["-c", "exec yes"], small).unwrap_err();
        assert_eq!(err.kind(), "pdf_too_complex");
    }
}
