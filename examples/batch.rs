//! Extracts entities and relations from a corpus in JSON Lines, streaming, on all cores.
//!
//! usage: batch [--threads N] [--gazetteer FILE]... [--patterns FILE]... [--no-defaults]
//!              [--no-rules] [--no-tagger] [--tagger-model FILE] [--max-bytes N] [--chunk N]
//!              [--keep-text] [--bad-records-ok]
//!              [FILE|-]
//!
//! Reads one JSON object a line, `{"id": …, "text": "…", …}`, from FILE or standard input, and
//! writes one line for each to standard output, in input order:
//! `{"id": …, <the other fields, unchanged>, "entities": […], "relations": […]}` (`entities`,
//! `relations` and, when there are some, `implied_relations` as in `Document::to_json`; `text`
//! is left out unless `--keep-text`; an input field of one of these names is replaced). A
//! record that cannot be read (not JSON, not an object, no `text` string, invalid UTF-8,
//! longer than `--max-bytes`) gives `{"line": N, "error": "reason", "id": …}` in its place
//! (`id` when it could be read), and the run goes on: records out = records in. Blank lines
//! are not records.
//!
//! Memory stays bounded whatever the corpus size: a chunk of records (`--chunk`, default 4096,
//! and at most 8 MiB of input) is read, processed in parallel and written in order before the
//! next is read. A record over `--max-bytes` (default 16 MiB) is skipped without being held.
//!
//! Exit status: 0 when every record was read; 1 when some gave an error record (0 with
//! `--bad-records-ok`, for Hadoop Streaming and Spark, where any other status fails the task);
//! 2 for a usage or configuration error (a bad list: nothing is read); 3 when reading the input
//! or writing the output failed (the output may be cut short).
//!
//! A progress line (records, MB, MB/s) goes to standard error when it is a terminal.

use kashf::{Defaults, EntityRules, Extractor, ExtractorBuilder, TaggerSource};
use rayon::prelude::*;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use std::io::{BufRead, BufReader, IsTerminal, Write};
use std::process::ExitCode;
use std::time::{Duration, Instant};

const USAGE: &str = "usage: batch [--threads N] [--gazetteer FILE]... [--patterns FILE]... \
[--no-defaults] [--no-rules] [--no-tagger] [--tagger-model FILE] [--max-bytes N] [--chunk N] [--keep-text] \
[--bad-records-ok] [FILE|-]";

/// A chunk ends after this much input, whatever its number of records.
const CHUNK_BYTES: usize = 8 << 20;

struct Options {
    threads: Option<usize>,
    max_bytes: usize,
    chunk: usize,
    keep_text: bool,
    bad_records_ok: bool,
    input: Option<String>,
    builder: ExtractorBuilder,
}

fn number(flag: &str, value: Option<String>) -> Result<usize, String> {
    match value.as_deref().map(str::parse::<usize>) {
        Some(Ok(n)) if n > 0 => Ok(n),
        _ => Err(format!("{flag} needs a positive whole number")),
    }
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut o = Options {
        threads: None,
        max_bytes: 16 << 20,
        chunk: 4096,
        keep_text: false,
        bad_records_ok: false,
        input: None,
        builder: Extractor::builder(),
    };
    let mut args = args.peekable();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--threads" => o.threads = Some(number("--threads", args.next())?),
            "--max-bytes" => o.max_bytes = number("--max-bytes", args.next())?,
            "--chunk" => o.chunk = number("--chunk", args.next())?,
            "--keep-text" => o.keep_text = true,
            "--bad-records-ok" => o.bad_records_ok = true,
            "--gazetteer" => {
                let f = args.next().ok_or("--gazetteer needs a file")?;
                o.builder.gazetteer_file(f);
            }
            "--patterns" => {
                let f = args.next().ok_or("--patterns needs a file")?;
                o.builder.patterns_file(f);
            }
            "--no-defaults" => {
                o.builder.defaults(Defaults::Exclude);
            }
            "--no-rules" => {
                o.builder.entity_rules(EntityRules::ListsOnly);
            }
            "--no-tagger" => {
                o.builder.tagger(TaggerSource::Off);
            }
            "--tagger-model" => {
                let f = args.next().ok_or("--tagger-model needs a file")?;
                o.builder.tagger(TaggerSource::File(f.into()));
            }
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown flag `{s}`")),
            _ if o.input.is_some() => return Err("one input at most".to_string()),
            _ => o.input = Some(a),
        }
    }
    Ok(o)
}

/// One input line: its bytes (without the line break), or its length when over the limit.
enum Line {
    Bytes(Vec<u8>),
    TooLong(u64),
}

