//! What the benches share: the news text they run on.

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
