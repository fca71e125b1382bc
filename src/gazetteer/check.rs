//! What a list must be: forms that can name something, one entry per id, UTF-8 files.

use super::{EntityType, Entry};
use crate::error::Error;
use crate::lexicon::is_stop_word;
use crate::normalize::{is_arabic_mark, normalize_form, NormalizeOptions};
use std::path::Path;

/// Whether a normalized form keeps a letter or a digit (not only marks, tatweel,
/// punctuation or spaces).
pub(crate) fn has_letter(normalized: &str) -> bool {
    normalized
        .chars()
        .any(|c| c.is_alphanumeric() && !is_arabic_mark(c) && c != '\u{0640}')
}

/// Checks one surface form: it must keep a letter or digit after normalization and must not
/// be a stop word.
pub(super) fn check_form(source: &str, line: usize, form: &str) -> Result<(), Error> {
    if !has_letter(&normalize_form(form, &NormalizeOptions::default())) {
        return Err(Error::data(
            source,
            line,
            format!("form `{form}` has no letter or digit (only marks, punctuation or spaces)"),
        ));
    }
    if is_stop_word(form) {
        return Err(Error::data(
            source,
            line,
            format!(
                "form `{form}` is a stop word (gazetteers/stopwords.tsv): it would match in \
                 every sentence; write the name with the word that goes with it"
            ),
        ));
    }
    Ok(())
}

/// How an entry differs from a row with the same id: the first field that does.
pub(super) fn difference(
    first: &Entry,
    entity_type: EntityType,
    subtype: Option<&str>,
    name: &str,
) -> String {
    if first.entity_type != entity_type {
        format!(
            "type {} there, {} here",
            first.entity_type.as_str(),
            entity_type.as_str()
        )
    } else if first.subtype.as_deref() != subtype {
        format!(
            "subtype {} there, {} here",
            first.subtype.as_deref().unwrap_or("-"),
            subtype.unwrap_or("-")
        )
    } else {
        format!("name `{}` there, `{name}` here", first.name)
    }
}

/// Entries that reuse an id an earlier list gave (a user's entry with a built-in id, or
/// two user lists) join that entity: its type, subtype and name stay, their forms are
/// added. A different type cannot be honoured and is an error naming both places.
/// `canonical` gives, for every entry, the first entry with its id.
pub(crate) fn check_shared_ids(entries: &[Entry], canonical: &[u32]) -> Result<(), Error> {
    for (i, (e, &c)) in entries.iter().zip(canonical).enumerate() {
        let first = &entries[c as usize];
        if c as usize == i || first.entity_type == e.entity_type {
            continue;
        }
        let message = format!(
            "id `{}` is a {} at {}: an entry that reuses an id adds its forms to that entity \
             and must have its type, not {}",
            e.id,
            first.entity_type.as_str(),
            first.place(),
            e.entity_type.as_str()
        );
        return Err(match e.line {
            Some(n) if !e.source.is_empty() => Error::data(&e.source, n, message),
            _ => Error::config(message),
        });
    }
    Ok(())
}

/// Reads a file as UTF-8; an invalid byte is reported with its line.
pub(super) fn read_utf8(path: &Path) -> Result<String, Error> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| Error::io(&name, &e))?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let before = &e.as_bytes()[..at];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        Error::data(
            &name,
            line,
            format!("not valid UTF-8 (byte {} of the line)", at - line_start + 1),
        )
    })
}
