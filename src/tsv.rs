//! The TSV reader every data file goes through: `#` comments, blank lines, a header line,
//! tab-separated fields, `|`-separated forms; errors name the file and the line.

use crate::error::Error;

/// Reads the data lines of a TSV text: skips comments and blank lines, checks the header,
/// and yields `(line number, fields)` with exactly `header.len()` fields.
pub(crate) fn tsv_rows<'a>(
    source: &'a str,
    text: &'a str,
    header: &'a [&'a str],
) -> impl Iterator<Item = Result<(usize, Vec<&'a str>), Error>> + 'a {
    let mut seen_header = false;
    text.lines().enumerate().filter_map(move |(i, line)| {
        let n = i + 1;
        let line = line.trim_end_matches('\r');
        let line = if n == 1 {
            line.trim_start_matches('\u{FEFF}')
        } else {
            line
        };
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        if !seen_header {
            seen_header = true;
            if fields != header {
                return Some(Err(Error::data(
                    source,
                    n,
                    format!("expected the header `{}`", header.join("\\t")),
                )));
            }
            return None;
        }
        if fields.len() != header.len() {
            return Some(Err(Error::data(
                source,
                n,
                format!(
                    "expected {} tab-separated fields, found {}",
                    header.len(),
                    fields.len()
                ),
            )));
        }
        Some(Ok((n, fields)))
    })
}

/// Splits a `|`-separated list of forms, rejecting empty ones.
pub(crate) fn split_forms(source: &str, line: usize, field: &str) -> Result<Vec<String>, Error> {
    let forms: Vec<String> = field.split('|').map(|f| f.trim().to_string()).collect();
    if forms.iter().any(String::is_empty) {
        return Err(Error::data(
            source,
            line,
            "empty form in the `|`-separated list",
        ));
    }
    Ok(forms)
}
