//! Arabic normalization with an offset map back to the original text.
//!
//! Every rule can be switched on or off through [`NormalizeOptions`]. The same function
//! normalizes gazetteer entries and input text, so both meet in one alphabet. The result,
//! [`Normalized`], keeps for every byte of the normalized text the original byte range it
//! came from, so that a span found in the normalized text maps back to the caller's bytes.
//!
//! ```
//! use kashf::normalize::{normalize, NormalizeOptions};
//!
//! let n = normalize("إِيرانُ", &NormalizeOptions::default());
//! assert_eq!(n.text(), "ايران");
//! // The whole normalized word maps back to the whole original, marks included.
//! let orig = n.to_original(kashf::Span::new(0, n.text().len()));
//! assert_eq!(orig, kashf::Span::new(0, "إِيرانُ".len()));
//! ```

use crate::span::Span;
use crate::tokenize::{class, class_of, dot_class, Cutter, Tokenized};
use unicode_normalization::UnicodeNormalization;

/// Which normalization rules apply. `Default` is the setting kashf is evaluated with.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct NormalizeOptions {
    /// Drop harakat, tanween, shadda, sukun, dagger alef and the other Arabic combining marks
    /// (U+0610–U+061A, U+064B–U+065F, U+0670, U+06D6–U+06ED).
    pub drop_marks: bool,
    /// Drop tatweel (U+0640).
    pub drop_tatweel: bool,
    /// أ إ آ ٱ → ا.
    pub unify_alef: bool,
    /// ى → ي.
    pub alef_maksura_to_ya: bool,
    /// ة → ه.
    pub teh_marbuta_to_heh: bool,
    /// ؤ → و and ئ → ي. Off by default: in Arabic news these spellings separate real words
    /// and names (زائد "extra" and زايد "Zayed", هادئ and هادي, يؤم and يوم); see DESIGN.md.
    pub hamza_carriers: bool,
    /// Persian, Urdu and Maghrebi letters to their Arabic counterparts (ک → ك, ی → ي, ڤ → ف, …).
    pub persian_letters: bool,
    /// Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) through compatibility decomposition.
    pub presentation_forms: bool,
    /// Drop zero-width and bidi controls (U+200C–U+200F, U+202A–U+202E, U+2066–U+2069,
    /// U+061C, U+FEFF, the soft hyphen U+00AD, the word joiner U+2060); the zero-width space
    /// U+200B, which separates words, becomes a space.
    pub drop_controls: bool,
    /// Arabic-Indic and Eastern Arabic digits → ASCII digits.
    pub ascii_digits: bool,
    /// No-break and other fixed-width spaces → U+0020.
    pub plain_spaces: bool,
    /// HTML character references that web text leaves escaped (`&quot;`, `&#8220;`,
    /// `&#x201D;`, `&nbsp;`, `&lt;`, `&gt;`, `&apos;`) → the character they name, then
    /// normalized like it. References to ASCII letters, digits, `#`, `;`, `&` and `.` stay
    /// as written, so that normalizing twice changes nothing (`&amp;quot;` stays).
    pub html_entities: bool,
}

impl Default for NormalizeOptions {
    fn default() -> Self {
        NormalizeOptions {
            drop_marks: true,
            drop_tatweel: true,
            unify_alef: true,
            alef_maksura_to_ya: true,
            teh_marbuta_to_heh: true,
            hamza_carriers: false,
            persian_letters: true,
            presentation_forms: true,
            drop_controls: true,
            ascii_digits: true,
            plain_spaces: true,
            html_entities: true,
        }
    }
}

impl NormalizeOptions {
    /// Every rule off: the text passes through unchanged.
    pub fn none() -> Self {
        NormalizeOptions {
            drop_marks: false,
            drop_tatweel: false,
            unify_alef: false,
            alef_maksura_to_ya: false,
            teh_marbuta_to_heh: false,
            hamza_carriers: false,
            persian_letters: false,
            presentation_forms: false,
            drop_controls: false,
            ascii_digits: false,
            plain_spaces: false,
            html_entities: false,
        }
    }

    /// Every rule on, including the hamza carriers.
    pub fn all() -> Self {
        NormalizeOptions {
            hamza_carriers: true,
            ..NormalizeOptions::default()
        }
    }
}

/// Normalized text with its map back to the original.
///
/// The map is kept as pieces, not per byte: a piece is a run of normalized text that is a
/// copy of an original run (same offsets, shifted), or the expansion of one presentation
/// form. Arabic news needs a piece only where a mark, a control or a digit changes the
/// offsets: about 90,000 for 33 MB, where a start and an end per byte took 8 bytes a byte.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    text: String,
    pieces: Vec<Piece>,
    original_len: usize,
    /// Where a tanween (ً ٌ ٍ) was dropped: the normalized byte right after the letter that
    /// carried it, in text order.
    tanween: Vec<u32>,
}

