//! spaCy-style JSONL patterns: phrase patterns become forms, token patterns with `REGEX`,
//! `IN`, `OP: "?"` or `{}` become [`TokenPattern`]s for the token matcher.

use super::check::{check_form, has_letter};
use super::{EntityType, Entry};
use crate::error::Error;
use crate::lexicon::is_stop_word;
use crate::normalize::{normalize_form, normalize_text, NormalizeOptions};
use crate::tokenize::is_word_char;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// The most tokens a token pattern may have (the matcher keeps its states in 64 bits).
pub(crate) const MAX_TOKENS: usize = 32;

/// What one token of a token pattern compares a word with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TokenTest {
    /// Any one word (`{}`).
    Any,
    /// The word as written in the pattern.
    Word(String),
    /// One of these words (`IN`).
    In(Vec<String>),
    /// A regular expression the whole word matches (`REGEX`), as written in the pattern.
    Regex(String),
}

/// One token of a token pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PatternToken {
    pub test: TokenTest,
    /// `"OP": "?"`: the word may be absent.
    pub optional: bool,
}

/// A token pattern of a JSONL file, with the line it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TokenPattern {
    pub tokens: Vec<PatternToken>,
    pub line: usize,
}

/// A JSONL line's `pattern`, read.
enum Pattern {
    /// Plain strings only: a list form, its words joined by spaces.
    Form(String),
    Tokens(Vec<PatternToken>),
}

impl Pattern {
    /// How a generated id spells it (`LABEL:pattern`).
    fn describe(&self) -> String {
        match self {
            Pattern::Form(f) => f.clone(),
            Pattern::Tokens(tokens) => tokens
                .iter()
                .map(|t| {
                    let s = match &t.test {
                        TokenTest::Any => "{}".to_string(),
                        TokenTest::Word(w) => w.clone(),
                        TokenTest::In(ws) => format!("({})", ws.join("|")),
                        TokenTest::Regex(r) => format!("/{r}/"),
                    };
                    if t.optional {
                        s + "?"
                    } else {
                        s
                    }
                })
                .collect::<Vec<_>>()
                .join(" "),
        }
    }
}

/// Labels and the type they give: spaCy's and CoNLL's names of the three types, and the
/// other OntoNotes labels as MISC.
fn parse_label(label: &str) -> Option<EntityType> {
    Some(match label.to_ascii_uppercase().as_str() {
        "PERSON" | "PER" | "PERS" => EntityType::Person,
        "ORG" | "ORGANIZATION" | "ORGANISATION" => EntityType::Organization,
        "LOC" | "LOCATION" | "GPE" | "FAC" => EntityType::Location,
        "MISC" | "NORP" | "EVENT" | "PRODUCT" | "WORK_OF_ART" | "LAW" | "LANGUAGE" | "DATE"
        | "TIME" | "PERCENT" | "MONEY" | "QUANTITY" | "ORDINAL" | "CARDINAL" => EntityType::Misc,
        _ => return None,
    })
}

/// serde's message without its position inside the one-line document, and where on the
/// file's line it stopped.
fn json_error(e: &serde_json::Error, line: &str) -> String {
    let full = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&position).unwrap_or(&full);
    if e.column() == 0 {
        return format!("invalid JSON: {message}");
    }
    let before = e.column() - 1;
    let character = line.char_indices().take_while(|(i, _)| *i < before).count() + 1;
    format!("invalid JSON: {message} (at character {character} of the line)")
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// Compiles a token `REGEX` anchored at both ends, after checking it alone (so that
/// `a)|(b` cannot escape the anchors). The message is one line.
pub(crate) fn compile_regex(source: &str) -> Result<regex::Regex, String> {
    let build = |s: &str| {
        regex::RegexBuilder::new(s)
            .size_limit(1 << 20)
            .dfa_size_limit(1 << 20)
            .build()
    };
    let message = |e: regex::Error| match e {
        regex::Error::Syntax(s) => {
            let last = s.lines().rev().find_map(|l| l.strip_prefix("error: "));
            format!("invalid REGEX: {}", last.unwrap_or(s.trim()))
        }
        regex::Error::CompiledTooBig(n) => {
            format!("REGEX too large (it compiles to more than {n} bytes)")
        }
        e => format!("invalid REGEX: {e}"),
    };
    build(source).map_err(message)?;
    build(&format!("^(?:{source})$")).map_err(message)
}

