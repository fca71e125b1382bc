//! Extracts entities and relations from Arabic text.
//!
//! usage: extract [--format text|json|jsonl|html] [--pretty] [--bytes] [--per-line]
//!                [--gazetteer FILE]... [--patterns FILE]... [--no-rules] [--no-tagger]
//!                [--tagger-model FILE] [FILE|-]...
//!
//! With no file it runs on a short demo news text written for kashf; `-` reads standard
//! input. Each input is read, extracted and written before the next is read. An input that
//! cannot be read (missing, unreadable, not UTF-8) is reported on standard error and the
//! others are still processed; the exit status is then 1. A usage error exits with 2.
//!
//! Formats:
//! - `text` (the default), for a person: one block per entity and per relation, Arabic always
//!   on lines of its own, offsets in chars (`--bytes` adds byte offsets), each relation's
//!   trigger shown in its sentence.
//! - `json`: one document per input as the `document` module's docs describe it (SCHEMA.md),
//!   one a line; `--pretty` indents it.
//! - `jsonl`: one line per input, the document with the input's name first:
//!   `{"source": "news/1.txt", "entities": […], "relations": […]}`.
//! - `html`: one self-contained page (`Document::to_html`) for one input.
//!
//! `--per-line` extracts every line of an input as a document of its own and writes one
//! document for the input, offsets in the whole input's bytes and chars: how a file with one
//! document a line is scored against one gold file. Entities are never merged across lines.
//!
//! `--gazetteer FILE` (TSV) and `--patterns FILE` (spaCy-style JSONL) add the user's lists to
//! the embedded ones, each flag repeatable; `--no-tagger` runs lists and rules only,
//! `--tagger-model FILE` another tagger model; `--no-rules` keeps the lists' matches alone
//! (`EntityRules::ListsOnly`). A list that cannot be loaded is reported as `file:line: reason`.

use kashf::{Document, EntityRules, Extractor, Modality, Relation, TaggerSource};
use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

/// A demo text written for kashf (not taken from any article).
const DEMO: &str = "\
وصل رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اللواء محمد باقري، مساء الأحد، إلى موسكو في زيارة رسمية تستمر ثلاثة أيام.
ومن المقرر أن يلتقي باقري بنظيره الروسي فاليري غيراسيموف، كما يعتزم توقيع مذكرة تفاهم مع وزير الدفاع الروسي سيرغي شويغو.
وقالت وكالة \"تسنيم\" إن المحادثات ستتناول التعاون العسكري بين إيران وروسيا والأوضاع في سوريا وجنوب القوقاز.
وكانت إيران قد بدأت إجراءات الانضمام إلى منظمة شنغهاي للتعاون، فيما قال المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني إن طهران تريد توسيع علاقاتها مع دول شرق آسيا.
";

const USAGE: &str = "\
usage: extract [--format text|json|jsonl|html] [--pretty] [--bytes] [--per-line]
               [--gazetteer FILE]... [--patterns FILE]... [--no-rules] [--no-tagger]
               [--tagger-model FILE] [FILE|-]...";

/// Chars of a sentence shown on either side of a trigger in the text format.
const CONTEXT_CHARS: usize = 60;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Format {
    Text,
    Json,
    Jsonl,
    Html,
}

#[derive(Debug, Default)]
struct Options {
    format: Option<Format>,
    pretty: bool,
    bytes: bool,
    per_line: bool,
    gazetteers: Vec<String>,
    patterns: Vec<String>,
    no_rules: bool,
    no_tagger: bool,
    tagger_model: Option<String>,
    help: bool,
    inputs: Vec<String>,
}