/// A run of normalized text and where it came from (see [`Normalized`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    /// Where the piece starts in the normalized text, times two; plus one for an expansion.
    at: usize,
    /// The original byte its first character's source starts at.
    orig: u32,
    /// The original byte its last character's source ends at, extended over the marks and
    /// tatweel dropped right after it; for an expansion, the end of every byte's source.
    end: u32,
}

impl Piece {
    fn norm(&self) -> usize {
        self.at >> 1
    }

    fn expansion(&self) -> bool {
        self.at & 1 == 1
    }
}

impl Normalized {
    /// The normalized text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Length of the original text in bytes.
    pub fn original_len(&self) -> usize {
        self.original_len
    }

    /// Where the original text wrote a tanween (ً ٌ ٍ, which normalization drops; also as a
    /// character reference or a presentation form): for each, the normalized byte right after
    /// the last character kept before it (the letter that carried it), in text order. News
    /// writes it on adverbs and indefinite accusatives (شكراً, ماديًا), hardly ever on a name.
    ///
    /// ```
    /// use kashf::normalize::{normalize, NormalizeOptions};
    ///
    /// let n = normalize("قال شاكراً", &NormalizeOptions::default());
    /// assert_eq!(n.text(), "قال شاكرا");
    /// assert_eq!(n.tanween(), &[n.text().len() as u32]);
    /// ```
    pub fn tanween(&self) -> &[u32] {
        &self.tanween
    }

    /// Maps a byte span of the normalized text to the byte span of the original text it came
    /// from. The span's ends are clamped to the text and need not lie on char boundaries; the
    /// result always does. An empty span maps to an empty span.
    pub fn to_original(&self, span: Span) -> Span {
        let len = self.text.len();
        let start = span.start.min(len);
        let end = span.end.min(len);
        if start >= end {
            let at = if start < len {
                self.start_of(start)
            } else {
                self.original_len
            };
            return Span::new(at, at);
        }
        Span::new(self.start_of(start), self.end_of(end - 1))
    }

    /// The piece that holds normalized byte `i` (`i < text.len()`), and where the next starts.
    fn piece(&self, i: usize) -> (&Piece, usize) {
        let k = self.pieces.partition_point(|p| p.norm() <= i) - 1;
        let next = self.pieces.get(k + 1).map_or(self.text.len(), Piece::norm);
        (&self.pieces[k], next)
    }

    /// Where the character holding normalized byte `i` starts.
    fn char_start(&self, mut i: usize) -> usize {
        while !self.text.is_char_boundary(i) {
            i -= 1;
        }
        i
    }

    /// The original byte where the source of normalized byte `i` starts.
    fn start_of(&self, i: usize) -> usize {
        let (p, _) = self.piece(i);
        if p.expansion() {
            return p.orig as usize;
        }
        p.orig as usize + (self.char_start(i) - p.norm())
    }

    /// The original byte where the source of normalized byte `i` ends.
    fn end_of(&self, i: usize) -> usize {
        let (p, next) = self.piece(i);
        if p.expansion() {
            return p.end as usize;
        }
        let cs = self.char_start(i);
        let ce = cs + self.text[cs..].chars().next().map_or(1, char::len_utf8);
        if ce >= next {
            p.end as usize
        } else {
            p.orig as usize + (ce - p.norm())
        }
    }
}

/// Whether `c` is a tanween (ً ٌ ٍ), also as an isolated or tatweel presentation form.
fn is_tanween(c: char) -> bool {
    matches!(
        c,
        '\u{64B}'..='\u{64D}' | '\u{FE70}' | '\u{FE71}' | '\u{FE72}' | '\u{FE74}'
    )
}

/// Whether `c` is an Arabic combining mark the `drop_marks` rule removes.
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

/// Whether `c` is a zero-width or bidi control the `drop_controls` rule removes (the zero-width
/// space U+200B is not among them: it separates words, and becomes a space).
pub fn is_control(c: char) -> bool {
    matches!(c, '\u{200C}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}' | '\u{00AD}' | '\u{2060}')
}

fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// What one character of (decomposed) input becomes.
enum Out {
    Keep(char),
    /// Dropped, and attached to the preceding kept character (marks, tatweel).
    DropAttached,
    /// Dropped, attached to nothing (controls).
    DropFree,
}

