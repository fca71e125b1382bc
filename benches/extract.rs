//! End-to-end figures: building the default extractor, normalization, and extraction on Arabic
//! news cut into article-sized documents (about 4 KB, at line breaks), with the context rules
//! and with the lists alone. Throughput is bytes of input per second.
//!
//! Text: `../shared/data/text/saudinewsnet_part1.txt` (all of it) when present, otherwise a
//! generated stand-in. `cargo bench --bench extract`. Compare with `../shared/bench/peers`
//! run on the same text in the same session (see README "Speed").

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use kashf::normalize::{normalize, NormalizeOptions};
use kashf::{EntityRules, Extractor};

mod common;
use common::news;

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
    g.bench_function("extract", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| full.extract(d).entities.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
