//! The HTML view of a document ([`Document::to_html`]): one self-contained page for a reader.
//!
//! The page holds the text right to left with every mention one `<mark>` element, a legend, a
//! table of relations (each trigger shown in its sentence) and a table of entities. Its style
//! and its one script are constants of this module: nothing from the text or the document
//! becomes markup, style or script (every string is escaped, every attribute value quoted),
//! and a Content-Security-Policy forbids the page any fetch. Fonts are the reader's system
//! fonts.
//!
//! Hovering (or focusing) any element with a `data-entity` attribute lights up every element
//! of that entity: its mentions in the text, its name in the tables. Hovering a relation's row
//! lights up its head and tail.

use crate::document::{context_window, Document, Evidence, Mention, Relation};
use crate::types::{EntityType, Modality};
use std::fmt::Write;

/// Chars of the sentence shown on either side of a trigger in the relations table.
const CONTEXT_CHARS: usize = 150;

const STYLE: &str = r#"
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 62rem; padding: 1.25rem 1.5rem 3rem; color: #1b1b1f;
  background: #fff; font: 15px/1.5 system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; }
h1 { font-size: 1.15rem; margin: 0 0 .25rem; }
h2 { font-size: 1rem; margin: 2rem 0 .5rem; }
.counts { margin: 0 0 .5rem; color: #555; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem; margin: 0 0 1rem; padding: 0; list-style: none; }
.legend li { padding: .05rem .5rem; border-radius: .3rem; font-size: .8rem; }
.kashf-text { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", "Segoe UI",
  Tahoma, "DejaVu Sans", sans-serif; font-size: 1.3rem; line-height: 2.3;
  border-block: 1px solid #e3e3e8; padding: .75rem 0; }
.kashf-text p { margin: 0 0 .5rem; min-height: 1em; white-space: pre-wrap; overflow-wrap: anywhere; }
mark { color: inherit; border-radius: .35rem; }
mark.kashf-m { padding: .12em .3em; -webkit-box-decoration-break: clone; box-decoration-break: clone;
  cursor: default; }
mark.kashf-m::after { unicode-bidi: isolate; direction: ltr; display: inline-block;
  margin-inline-start: .4em; font: 600 .55rem/1 system-ui, sans-serif; letter-spacing: .05em;
  vertical-align: middle; opacity: .75; }
[data-type="PERSON"] { background: #ffd8a8; }
[data-type="LOCATION"] { background: #b9dcff; }
[data-type="ORGANIZATION"] { background: #c3efb4; }
[data-type="MISC"] { background: #e6cff7; }
mark.kashf-m[data-type="PERSON"]::after { content: "PER"; }
mark.kashf-m[data-type="LOCATION"]::after { content: "LOC"; }
mark.kashf-m[data-type="ORGANIZATION"]::after { content: "ORG"; }
mark.kashf-m[data-type="MISC"]::after { content: "MISC"; }
.lit { outline: 2px solid #c8102e; outline-offset: 1px; }
mark.kashf-m:focus { outline: 2px dashed #c8102e; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: start; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #e3e3e8; }
th { font-weight: 600; color: #444; }
td.sentence { width: 48%; }
td.trigger { min-width: 5rem; }
td.rel { font-size: .8rem; }
td.ar { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", Tahoma, "DejaVu Sans",
  sans-serif; font-size: 1.05rem; }
td .ev + .ev { margin-top: .4rem; padding-top: .4rem; border-top: 1px dotted #ccc; }
.ref { padding: 0 .3rem; border-radius: .25rem; }
td.arg { min-width: 6rem; }
mark.kashf-trigger { background: none; border-bottom: 2px solid #c8102e; border-radius: 0; font-weight: 600; }
mark.kashf-arg { padding: 0 .15em; }
.rule, .id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .75rem; color: #555; }
td.rule { min-width: 8.5rem; overflow-wrap: anywhere; }
.none { color: #888; }
"#;

/// Lights up every element of the entities under the pointer or the keyboard focus.
const SCRIPT: &str = r#"
(function () {
  var lit = [];
  function clear() {
    lit.forEach(function (e) { e.classList.remove("lit"); });
    lit = [];
  }
  function light(ev) {
    clear();
    var t = ev.target.closest ? ev.target.closest("[data-entity],[data-head]") : null;
    if (!t) return;
    var ids = t.hasAttribute("data-entity") ? [t.getAttribute("data-entity")]
      : [t.getAttribute("data-head"), t.getAttribute("data-tail")];
    ids.forEach(function (id) {
      document.querySelectorAll('[data-entity="' + id + '"]').forEach(function (e) {
        e.classList.add("lit");
        lit.push(e);
      });
    });
  }
  document.addEventListener("mouseover", light);
  document.addEventListener("focusin", light);
})();
"#;

/// Writes `s` as HTML text or a quoted attribute value: the five markup characters as
/// references, NUL (which HTML does not keep) as U+FFFD.
fn esc(out: &mut String, s: &str) {
    let mut last = 0;
    for (i, c) in s.char_indices() {
        let rep = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            '\0' => "\u{FFFD}",
            _ => continue,
        };
        out.push_str(&s[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&s[last..]);
}

fn type_label(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "person",
        EntityType::Location => "location",
        EntityType::Organization => "organization",
        EntityType::Misc => "other",
    }
}

/// An element to wrap around a span of the text: its byte range and its opening tag (the
/// closing tag is `</mark>`).
struct Wrap {
    start: usize,
    end: usize,
    open: String,
}

/// Writes `text[from..to]` with the wraps that lie inside it, nested where they nest; a wrap
/// that crosses another one already open, or that is empty, is left out. `wraps` are sorted
/// by start, longer first at one start.
fn write_wrapped(out: &mut String, text: &str, from: usize, to: usize, wraps: &[Wrap]) {
    let mut open: Vec<usize> = Vec::new();
    let mut at = from;
    for w in wraps {
        if w.start < from || w.end > to || w.start >= w.end {
            continue;
        }
        while let Some(&end) = open.last() {
            if end > w.start {
                break;
            }
            esc(out, &text[at..end]);
            out.push_str("</mark>");
            at = end;
            open.pop();
        }
        if open.last().is_some_and(|&end| w.end > end) || w.start < at {
            continue;
        }
        esc(out, &text[at..w.start]);
        out.push_str(&w.open);
        at = w.start;
        open.push(w.end);
    }
    while let Some(end) = open.pop() {
        esc(out, &text[at..end]);
        out.push_str("</mark>");
        at = end;
    }
    esc(out, &text[at..to]);
}

fn sort_wraps(wraps: &mut [Wrap]) {
    wraps.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
}

/// The opening tag of a mention in the text.
fn mention_tag(doc: &Document, entity: usize, m: &Mention) -> String {
    let e = &doc.entities[entity];
    let mut t = String::from(r#"<mark class="kashf-m" tabindex="0" data-type=""#);
    t.push_str(e.entity_type.as_str());
    let _ = write!(t, r#"" data-entity="{entity}" data-id=""#);
    esc(&mut t, &e.id);
    if let Some(sub) = &e.subtype {
        t.push_str(r#"" data-subtype=""#);
        esc(&mut t, sub);
    }
    if let Some(rule) = &m.rule {
        t.push_str(r#"" data-rule=""#);
        esc(&mut t, rule);
    }
    // The tooltip: name, type and subtype, id, rule, one a line.
    t.push_str(r#"" title=""#);
    esc(&mut t, &e.name);
    t.push_str("&#10;");
    t.push_str(e.entity_type.as_str());
    if let Some(sub) = &e.subtype {
        t.push_str(" · ");
        esc(&mut t, sub);
    }
    t.push_str("&#10;");
    esc(&mut t, &e.id);
    if let Some(rule) = &m.rule {
        t.push_str("&#10;found by ");
        esc(&mut t, rule);
    }
    t.push_str(r#"">"#);
    t
}

/// Where the text breaks into paragraphs: every line break (`\n`, `\r\n`, `\r`, U+2029) that
/// no kept mention covers, as byte ranges.
fn paragraph_breaks(text: &str, wraps: &[Wrap]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = match c {
            '\r' if chars.peek().is_some_and(|&(_, n)| n == '\n') => {
                chars.next();
                i + 2
            }
            '\n' | '\r' | '\u{2029}' => i + c.len_utf8(),
            _ => continue,
        };
        // Mention wraps are sorted and never overlap: their ends are sorted too.
        let k = wraps.partition_point(|w| w.end <= i);
        if wraps.get(k).is_none_or(|w| w.start >= end) {
            out.push((i, end));
        }
    }
    out
}

/// The mentions of the document that `text` holds, with their entity, as wraps; overlapping
/// ones (which `extract` never gives) keep the first.
fn mention_wraps(doc: &Document, text: &str) -> Vec<Wrap> {
    let mut ms: Vec<(usize, &Mention)> = doc
        .entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| e.mentions.iter().map(move |m| (i, m)))
        .filter(|(_, m)| m.start < m.end && m.is_in(text))
        .collect();
    ms.sort_by_key(|(_, m)| (m.start, std::cmp::Reverse(m.end)));
    // Sorted by start, longer first: what `write_wrapped` expects.
    let mut out: Vec<Wrap> = Vec::new();
    for (i, m) in ms {
        if out.last().is_some_and(|w| m.start < w.end) {
            continue;
        }
        out.push(Wrap {
            start: m.start,
            end: m.end,
            open: mention_tag(doc, i, m),
        });
    }
    out
}

fn write_text(out: &mut String, doc: &Document, text: &str) {
    let wraps = mention_wraps(doc, text);
    let breaks = paragraph_breaks(text, &wraps);
    // The wraps of one paragraph at a time.
    let within = |from: usize, to: usize| {
        let a = wraps.partition_point(|w| w.start < from);
        let b = wraps.partition_point(|w| w.start < to);
        &wraps[a..b]
    };
    out.push_str("<article class=\"kashf-text\" dir=\"rtl\" lang=\"ar\">\n<p>");
    let mut at = 0;
    for (i, &(start, end)) in breaks.iter().enumerate() {
        write_wrapped(out, text, at, start, within(at, start));
        at = end;
        // A break at the very end of the text opens no empty paragraph.
        if i + 1 < breaks.len() || end < text.len() {
            out.push_str("</p>\n<p>");
        }
    }
    write_wrapped(out, text, at, text.len(), within(at, text.len()));
    out.push_str("</p>\n</article>\n");
}

/// An entity's name as a reference in a table cell, coloured by type and linked to its
/// mentions.
fn write_ref(out: &mut String, doc: &Document, entity: usize) {
    match doc.entities.get(entity) {
        Some(e) => {
            let _ = write!(
                out,
                r#"<bdi class="ref" data-entity="{entity}" data-type="{}" title=""#,
                e.entity_type.as_str()
            );
            esc(out, &e.id);
            out.push_str(r#"">"#);
            esc(out, &e.name);
            out.push_str("</bdi>");
        }
        None => out.push_str(r#"<span class="none">?</span>"#),
    }
}

/// One evidence's trigger in its sentence: the trigger and the relation's arguments marked.
fn write_context(out: &mut String, doc: &Document, text: &str, r: &Relation, ev: &Evidence) {
    let Some(w) = context_window(ev, text, CONTEXT_CHARS) else {
        out.push_str(r#"<span class="none">(not in this text)</span>"#);
        return;
    };
    let mut wraps = vec![Wrap {
        start: ev.trigger.start,
        end: ev.trigger.end,
        open: r#"<mark class="kashf-trigger">"#.to_string(),
    }];
    for &arg in &[r.head, r.tail] {
        let Some(e) = doc.entities.get(arg) else {
            continue;
        };
        for m in e.mentions.iter().filter(|m| m.is_in(text)) {
            wraps.push(Wrap {
                start: m.start,
                end: m.end,
                open: format!(
                    r#"<mark class="kashf-arg" data-entity="{arg}" data-type="{}">"#,
                    e.entity_type.as_str()
                ),
            });
        }
    }
    sort_wraps(&mut wraps);
    if w.cut_before {
        out.push('…');
    }
    write_wrapped(out, text, w.start, w.end, &wraps);
    if w.cut_after {
        out.push('…');
    }
}

/// The one place the view reads a relation's modality: the column shows what is not plain
/// fact (planned, negated); a page whose relations are all done has no modality column.
fn modality(r: &Relation) -> Option<String> {
    (r.modality != Modality::Done).then(|| r.modality.as_str().to_string())
}

/// Which relations a table shows: the document's relations, or those it implies through a
/// nationality adjective (a table of their own, shown only when there are some).
#[derive(Clone, Copy)]
enum Table {
    Relations,
    Implied,
}

/// A relations table; the modality column only when a relation has one.
fn write_relations(
    out: &mut String,
    doc: &Document,
    text: &str,
    table: Table,
    modality: &dyn Fn(&Relation) -> Option<String>,
) {
    let (rels, class, title) = match table {
        Table::Relations => (&doc.relations, "kashf-relations", "Relations"),
        Table::Implied => (
            &doc.implied_relations,
            "kashf-implied",
            "Implied by a nationality adjective",
        ),
    };
    if rels.is_empty() && matches!(table, Table::Implied) {
        return;
    }
    let _ = writeln!(
        out,
        "<section class=\"{class}\">\n<h2>{title} ({})</h2>",
        rels.len()
    );
    if rels.is_empty() {
        out.push_str("<p class=\"none\">No relation found.</p>\n</section>\n");
        return;
    }
    let modalities: Vec<Option<String>> = rels.iter().map(modality).collect();
    let with_modality = modalities.iter().any(Option::is_some);
    out.push_str("<table>\n<thead><tr><th>head</th><th>relation</th><th>tail</th>");
    if with_modality {
        out.push_str("<th>modality</th>");
    }
    out.push_str("<th>trigger</th><th>in its sentence</th><th>rule</th></tr></thead>\n<tbody>\n");
    for (r, m) in rels.iter().zip(&modalities) {
        let _ = write!(
            out,
            r#"<tr data-type="{}" data-head="{}" data-tail="{}"><td class="arg">"#,
            r.relation_type.as_str(),
            r.head,
            r.tail
        );
        write_ref(out, doc, r.head);
        let _ = write!(
            out,
            r#"</td><td class="rel">{}</td><td class="arg">"#,
            r.relation_type.as_str()
        );
        write_ref(out, doc, r.tail);
        out.push_str("</td>");
        if with_modality {
            out.push_str(r#"<td class="modality">"#);
            esc(out, m.as_deref().unwrap_or(Modality::Done.as_str()));
            out.push_str("</td>");
        }
        out.push_str(r#"<td class="ar trigger" dir="rtl" lang="ar">"#);
        for ev in &r.evidence {
            out.push_str(r#"<div class="ev">"#);
            esc(out, &ev.trigger.text);
            out.push_str("</div>");
        }
        out.push_str(r#"</td><td class="ar sentence" dir="rtl" lang="ar">"#);
        for ev in &r.evidence {
            out.push_str(r#"<div class="ev">"#);
            write_context(out, doc, text, r, ev);
            out.push_str("</div>");
        }
        out.push_str(r#"</td><td class="rule">"#);
        for ev in &r.evidence {
            out.push_str(r#"<div class="ev">"#);
            esc(out, &ev.rule);
            out.push_str("</div>");
        }
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

fn write_entities(out: &mut String, doc: &Document) {
    let _ = writeln!(
        out,
        "<section class=\"kashf-entities\">\n<h2>Entities ({})</h2>",
        doc.entities.len()
    );
    if doc.entities.is_empty() {
        out.push_str("<p class=\"none\">No entity found.</p>\n</section>\n");
        return;
    }
    out.push_str(
        "<table>\n<thead><tr><th>name</th><th>type</th><th>subtype</th><th>id</th>\
         <th>mentions</th></tr></thead>\n<tbody>\n",
    );
    for (i, e) in doc.entities.iter().enumerate() {
        let _ = write!(out, r#"<tr data-entity="{i}"><td>"#);
        write_ref(out, doc, i);
        let _ = write!(out, "</td><td>{}</td><td>", e.entity_type.as_str());
        if let Some(sub) = &e.subtype {
            esc(out, sub);
        }
        out.push_str(r#"</td><td class="id"><bdi>"#);
        esc(out, &e.id);
        let _ = writeln!(out, "</bdi></td><td>{}</td></tr>", e.mentions.len());
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

pub(crate) fn page(doc: &Document, text: &str) -> String {
    page_with(doc, text, &modality)
}

fn page_with(doc: &Document, text: &str, modality: &dyn Fn(&Relation) -> Option<String>) -> String {
    let mut out = String::with_capacity(text.len() * 2 + 8192);
    let mentions: usize = doc.entities.iter().map(|e| e.mentions.len()).sum();
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n",
    );
    let _ = writeln!(
        out,
        "<meta name=\"generator\" content=\"kashf {}\">",
        env!("CARGO_PKG_VERSION")
    );
    let _ = writeln!(
        out,
        "<title>kashf: {} entities, {} relations</title>",
        doc.entities.len(),
        doc.relations.len()
    );
    let _ = writeln!(out, "<style>{STYLE}</style>\n</head>\n<body>\n<header>");
    out.push_str("<h1>kashf</h1>\n");
    let _ = writeln!(
        out,
        "<p class=\"counts\">{} entities, {mentions} mentions, {} relations. \
         Hover a name to see every mention of its entity.</p>",
        doc.entities.len(),
        doc.relations.len()
    );
    out.push_str("<ul class=\"legend\">");
    for t in [
        EntityType::Person,
        EntityType::Location,
        EntityType::Organization,
        EntityType::Misc,
    ] {
        let _ = write!(
            out,
            r#"<li data-type="{}">{}</li>"#,
            t.as_str(),
            type_label(t)
        );
    }
    out.push_str("</ul>\n</header>\n<main>\n");
    write_text(&mut out, doc, text);
    write_relations(&mut out, doc, text, Table::Relations, modality);
    write_relations(&mut out, doc, text, Table::Implied, modality);
    write_entities(&mut out, doc);
    let _ = write!(
        out,
        "</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Entity, SpanOut};
    use crate::types::RelationType;

    /// The text a browser shows for a fragment: tags dropped, references read.
    fn text_of(html: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(i) = rest.find('<') {
            out.push_str(&rest[..i]);
            rest = &rest[i + rest[i..].find('>').map_or(rest.len() - i, |j| j + 1)..];
        }
        out.push_str(rest);
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    /// The inner HTML of each `<p>` of the article.
    fn paragraphs(page: &str) -> Vec<&str> {
        let a = page.find("<article").unwrap();
        let b = page.find("</article>").unwrap();
        page[a..b]
            .split("<p>")
            .skip(1)
            .map(|p| p.split("</p>").next().unwrap())
            .collect()
    }

    fn mention(text: &str, start: usize, end: usize) -> Mention {
        Mention {
            start,
            end,
            char_start: text[..start].chars().count(),
            char_end: text[..end].chars().count(),
            text: text.get(start..end).unwrap_or("").to_string(),
            rule: Some("list".to_string()),
        }
    }

    fn entity(id: &str, t: EntityType, mentions: Vec<Mention>) -> Entity {
        Entity {
            id: id.to_string(),
            entity_type: t,
            subtype: None,
            name: id.to_string(),
            mentions,
        }
    }

    fn at(text: &str, needle: &str) -> (usize, usize) {
        let s = text.find(needle).unwrap();
        (s, s + needle.len())
    }

    #[test]
    fn the_text_reads_as_given_with_one_mark_per_mention() {
        let cases = [
            ("one line", "وصل الوزير إلى عمان."),
            ("two lines", "وصل الوزير إلى عمان.\nثم زار دمشق."),
            ("blank line between", "عمان\n\nدمشق"),
            ("windows line ends", "عمان\r\nدمشق\r\n"),
            (
                "markup in the text",
                "<b>عمان</b> & \"دمشق\" 'x' <script>alert(1)</script>",
            ),
        ];
        for (name, text) in cases {
            let doc = crate::Extractor::shared().extract(text);
            let page = doc.to_html(text);
            let lines: Vec<&str> = text.lines().collect();
            let shown: Vec<String> = paragraphs(&page).iter().map(|p| text_of(p)).collect();
            assert_eq!(shown, lines, "{name}");
            let marks = page.matches("<mark class=\"kashf-m\"").count();
            assert_eq!(marks, doc.mentions().len(), "{name}");
            assert!(marks > 0, "{name}");
        }
    }

    /// The lines of `text` as the view breaks it into paragraphs.
    fn lines(text: &str) -> Vec<String> {
        let t = text.replace("\r\n", "\n").replace(['\r', '\u{2029}'], "\n");
        let mut v: Vec<String> = t.split('\n').map(|l| l.replace('\0', "\u{FFFD}")).collect();
        if v.len() > 1 && v.last().is_some_and(String::is_empty) {
            v.pop();
        }
        v
    }

    proptest::proptest! {
        #[test]
        fn any_text_reads_back_from_its_page(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just("مسقط".to_string()),
                    proptest::strategy::Just("أيمن الصفدي".to_string()),
                    proptest::strategy::Just("وصل وزير الخارجية الأردني إلى ".to_string()),
                    proptest::strategy::Just("\r\n".to_string()),
                    proptest::strategy::Just("\u{2029}".to_string()),
                    proptest::strategy::Just("<b>&amp;\"'\0".to_string()),
                    "[\\u{0600}-\\u{06FF}a-z \n\r.،]{0,6}",
                ],
                0..24,
            )
        ) {
            let text: String = parts.concat();
            let doc = crate::Extractor::shared().extract(&text);
            let page = doc.to_html(&text);
            let shown: Vec<String> = paragraphs(&page).iter().map(|p| text_of(p)).collect();
            proptest::prop_assert_eq!(shown, lines(&text));
            proptest::prop_assert_eq!(
                page.matches("<mark class=\"kashf-m\"").count(),
                doc.mentions().len()
            );
        }
    }

    #[test]
    fn an_empty_document_makes_a_page() {
        let page = Document::default().to_html("");
        assert_eq!(paragraphs(&page), [""]);
        assert!(page.contains("No relation found."));
    }

    #[test]
    fn nothing_from_the_input_becomes_markup() {
        let text = "<script>alert('x')</script><style>*{}</style> عمان";
        let mut doc = crate::Extractor::shared().extract(text);
        // Names, ids, subtypes and rules from a user's list are escaped too.
        doc.entities[0].name = "</title><script>x()</script>".to_string();
        doc.entities[0].id = "id\" onmouseover=\"x()".to_string();
        doc.entities[0].subtype = Some("<img src=x>".to_string());
        let page = doc.to_html(text);
        assert_eq!(page.matches("<script").count(), 1, "only the page's own");
        assert_eq!(page.matches("<style").count(), 1, "only the page's own");
        assert!(!page.contains("<img"));
        assert!(!page.contains("\" onmouseover"));
        // The input's markup arrives as text (names found inside it may be highlighted).
        assert!(page.contains("&lt;"), "escaped angle brackets");
        assert!(page.contains("&#39;"), "escaped quotes");
        assert!(!page.contains("<script>alert") && !page.contains("</script><style>"));
    }

    #[test]
    fn the_page_fetches_nothing() {
        let text = "التقى وزير الخارجية المصري نظيره الأردني في عمان.";
        let page = crate::Extractor::shared().extract(text).to_html(text);
        assert!(page.contains("default-src 'none'"));
        for fetch in ["http:", "https:", "url(", "@import", "src=", "href="] {
            assert!(!page.contains(fetch), "{fetch}");
        }
    }

    #[test]
    fn spans_that_do_not_fit_the_text_are_left_unmarked() {
        let text = "وصل الوزير إلى عمان.";
        let (s, e) = at(text, "عمان");
        let good = mention(text, s, e);
        let mut off_boundary = good.clone();
        off_boundary.start += 1;
        let mut out_of_range = good.clone();
        out_of_range.start = text.len() + 10;
        out_of_range.end = text.len() + 20;
        let mut reversed = good.clone();
        reversed.start = e;
        reversed.end = s;
        let mut other_text = good.clone();
        other_text.text = "دمشق".to_string();
        let cases = [
            ("a good mention", good, 1),
            ("off a char boundary", off_boundary, 0),
            ("out of range", out_of_range, 0),
            ("end before start", reversed, 0),
            ("another text's mention", other_text, 0),
        ];
        for (name, m, marks) in cases {
            let doc = Document {
                entities: vec![entity("city:amman", EntityType::Location, vec![m.clone()])],
                relations: vec![Relation {
                    relation_type: RelationType::Visits,
                    head: 0,
                    tail: 7,
                    evidence: vec![Evidence {
                        sentence: SpanOut {
                            start: 0,
                            end: usize::MAX,
                        },
                        trigger: m,
                        rule: "r".to_string(),
                    }],
                    modality: Modality::Done,
                }],
                implied_relations: vec![],
            };
            let page = doc.to_html(text);
            assert_eq!(
                page.matches("<mark class=\"kashf-m\"").count(),
                marks,
                "{name}"
            );
            assert_eq!(text_of(paragraphs(&page)[0]), text, "{name}");
        }
    }

    #[test]
    fn overlapping_mentions_keep_the_first() {
        let text = "منظمة شنغهاي للتعاون";
        let whole = mention(text, 0, text.len());
        let (s, e) = at(text, "شنغهاي");
        let inner = mention(text, s, e);
        let doc = Document {
            entities: vec![
                entity("org:sco", EntityType::Organization, vec![whole]),
                entity("x", EntityType::Location, vec![inner]),
            ],
            relations: vec![],
            implied_relations: vec![],
        };
        let page = doc.to_html(text);
        assert_eq!(page.matches("<mark class=\"kashf-m\"").count(), 1);
        assert_eq!(text_of(paragraphs(&page)[0]), text);
    }

    #[test]
    fn a_line_break_inside_a_mention_does_not_split_it() {
        let text = "منظمة شنغهاي\nللتعاون";
        let doc = Document {
            entities: vec![entity(
                "org:sco",
                EntityType::Organization,
                vec![mention(text, 0, text.len())],
            )],
            relations: vec![],
            implied_relations: vec![],
        };
        let page = doc.to_html(text);
        assert_eq!(paragraphs(&page).len(), 1);
        assert_eq!(page.matches("<mark class=\"kashf-m\"").count(), 1);
    }

    #[test]
    fn the_modality_column_appears_only_when_a_relation_has_one() {
        let text = "وصل وزير الخارجية الأردني أيمن الصفدي إلى مسقط، وقال إن الأردن يريد تعاونا أوسع.";
        let doc = crate::Extractor::shared().extract(text);
        assert!(doc.relations.len() >= 2);
        let page = doc.to_html(text);
        assert!(!page.contains("<th>modality</th>"));
        let mut doc = doc;
        doc.relations[0].modality = Modality::Negated;
        let page = doc.to_html(text);
        assert!(page.contains("<th>modality</th>"));
        assert!(page.contains(r#"<td class="modality">negated</td>"#));
        assert!(page.contains(r#"<td class="modality">done</td>"#));
        assert_eq!(
            page.matches(r#"<td class="modality">"#).count(),
            doc.relations.len()
        );
    }

    #[test]
    fn each_relation_is_one_row_with_its_trigger_marked_in_its_sentence() {
        let text = "وصل وزير الخارجية الأردني أيمن الصفدي إلى مسقط، وقال إن الأردن يريد تعاونا أوسع.";
        let doc = crate::Extractor::shared().extract(text);
        let page = doc.to_html(text);
        assert_eq!(page.matches("<tr data-head=").count(), 0);
        assert_eq!(page.matches("<tr data-type=").count(), doc.relations.len());
        let visit = doc
            .relations
            .iter()
            .find(|r| r.relation_type == RelationType::Visits)
            .expect("a visit");
        let row = format!(
            r#"<tr data-type="VISITS" data-head="{}" data-tail="{}">"#,
            visit.head, visit.tail
        );
        assert!(page.contains(&row), "{row}");
        assert!(page.contains(r#"<mark class="kashf-trigger">وصل</mark>"#));
    }

    #[test]
    fn relations_implied_by_an_adjective_have_a_table_of_their_own() {
        let named =
            "وصل وزير الخارجية الأردني أيمن الصفدي إلى مسقط، وقال إن الأردن يريد تعاونا أوسع.";
        let page = crate::Extractor::shared().extract(named).to_html(named);
        assert!(
            !page.contains("kashf-implied"),
            "Jordan is named: no implied table"
        );
        let text = "وصل وزير الخارجية الأردني أيمن الصفدي إلى مسقط.";
        let doc = crate::Extractor::shared().extract(text);
        assert_eq!(doc.relations.len(), 1);
        assert_eq!(doc.implied_relations.len(), 1);
        let page = doc.to_html(text);
        let implied = &page[page
            .find("<section class=\"kashf-implied\">")
            .expect("a table")..];
        let implied = &implied[..implied.find("</section>").unwrap()];
        assert_eq!(
            implied.matches("<tr data-type=\"AFFILIATED_WITH\"").count(),
            1
        );
        assert_eq!(page.matches("<tr data-type=").count(), 2);
    }
}