/// Reads the command line; `Err` is a usage error's reason.
fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut i = 0;
    let mut only_files = false;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if only_files || arg == "-" || !arg.starts_with('-') {
            o.inputs.push(arg.clone());
            continue;
        }
        // `--flag value` or `--flag=value`.
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            let v = args
                .get(i)
                .cloned()
                .ok_or(format!("{name} needs a value"))?;
            i += 1;
            Ok(v)
        };
        match flag {
            "--format" => {
                o.format = Some(match value("--format")?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    "jsonl" => Format::Jsonl,
                    "html" => Format::Html,
                    other => return Err(format!("unknown format `{other}`")),
                })
            }
            "--gazetteer" => o.gazetteers.push(value("--gazetteer")?),
            "--patterns" => o.patterns.push(value("--patterns")?),
            "--tagger-model" => o.tagger_model = Some(value("--tagger-model")?),
            "--pretty" | "--bytes" | "--per-line" | "--no-rules" | "--no-tagger" | "-h"
            | "--help"
                if inline.is_some() =>
            {
                return Err(format!("{flag} takes no value"))
            }
            "--pretty" => o.pretty = true,
            "--bytes" => o.bytes = true,
            "--per-line" => o.per_line = true,
            "--no-rules" => o.no_rules = true,
            "--no-tagger" => o.no_tagger = true,
            "-h" | "--help" => o.help = true,
            "--" => only_files = true,
            _ => return Err(format!("unknown option `{arg}`")),
        }
    }
    let format = o.format.unwrap_or(Format::Text);
    if o.pretty && format != Format::Json {
        return Err("--pretty goes with --format json".to_string());
    }
    if o.bytes && format != Format::Text {
        return Err("--bytes goes with --format text".to_string());
    }
    if format == Format::Html && o.inputs.len() > 1 {
        return Err("--format html writes one page: give one input".to_string());
    }
    Ok(o)
}

/// Whether `s` holds a right-to-left letter (Arabic, Hebrew, Syriac, Thaana, N'Ko …).
fn has_rtl(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
    })
}

/// `label value` on one line; when the value is right to left, the label on a line and the
/// value indented on the next, so that no line mixes the two directions.
fn field(out: &mut String, indent: &str, label: &str, value: &str) {
    use std::fmt::Write as _;
    if has_rtl(value) && !label.is_empty() {
        let _ = writeln!(out, "{indent}{label}\n{indent}  {value}");
    } else if label.is_empty() {
        let _ = writeln!(out, "{indent}{value}");
    } else {
        let _ = writeln!(out, "{indent}{label} {value}");
    }
}

/// The offsets of a span as the text format labels them: chars, and bytes on request.
fn offsets(m: &kashf::Mention, bytes: bool) -> String {
    let mut s = format!("chars {}..{}", m.char_start, m.char_end);
    if bytes {
        s.push_str(&format!(", bytes {}..{}", m.start, m.end));
    }
    s
}

/// A relation's modality as the text format shows it: nothing for a done relation, `planned`
/// or `negated` otherwise.
fn modality(r: &Relation) -> Option<&'static str> {
    (r.modality != Modality::Done).then(|| r.modality.as_str())
}

/// An argument of a relation: `head  entity 1, Mohammad Bagheri`, or a right-to-left name
/// on the next line.
fn argument(out: &mut String, label: &str, doc: &Document, i: usize) {
    use std::fmt::Write as _;
    let _ = write!(out, "  {label}  entity {i}");
    match doc.entities.get(i) {
        Some(e) if has_rtl(&e.name) => {
            let _ = writeln!(out, "\n    {}", e.name);
        }
        Some(e) => {
            let _ = writeln!(out, ", {}", e.name);
        }
        None => out.push('\n'),
    }
}

