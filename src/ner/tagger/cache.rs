//! The per-thread cache of what each word lends its neighbourhood through its letters alone:
//! its row of weights and its clitic split, found by the word's text.
//!
//! A word is looked up once per occurrence, so the lookup is laid out for the memory it
//! touches: a table of 8-byte slots (part of the word's hash and the entry's index), then
//! the entry, which holds the row and, beside it, the word's bytes that tell two words with
//! the same hash apart (never a hash alone: two words must not share a row). When the cache
//! is full it keeps the half of its words seen most often since the last time it was full
//! (the everyday words of the text) and starts the rest afresh.

use super::features::Split;
use super::model::Row;

/// The bits of a slot that hold an entry's index plus one: the capacity is at most
/// 2^ENTRY_BITS - 1 words.
const ENTRY_BITS: u32 = 17;
const TAG_BITS: u32 = 32 - ENTRY_BITS;

#[inline]
fn tag(h: u64) -> u32 {
    (h >> (64 - TAG_BITS)) as u32
}

/// The longest word whose bytes an entry holds itself (15 Arabic letters); a longer word's
/// bytes go to the spill buffer.
const INLINE: usize = 30;

struct Entry {
    row: Row,
    hash: u64,
    split: Split,
    /// Lookups since the cache was last full.
    hits: u32,
    len: u32,
    /// The word's bytes when it has at most [`INLINE`]; else its offset in the spill buffer,
    /// in the first eight bytes.
    bytes: [u8; INLINE],
}

/// Words by their text: their rows and splits.
pub(super) struct WordCache {
    /// Open addressing, linear probing, at most half full: 0 for an empty slot, else the
    /// hash's top [`TAG_BITS`] bits and the entry's index plus one (4 bytes: 512 KiB for
    /// 65,536 words, most of it in a core's second-level cache).
    slots: Vec<u32>,
    entries: Vec<Entry>,
    spill: Vec<u8>,
    capacity: usize,
}

/// Where a long word's bytes start in the spill buffer.
fn spill_offset(e: &Entry) -> usize {
    u64::from_le_bytes(e.bytes[..8].try_into().expect("eight bytes")) as usize
}

/// The word's hash: eight bytes at a time.
#[inline]
fn hash(word: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = (word.len() as u64).wrapping_mul(K);
    let mut chunks = word.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes(c.try_into().expect("eight bytes"));
        h = (h ^ v).wrapping_mul(K).rotate_left(29);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut b = [0u8; 8];
        b[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(b)).wrapping_mul(K).rotate_left(29);
    }
    // The top bits are what a slot keeps, the lower ones pick the slot: mix the two.
    h ^ (h >> 31)
}

impl WordCache {
    /// A cache of at most `capacity` words (a power of two).
    pub fn new(capacity: usize) -> WordCache {
        assert!(capacity.is_power_of_two() && capacity < 1 << ENTRY_BITS);
        WordCache {
            slots: Vec::new(),
            entries: Vec::new(),
            spill: Vec::new(),
            capacity,
        }
    }

    fn word_of<'a>(&'a self, e: &'a Entry) -> &'a [u8] {
        let len = e.len as usize;
        if len <= INLINE {
            &e.bytes[..len]
        } else {
            let at = spill_offset(e);
            &self.spill[at..at + len]
        }
    }

    /// The entry of `word`, if cached, counted as seen once more; with the word's hash, which
    /// [`WordCache::insert`] takes.
    #[inline]
    pub fn get(&mut self, word: &str) -> (Option<usize>, u64) {
        let w = word.as_bytes();
        let h = hash(w);
        if self.slots.is_empty() {
            return (None, h);
        }
        let mask = self.slots.len() - 1;
        let t = tag(h);
        let mut at = h as usize & mask;
        loop {
            let s = self.slots[at];
            if s == 0 {
                return (None, h);
            }
            if s >> ENTRY_BITS == t {
                let i = ((s & ((1 << ENTRY_BITS) - 1)) - 1) as usize;
                let e = &self.entries[i];
                if e.len as usize == w.len() && self.word_of(e) == w {
                    self.entries[i].hits += 1;
                    return (Some(i), h);
                }
            }
            at = (at + 1) & mask;
        }
    }

    /// The row of entry `i`.
    #[inline]
    pub fn row(&self, i: usize) -> &Row {
        &self.entries[i].row
    }

    /// The split of entry `i`.
    #[inline]
    pub fn split(&self, i: usize) -> Split {
        self.entries[i].split
    }

    /// Makes room for `n` more words (at most half the capacity), so that the entries of the
    /// words looked up until then stay where they are.
    pub fn make_room(&mut self, n: usize) {
        debug_assert!(n <= self.capacity / 2);
        if self.entries.len() + n > self.capacity {
            self.keep_everyday();
        }
    }