fn map_char(c: char, o: &NormalizeOptions) -> Out {
    if o.drop_marks && is_arabic_mark(c) {
        return Out::DropAttached;
    }
    if o.drop_tatweel && c == '\u{0640}' {
        return Out::DropAttached;
    }
    if o.drop_controls && is_control(c) {
        return Out::DropFree;
    }
    let c = match c {
        'أ' | 'إ' | 'آ' | 'ٱ' if o.unify_alef => 'ا',
        'ى' if o.alef_maksura_to_ya => 'ي',
        'ة' if o.teh_marbuta_to_heh => 'ه',
        'ؤ' if o.hamza_carriers => 'و',
        'ئ' if o.hamza_carriers => 'ي',
        '\u{0660}'..='\u{0669}' if o.ascii_digits => digit(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' if o.ascii_digits => digit(c as u32 - 0x06F0),
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2000}'..='\u{200A}' if o.plain_spaces => ' ',
        '\u{200B}' if o.drop_controls => ' ',
        c if o.persian_letters => persian(c, o),
        c => c,
    };
    Out::Keep(c)
}

/// The character an HTML character reference at the start of `b` names and the reference's
/// length in bytes, for [`NormalizeOptions::html_entities`].
fn html_entity(b: &[u8]) -> Option<(char, usize)> {
    let rest = b.strip_prefix(b"&")?;
    let end = rest.iter().take(11).position(|&x| x == b';')?;
    let name = &rest[..end];
    let c = match name {
        b"quot" => '"',
        b"apos" => '\'',
        b"lt" => '<',
        b"gt" => '>',
        b"nbsp" => '\u{00A0}',
        [b'#', b'x' | b'X', hex @ ..] if !hex.is_empty() => {
            char::from_u32(u32::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?)?
        }
        [b'#', dec @ ..] if !dec.is_empty() && dec.iter().all(u8::is_ascii_digit) => {
            char::from_u32(std::str::from_utf8(dec).ok()?.parse().ok()?)?
        }
        _ => return None,
    };
    // Nothing an entity could be made of again, nothing the sentence rule reads (.), no
    // control character.
    let inert =
        !(c.is_ascii_alphanumeric() || matches!(c, '#' | ';' | '&' | '.') || c.is_control());
    inert.then_some((c, end + 2))
}

fn digit(d: u32) -> char {
    char::from_digit(d, 10).unwrap_or('0')
}

fn persian(c: char, o: &NormalizeOptions) -> char {
    match c {
        'ک' | 'ڪ' | 'گ' => 'ك',
        'ی' | 'ې' | 'ے' => 'ي',
        'ۀ' | 'ہ' | 'ھ' | 'ە' => 'ه',
        'ۃ' if o.teh_marbuta_to_heh => 'ه',
        'ۃ' => 'ة',
        'پ' => 'ب',
        'چ' => 'ج',
        'ژ' => 'ز',
        'ڤ' | 'ڥ' => 'ف',
        'ڨ' | 'ڧ' => 'ق',
        'ٹ' => 'ت',
        'ڈ' => 'د',
        'ڑ' => 'ر',
        'ں' => 'ن',
        c => c,
    }
}

/// What each two-byte character (U+0080–U+07FF: the Arabic block and Latin-1) becomes under
/// one set of options, so that the loop over the text decides with one lookup.
#[derive(Debug, Clone)]
pub(crate) struct Normalizer {
    options: NormalizeOptions,
    /// Per character: what it becomes ([`SAME`], [`ATTACHED`], [`FREE`] or the character it
    /// maps to, in the low 24 bits) and the tokenizer's classes of what it becomes (the high
    /// eight), so that the same lookup serves the cutting.
    two: Vec<u32>,
}

/// In [`Normalizer::two`]: the bits of what a character becomes.
const BECOMES: u32 = 0x00FF_FFFF;

/// In [`Normalizer::two`]: the character stays.
const SAME: u32 = 0;
/// In [`Normalizer::two`]: the character goes, its source joining the letter before it.
const ATTACHED: u32 = 1;
/// In [`Normalizer::two`]: the character goes, attached to nothing.
const FREE: u32 = 2;

static DEFAULT: once_cell::sync::Lazy<Normalizer> =
    once_cell::sync::Lazy::new(|| Normalizer::new(&NormalizeOptions::default()));

impl Normalizer {
    /// The table for options `o`.
    pub(crate) fn new(o: &NormalizeOptions) -> Normalizer {
        let two = (0x80..0x800u32)
            .map(|cp| {
                let c = char::from_u32(cp).unwrap_or('\u{80}');
                match map_char(c, o) {
                    Out::Keep(m) if m == c => SAME | u32::from(class_of(c)) << 24,
                    Out::Keep(m) => m as u32 | u32::from(class_of(m)) << 24,
                    Out::DropAttached => ATTACHED,
                    Out::DropFree => FREE,
                }
            })
            .collect();
        Normalizer {
            options: o.clone(),
            two,
        }
    }

