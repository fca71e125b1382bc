//! The tagger's weights: a flat table from feature key to per-offset label weights, the
//! label transitions, Viterbi decoding, and the model file.
//!
//! File format (little-endian): `KASHFT01`, the feature fingerprint (u64), the feature
//! groups (u16), the weight scale (f32), the passport (u32 length + JSON), the cluster table
//! (u32 length + TSV), the transitions (9 × 9 f32), then the features: a count (u32) and,
//! sorted by key, `key u64, offsets u8` and for each offset in the mask `labels u16` and one
//! i16 per label in that mask (weight = value × scale).

use crate::error::Error;

use super::features::{is_windowed, WINDOW};

/// The labels, in model order: O, then B and I for PERS, LOC, ORG, MISC.
pub(crate) const LABELS: [&str; 9] = [
    "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC",
];

/// The number of labels.
pub(crate) const L: usize = LABELS.len();

/// The number of offsets a windowed feature reaches (−2 … +2).
pub(crate) const OFFSETS: usize = 2 * WINDOW + 1;

/// The weights one word lends to the positions around it: `OFFSETS` rows of `L` labels.
pub(crate) type Row = [f32; OFFSETS * L];

/// Adds the row of word `j` to the emission scores `em` (n × L) of the positions it reaches.
#[inline]
pub(crate) fn scatter(row: &Row, j: usize, em: &mut [f32]) {
    let n = em.len() / L;
    for b in 0..OFFSETS {
        // The feature of word j at offset k = j − i serves position i.
        let Some(i) = (j + WINDOW).checked_sub(b).filter(|&i| i < n) else {
            continue;
        };
        for (d, w) in em[i * L..i * L + L].iter_mut().zip(&row[b * L..b * L + L]) {
            *d += *w;
        }
    }
}

const MAGIC: &[u8; 8] = b"KASHFT01";

/// A fingerprint of what the features compute and of the labels: a model trained with other
/// features is refused.
pub(crate) fn feature_fingerprint() -> u64 {
    static FP: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *FP.get_or_init(|| {
        let mut h = super::features::probe_fingerprint();
        for b in LABELS.join(",").bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        h
    })
}

#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    key: u64,
    /// Index of the first weight row in the pool.
    start: u32,
    /// Which offsets have a row, bit `k + WINDOW` for offset `k`.
    mask: u8,
}

/// The label weights of every feature, and the transitions.
#[derive(Debug, Clone, Default)]
pub(crate) struct Weights {
    /// `transitions[prev * L + cur]`.
    pub transitions: Vec<f32>,
    slots: Vec<Slot>,
    pool: Vec<f32>,
    len: usize,
    /// One bit per hash bucket of the model's keys: a key whose bit is clear is not in the
    /// model, found without touching the large table (most of a rare word's own keys).
    present: Vec<u64>,
}

/// Buckets of the presence filter: 2^20 bits, 128 KiB.
const FILTER_BITS: usize = 1 << 20;

#[inline]
fn filter_bit(key: u64) -> usize {
    ((key >> 20) as usize) & (FILTER_BITS - 1)
}

impl Weights {
    /// Builds the table from `(key, offset, label, weight)` records.
    pub fn build(transitions: Vec<f32>, mut records: Vec<(u64, i8, u8, f32)>) -> Weights {
        if !records.is_sorted_by_key(|r| (r.0, r.1, r.2)) {
            records.sort_by_key(|r| (r.0, r.1, r.2));
        }
        let keys = 1 + records.windows(2).filter(|w| w[0].0 != w[1].0).count();
        let rows = 1 + records
            .windows(2)
            .filter(|w| (w[0].0, w[0].1) != (w[1].0, w[1].1))
            .count();
        let cap = (keys * 2).next_power_of_two().max(16);
        let mut w = Weights {
            transitions,
            slots: vec![Slot::default(); cap],
            pool: Vec::with_capacity(rows * L),
            len: if records.is_empty() { 0 } else { keys },
            present: vec![0; FILTER_BITS / 64],
        };
        let mut i = 0;
        while i < records.len() {
            let key = records[i].0;
            let start = (w.pool.len() / L) as u32;
            let mut mask = 0u8;
            while i < records.len() && records[i].0 == key {
                let off = records[i].1;
                let row = w.pool.len();
                w.pool.extend_from_slice(&[0.0; L]);
                mask |= 1 << (off as i32 + WINDOW as i32);
                while i < records.len() && records[i].0 == key && records[i].1 == off {
                    w.pool[row + records[i].2 as usize] = records[i].3;
                    i += 1;
                }
            }
            let b = filter_bit(key);
            w.present[b / 64] |= 1 << (b % 64);
            let mut at = (key as usize) & (cap - 1);
            while w.slots[at].key != 0 {
                at = (at + 1) & (cap - 1);
            }
            w.slots[at] = Slot { key, start, mask };
        }
        w
    }