/// Reads the value of `TEXT`, `ORTH` or `LOWER`.
fn text_test(value: &Value) -> Result<TokenTest, String> {
    let object = match value {
        Value::String(s) => return Ok(TokenTest::Word(s.clone())),
        Value::Object(o) => o,
        v => {
            return Err(format!(
                "the text attribute must be a string or an object with `REGEX` or `IN`, not {}",
                kind(v)
            ))
        }
    };
    let mut entries = object.iter();
    let (Some((key, v)), None) = (entries.next(), entries.next()) else {
        return Err("the text attribute's object must have exactly one of `REGEX` or `IN`".into());
    };
    match (key.as_str(), v) {
        ("REGEX", Value::String(r)) => Ok(TokenTest::Regex(r.clone())),
        ("REGEX", v) => Err(format!("`REGEX` must be a string, not {}", kind(v))),
        ("IN", Value::Array(items)) if !items.is_empty() => items
            .iter()
            .map(|i| i.as_str().map(str::to_string))
            .collect::<Option<Vec<_>>>()
            .map(TokenTest::In)
            .ok_or_else(|| "`IN` must be a list of strings".to_string()),
        ("IN", _) => Err("`IN` must be a non-empty list of strings".into()),
        (k, _) => Err(format!(
            "`{k}` is not supported (kashf reads a string, `REGEX` or `IN`)"
        )),
    }
}

/// A word of `IN` or a string token of a token pattern: one word with a letter or digit.
fn check_word(w: &str) -> Result<(), String> {
    let n = normalize_form(w, &NormalizeOptions::default());
    if !has_letter(&n) {
        return Err(format!("`{w}` has no letter or digit"));
    }
    if !n.chars().all(is_word_char) {
        return Err(format!(
            "`{w}` is not one word: a token is compared with one word of the text \
             (letters, digits and marks, no spaces or punctuation)"
        ));
    }
    Ok(())
}

/// Reads a `pattern` list.
fn token_pattern(tokens: &[Value]) -> Result<Pattern, String> {
    if tokens.is_empty() {
        return Err("empty `pattern`".into());
    }
    if tokens.len() > MAX_TOKENS {
        return Err(format!(
            "a token pattern has at most {MAX_TOKENS} tokens, this one {}",
            tokens.len()
        ));
    }
    let mut parsed = Vec::with_capacity(tokens.len());
    for (k, t) in tokens.iter().enumerate() {
        let at = |m: String| format!("token {}: {m}", k + 1);
        let Value::Object(t) = t else {
            return Err(at(format!("a token must be an object, not {}", kind(t))));
        };
        parsed.push(read_token(t).map_err(at)?);
    }
    if parsed
        .iter()
        .all(|t| !t.optional && matches!(t.test, TokenTest::Word(_)))
    {
        let words: Vec<&str> = parsed
            .iter()
            .filter_map(|t| match &t.test {
                TokenTest::Word(w) => Some(w.trim()),
                _ => None,
            })
            .collect();
        return Ok(Pattern::Form(words.join(" ").trim().to_string()));
    }
    for (k, t) in parsed.iter().enumerate() {
        let at = |m: String| format!("token {}: {m}", k + 1);
        match &t.test {
            TokenTest::Any => {}
            TokenTest::Word(w) => check_word(w).map_err(at)?,
            TokenTest::In(ws) => ws.iter().try_for_each(|w| check_word(w)).map_err(at)?,
            TokenTest::Regex(r) => {
                compile_regex(&normalize_text(r, &NormalizeOptions::default())).map_err(at)?;
            }
        }
    }
    let required: Vec<(usize, &PatternToken)> = parsed
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.optional)
        .collect();
    if required.iter().all(|(_, t)| t.test == TokenTest::Any) {
        return Err(
            "a token pattern needs a token that is neither optional nor `{}`: this one would \
             match any word"
                .into(),
        );
    }
    // A pattern that can match one word alone must not match a stop word alone.
    if let [(k, t)] = required.as_slice() {
        let words: &[String] = match &t.test {
            TokenTest::Word(w) => std::slice::from_ref(w),
            TokenTest::In(ws) => ws,
            _ => &[],
        };
        if let Some(w) = words.iter().find(|w| is_stop_word(w)) {
            return Err(format!(
                "token {}: `{w}` is a stop word (gazetteers/stopwords.tsv) and the pattern \
                 can match it alone",
                k + 1
            ));
        }
    }
    Ok(Pattern::Tokens(parsed))
}