    /// The shared table of the default options, or a new one.
    fn with<R>(o: &NormalizeOptions, f: impl FnOnce(&Normalizer) -> R) -> R {
        if *o == DEFAULT.options {
            f(&DEFAULT)
        } else {
            f(&Normalizer::new(o))
        }
    }

    /// [`normalize`] with this table.
    pub(crate) fn normalize(&self, text: &str) -> Normalized {
        self.normalize_with(text, &mut NoCut)
    }

    /// [`normalize`], and the normalized text cut into words and sentences in the same pass:
    /// the same as [`Tokenized::new`] on the normalized text.
    pub(crate) fn normalize_and_cut(&self, text: &str) -> (Normalized, Tokenized) {
        let mut cut = Cutter::new(text.len());
        let norm = self.normalize_with(text, &mut cut);
        let tokens = cut.finish(norm.text());
        (norm, tokens)
    }

    /// The normalized text with its offset map, the text fed to `cut` as it is written.
    fn normalize_with(&self, text: &str, cut: &mut impl Cut) -> Normalized {
        let mut out = MapSink {
            text: String::with_capacity(text.len()),
            pieces: Vec::new(),
            expect: NONE,
            end: 0,
            tanween: Vec::new(),
        };
        self.run(text, &mut out, cut);
        out.close();
        Normalized {
            text: out.text,
            pieces: out.pieces,
            original_len: text.len(),
            tanween: out.tanween,
        }
    }

    /// Whether the first character `rest` normalizes to (past the ones it drops) is an ASCII
    /// digit: what stands after a `.` in the normalized text.
    fn digit_follows(&self, rest: &str) -> bool {
        let mut one = String::new();
        let mut skip = 0;
        for (i, c) in rest.char_indices() {
            if i < skip {
                continue;
            }
            // A character reference is read whole, as the pass reads it.
            let len = match html_entity(&rest.as_bytes()[i..]) {
                Some((_, len)) if self.options.html_entities => len,
                _ => c.len_utf8(),
            };
            skip = i + len;
            self.run(&rest[i..i + len], &mut one, &mut NoCut);
            if let Some(&x) = one.as_bytes().first() {
                return x.is_ascii_digit();
            }
        }
        false
    }

    /// The classes of the `.` at byte `i` of `text`: a sentence end unless digits stand on
    /// both sides in the normalized text. `before` is the normalized byte before it.
    fn dot(&self, f: u8, before: Option<u8>, text: &str, i: usize) -> u8 {
        let before = before.is_some_and(|x| x.is_ascii_digit());
        dot_class(f, before, before && self.digit_follows(&text[i + 1..]))
    }

    /// The reference that starts at byte `i` of `text` (an `&`), as [`html_entity`] reads
    /// it, or as the pass would write what follows: what it drops left out and what it maps
    /// mapped (`&` + tanween + `quot;`, `&#٣٤;` with `ascii_digits`), so that normalizing
    /// the output again finds no reference the first pass did not read.
    fn reference_at(&self, text: &str, i: usize) -> Option<(char, usize)> {
        let b = text.as_bytes();
        if let Some(r) = html_entity(&b[i..]) {
            return Some(r);
        }
        let o = &self.options;
        // What the pass would write after the `&`, as long as it is ASCII: a name is short.
        let mut name = [0u8; 14];
        name[0] = b'&';
        let mut n = 1;
        let mut changed = false;
        let mut j = i + 1;
        while j < b.len() && n < name.len() && name[n - 1] != b';' {
            let (c, len) = match html_entity(&b[j..]) {
                Some(r) => r,
                None => {
                    let c = text[j..].chars().next()?;
                    (c, c.len_utf8())
                }
            };
            j += len;
            let mut written = String::new();
            if o.presentation_forms && is_presentation_form(c) {
                let isolated_mark = matches!(c, '\u{FE70}'..='\u{FE7F}');
                for d in std::iter::once(c).nfkc() {
                    if let (Out::Keep(m), false) = (map_char(d, o), isolated_mark && d == ' ') {
                        written.push(m);
                    }
                }
            } else if let Out::Keep(m) = map_char(c, o) {
                written.push(m);
            }
            if written.len() != len || written.as_bytes() != &b[j - len..j] {
                changed = true;
            }
            for m in written.bytes() {
                if !m.is_ascii() || n == name.len() {
                    return None;
                }
                name[n] = m;
                n += 1;
            }
        }
        // Only a reference the pass itself makes; one written out is read above.
        let (c, _) = html_entity(&name[..n]).filter(|_| changed)?;
        Some((c, j - i))
    }

