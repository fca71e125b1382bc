//! The one error type of the crate: what went wrong while building an extractor, with the
//! file and line when a list is at fault.
//!
//! ```
//! use kashf::{ErrorKind, Extractor};
//!
//! let err = Extractor::builder().skip_default("nothing.tsv").build().unwrap_err();
//! assert_eq!(err.kind(), ErrorKind::Config);
//! assert_eq!(err.to_string(), "no embedded list is called `nothing.tsv`");
//! ```

use std::fmt;

/// What went wrong, broadly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A data file (gazetteer, rule list) has a line that cannot be read.
    Data,
    /// A file could not be read from disk.
    Io,
    /// The configuration given to the builder is inconsistent.
    Config,
}

/// An error raised while building an [`Extractor`](crate::Extractor): reading and validating
/// gazetteers and rule lists. `extract` itself never fails. Displayed as `file:line: reason`
/// when it comes from a line of a list, the way editors and compilers report errors.
///
/// ```
/// use kashf::{ErrorKind, Gazetteer};
///
/// let tsv = "id\ttype\tsubtype\tname\tforms\ncity:aleppo\tLOCATION\tcity\tAleppo\n";
/// let err = Gazetteer::from_tsv("lists/mine.tsv", tsv).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Data);
/// assert_eq!((err.source_name(), err.line()), (Some("lists/mine.tsv"), Some(2)));
/// assert_eq!(err.to_string(), "lists/mine.tsv:2: expected 5 tab-separated fields, found 4");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    source_name: Option<String>,
    line: Option<usize>,
    message: String,
}

impl Error {
    pub(crate) fn data(source_name: &str, line: usize, message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Data,
            source_name: Some(source_name.to_string()),
            line: Some(line),
            message: message.into(),
        }
    }

    pub(crate) fn io(source_name: &str, err: &std::io::Error) -> Error {
        Error {
            kind: ErrorKind::Io,
            source_name: Some(source_name.to_string()),
            line: None,
            message: err.to_string(),
        }
    }

    pub(crate) fn config(message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Config,
            source_name: None,
            line: None,
            message: message.into(),
        }
    }

    /// The broad kind of the error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The file (or embedded list) the error was found in, when it came from data.
    pub fn source_name(&self) -> Option<&str> {
        self.source_name.as_deref()
    }

    /// The 1-based line of the data file, when known.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// The reason, without location.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.source_name, self.line) {
            (Some(src), Some(line)) => write!(f, "{src}:{line}: {}", self.message),
            (Some(src), None) => write!(f, "{src}: {}", self.message),
            _ => write!(f, "{}", self.message),
        }
    }
}

impl std::error::Error for Error {}
