//! What the benches share: the news text they run on.

#[allow(dead_code)] // each bench uses part of this module
/// Up to `limit` bytes of `../shared/data/text/saudinewsnet_part1.txt`, or a generated
/// stand-in (with a notice) when ../shared is absent.
pub fn news(limit: usize) -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/text/saudinewsnet_part1.txt"
    );
    match std::fs::read(path) {
        Ok(mut b) => {
            b.truncate(limit);
            String::from_utf8_lossy(&b).into_owned()
        }
        Err(_) => {
            eprintln!("notice: {path} not found; benchmarking on generated text");
            "وصل وزير الخارجية الروسي سيرغي لافروف إلى طهران، حيث التقى نظيره الإيراني.\n"
                .repeat(limit / 140)
        }
    }
}

/// `n` distinct name-like strings of two words, three to seven letters each (deterministic).
#[allow(dead_code)] // each bench uses part of this module
pub fn synthetic_names(n: usize) -> Vec<String> {
    let letters: Vec<char> = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي".chars().collect();
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut out = Vec::with_capacity(n);
    let mut seen = std::collections::HashSet::with_capacity(n);
    while out.len() < n {
        let mut s = String::new();
        for w in 0..2 {
            if w > 0 {
                s.push(' ');
            }
            for _ in 0..(3 + next() % 5) {
                s.push(letters[(next() % letters.len() as u64) as usize]);
            }
        }
        if seen.insert(s.clone()) {
            out.push(s);
        }
    }
    out
}

/// One million names composed as a name list is: 1,000 first words times 1,000 last words
/// (first names repeat across a list, so the automaton shares their prefixes).
#[allow(dead_code)] // each bench uses part of this module
pub fn composed_names() -> Vec<String> {
    let words = synthetic_names(2_000)
        .into_iter()
        .flat_map(|s| s.split(' ').map(str::to_string).collect::<Vec<_>>())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect::<Vec<_>>();
    let (firsts, lasts) = words.split_at(words.len() / 2);
    let mut out = Vec::with_capacity(1_000_000);
    for f in firsts.iter().take(1000) {
        for l in lasts.iter().take(1000) {
            out.push(format!("{f} {l}"));
        }
    }
    out
}