    #[inline]
    fn get(&self, key: u64) -> Option<&Slot> {
        let b = filter_bit(key);
        if self
            .present
            .get(b / 64)
            .is_none_or(|w| w & (1 << (b % 64)) == 0)
        {
            return None;
        }
        let cap = self.slots.len();
        if cap == 0 {
            return None;
        }
        let mut at = (key as usize) & (cap - 1);
        loop {
            let s = &self.slots[at];
            if s.key == key {
                return Some(s);
            }
            if s.key == 0 {
                return None;
            }
            at = (at + 1) & (cap - 1);
        }
    }

    /// The number of features.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Every `(key, offset, label, weight)` record with a non-zero weight, sorted.
    fn records(&self) -> Vec<(u64, i8, u8, f32)> {
        let mut out = Vec::new();
        for s in self.slots.iter().filter(|s| s.key != 0) {
            let mut row = s.start as usize;
            for b in 0..OFFSETS {
                if s.mask & (1 << b) == 0 {
                    continue;
                }
                for l in 0..L {
                    let w = self.pool[row * L + l];
                    if w != 0.0 {
                        out.push((s.key, b as i8 - WINDOW as i8, l as u8, w));
                    }
                }
                row += 1;
            }
        }
        out.sort_by_key(|r| (r.0, r.1, r.2));
        out
    }

    /// Adds the weights of `key` to `acc`, offset by offset (`acc[(k + WINDOW) * L + label]`
    /// for the feature's word at offset k from the position scored).
    #[inline]
    pub fn accumulate(&self, key: u64, acc: &mut Row) {
        let Some(slot) = self.get(key) else { return };
        let mut row = slot.start as usize * L;
        let mut mask = slot.mask;
        while mask != 0 {
            let b = mask.trailing_zeros() as usize;
            mask &= mask - 1;
            for (d, w) in acc[b * L..b * L + L]
                .iter_mut()
                .zip(&self.pool[row..row + L])
            {
                *d += *w;
            }
            row += L;
        }
    }

    /// The best label sequence for emission scores `em` (n × L), into `out`.
    pub fn viterbi(&self, em: &[f32], out: &mut Vec<u8>, back: &mut Vec<u8>) {
        let n = em.len() / L;
        out.clear();
        if n == 0 {
            return;
        }
        back.clear();
        back.resize(n * L, 0);
        // The transitions into each label, as a fixed table: the loops below index nothing
        // they must check.
        let mut into = [[0f32; L]; L];
        for (prev, row) in self.transitions.chunks_exact(L).enumerate().take(L) {
            for (cur, &t) in row.iter().enumerate() {
                into[cur][prev] = t;
            }
        }
        let mut score = [0f32; L];
        score.copy_from_slice(&em[..L]);
        let mut next = [0f32; L];
        for (em_i, back_i) in em.chunks_exact(L).zip(back.chunks_exact_mut(L)).skip(1) {
            for (((nx, b), e), t) in next.iter_mut().zip(back_i).zip(em_i).zip(&into) {
                let mut best = f32::NEG_INFINITY;
                let mut arg = 0u8;
                // Without a branch on the comparison (the first best wins, as before): which
                // label wins is what a branch predictor cannot guess.
                for (prev, (s, tr)) in score.iter().zip(t).enumerate() {
                    let v = s + tr;
                    let better = v > best;
                    best = if better { v } else { best };
                    arg = if better { prev as u8 } else { arg };
                }
                *nx = best + e;
                *b = arg;
            }
            score = next;
        }
        let mut last = 0u8;
        let mut best = f32::NEG_INFINITY;
        for (l, &s) in score.iter().enumerate() {
            if s > best {
                best = s;
                last = l as u8;
            }
        }
        out.resize(n, 0);
        out[n - 1] = last;
        for i in (1..n).rev() {
            out[i - 1] = back[i * L + out[i] as usize];
        }
    }
}