    /// [`normalize_text`] with this table.
    pub(crate) fn normalize_text(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        self.run(text, &mut out, &mut NoCut);
        out
    }

    /// The normalization itself, for either sink, and the cutting of what it writes when
    /// `cut` is a [`Cutter`]. Runs of characters that stay are handed over whole; the rest
    /// one by one.
    fn run<C: Cut>(&self, text: &str, out: &mut impl Sink, cut: &mut C) {
        let o = &self.options;
        let b = text.as_bytes();
        let mut i = 0;
        // Where the run of characters that stay, not yet handed over, starts: a character
        // at byte `i` of the run is written at `out.len() + (i - run)`.
        let mut run = 0;
        while i < b.len() {
            let x = b[i];
            if x < 0x80 {
                if x == b'&' && o.html_entities {
                    if let Some((c, len)) = self.reference_at(text, i) {
                        out.copy(&text[run..i], run as u32);
                        let (start, end) = (i as u32, (i + len) as u32);
                        i += len;
                        run = i;
                        // No reference names a `.` (see `html_entity`).
                        if is_tanween(c) {
                            out.tanween();
                        }
                        Self::write(map_char(c, o), start, end, out, cut);
                        continue;
                    }
                }
                // Other ASCII stays under every option.
                if C::CUTS {
                    let mut f = class_of(char::from(x));
                    if f & class::WORD == 0 || !cut.in_word() {
                        if f & class::DOT != 0 {
                            let before = if i > run { Some(b[i - 1]) } else { out.last() };
                            f = self.dot(f, before, text, i);
                        }
                        cut.feed(out.len() + (i - run), 1, f);
                    }
                }
                i += 1;
                continue;
            }
            if x < 0xE0 {
                // Two bytes: U+0080–U+07FF.
                let cp = (u32::from(x & 0x1F) << 6) | u32::from(b[i + 1] & 0x3F);
                let t = self.two[cp as usize - 0x80];
                let f = (t >> 24) as u8;
                if t & BECOMES == SAME {
                    if C::CUTS && (f & class::WORD == 0 || !cut.in_word()) {
                        cut.feed(out.len() + (i - run), 2, f);
                    }
                    i += 2;
                    if f & class::WORD != 0 {
                        i = self.skip_plain_letters(b, i);
                    }
                    continue;
                }
                out.copy(&text[run..i], run as u32);
                let (start, end) = (i as u32, (i + 2) as u32);
                match t & BECOMES {
                    ATTACHED => {
                        if (0x64B..=0x64D).contains(&cp) {
                            out.tanween();
                        }
                        out.attach(end)
                    }
                    FREE => {}
                    m => {
                        let c = char::from_u32(m).unwrap_or(' ');
                        let at = out.len();
                        out.keep(c, start, end);
                        // No two-byte character becomes a `.`: `f` needs no dot rule.
                        cut.feed(at, c.len_utf8(), f);
                    }
                }
                i += 2;
                run = i;
                continue;
            }
            out.copy(&text[run..i], run as u32);
            let c = text[i..].chars().next().unwrap_or(' ');
            let (start, end) = (i as u32, (i + c.len_utf8()) as u32);
            i += c.len_utf8();
            run = i;
            if o.presentation_forms && is_presentation_form(c) {
                // Rare path: a presentation form becomes one to eighteen characters (ﷺ).
                // The isolated forms of the marks (U+FE70–U+FE7F) decompose to a space and
                // the mark: the space is not the writer's, so it goes.
                let isolated_mark = matches!(c, '\u{FE70}'..='\u{FE7F}');
                let mut expansion = String::new();
                for d in std::iter::once(c).nfkc() {
                    if isolated_mark && d == ' ' {
                        continue;
                    }
                    if let Out::Keep(m) = map_char(d, o) {
                        expansion.push(m);
                    }
                }
                if expansion.is_empty() {
                    // A form that decomposes to marks only belongs to the letter before it.
                    if is_tanween(c) {
                        out.tanween();
                    }
                    out.attach(end);
                } else {
                    let at = out.len();
                    out.expand(&expansion, start, end);
                    if C::CUTS {
                        // No presentation form holds a `.`: no dot rule either.
                        for (k, d) in expansion.char_indices() {
                            cut.feed(at + k, d.len_utf8(), class_of(d));
                        }
                    }
                }
                continue;
            }
            // Only `.` itself is a `.`, and it is ASCII.
            Self::write(map_char(c, o), start, end, out, cut);
        }
        out.copy(&text[run..], run as u32);
    }

