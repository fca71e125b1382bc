//! Extracts entities and relations from Arabic text.
//!
//! usage: extract [--format json|text] [FILE|-]...
//!
//! With no file it runs on a short demo news text written for kashf. `-` reads standard
//! input. JSON output follows SCHEMA.md: one document per input, one per line when there are
//! several inputs.

use kashf::{Document, Extractor};
use std::io::Read;
use std::process::ExitCode;

/// A demo text written for kashf (not taken from any article).
const DEMO: &str = "\
وصل رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اللواء محمد باقري، مساء الأحد، إلى موسكو في زيارة رسمية تستمر ثلاثة أيام.
ومن المقرر أن يلتقي باقري بنظيره الروسي فاليري غيراسيموف، كما يعتزم توقيع مذكرة تفاهم مع وزير الدفاع الروسي سيرغي شويغو.
وقالت وكالة \"تسنيم\" إن المحادثات ستتناول التعاون العسكري بين إيران وروسيا والأوضاع في سوريا وجنوب القوقاز.
وكانت إيران قد بدأت إجراءات الانضمام إلى منظمة شنغهاي للتعاون، فيما قال المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني إن طهران تريد توسيع علاقاتها مع دول شرق آسيا.
";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Text,
}

fn usage() -> ExitCode {
    eprintln!("usage: extract [--format json|text] [FILE|-]...");
    ExitCode::from(2)
}

fn print_text(doc: &Document) {
    for e in &doc.entities {
        let subtype = e.subtype.as_deref().unwrap_or("-");
        println!("{} {} ({subtype}) {}", e.entity_type.as_str(), e.name, e.id);
        for m in &e.mentions {
            println!("    {}..{}  {}", m.start, m.end, m.text);
        }
    }
    for r in &doc.relations {
        let trigger = r.evidence.first().map_or("", |ev| ev.trigger.text.as_str());
        println!(
            "{} {} {}    [{}]",
            doc.entities[r.head].name,
            r.relation_type.as_str(),
            doc.entities[r.tail].name,
            trigger
        );
    }
}

fn main() -> ExitCode {
    let mut format = Format::Text;
    let mut inputs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--format" => match args.next().as_deref() {
                Some("json") => format = Format::Json,
                Some("text") => format = Format::Text,
                _ => return usage(),
            },
            "-h" | "--help" => return usage(),
            _ => inputs.push(a),
        }
    }
    let mut texts = Vec::new();
    if inputs.is_empty() {
        texts.push(("demo".to_string(), DEMO.to_string()));
    }
    for path in inputs {
        let mut text = String::new();
        let read = if path == "-" {
            std::io::stdin().read_to_string(&mut text).map(|_| ())
        } else {
            std::fs::read(&path).and_then(|b| {
                text = String::from_utf8(b).map_err(|e| {
                    std::io::Error::new(std::io::ErrorKind::InvalidData, format!("not UTF-8: {e}"))
                })?;
                Ok(())
            })
        };
        if let Err(e) = read {
            eprintln!("extract: {path}: {e}");
            return ExitCode::FAILURE;
        }
        texts.push((path, text));
    }
    let ex = Extractor::shared();
    for (name, text) in &texts {
        let doc = ex.extract(text);
        match format {
            Format::Json => println!("{}", doc.to_json()),
            Format::Text => {
                if texts.len() > 1 {
                    println!("== {name}");
                }
                print_text(&doc);
            }
        }
    }
    ExitCode::SUCCESS
}