/// The text format: one block per entity, then one per relation.
fn text_format(doc: &Document, text: &str, bytes: bool) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for (i, e) in doc.entities.iter().enumerate() {
        let _ = write!(out, "entity {i}: {}", e.entity_type.as_str());
        match &e.subtype {
            Some(sub) if !has_rtl(sub) => {
                let _ = writeln!(out, ", {sub}");
            }
            Some(sub) => {
                let _ = writeln!(out, "\n  {sub}");
            }
            None => out.push('\n'),
        }
        field(&mut out, "  ", "", &e.name);
        field(&mut out, "  ", "id", &e.id);
        if e.mentions.is_empty() {
            out.push_str("  no mention: named only through an adjective\n");
        }
        for m in &e.mentions {
            let rule = m
                .rule
                .as_deref()
                .map_or(String::new(), |r| format!(" ({r})"));
            let _ = writeln!(out, "  {}{rule}\n    {}", offsets(m, bytes), m.text);
        }
        out.push('\n');
    }
    let implied = doc
        .implied_relations
        .iter()
        .map(|r| (r, " (implied by an adjective)"));
    for (i, (r, implied)) in doc
        .relations
        .iter()
        .map(|r| (r, ""))
        .chain(implied)
        .enumerate()
    {
        let _ = writeln!(out, "relation {i}: {}{implied}", r.relation_type.as_str());
        argument(&mut out, "head", doc, r.head);
        argument(&mut out, "tail", doc, r.tail);
        if let Some(m) = modality(r) {
            field(&mut out, "  ", "modality", m);
        }
        for ev in &r.evidence {
            let _ = writeln!(
                out,
                "  trigger at {} (rule {})\n    {}",
                offsets(&ev.trigger, bytes),
                ev.rule,
                ev.trigger.text
            );
            if let Some(cx) = ev.context(text, CONTEXT_CHARS) {
                let _ = writeln!(
                    out,
                    "  in its sentence\n    {}{}[{}]{}{}",
                    if cx.cut_before { "… " } else { "" },
                    cx.before.trim_start(),
                    cx.trigger,
                    cx.after.trim_end(),
                    if cx.cut_after { " …" } else { "" },
                );
            }
        }
        out.push('\n');
    }
    if doc.entities.is_empty() && doc.relations.is_empty() && doc.implied_relations.is_empty() {
        out.push_str("nothing found\n");
    }
    out
}

/// Extracts every line of `text` as a document of its own and joins them, offsets in `text`.
fn extract_per_line(ex: &Extractor, text: &str) -> Document {
    let mut doc = Document::default();
    let (mut bytes, mut chars) = (0, 0);
    for line in text.split_inclusive('\n') {
        let content = line.strip_suffix('\n').unwrap_or(line);
        let content = content.strip_suffix('\r').unwrap_or(content);
        if !content.trim().is_empty() {
            doc.append(ex.extract(content), bytes, chars);
        }
        bytes += line.len();
        chars += line.chars().count();
    }
    doc
}