    /// The end of the run of two-byte word characters that stay as they are from byte `i`:
    /// the rest of a word, after a word character, needs neither the cutter (it only extends
    /// the word) nor the sink (the run is handed over whole), so it is read with one lookup
    /// and one test a letter.
    #[inline(always)]
    fn skip_plain_letters(&self, b: &[u8], mut i: usize) -> usize {
        const PLAIN: u32 = (class::WORD as u32) << 24;
        while let [x, y, ..] = b[i..] {
            if x & 0xE0 != 0xC0 {
                break;
            }
            let cp = (usize::from(x & 0x1F) << 6) | usize::from(y & 0x3F);
            let t = self.two.get(cp.wrapping_sub(0x80)).copied().unwrap_or(FREE);
            if t & (BECOMES | PLAIN) != PLAIN {
                break;
            }
            i += 2;
        }
        i
    }

    /// Writes what one character, the original bytes `start..end`, becomes, and feeds it to
    /// `cut`. No dot rule: the character is no `.`.
    #[inline]
    fn write<C: Cut>(what: Out, start: u32, end: u32, out: &mut impl Sink, cut: &mut C) {
        match what {
            Out::Keep(m) => {
                let at = out.len();
                out.keep(m, start, end);
                if C::CUTS {
                    cut.feed(at, m.len_utf8(), class_of(m));
                }
            }
            Out::DropAttached => out.attach(end),
            Out::DropFree => {}
        }
    }
}

/// What the normalizer's pass cuts into words and sentences as it writes: a [`Cutter`], or
/// nothing.
trait Cut {
    /// Whether this cuts at all: the pass skips the classes when not.
    const CUTS: bool;
    fn in_word(&self) -> bool;
    fn feed(&mut self, at: usize, len: usize, f: u8);
}

impl Cut for Cutter {
    const CUTS: bool = true;
    #[inline(always)]
    fn in_word(&self) -> bool {
        Cutter::in_word(self)
    }
    #[inline(always)]
    fn feed(&mut self, at: usize, len: usize, f: u8) {
        Cutter::feed(self, at, len, f);
    }
}

/// The pass without the cutting.
struct NoCut;

impl Cut for NoCut {
    const CUTS: bool = false;
    #[inline(always)]
    fn in_word(&self) -> bool {
        true
    }
    #[inline(always)]
    fn feed(&mut self, _: usize, _: usize, _: u8) {}
}

/// Where normalized characters go: the text with its offset map, or the text alone.
trait Sink {
    /// Characters that stay as they are, from the original bytes starting at `start`.
    fn copy(&mut self, s: &str, start: u32);
    /// A kept character whose source is the original bytes `start..end`.
    fn keep(&mut self, c: char, start: u32, end: u32);
    /// The characters one presentation form, the original bytes `start..end`, becomes.
    fn expand(&mut self, s: &str, start: u32, end: u32);
    /// Extends the source of the last kept character (or expansion) to original byte `end`.
    fn attach(&mut self, end: u32);
    /// Records that a tanween on the last kept character was dropped.
    fn tanween(&mut self) {}
    /// The length of the text written so far.
    fn len(&self) -> usize;
    /// The last byte written so far.
    fn last(&self) -> Option<u8>;
}

/// No original offset: the next character opens a piece.
const NONE: u32 = u32::MAX;

/// The text and its pieces, being built.
struct MapSink {
    text: String,
    pieces: Vec<Piece>,
    /// The original byte a character must start at to continue the last piece.
    expect: u32,
    /// The source end of the last piece so far.
    end: u32,
    /// See [`Normalized::tanween`].
    tanween: Vec<u32>,
}

impl MapSink {
    /// Closes the last piece and opens one at the end of the text.
    fn open(&mut self, orig: u32, expansion: bool) {
        self.close();
        self.pieces.push(Piece {
            at: self.text.len() * 2 + usize::from(expansion),
            orig,
            end: orig,
        });
    }

    /// Writes down where the last piece's source ends.
    fn close(&mut self) {
        if let Some(p) = self.pieces.last_mut() {
            p.end = self.end;
        }
    }
}

impl Sink for MapSink {
    #[inline]
    fn copy(&mut self, s: &str, start: u32) {
        if s.is_empty() {
            return;
        }
        if self.expect != start {
            self.open(start, false);
        }
        self.text.push_str(s);
        self.expect = start + s.len() as u32;
        self.end = self.expect;
    }