/// Reads the next line, holding at most `max` bytes of it; `None` at the end of the input.
fn read_line(r: &mut impl BufRead, max: usize) -> std::io::Result<Option<Line>> {
    let mut buf = Vec::new();
    let mut len: u64 = 0;
    let mut seen = false;
    loop {
        let available = r.fill_buf()?;
        if available.is_empty() {
            break;
        }
        seen = true;
        let (part, used, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..i], i + 1, true),
            None => (available, available.len(), false),
        };
        len += part.len() as u64;
        if len <= max as u64 + 1 {
            buf.extend_from_slice(part);
        }
        r.consume(used);
        if done {
            break;
        }
    }
    if !seen {
        return Ok(None);
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
        len -= 1;
    }
    Ok(Some(if len > max as u64 {
        Line::TooLong(len)
    } else {
        Line::Bytes(buf)
    }))
}

/// A record's fields in input order, each value as written.
struct Fields<'a>(Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for Fields<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Fields<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut m: M) -> Result<Fields<'de>, M::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = m.next_entry::<String, &'de RawValue>()? {
                    fields.push(entry);
                }
                Ok(Fields(fields))
            }
        }
        d.deserialize_map(V)
    }
}

/// serde's message without its position inside the one-line document.
fn json_message(e: &serde_json::Error, line: &str) -> String {
    if e.is_data() {
        // JSON, but not an object: the only data error of `Fields`.
        return "not a JSON object".to_string();
    }
    let full = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&position).unwrap_or(&full);
    if e.column() == 0 {
        return format!("not JSON: {message}");
    }
    let character = line
        .char_indices()
        .take_while(|(i, _)| *i + 1 < e.column())
        .count()
        + 1;
    format!("not JSON: {message} (at character {character} of the line)")
}

/// The one value of `key`; an error when the record has it twice.
fn field<'a>(fields: &Fields<'a>, key: &str) -> Result<Option<&'a RawValue>, String> {
    let mut found = fields.0.iter().filter(|(k, _)| k == key).map(|(_, v)| *v);
    let first = found.next();
    if found.next().is_some() {
        return Err(format!("the record has two `{key}` fields"));
    }
    Ok(first)
}

fn error_record(line: usize, id: Option<&RawValue>, reason: &str) -> Vec<u8> {
    let mut out = format!(
        "{{\"line\":{line},\"error\":{}",
        serde_json::to_string(reason).unwrap_or_default()
    );
    if let Some(id) = id {
        out.push_str(",\"id\":");
        out.push_str(id.get());
    }
    out.push('}');
    out.into_bytes()
}

/// The output line of one record, and whether it is an error record.
fn process(ex: &Extractor, n: usize, line: &Line, keep_text: bool, max: usize) -> (Vec<u8>, bool) {
    let bytes = match line {
        Line::TooLong(len) => {
            let reason =
                format!("a record of {len} bytes is over the limit of {max} (--max-bytes)");
            return (error_record(n, None, &reason), true);
        }
        Line::Bytes(b) => b,
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let reason = format!("not valid UTF-8 (byte {} of the line)", e.valid_up_to() + 1);
            // The id, when the rest of the line still reads.
            let lossy = String::from_utf8_lossy(bytes);
            let id = serde_json::from_str::<Fields>(&lossy)
                .ok()
                .and_then(|f| field(&f, "id").ok().flatten())
                .filter(|id| !id.get().contains('\u{FFFD}'))
                .map(|id| id.get().to_string());
            let id = id.and_then(|id| RawValue::from_string(id).ok());
            return (error_record(n, id.as_deref(), &reason), true);
        }
    };
    match record(ex, text, keep_text) {
        Ok(out) => (out, false),
        Err((id, reason)) => (error_record(n, id, &reason), true),
    }
}

/// A good record's output line, or the id (when it reads) and the reason it is bad.
fn record<'a>(
    ex: &Extractor,
    line: &'a str,
    keep_text: bool,
) -> Result<Vec<u8>, (Option<&'a RawValue>, String)> {
    let fields: Fields<'a> =
        serde_json::from_str(line).map_err(|e| (None, json_message(&e, line)))?;
    let id = field(&fields, "id").map_err(|m| (None, m))?;
    let text = match field(&fields, "text").map_err(|m| (id, m))? {
        None => return Err((id, "no `text` field".to_string())),
        Some(raw) => serde_json::from_str::<String>(raw.get())
            .map_err(|_| (id, "`text` is not a string".to_string()))?,
    };
    let doc = ex.extract(&text);
    let mut out = Vec::with_capacity(256 + text.len());
    out.push(b'{');
    if let Some(id) = id {
        out.extend_from_slice(b"\"id\":");
        out.extend_from_slice(id.get().as_bytes());
        out.push(b',');
    }
    for (k, v) in &fields.0 {
        let dropped = matches!(
            k.as_str(),
            "id" | "entities" | "relations" | "implied_relations"
        ) || (k == "text" && !keep_text);
        if dropped {
            continue;
        }
        serde_json::to_writer(&mut out, k).map_err(|e| (id, e.to_string()))?;
        out.push(b':');
        out.extend_from_slice(v.get().as_bytes());
        out.push(b',');
    }
    out.extend_from_slice(b"\"entities\":");
    serde_json::to_writer(&mut out, &doc.entities).map_err(|e| (id, e.to_string()))?;
    out.extend_from_slice(b",\"relations\":");
    serde_json::to_writer(&mut out, &doc.relations).map_err(|e| (id, e.to_string()))?;
    if !doc.implied_relations.is_empty() {
        out.extend_from_slice(b",\"implied_relations\":");
        serde_json::to_writer(&mut out, &doc.implied_relations).map_err(|e| (id, e.to_string()))?;
    }
    out.push(b'}');
    Ok(out)
}

