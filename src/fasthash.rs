//! A small, fast hasher for the per-document maps (FNV-1a). The keys are the crate's own
//! (offsets, ids, words of the text), so flooding resistance is not needed on this path.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a, 64 bits.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.write(&n.to_le_bytes());
    }
}

/// A `HashMap` with the FNV hasher.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A `HashSet` with the FNV hasher.
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// The first entry of each id, found by the id's hash with the text compared on a hit, so
/// that a million ids need no copies.
#[derive(Debug, Default)]
pub(crate) struct IdIndex {
    by_hash: FastMap<u64, u32>,
    /// Ids whose hash another id already took (rare).
    collided: HashMap<String, u32>,
}

fn hash_str(s: &str) -> u64 {
    let mut h = Fnv::default();
    h.write(s.as_bytes());
    h.finish()
}

impl IdIndex {
    /// Indexes `ids` (in entry order): each id maps to its first entry. Returns, for every
    /// entry, the first entry with the same id.
    pub fn build<'a>(ids: impl Iterator<Item = &'a str> + Clone) -> (IdIndex, Vec<u32>) {
        let all: Vec<&str> = ids.collect();
        let mut index = IdIndex::default();
        let mut canonical = Vec::with_capacity(all.len());
        for (i, id) in all.iter().enumerate() {
            let first = match index.by_hash.get(&hash_str(id)) {
                None => {
                    index.by_hash.insert(hash_str(id), i as u32);
                    i as u32
                }
                Some(&j) if all[j as usize] == *id => j,
                Some(_) => *index.collided.entry(id.to_string()).or_insert(i as u32),
            };
            canonical.push(first);
        }
        (index, canonical)
    }

    /// The first entry of `id`; `id_of` gives an entry's id to confirm a hash hit.
    pub fn get<'a>(&self, id: &str, id_of: impl Fn(u32) -> &'a str) -> Option<u32> {
        match self.by_hash.get(&hash_str(id)) {
            Some(&j) if id_of(j) == id => Some(j),
            _ => self.collided.get(id).copied(),
        }
    }
}

/// A fast hash of a short byte string (a word), eight bytes at a time.
#[inline]
pub(crate) fn hash_word(b: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = (b.len() as u64).wrapping_mul(K);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let x = u64::from_le_bytes(c.try_into().unwrap_or_default());
        h = (h ^ x).wrapping_mul(K).rotate_left(31);
    }
    let mut tail = 0u64;
    for (i, &x) in chunks.remainder().iter().enumerate() {
        tail |= u64::from(x) << (8 * i);
    }
    h = (h ^ tail).wrapping_mul(K);
    h ^= h >> 29;
    h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h ^ (h >> 32)
}

/// A one-hash filter over a set of words: "maybe" for every word of the set and, at a few
/// per cent, for others; "no" for the rest. It spares lookups, never decides one.
#[derive(Debug, Default, Clone)]
pub(crate) struct WordFilter {
    bits: Vec<u64>,
}

impl WordFilter {
    /// A filter of about sixteen bits a word.
    pub fn new<'a>(words: impl Iterator<Item = &'a str> + Clone) -> WordFilter {
        let n = words.clone().count();
        let len = (n * 16).next_power_of_two().max(1 << 10) / 64;
        let mut f = WordFilter { bits: vec![0; len] };
        for w in words {
            let (i, b) = f.slot(hash_word(w.as_bytes()));
            f.bits[i] |= b;
        }
        f
    }

    /// The word and bit of a word whose [`hash_word`] is `h`.
    #[inline]
    fn slot(&self, h: u64) -> (usize, u64) {
        let i = (h >> 32) as usize & (self.bits.len() * 64 - 1);
        (i / 64, 1 << (i % 64))
    }

    /// Whether `word` may be in the set.
    #[inline]
    pub fn may_hold(&self, word: &str) -> bool {
        self.may_hold_hashed(hash_word(word.as_bytes()))
    }

    /// Appends the filter to `out`: its length in 64-bit words, then the words.
    pub fn encode(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self.bits.len() as u32).to_le_bytes());
        for b in &self.bits {
            out.extend_from_slice(&b.to_le_bytes());
        }
    }

    /// Reads [`WordFilter::encode`] from the front of `bytes`; `None` unless whole and a
    /// power of two long (or empty).
    pub fn decode(bytes: &mut &[u8]) -> Option<WordFilter> {
        let n = take_u32(bytes)? as usize;
        if n != 0 && !n.is_power_of_two() {
            return None;
        }
        let (raw, rest) = bytes.split_at_checked(n.checked_mul(8)?)?;
        *bytes = rest;
        let bits = raw
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
            .collect();
        Some(WordFilter { bits })
    }

    /// Whether a word whose [`hash_word`] is `h` may be in the set.
    #[inline]
    pub fn may_hold_hashed(&self, h: u64) -> bool {
        if self.bits.is_empty() {
            return false;
        }
        let (i, b) = self.slot(h);
        self.bits[i] & b != 0
    }
}

/// Reads a little-endian `u32` from the front of `bytes` (the serialized tables' counts).
pub(crate) fn take_u32(bytes: &mut &[u8]) -> Option<u32> {
    let (v, rest) = bytes.split_at_checked(4)?;
    *bytes = rest;
    Some(u32::from_le_bytes(v.try_into().ok()?))
}