/// Reads one token object.
fn read_token(t: &Map<String, Value>) -> Result<PatternToken, String> {
    let mut test = TokenTest::Any;
    let mut attribute: Option<&str> = None;
    let mut optional = false;
    for (key, value) in t {
        match key.as_str() {
            "TEXT" | "ORTH" | "LOWER" => {
                if let Some(a) = attribute {
                    return Err(format!(
                        "both `{a}` and `{key}`: a token reads one of TEXT, ORTH or LOWER"
                    ));
                }
                attribute = Some(key);
                test = text_test(value)?;
            }
            "OP" => {
                optional = match value {
                    Value::String(op) if op == "?" => true,
                    Value::String(op) => {
                        return Err(format!(
                            "`OP` `{op}` is not supported: kashf reads `?` (an optional token) only"
                        ))
                    }
                    v => return Err(format!("`OP` must be a string, not {}", kind(v))),
                }
            }
            other => {
                return Err(format!(
                    "unsupported attribute `{other}` (kashf reads TEXT, ORTH, LOWER and OP)"
                ))
            }
        }
    }
    Ok(PatternToken { test, optional })
}

/// Reads a JSONL pattern text into entries (see `Gazetteer::from_jsonl`).
pub(super) fn read(source: &str, text: &str) -> Result<Vec<Entry>, Error> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for (i, line) in text.split('\n').enumerate() {
        let n = i + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        let line = if n == 1 {
            line.strip_prefix('\u{FEFF}').unwrap_or(line)
        } else {
            line
        };
        if line.trim().is_empty() {
            continue;
        }
        let fail = |m: String| Error::data(source, n, m);
        let v: Value = serde_json::from_str(line).map_err(|e| fail(json_error(&e, line)))?;
        let Value::Object(obj) = &v else {
            return Err(fail(format!("expected a JSON object, found {}", kind(&v))));
        };
        let label = match obj.get("label") {
            Some(Value::String(l)) => l.as_str(),
            Some(v) => return Err(fail(format!("`label` must be a string, not {}", kind(v)))),
            None => return Err(fail("missing `label`".into())),
        };
        let entity_type = parse_label(label).ok_or_else(|| {
            fail(format!(
                "unknown label `{label}` (expected PERSON, PER, ORG, LOC, GPE, FAC, MISC or \
                 another OntoNotes label, read as MISC)"
            ))
        })?;
        let pattern = match obj.get("pattern") {
            Some(Value::String(p)) => Pattern::Form(p.trim().to_string()),
            Some(Value::Array(tokens)) => token_pattern(tokens).map_err(fail)?,
            Some(v) => {
                return Err(fail(format!(
                    "`pattern` must be a string or a list, not {}",
                    kind(v)
                )))
            }
            None => return Err(fail("missing `pattern`".into())),
        };
        if let Pattern::Form(f) = &pattern {
            if f.is_empty() {
                return Err(fail("empty `pattern`".into()));
            }
            check_form(source, n, f)?;
        }
        let id = match obj.get("id") {
            Some(Value::String(id)) if !id.is_empty() => id.clone(),
            Some(Value::Number(id)) => id.to_string(),
            None | Some(Value::Null) => format!("{label}:{}", pattern.describe()),
            Some(_) => return Err(fail("`id` must be a non-empty string or a number".into())),
        };
        let e = match by_id.get(&id) {
            Some(&e) => {
                let first = &entries[e];
                if first.entity_type != entity_type {
                    return Err(fail(format!(
                        "id `{id}` was given a {} label at {}: one id names one entry",
                        first.entity_type.as_str(),
                        first.place()
                    )));
                }
                e
            }
            None => {
                by_id.insert(id.clone(), entries.len());
                entries.push(Entry {
                    name: id.clone(),
                    id,
                    entity_type,
                    subtype: None,
                    forms: Vec::new(),
                    source: source.to_string(),
                    line: Some(n),
                    token_patterns: Vec::new(),
                });
                entries.len() - 1
            }
        };
        let entry = &mut entries[e];
        match pattern {
            Pattern::Form(f) => entry.forms.push(f),
            Pattern::Tokens(tokens) => entry.token_patterns.push(TokenPattern { tokens, line: n }),
        }
    }
    Ok(entries)
}