    fn keep(&mut self, c: char, start: u32, end: u32) {
        let same_length = c.len_utf8() as u32 == end - start;
        if !same_length || self.expect != start {
            self.open(start, false);
        }
        self.text.push(c);
        // A character that changes length (٣ → 3) ends its piece.
        self.expect = if same_length { end } else { NONE };
        self.end = end;
    }

    fn expand(&mut self, s: &str, start: u32, end: u32) {
        self.open(start, true);
        self.text.push_str(s);
        self.expect = NONE;
        self.end = end;
    }

    fn attach(&mut self, end: u32) {
        if !self.pieces.is_empty() {
            self.end = end;
        }
    }

    fn tanween(&mut self) {
        self.tanween.push(self.text.len() as u32);
    }

    #[inline(always)]
    fn len(&self) -> usize {
        self.text.len()
    }

    fn last(&self) -> Option<u8> {
        self.text.as_bytes().last().copied()
    }
}

impl Sink for String {
    #[inline]
    fn copy(&mut self, s: &str, _: u32) {
        self.push_str(s);
    }
    fn keep(&mut self, c: char, _: u32, _: u32) {
        self.push(c);
    }
    fn expand(&mut self, s: &str, _: u32, _: u32) {
        self.push_str(s);
    }
    fn attach(&mut self, _: u32) {}
    #[inline(always)]
    fn len(&self) -> usize {
        String::len(self)
    }
    fn last(&self) -> Option<u8> {
        self.as_bytes().last().copied()
    }
}

/// Normalizes `text` under the options `o`, keeping the offset map.
pub fn normalize(text: &str, o: &NormalizeOptions) -> Normalized {
    Normalizer::with(o, |n| n.normalize(text))
}

/// Normalizes `text` under the options `o` and returns only the text: the same rules as
/// [`normalize`], without the cost of the offset map.
pub fn normalize_text(text: &str, o: &NormalizeOptions) -> String {
    Normalizer::with(o, |n| n.normalize_text(text))
}

/// Normalizes a list form: the text normalization, then single spaces.
///
/// ```
/// use kashf::normalize::{normalize_form, NormalizeOptions};
///
/// assert_eq!(normalize_form(" إيرانُ  الإسلامية ", &NormalizeOptions::default()), "ايران الاسلاميه");
/// ```
pub fn normalize_form(form: &str, o: &NormalizeOptions) -> String {
    Normalizer::with(o, |n| n.normalize_form(form))
}