    /// Caches `word` (not cached yet; `h` from [`WordCache::get`]) and returns its entry;
    /// [`WordCache::make_room`] made room for it.
    pub fn insert(&mut self, word: &str, h: u64, row: Row, split: Split) -> usize {
        if self.entries.len() >= self.capacity {
            // Not made room for: start afresh rather than move entries under the caller.
            self.entries.clear();
            self.spill.clear();
            self.slots.iter_mut().for_each(|s| *s = 0);
        }
        if self.slots.is_empty() {
            self.slots = vec![0; self.capacity * 2];
        }
        let w = word.as_bytes();
        let mut bytes = [0u8; INLINE];
        if w.len() <= INLINE {
            bytes[..w.len()].copy_from_slice(w);
        } else {
            bytes[..8].copy_from_slice(&(self.spill.len() as u64).to_le_bytes());
            self.spill.extend_from_slice(w);
        }
        self.entries.push(Entry {
            row,
            hash: h,
            split,
            hits: 0,
            len: u32::try_from(w.len()).unwrap_or(u32::MAX),
            bytes,
        });
        let i = self.entries.len() - 1;
        self.place(h, i);
        i
    }

    fn place(&mut self, h: u64, i: usize) {
        let mask = self.slots.len() - 1;
        let mut at = h as usize & mask;
        while self.slots[at] != 0 {
            at = (at + 1) & mask;
        }
        self.slots[at] = tag(h) << ENTRY_BITS | (i as u32 + 1);
    }

    /// Keeps the half of the words seen most often since the cache was last full (ties: the
    /// first cached), forgets the rest, and starts every count afresh.
    fn keep_everyday(&mut self) {
        let mut order: Vec<(u32, u32)> = self
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.hits > 0)
            .map(|(i, e)| (e.hits, i as u32))
            .collect();
        order.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        order.truncate(self.capacity / 2);
        let mut keep = vec![false; self.entries.len()];
        for &(_, i) in &order {
            keep[i as usize] = true;
        }
        let old_spill = std::mem::take(&mut self.spill);
        let mut k = 0;
        self.entries.retain(|_| {
            k += 1;
            keep[k - 1]
        });
        for e in &mut self.entries {
            e.hits = 0;
            let len = e.len as usize;
            if len > INLINE {
                let at = spill_offset(e);
                e.bytes[..8].copy_from_slice(&(self.spill.len() as u64).to_le_bytes());
                self.spill.extend_from_slice(&old_spill[at..at + len]);
            }
        }
        self.slots.iter_mut().for_each(|s| *s = 0);
        for i in 0..self.entries.len() {
            self.place(self.entries[i].hash, i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::tagger::model::{L, OFFSETS};

    fn split() -> Split {
        Split {
            clitic_bytes: 0,
            elided: false,
        }
    }

    const ZERO: Row = [0.0; OFFSETS * L];

    #[test]
    fn finds_what_it_cached_and_tells_words_apart() {
        let mut c = WordCache::new(8);
        let long = "استراتيجياتهماالاقتصادية";
        assert!(long.len() > INLINE);
        for (n, w) in ["كتب", "كتاب", long, "ب"].iter().enumerate() {
            let (found, h) = c.get(w);
            assert_eq!(found, None);
            let mut row = ZERO;
            row[0] = n as f32;
            assert_eq!(c.insert(w, h, row, split()), n);
        }
        for (n, w) in ["كتب", "كتاب", long, "ب"].iter().enumerate() {
            let (found, _) = c.get(w);
            assert_eq!(c.row(found.expect("cached"))[0], n as f32);
        }
        assert_eq!(c.get("كتابة").0, None);
    }

    #[test]
    fn a_full_cache_keeps_the_words_seen_most() {
        let mut c = WordCache::new(4);
        let long = "والاستراتيجياتالاقتصادية";
        let words = ["في", long, "جديد", "قديم"];
        for w in words {
            let (_, h) = c.get(w);
            c.insert(w, h, ZERO, split());
        }
        for _ in 0..3 {
            assert!(c.get("في").0.is_some());
        }
        assert!(c.get(long).0.is_some());
        // Full: room for one word more keeps في and the long word (seen since, its bytes moved
        // with it), forgets جديد and قديم.
        c.make_room(1);
        let (_, h) = c.get("آخر");
        c.insert("آخر", h, ZERO, split());
        assert!(c.get("في").0.is_some());
        assert!(c.get(long).0.is_some());
        assert!(c.get("آخر").0.is_some());
        assert!(c.get("جديد").0.is_none());
        assert!(c.get("قديم").0.is_none());
    }
}