/// What a model file holds besides its weights.
#[derive(Debug, Clone)]
pub(crate) struct ModelData {
    pub fingerprint: u64,
    pub groups: u16,
    pub meta: String,
    pub clusters: String,
    pub weights: Weights,
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

impl ModelData {
    /// The model file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let records = self.weights.records();
        let max = records
            .iter()
            .map(|r| r.3.abs())
            .chain(std::iter::once(f32::MIN_POSITIVE))
            .fold(0f32, f32::max);
        let scale = max / f32::from(i16::MAX);
        let quantize = |w: f32| (w / scale).round().clamp(-32767.0, 32767.0) as i16;
        // A weight that quantizes to zero is no weight.
        let records: Vec<_> = records.into_iter().filter(|r| quantize(r.3) != 0).collect();
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.fingerprint.to_le_bytes());
        out.extend_from_slice(&self.groups.to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        put_str(&mut out, &self.meta);
        put_str(&mut out, &self.clusters);
        for t in &self.weights.transitions {
            out.extend_from_slice(&t.to_le_bytes());
        }
        let mut keys: Vec<u64> = records.iter().map(|r| r.0).collect();
        keys.dedup();
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        let mut i = 0;
        while i < records.len() {
            let key = records[i].0;
            let end = i + records[i..].iter().take_while(|r| r.0 == key).count();
            let mut mask = 0u8;
            for r in &records[i..end] {
                mask |= 1 << (r.1 as i32 + WINDOW as i32);
            }
            out.extend_from_slice(&key.to_le_bytes());
            out.push(mask);
            let mut j = i;
            while j < end {
                let off = records[j].1;
                let k = j + records[j..end].iter().take_while(|r| r.1 == off).count();
                let labels = records[j..k].iter().fold(0u16, |m, r| m | 1 << r.2);
                out.extend_from_slice(&labels.to_le_bytes());
                for r in &records[j..k] {
                    out.extend_from_slice(&quantize(r.3).to_le_bytes());
                }
                j = k;
            }
            i = end;
        }
        out
    }

    /// The cluster table of a model file (`word TAB bits TAB count` rows), read without its
    /// weights; `None` when the file is no model.
    pub fn cluster_table(b: &[u8]) -> Option<String> {
        let mut r = Reader { b, at: 0 };
        if r.take(8)? != MAGIC {
            return None;
        }
        r.u64()?;
        r.u16()?;
        r.f32()?;
        r.string()?;
        r.string()
    }

