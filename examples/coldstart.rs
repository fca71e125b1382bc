//! Measures a cold start: the time until the default extractor (embedded lists, precompiled
//! automaton, embedded tagger model) is ready, and until its first document is done.
//!
//! usage: coldstart   (run it a few times: the first run after a build also pays page cache)

fn main() {
    let t = std::time::Instant::now();
    let ex = kashf::Extractor::shared();
    let ready = t.elapsed();
    let doc = ex.extract("وصل وزير الخارجية الروسي سيرغي لافروف إلى أنقرة.");
    println!(
        "ready in {:.1} ms, first document done at {:.1} ms ({} entities)",
        ready.as_secs_f64() * 1e3,
        t.elapsed().as_secs_f64() * 1e3,
        doc.entities.len()
    );
}
