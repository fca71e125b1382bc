//! Byte spans: where a word, a name or a sentence is in a text.
//!
//! ```
//! use kashf::Span;
//!
//! let text = "وصل الوفد إلى دمشق.";
//! let damascus = Span::new(text.find("دمشق").unwrap(), text.find('.').unwrap());
//! assert_eq!(&text[damascus.start..damascus.end], "دمشق");
//! assert_eq!(damascus.len(), 8, "four letters of two bytes");
//! assert!(Span::new(0, text.len()).contains(damascus));
//! ```

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into a string.
///
/// ```
/// use kashf::Span;
///
/// let a = Span::new(0, 6);
/// assert!(a.overlaps(Span::new(4, 10)));
/// assert!(!a.overlaps(Span::new(6, 10)), "half-open: 6 is outside");
/// assert!(Span::new(3, 3).is_empty());
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Its length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether it covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}