    /// Reads a model file; `source` names it in errors.
    pub fn from_bytes(source: &str, b: &[u8]) -> Result<ModelData, Error> {
        let bad = |why: &str| Error::data(source, 0, format!("not a kashf tagger model: {why}"));
        let mut r = Reader { b, at: 0 };
        if r.take(8).ok_or_else(|| bad("too short"))? != MAGIC {
            return Err(bad("wrong magic bytes"));
        }
        let fingerprint = r.u64().ok_or_else(|| bad("truncated header"))?;
        let groups = r.u16().ok_or_else(|| bad("truncated header"))?;
        let scale = r.f32().ok_or_else(|| bad("truncated header"))?;
        let meta = r.string().ok_or_else(|| bad("truncated passport"))?;
        let clusters = r.string().ok_or_else(|| bad("truncated cluster table"))?;
        let mut transitions = Vec::with_capacity(L * L);
        for _ in 0..L * L {
            transitions.push(r.f32().ok_or_else(|| bad("truncated transitions"))?);
        }
        let n = r.u32().ok_or_else(|| bad("truncated features"))? as usize;
        let mut records = Vec::with_capacity(n.min(1 << 24) * 3);
        for _ in 0..n {
            let key = r.u64().ok_or_else(|| bad("truncated feature"))?;
            let mask = r.take(1).ok_or_else(|| bad("truncated feature"))?[0];
            if key == 0 || mask == 0 || mask >> OFFSETS != 0 {
                return Err(bad("malformed feature"));
            }
            if !is_windowed(key) && mask != 1 << WINDOW {
                return Err(bad("a position feature with offsets"));
            }
            for b in 0..OFFSETS {
                if mask & (1 << b) == 0 {
                    continue;
                }
                let labels = r.u16().ok_or_else(|| bad("truncated feature"))?;
                if labels >> L != 0 {
                    return Err(bad("unknown label"));
                }
                for l in 0..L {
                    if labels & (1 << l) != 0 {
                        let q = r.u16().ok_or_else(|| bad("truncated feature"))? as i16;
                        let off = b as i8 - WINDOW as i8;
                        records.push((key, off, l as u8, f32::from(q) * scale));
                    }
                }
            }
        }
        if r.at != b.len() {
            return Err(bad("trailing bytes"));
        }
        Ok(ModelData {
            fingerprint,
            groups,
            meta,
            clusters,
            weights: Weights::build(transitions, records),
        })
    }
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.b.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_le_bytes(self.take(2)?.try_into().ok()?))
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn f32(&mut self) -> Option<f32> {
        Some(f32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn string(&mut self) -> Option<String> {
        let n = self.u32()? as usize;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }
}

/// Reads the weights of a CRFsuite model file (as `crfs` writes it): the header, then the
/// 20-byte feature records `type, source, target, weight f64`; attribute names are the
/// feature keys `KEY(hex)OFFSET` the trainer was given. Labels are mapped to [`LABELS`].
pub(crate) fn from_crfsuite(bytes: &[u8]) -> Result<Weights, String> {
    let model = crfs::Model::new(bytes).map_err(|e| e.to_string())?;
    let u32_at = |at: usize| -> Result<u32, String> {
        bytes
            .get(at..at + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .ok_or_else(|| "truncated CRFsuite header".to_string())
    };
    let num_features = u32_at(16)? as usize;
    let off_features = u32_at(28)? as usize;
    let label_of = |lid: u32| -> Result<u8, String> {
        let name = model.to_label(lid).ok_or("a label without a name")?;
        LABELS
            .iter()
            .position(|l| *l == name)
            .map(|p| p as u8)
            .ok_or_else(|| format!("unknown label `{name}`"))
    };
    let mut transitions = vec![0f32; L * L];
    let mut records = Vec::new();
    for f in 0..num_features {
        let at = off_features + 12 + 20 * f;
        let rec = bytes.get(at..at + 20).ok_or("truncated feature records")?;
        let ftype = u32::from_le_bytes(rec[0..4].try_into().map_err(|_| "bad record")?);
        let src = u32::from_le_bytes(rec[4..8].try_into().map_err(|_| "bad record")?);
        let dst = u32::from_le_bytes(rec[8..12].try_into().map_err(|_| "bad record")?);
        let w = f64::from_le_bytes(rec[12..20].try_into().map_err(|_| "bad record")?) as f32;
        match ftype {
            0 => {
                let name = model.to_attr(src).ok_or("an attribute without a name")?;
                let (key, off) = parse_attribute(name)?;
                records.push((key, off, label_of(dst)?, w));
            }
            1 => {
                transitions[label_of(src)? as usize * L + label_of(dst)? as usize] = w;
            }
            t => return Err(format!("unknown feature type {t}")),
        }
    }
    Ok(Weights::build(transitions, records))
}

/// The attribute name of a key at an offset.
pub(crate) fn attribute(key: u64, offset: i8) -> String {
    format!("{key:016x}{offset:+}")
}

fn parse_attribute(name: &str) -> Result<(u64, i8), String> {
    let bad = || format!("attribute `{name}` is not a kashf feature key");
    let key = u64::from_str_radix(name.get(..16).ok_or_else(bad)?, 16).map_err(|_| bad())?;
    let off: i8 = name[16..].parse().map_err(|_| bad())?;
    Ok((key, off))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_round_trip() {
        let a = attribute(0xdead_beef_0000_0003, -2);
        assert_eq!(parse_attribute(&a), Ok((0xdead_beef_0000_0003, -2)));
        assert_eq!(parse_attribute(&attribute(7, 1)), Ok((7, 1)));
    }

    #[test]
    fn viterbi_follows_transitions() {
        // Two positions; emissions prefer B-PERS then O, but the transition B-PERS → I-PERS
        // is strong enough to win the second position.
        let mut t = vec![0f32; L * L];
        t[L + 2] = 5.0;
        let w = Weights::build(t, Vec::new());
        let mut em = vec![0f32; 2 * L];
        em[1] = 3.0;
        em[L] = 1.0;
        let (mut out, mut back) = (Vec::new(), Vec::new());
        w.viterbi(&em, &mut out, &mut back);
        assert_eq!(out, [1, 2]);
    }
}