/// The progress line on a terminal.
struct Progress {
    on: bool,
    start: Instant,
    last: Instant,
}

impl Progress {
    fn show(&mut self, records: usize, bytes: u64, last: bool) {
        if !self.on || (!last && self.last.elapsed() < Duration::from_millis(250)) {
            return;
        }
        self.last = Instant::now();
        let mb = bytes as f64 / 1e6;
        let rate = mb / self.start.elapsed().as_secs_f64().max(1e-9);
        eprint!("\r{records} records, {mb:.1} MB, {rate:.1} MB/s ");
        if last {
            eprintln!();
        }
    }
}

fn main() -> ExitCode {
    let o = match parse_args(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(m) => {
            if !m.is_empty() {
                eprintln!("batch: {m}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let ex = match o.builder.build() {
        Ok(ex) => ex,
        Err(e) => {
            eprintln!("batch: {e}");
            return ExitCode::from(2);
        }
    };
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = o.threads {
        pool = pool.num_threads(n);
    }
    let pool = match pool.build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("batch: cannot start the threads: {e}");
            return ExitCode::from(2);
        }
    };
    let name = o.input.clone().unwrap_or_else(|| "-".to_string());
    let mut input: Box<dyn BufRead> = match o.input.as_deref() {
        None | Some("-") => Box::new(BufReader::with_capacity(1 << 20, std::io::stdin())),
        Some(path) => match std::fs::File::open(path) {
            Ok(f) => Box::new(BufReader::with_capacity(1 << 20, f)),
            Err(e) => {
                eprintln!("batch: {path}: {e}");
                return ExitCode::from(3);
            }
        },
    };
    let mut output = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
    let now = Instant::now();
    let mut progress = Progress {
        on: std::io::stderr().is_terminal(),
        start: now,
        last: now,
    };
    let (mut line_no, mut records, mut failed, mut bytes) = (0usize, 0usize, 0usize, 0u64);
    loop {
        // Read a chunk.
        let mut chunk: Vec<(usize, Line)> = Vec::new();
        let mut chunk_bytes = 0usize;
        while chunk.len() < o.chunk && chunk_bytes < CHUNK_BYTES {
            let line = match read_line(&mut input, o.max_bytes) {
                Ok(Some(l)) => l,
                Ok(None) => break,
                Err(e) => {
                    eprintln!("batch: {name}: line {}: {e}", line_no + 1);
                    return ExitCode::from(3);
                }
            };
            line_no += 1;
            let len = match &line {
                Line::Bytes(b) if b.iter().all(u8::is_ascii_whitespace) => continue,
                Line::Bytes(b) => b.len(),
                Line::TooLong(n) => *n as usize,
            };
            bytes += len as u64 + 1;
            chunk_bytes += len.min(o.max_bytes);
            chunk.push((line_no, line));
        }
        if chunk.is_empty() {
            break;
        }
        // Process it in parallel; collect keeps the order.
        let outs: Vec<(Vec<u8>, bool)> = pool.install(|| {
            chunk
                .par_iter()
                .map(|(n, l)| process(&ex, *n, l, o.keep_text, o.max_bytes))
                .collect()
        });
        drop(chunk);
        for (out, bad) in &outs {
            failed += usize::from(*bad);
            if let Err(e) = output.write_all(out).and_then(|()| output.write_all(b"\n")) {
                eprintln!("batch: cannot write the output: {e}");
                return ExitCode::from(3);
            }
        }
        records += outs.len();
        progress.show(records, bytes, false);
    }
    if let Err(e) = output.flush() {
        eprintln!("batch: cannot write the output: {e}");
        return ExitCode::from(3);
    }
    progress.show(records, bytes, true);
    if failed > 0 {
        eprintln!(
            "batch: {failed} of {records} records could not be read (error records in the output)"
        );
        if !o.bad_records_ok {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
