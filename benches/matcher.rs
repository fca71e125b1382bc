//! Chooses the matcher: aho-corasick (standard, overlapping) against daachorse (charwise,
//! overlapping) on kashf's own normalized forms and on normalized Arabic news, plus building
//! a synthetic one-million-entry list. The winner is what `src/matcher.rs` uses.
//!
//! Text: `../shared/data/text/saudinewsnet_part1.txt` (all of it) when present, otherwise a
//! generated stand-in. `cargo bench --bench matcher`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use kashf::normalize::{normalize, NormalizeOptions};
use kashf::Extractor;
use std::time::Instant;

fn forms() -> Vec<String> {
    let o = NormalizeOptions::default();
    let mut v: Vec<String> = Extractor::shared()
        .entries()
        .iter()
        .flat_map(|e| e.forms.iter().map(|f| normalize(f, &o).text().to_string()))
        .filter(|f| f.chars().count() >= 2)
        .collect();
    v.sort();
    v.dedup();
    v
}

mod common;

/// The news text, normalized.
fn news_text(limit: usize) -> String {
    normalize(&common::news(limit), &NormalizeOptions::default())
        .text()
        .to_string()
}

fn matching(c: &mut Criterion) {
    let forms = forms();
    let text = news_text(40_000_000);
    let ac = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::Standard)
        .build(&forms)
        .unwrap();
    let da = daachorse::CharwiseDoubleArrayAhoCorasick::<u32>::with_values(
        forms
            .iter()
            .enumerate()
            .map(|(i, f)| (f.as_str(), i as u32)),
    )
    .unwrap();
    // Warm-up and checksum: both must find the same matches.
    let n_ac = ac.find_overlapping_iter(&text).count();
    let n_da = da.find_overlapping_iter(&text).count();
    assert_eq!(n_ac, n_da, "the two automata disagree");
    eprintln!(
        "{} forms, {} bytes of text, {n_ac} raw matches",
        forms.len(),
        text.len()
    );
    let mut g = c.benchmark_group("match-overlapping");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("aho-corasick", |b| {
        b.iter(|| black_box(ac.find_overlapping_iter(black_box(&text)).count()))
    });
    g.bench_function("daachorse-charwise", |b| {
        b.iter(|| black_box(da.find_overlapping_iter(black_box(&text)).count()))
    });
    g.finish();
}

fn building(c: &mut Criterion) {
    let names = common::synthetic_names(1_000_000);
    // One timed build each, with the automaton's own heap figure (criterion times below).
    let t = Instant::now();
    let da = daachorse::CharwiseDoubleArrayAhoCorasick::<u32>::with_values(
        names
            .iter()
            .enumerate()
            .map(|(i, f)| (f.as_str(), i as u32)),
    )
    .unwrap();
    eprintln!(
        "daachorse 1M: build {:.2?}, heap {} MB",
        t.elapsed(),
        da.heap_bytes() / 1_000_000
    );
    drop(da);
    let t = Instant::now();
    let ac = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::Standard)
        .build(&names)
        .unwrap();
    eprintln!(
        "aho-corasick 1M: build {:.2?}, heap {} MB",
        t.elapsed(),
        ac.memory_usage() / 1_000_000
    );
    drop(ac);
    let mut g = c.benchmark_group("build-1M");
    g.sample_size(10);
    g.bench_function("daachorse-charwise", |b| {
        b.iter(|| {
            daachorse::CharwiseDoubleArrayAhoCorasick::<u32>::with_values(
                names
                    .iter()
                    .enumerate()
                    .map(|(i, f)| (f.as_str(), i as u32)),
            )
            .unwrap()
            .num_states()
        })
    });
    g.finish();
}

criterion_group!(benches, matching, building);
criterion_main!(benches);