/// Reads an input: a file, or standard input for `-`.
fn read_input(name: &str, stdin: &mut dyn Read) -> Result<String, String> {
    let bytes = if name == "-" {
        let mut b = Vec::new();
        stdin.read_to_end(&mut b).map(|_| b)
    } else {
        std::fs::read(name)
    };
    let bytes = bytes.map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn write_doc(
    out: &mut dyn Write,
    o: &Options,
    format: Format,
    name: &str,
    several: bool,
    doc: &Document,
    text: &str,
) -> io::Result<()> {
    match format {
        // Written as it is serialized: a huge document's JSON is never held whole.
        Format::Json if o.pretty => {
            serde_json::to_writer_pretty(&mut *out, doc)?;
            writeln!(out)
        }
        Format::Json => {
            serde_json::to_writer(&mut *out, doc)?;
            writeln!(out)
        }
        Format::Jsonl => {
            // The document's object with the source put first.
            let json = doc.to_json();
            let source = serde_json::to_string(name).unwrap_or_default();
            writeln!(out, "{{\"source\":{source},{}", &json[1..])
        }
        Format::Html => write!(out, "{}", doc.to_html(text)),
        Format::Text => {
            if several {
                let mut head = String::new();
                field(&mut head, "", "==", name);
                write!(out, "{head}")?;
            }
            write!(out, "{}", text_format(doc, text, o.bytes))
        }
    }
}

/// Runs the command; returns the exit status.
fn run(args: &[String], stdin: &mut dyn Read, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let o = match parse_args(args) {
        Ok(o) => o,
        Err(reason) => {
            let _ = writeln!(err, "extract: {reason}\n{USAGE}");
            return 2;
        }
    };
    if o.help {
        let _ = writeln!(out, "{USAGE}");
        return 0;
    }
    let format = o.format.unwrap_or(Format::Text);
    let built;
    let defaults = o.gazetteers.is_empty()
        && o.patterns.is_empty()
        && !o.no_rules
        && !o.no_tagger
        && o.tagger_model.is_none();
    let ex = if defaults {
        Extractor::shared()
    } else {
        let mut b = Extractor::builder();
        for g in &o.gazetteers {
            b.gazetteer_file(g);
        }
        for p in &o.patterns {
            b.patterns_file(p);
        }
        if o.no_rules {
            b.entity_rules(EntityRules::ListsOnly);
        }
        if o.no_tagger {
            b.tagger(TaggerSource::Off);
        }
        if let Some(m) = &o.tagger_model {
            b.tagger(TaggerSource::File(m.into()));
        }
        match b.build() {
            Ok(ex) => {
                built = ex;
                &built
            }
            Err(e) => {
                // file:line: reason, as editors read it.
                let _ = writeln!(err, "{e}");
                return 1;
            }
        }
    };
    let demo = ["demo".to_string()];
    let inputs: &[String] = if o.inputs.is_empty() {
        &demo
    } else {
        &o.inputs
    };
    let several = inputs.len() > 1;
    let mut failed = false;
    for name in inputs {
        let text = if o.inputs.is_empty() {
            DEMO.to_string()
        } else {
            match read_input(name, stdin) {
                Ok(t) => t,
                Err(reason) => {
                    let _ = writeln!(err, "extract: {name}: {reason}");
                    failed = true;
                    continue;
                }
            }
        };
        let doc = if o.per_line {
            extract_per_line(ex, &text)
        } else {
            ex.extract(&text)
        };
        if let Err(e) = write_doc(out, &o, format, name, several, &doc, &text) {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return u8::from(failed);
            }
            let _ = writeln!(err, "extract: writing the output: {e}");
            return 1;
        }
    }
    if let Err(e) = out.flush() {
        if e.kind() != io::ErrorKind::BrokenPipe {
            let _ = writeln!(err, "extract: writing the output: {e}");
            return 1;
        }
    }
    u8::from(failed)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let code = run(&args, &mut io::stdin().lock(), &mut out, &mut io::stderr());
    drop(out);
    ExitCode::from(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the command with these arguments; (status, stdout, stderr).
    fn cmd(args: &[&str], stdin: &str) -> (u8, String, String) {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = run(&args, &mut stdin.as_bytes(), &mut out, &mut err);
        (
            code,
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    }

    /// A scratch directory for one test.
    fn scratch(name: &str) -> std::path::PathBuf {
        let d = std::env::temp_dir().join(format!("kashf-extract-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    const NEWS: &str = "وصل وزير الخارجية الأردني أيمن الصفدي إلى مسقط.\n";

    #[test]
    fn usage_errors_exit_2_with_the_usage_on_stderr() {
        let cases: [(&str, &[&str]); 7] = [
            ("unknown flag", &["--frobnicate"]),
            ("unknown short flag", &["-x"]),
            ("unknown format", &["--format", "xml"]),
            ("format without value", &["--format"]),
            ("pretty with text", &["--pretty"]),
            ("bytes with json", &["--format", "json", "--bytes"]),
            ("two inputs for one page", &["--format", "html", "a", "b"]),
        ];
        for (name, args) in cases {
            let (code, out, err) = cmd(args, "");
            assert_eq!(code, 2, "{name}");
            assert!(out.is_empty(), "{name}");
            assert!(err.contains("usage: extract"), "{name}: {err}");
        }
        let (code, out, _) = cmd(&["--help"], "");
        assert_eq!((code, out.starts_with("usage:")), (0, true));
    }

    #[test]
    fn an_unreadable_input_is_reported_and_the_others_processed() {
        let d = scratch("unreadable");
        let good = d.join("good.txt");
        std::fs::write(&good, NEWS).unwrap();
        let latin1 = d.join("latin1.txt");
        std::fs::write(&latin1, b"caf\xe9\n").unwrap();
        let missing = d.join("missing.txt");
        let [good, latin1, missing, dir] =
            [&good, &latin1, &missing, &d].map(|p| p.display().to_string());
        let (code, out, err) = cmd(
            &["--format", "jsonl", &missing, &good, &latin1, &dir, &good],
            "",
        );
        assert_eq!(code, 1);
        assert_eq!(out.lines().count(), 2, "the good file, twice");
        for line in out.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            assert_eq!(v["source"], good.as_str());
            assert!(!v["entities"].as_array().unwrap().is_empty());
        }
        assert!(err.contains(&format!("extract: {missing}: ")), "{err}");
        assert!(
            err.contains(&format!(
                "extract: {latin1}: not UTF-8 (invalid byte at offset 3)"
            )),
            "{err}"
        );
        assert!(err.contains(&format!("extract: {dir}: ")), "{err}");
        assert_eq!(err.lines().count(), 3, "{err}");
    }

    #[test]
    fn jsonl_starts_each_line_with_its_source() {
        let (code, out, _) = cmd(&["--format", "jsonl", "-"], NEWS);
        assert_eq!(code, 0);
        assert!(out.starts_with(r#"{"source":"-","entities":["#), "{out}");
        let v: serde_json::Value = serde_json::from_str(out.trim_end()).unwrap();
        let doc: Document = serde_json::from_value(v).unwrap();
        assert_eq!(doc, Extractor::shared().extract(NEWS));
    }

    #[test]
    fn user_lists_and_their_errors() {
        let d = scratch("lists");
        let tsv = d.join("mine.tsv");
        std::fs::write(
            &tsv,
            "id\ttype\tsubtype\tname\tforms\nplace:qamishli\tLOCATION\tcity\tQamishli\tالقامشلي\n",
        )
        .unwrap();
        let jsonl = d.join("mine.jsonl");
        std::fs::write(
            &jsonl,
            "{\"label\": \"ORG\", \"pattern\": \"شركة الفرات للنقل\", \"id\": \"org:furat\"}\n",
        )
        .unwrap();
        let bad = d.join("bad.tsv");
        std::fs::write(&bad, "id\ttype\tsubtype\tname\tforms\nx\tPLACE\t-\tX\tس\n").unwrap();
        let [tsv, jsonl, bad] = [&tsv, &jsonl, &bad].map(|p| p.display().to_string());
        let text = "وصل وفد شركة الفرات للنقل إلى القامشلي.";
        let (code, out, _) = cmd(
            &[
                "--format",
                "json",
                "--gazetteer",
                &tsv,
                "--patterns",
                &jsonl,
                "-",
            ],
            text,
        );
        assert_eq!(code, 0);
        let doc: Document = serde_json::from_str(&out).unwrap();
        assert!(doc.entity("place:qamishli").is_some(), "{out}");
        assert!(doc.entity("org:furat").is_some(), "{out}");

        let (code, out, err) = cmd(&["--gazetteer", &bad, "-"], text);
        assert_eq!(code, 1);
        assert!(out.is_empty());
        assert!(
            err.starts_with(&format!("{bad}:2: unknown type `PLACE`")),
            "{err}"
        );
    }

    #[test]
    fn no_rules_keeps_the_lists_alone() {
        // A person the title rule finds, and no list knows.
        let text = "وقال اللواء خليل برهوم إن الوفد وصل إلى دمشق.";
        let ids = |args: &[&str]| {
            let (_, out, _) = cmd(args, text);
            let doc: Document = serde_json::from_str(&out).unwrap();
            doc.entities.into_iter().map(|e| e.id).collect::<Vec<_>>()
        };
        let all = ids(&["--format", "json", "-"]);
        let lists = ids(&["--format", "json", "--no-rules", "-"]);
        assert!(all.iter().any(|id| id.starts_with("PERSON:")), "{all:?}");
        assert!(
            !lists.iter().any(|id| id.starts_with("PERSON:")),
            "{lists:?}"
        );
        assert!(lists.iter().any(|id| id == "city:damascus"), "{lists:?}");
    }

    #[test]
    fn per_line_offsets_point_into_the_whole_file() {
        let text = "\
وصل وزير الخارجية الأردني أيمن الصفدي إلى مسقط.\r
\r
واستقبل وزير الخارجية العماني بدر البوسعيدي في مسقط نظيره الأردني أيمن الصفدي.
وبحث الوزيران التعاون بين الأردن وسلطنة عمان.";
        let (code, out, _) = cmd(&["--format", "json", "--per-line", "-"], text);
        assert_eq!(code, 0);
        let doc: Document = serde_json::from_str(&out).unwrap();
        let chars: Vec<char> = text.chars().collect();
        let char_slice = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
        // Every span is the file's slice, in bytes and in chars.
        let mut mentions = 0;
        for (_, m) in doc.mentions() {
            assert_eq!(&text[m.start..m.end], m.text);
            assert_eq!(char_slice(m.char_start, m.char_end), m.text);
            mentions += 1;
        }
        for r in doc.relations.iter().chain(&doc.implied_relations) {
            for ev in &r.evidence {
                let t = &ev.trigger;
                assert_eq!(&text[t.start..t.end], t.text);
                assert_eq!(char_slice(t.char_start, t.char_end), t.text);
                let sentence = &text[ev.sentence.start..ev.sentence.end];
                assert!(!sentence.contains('\n'), "a sentence stays in its line");
                assert!(sentence.contains(&t.text));
            }
        }
        // The same as each line alone, shifted: nothing merged across lines.
        let ex = Extractor::shared();
        let per_line: Vec<Document> = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| ex.extract(l))
            .collect();
        assert_eq!(
            mentions,
            per_line.iter().map(|d| d.mentions().len()).sum::<usize>()
        );
        assert_eq!(
            doc.entities.len(),
            per_line.iter().map(|d| d.entities.len()).sum::<usize>()
        );
        assert_eq!(
            doc.relations.len(),
            per_line.iter().map(|d| d.relations.len()).sum::<usize>()
        );
        // Jordan and Oman named by adjectives only, on lines 1 and 3: implied relations, their
        // indices shifted like the others'.
        assert_eq!(
            doc.implied_relations.len(),
            per_line
                .iter()
                .map(|d| d.implied_relations.len())
                .sum::<usize>()
        );
        assert!(doc.implied_relations.len() >= 2);
        for r in &doc.implied_relations {
            let (head, tail) = (&doc.entities[r.head], &doc.entities[r.tail]);
            assert!(!head.mentions.is_empty() && tail.mentions.is_empty());
            let line_of = |b: usize| text[..b].matches('\n').count();
            assert_eq!(
                line_of(head.mentions[0].start),
                line_of(r.evidence[0].trigger.start)
            );
        }
        let safadi = doc
            .entities
            .iter()
            .filter(|e| e.id == "person:ayman-safadi")
            .count();
        assert_eq!(safadi, 2, "one Safadi a line");
        // Heads and tails index the joined entities.
        let last = doc.relations.last().unwrap();
        assert_eq!(doc.entities[last.head].id, "country:JO");
        assert_eq!(doc.entities[last.tail].id, "country:OM");
    }

    #[test]
    fn the_text_format_keeps_arabic_on_lines_of_its_own() {
        // Rule-found names are Arabic, in entities and in relations.
        let text = "وقالت وكالة \"تسنيم\" إن وزير الخارجية الأردني أيمن الصفدي وصل إلى مسقط.\n\
                    وصل اللواء خليل برهوم إلى دمشق.";
        let doc = Extractor::shared().extract(text);
        assert!(doc
            .relations
            .iter()
            .any(|r| has_rtl(&doc.entities[r.head].name)));
        for args in [&["-"][..], &["--bytes", "-"][..]] {
            let (code, out, _) = cmd(args, text);
            assert_eq!(code, 0);
            for line in out.lines() {
                let latin = line.chars().any(|c| c.is_ascii_alphabetic());
                // An id is one token even when it holds both (ORGANIZATION:تسنيم).
                let id = doc.entity(line.trim()).is_some();
                assert!(!(latin && has_rtl(line)) || id, "mixed line: {line}");
            }
            assert!(out.contains("chars "), "{out}");
            assert_eq!(out.contains("bytes "), args.len() == 2, "{out}");
            assert!(!out.contains("(-)"), "no placeholder subtype");
            assert!(
                out.contains("[وصل]"),
                "the trigger marked in its sentence: {out}"
            );
        }
    }

    #[test]
    fn the_demo_runs_in_every_format() {
        for format in ["text", "json", "jsonl", "html"] {
            let (code, out, err) = cmd(&["--format", format], "");
            assert_eq!(code, 0, "{format}: {err}");
            assert!(out.contains("باقري"), "{format}");
        }
        let (_, pretty, _) = cmd(&["--format", "json", "--pretty"], "");
        assert!(pretty.starts_with("{\n  \"entities\": ["), "{pretty}");
    }
}
