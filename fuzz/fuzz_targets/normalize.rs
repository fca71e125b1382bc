//! normalize with random options: the offset map is monotone, lands on char boundaries and
//! maps every normalized byte inside the original; normalizing twice changes nothing.
//!
//! Input: two bytes of option bits, then the text (invalid UTF-8 is replaced).

use kashf::{normalize, NormalizeOptions, Span};

fn options(bits: u16) -> NormalizeOptions {
    let mut o = NormalizeOptions::none();
    let on = |i: u16| bits & (1 << i) != 0;
    o.drop_marks = on(0);
    o.drop_tatweel = on(1);
    o.unify_alef = on(2);
    o.alef_maksura_to_ya = on(3);
    o.teh_marbuta_to_heh = on(4);
    o.hamza_carriers = on(5);
    o.persian_letters = on(6);
    o.presentation_forms = on(7);
    o.drop_controls = on(8);
    o.ascii_digits = on(9);
    o.plain_spaces = on(10);
    o.html_entities = on(11);
    o
}

fn check(data: &[u8]) {
    let Some((head, rest)) = data.split_first_chunk::<2>() else {
        return;
    };
    let o = options(u16::from_le_bytes(*head));
    let s = String::from_utf8_lossy(rest);
    let n = normalize(&s, &o);
    let t = n.text();
    assert_eq!(n.original_len(), s.len());
    let mut prev = Span::new(0, 0);
    for (i, c) in t.char_indices() {
        let m = n.to_original(Span::new(i, i + c.len_utf8()));
        assert!(
            m.start < m.end && m.end <= s.len(),
            "{m:?} outside the original"
        );
        assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
        assert!(
            m.start >= prev.start && m.end >= prev.end,
            "not monotone at {i}"
        );
        // Every byte of the char maps to the char's span.
        for b in i..i + c.len_utf8() {
            let mb = n.to_original(Span::new(b, b + 1));
            assert!(mb.start <= mb.end && mb.end <= s.len());
            assert!(s.is_char_boundary(mb.start) && s.is_char_boundary(mb.end));
        }
        prev = m;
    }
    // Any span, even off char boundaries or past the end, maps onto char boundaries.
    let len = t.len();
    for (a, b) in [(0, len), (len / 3, len / 2), (1, len + 5), (len, len)] {
        let m = n.to_original(Span::new(a.min(b), a.max(b)));
        assert!(m.start <= m.end && m.end <= s.len());
        assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
    }
    let twice = normalize(t, &o);
    assert_eq!(twice.text(), t, "normalizing twice changed the text");
}

fn main() {
    afl::fuzz!(|data: &[u8]| check(data));
}
