//! End-to-end figures: building the default extractor, normalization, and extraction on Arabic
//! news cut into article-sized documents (about 4 KB, at line breaks), with the context rules
//! and with the lists alone, and on one long document (4 MB). Throughput is bytes of input per
//! second.
//!
//! Text: `../shared/data/text/saudinewsnet_part1.txt` (all of it) when present, otherwise a
//! generated stand-in. `cargo bench --bench extract`. Compare with `../shared/bench/peers`
//! run on the same text in the same session (see README "Speed").

use criterion::{black_box, criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use kashf::normalize::{normalize, NormalizeOptions};
use kashf::{Defaults, EntityRules, EntityType, Entry, Extractor, Gazetteer, TaggerSource};

mod common;
use common::news;

/// Names as a gazetteer. The canonical name is the Arabic form itself: no transliteration
/// variants, one form an entry.
fn gazetteer_of(names: Vec<String>) -> Gazetteer {
    let mut g = Gazetteer::new();
    for (i, s) in names.into_iter().enumerate() {
        g.push(Entry::new(
            format!("synthetic:{i}"),
            EntityType::Person,
            None,
            s.clone(),
            vec![s],
        ));
    }
    g
}

/// Article-sized documents, cut at line breaks.
fn documents(text: &str) -> Vec<&str> {
    let mut docs = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + 4096).min(text.len());
        while end < text.len() && !text.is_char_boundary(end) {
            end += 1;
        }
        if let Some(nl) = text[end..].find('\n') {
            end += nl + 1;
        } else {
            end = text.len();
        }
        docs.push(&text[start..end]);
        start = end;
    }
    docs
}

fn bench(c: &mut Criterion) {
    let text = news(40_000_000);
    let docs = documents(&text);
    let full = Extractor::shared();
    let lists = Extractor::builder()
        .entity_rules(EntityRules::ListsOnly)
        .build()
        .unwrap();
    let no_tagger = Extractor::builder()
        .tagger(TaggerSource::Off)
        .build()
        .unwrap();
    // Warm-up and checksum.
    let mentions: usize = docs.iter().map(|d| full.extract(d).mentions().len()).sum();
    eprintln!(
        "{} bytes in {} documents, {mentions} mentions",
        text.len(),
        docs.len()
    );

    let mut g = c.benchmark_group("build");
    g.sample_size(20);
    g.bench_function("default-extractor", |b| {
        b.iter(|| black_box(Extractor::builder().build().unwrap().entries().len()))
    });
    g.finish();

    // Extractors over one million synthetic names: composed like a real list (1,000 first
    // words × 1,000 last words), and random letters (the worst case: little prefix sharing).
    let composed = gazetteer_of(common::composed_names());
    let random = gazetteer_of(common::synthetic_names(1_000_000));
    for (what, g) in [("composed", &composed), ("random", &random)] {
        let t = std::time::Instant::now();
        let ex = Extractor::builder()
            .defaults(Defaults::Exclude)
            .gazetteer(g.clone())
            .build()
            .unwrap();
        eprintln!(
            "1M {what} names: extractor built in {:.2?}, automaton {} MB",
            t.elapsed(),
            ex.automaton_bytes() / 1_000_000
        );
    }
    let mut g = c.benchmark_group("build");
    g.sample_size(10);
    // The builder is set up outside the timing; `build` itself copies the list once.
    g.bench_function("1M-composed-names", |b| {
        b.iter_batched(
            || {
                let mut builder = Extractor::builder();
                builder
                    .defaults(Defaults::Exclude)
                    .gazetteer(composed.clone());
                builder
            },
            |builder| builder.build().unwrap().automaton_bytes(),
            BatchSize::LargeInput,
        )
    });
    g.finish();

    let mut g = c.benchmark_group("news");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    let o = NormalizeOptions::default();
    g.bench_function("normalize", |b| {
        b.iter(|| black_box(normalize(black_box(&text), &o).text().len()))
    });
    g.bench_function("extract-lists-only", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| lists.extract(d).entities.len())
                .sum::<usize>()
        })
    });
    g.bench_function("extract-lists-and-rules", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| no_tagger.extract(d).entities.len())
                .sum::<usize>()
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| full.extract(d).entities.len())
                .sum::<usize>()
        })
    });
    g.finish();

    // One long document: the first 4 MB of the news as a single text. Per byte it should cost
    // what the 4 KB documents cost; a stage that is quadratic in the document's length (the
    // tagger merge once scanned every candidate for every tagged name: 36 s here) shows.
    let mut cut = text.len().min(4_000_000);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let long = &text[..cut];
    let mut g = c.benchmark_group("long-document");
    g.throughput(Throughput::Bytes(long.len() as u64));
    g.sample_size(10);
    g.bench_function("extract", |b| {
        b.iter(|| full.extract(black_box(long)).entities.len())
    });
    g.bench_function("extract-lists-and-rules", |b| {
        b.iter(|| no_tagger.extract(black_box(long)).entities.len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
