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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    text: String,
    /// For every byte of `text`: the original byte where its character's source starts.
    starts: Vec<u32>,
    /// For every byte of `text`: the original byte where its character's source ends,
    /// extended over the marks and tatweel dropped right after it.
    ends: Vec<u32>,
    original_len: usize,
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

    /// Maps a byte span of the normalized text to the byte span of the original text it came
    /// from. The span's ends are clamped to the text and need not lie on char boundaries; the
    /// result always does. An empty span maps to an empty span.
    pub fn to_original(&self, span: Span) -> Span {
        let len = self.text.len();
        let start = span.start.min(len);
        let end = span.end.min(len);
        if start >= end {
            let at = if start < len {
                self.starts[start] as usize
            } else {
                self.original_len
            };
            return Span::new(at, at);
        }
        Span::new(self.starts[start] as usize, self.ends[end - 1] as usize)
    }
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

/// Where normalized characters go: the text with its offset map, or the text alone.
trait Sink {
    /// A kept character whose source is the original bytes `start..end`.
    fn keep(&mut self, c: char, start: u32, end: u32);
    /// The length of the output so far.
    fn len(&self) -> usize;
    /// Extends the source of the output from byte `from` on to end at original byte `end`.
    fn attach(&mut self, from: usize, end: u32);
}

impl Sink for Normalized {
    #[inline]
    fn keep(&mut self, c: char, start: u32, end: u32) {
        self.text.push(c);
        for _ in 0..c.len_utf8() {
            self.starts.push(start);
            self.ends.push(end);
        }
    }
    fn len(&self) -> usize {
        self.text.len()
    }
    fn attach(&mut self, from: usize, end: u32) {
        for e in &mut self.ends[from..] {
            *e = end;
        }
    }
}

impl Sink for String {
    fn keep(&mut self, c: char, _: u32, _: u32) {
        self.push(c);
    }
    fn len(&self) -> usize {
        str::len(self)
    }
    fn attach(&mut self, _: usize, _: u32) {}
}

/// The normalization itself, for either sink.
fn run(text: &str, o: &NormalizeOptions, out: &mut impl Sink) {
    // Where the last kept original character's output starts: marks dropped after it
    // extend the source of all its bytes.
    let mut last_kept: Option<usize> = None;
    for (pos, c) in text.char_indices() {
        let (start, end) = (pos as u32, (pos + c.len_utf8()) as u32);
        if o.presentation_forms && is_presentation_form(c) {
            let at = out.len();
            // Rare path: a presentation form becomes one to eighteen characters (ﷺ).
            // The isolated forms of the marks (U+FE70–U+FE7F) decompose to a space and the
            // mark: the space is not the writer's, so it goes.
            let isolated_mark = matches!(c, '\u{FE70}'..='\u{FE7F}');
            for d in std::iter::once(c).nfkc() {
                if isolated_mark && d == ' ' {
                    continue;
                }
                if let Out::Keep(m) = map_char(d, o) {
                    out.keep(m, start, end);
                }
            }
            if out.len() > at {
                last_kept = Some(at);
            } else if let Some(from) = last_kept {
                // A form that decomposes to marks only belongs to the letter before it.
                out.attach(from, end);
            }
            continue;
        }
        // Fast path: Arabic letters the rules leave alone, and ASCII letters and spaces.
        let plain = matches!(c, 'ب' | 'ت'..='غ' | 'ف'..='ن' | 'ه' | 'و' | 'ي' | 'ء' | 'ا' | 'a'..='z' | 'A'..='Z' | ' ');
        if plain {
            last_kept = Some(out.len());
            out.keep(c, start, end);
            continue;
        }
        match map_char(c, o) {
            Out::Keep(m) => {
                last_kept = Some(out.len());
                out.keep(m, start, end);
            }
            Out::DropAttached => {
                if let Some(from) = last_kept {
                    out.attach(from, end);
                }
            }
            Out::DropFree => {}
        }
    }
}

/// Normalizes `text` under the options `o`, keeping the offset map.
pub fn normalize(text: &str, o: &NormalizeOptions) -> Normalized {
    let mut out = Normalized {
        text: String::with_capacity(text.len()),
        starts: Vec::with_capacity(text.len()),
        ends: Vec::with_capacity(text.len()),
        original_len: text.len(),
    };
    run(text, o, &mut out);
    out
}

/// Normalizes `text` under the options `o` and returns only the text: the same rules as
/// [`normalize`], without the cost of the offset map.
pub fn normalize_text(text: &str, o: &NormalizeOptions) -> String {
    let mut out = String::with_capacity(text.len());
    run(text, o, &mut out);
    out
}

/// Normalizes a list form: the text normalization, then single spaces.
///
/// ```
/// use kashf::normalize::{normalize_form, NormalizeOptions};
///
/// assert_eq!(normalize_form(" إيرانُ  الإسلامية ", &NormalizeOptions::default()), "ايران الاسلاميه");
/// ```
pub fn normalize_form(form: &str, o: &NormalizeOptions) -> String {
    let n = normalize_text(form, o);
    let clean = !n.contains(|c: char| c.is_whitespace() && c != ' ')
        && !n.contains("  ")
        && !n.starts_with(' ')
        && !n.ends_with(' ');
    if clean {
        return n;
    }
    n.split_whitespace().collect::<Vec<_>>().join(" ")
}