impl Normalizer {
    /// [`normalize_form`] with this table.
    pub(crate) fn normalize_form(&self, form: &str) -> String {
        let n = self.normalize_text(form);
        let clean = !n.contains(|c: char| c.is_whitespace() && c != ' ')
            && !n.contains("  ")
            && !n.starts_with(' ')
            && !n.ends_with(' ');
        if clean {
            return n;
        }
        n.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

#[cfg(test)]
mod tests {
    //! The pieces of the offset map against the map it replaced: a start and an end for
    //! every byte of the normalized text, built character by character.
    use super::*;
    use proptest::prelude::*;

    /// The normalized text with a start and an end per byte, the plain way.
    fn per_byte(text: &str, o: &NormalizeOptions) -> (String, Vec<u32>, Vec<u32>) {
        let (mut out, mut starts, mut ends) = (String::new(), Vec::new(), Vec::new());
        let mut last_kept: Option<usize> = None;
        fn keep(
            (out, starts, ends): (&mut String, &mut Vec<u32>, &mut Vec<u32>),
            c: char,
            s: usize,
            e: usize,
        ) {
            out.push(c);
            for _ in 0..c.len_utf8() {
                starts.push(s as u32);
                ends.push(e as u32);
            }
        }
        let attach = |ends: &mut Vec<u32>, from: usize, e: usize| {
            for x in &mut ends[from..] {
                *x = e as u32;
            }
        };
        let mut skip_to = 0;
        for (pos, c) in text.char_indices() {
            if pos < skip_to {
                continue;
            }
            let (s, e) = (pos, pos + c.len_utf8());
            if let Some((d, len)) = (c == '&' && o.html_entities)
                .then(|| html_entity(&text.as_bytes()[pos..]))
                .flatten()
            {
                skip_to = pos + len;
                match map_char(d, o) {
                    Out::Keep(m) => {
                        last_kept = Some(out.len());
                        keep((&mut out, &mut starts, &mut ends), m, s, pos + len);
                    }
                    Out::DropAttached => {
                        if let Some(from) = last_kept {
                            attach(&mut ends, from, pos + len);
                        }
                    }
                    Out::DropFree => {}
                }
                continue;
            }
            if o.presentation_forms && is_presentation_form(c) {
                let at = out.len();
                let isolated_mark = matches!(c, '\u{FE70}'..='\u{FE7F}');
                for d in std::iter::once(c).nfkc() {
                    if isolated_mark && d == ' ' {
                        continue;
                    }
                    if let Out::Keep(m) = map_char(d, o) {
                        keep((&mut out, &mut starts, &mut ends), m, s, e);
                    }
                }
                if out.len() > at {
                    last_kept = Some(at);
                } else if let Some(from) = last_kept {
                    attach(&mut ends, from, e);
                }
                continue;
            }
            match map_char(c, o) {
                Out::Keep(m) => {
                    last_kept = Some(out.len());
                    keep((&mut out, &mut starts, &mut ends), m, s, e);
                }
                Out::DropAttached => {
                    if let Some(from) = last_kept {
                        attach(&mut ends, from, e);
                    }
                }
                Out::DropFree => {}
            }
        }
        (out, starts, ends)
    }

    fn text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "ا", "أ", "إ", "ٱ", "ب", "ة", "ى", "ي", "ئ", "ؤ", "ل", "م", "و", "ک", "ی", "ڤ",
            "\u{064B}", "\u{0651}", "\u{0670}", "\u{0610}", "\u{06D6}", "\u{0640}", "\u{FEFB}",
            "\u{FEF7}", "\u{FDF2}", "\u{FDFA}", "\u{FE70}", "\u{FE7C}", "\u{FB8A}", "\u{200F}",
            "\u{200B}", "\u{202B}", "\u{FEFF}", "\u{00AD}", "٣", "۴", "\u{00A0}", "\u{2003}", " ",
            "،", "«", "\"", ".", "\n", "a", "7", "é", "\u{0301}", "😀", "ß", "ab", "سلام", "؟", "'",
            "\u{2029}", "\r", "!", "\u{3000}", "&quot;", "&#8220;", "&#x200F;", "&amp;", "&#46;",
            "&nbsp;", "&", "&#1604;", "&#1611;", ";", "#", "&#1633;", "&#x664;", "3",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    fn options() -> impl Strategy<Value = NormalizeOptions> {
        prop::collection::vec(any::<bool>(), 12).prop_map(|b| NormalizeOptions {
            drop_marks: b[0],
            drop_tatweel: b[1],
            unify_alef: b[2],
            alef_maksura_to_ya: b[3],
            teh_marbuta_to_heh: b[4],
            hamza_carriers: b[5],
            persian_letters: b[6],
            presentation_forms: b[7],
            drop_controls: b[8],
            ascii_digits: b[9],
            plain_spaces: b[10],
            html_entities: b[11],
        })
    }

    #[test]
    fn a_tanween_is_recorded_however_it_is_written() {
        let o = NormalizeOptions::default();
        // As a mark, a character reference, an isolated presentation form.
        for text in ["شكراً", "شكرا&#1611;", "شكرا\u{FE70}"] {
            let n = normalize(text, &o);
            assert_eq!(n.text(), "شكرا", "{text:?}");
            assert_eq!(n.tanween(), &[n.text().len() as u32], "{text:?}");
        }
        // Other marks are not.
        assert!(normalize("شُكرَا", &o).tanween().is_empty());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn the_single_pass_cuts_as_the_tokenizer_does_after_it(s in text(), o in options()) {
            let n = Normalizer::new(&o);
            let (norm, cut) = n.normalize_and_cut(&s);
            prop_assert_eq!(&norm, &n.normalize(&s));
            let t = Tokenized::new(norm.text());
            prop_assert_eq!(cut.tokens(), t.tokens(), "{:?}", norm.text());
            prop_assert_eq!(cut.sentences(), t.sentences(), "{:?}", norm.text());
            prop_assert_eq!(cut.quotes().collect::<Vec<_>>(), t.quotes().collect::<Vec<_>>());
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn pieces_map_every_span_as_the_per_byte_map_did(s in text(), o in options()) {
            let (plain, starts, ends) = per_byte(&s, &o);
            let n = normalize(&s, &o);
            prop_assert_eq!(n.text(), plain.as_str());
            prop_assert_eq!(normalize_text(&s, &o), plain.clone());
            let len = plain.len();
            for a in 0..=len + 1 {
                for b in a..=len + 1 {
                    let (start, end) = (a.min(len), b.min(len));
                    let want = if start >= end {
                        let at = if start < len { starts[start] as usize } else { s.len() };
                        Span::new(at, at)
                    } else {
                        Span::new(starts[start] as usize, ends[end - 1] as usize)
                    };
                    prop_assert_eq!(n.to_original(Span::new(a, b)), want, "{:?} {}..{}", s, a, b);
                }
            }
        }
    }
}
