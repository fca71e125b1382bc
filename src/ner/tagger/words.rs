//! Word-level tables the features read: which lists hold a word and where in an entry, and
//! the word clusters with their counts.

use crate::error::Error;
use crate::fasthash::FastMap;
use crate::types::EntityType;

/// Membership bits: four entity types times four positions in an entry.
pub(crate) const MEMBERSHIP_BITS: u32 = 16;

/// Where a word stands in a list entry's form.
#[derive(Clone, Copy)]
enum Position {
    Single = 0,
    First = 1,
    Middle = 2,
    Last = 3,
}

fn membership_bit(t: EntityType, p: Position) -> u16 {
    let t = match t {
        EntityType::Person => 0,
        EntityType::Location => 1,
        EntityType::Organization => 2,
        EntityType::Misc => 3,
    };
    1 << (t * 4 + p as u16)
}

/// What the tables know of one word: the lists that hold it, and its Brown cluster (bit
/// string, left-aligned, with its length) with how often the clustering corpus had it.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WordInfo {
    membership: u16,
    clustered: bool,
    len: u8,
    bits: u64,
    count: u32,
}

impl WordInfo {
    /// The list-membership bits.
    #[inline]
    pub fn membership(&self) -> u16 {
        self.membership
    }

    /// The cluster: left-aligned bits and their number.
    #[inline]
    pub fn cluster(&self) -> Option<(u64, u8)> {
        self.clustered.then_some((self.bits, self.len))
    }

    /// How often the word stands alone: its count in the clustering corpus, or 1 for a word
    /// of a list that corpus did not have.
    #[inline]
    pub fn count(&self) -> u32 {
        if self.clustered {
            self.count.max(1)
        } else {
            u32::from(self.membership != 0)
        }
    }
}

/// The tables, built once per extractor: one map, so that a word is looked up once for all
/// it tells.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordTables {
    words: FastMap<Box<str>, WordInfo>,
}

impl WordTables {
    /// Adds the words of one normalized list form of an entry of type `t`. MISC lists
    /// (products) are left out: their words (آي, إس, بوك) are letters and parts of names in
    /// news, and what the tagger learns of list words is about people, places and
    /// organizations.
    pub fn add_form(&mut self, form: &str, t: EntityType) {
        if t == EntityType::Misc {
            return;
        }
        let n = form.split(' ').count();
        for (i, w) in form.split(' ').enumerate() {
            // A letter alone (د ب أ, the initials of an agency) says nothing of the word
            // elsewhere: the د of د. would read as part of a name.
            if w.chars().nth(1).is_none() {
                continue;
            }
            let p = match (i, n) {
                (_, 1) => Position::Single,
                (0, _) => Position::First,
                (i, n) if i + 1 == n => Position::Last,
                _ => Position::Middle,
            };
            let bit = membership_bit(t, p);
            match self.words.get_mut(w) {
                Some(i) => i.membership |= bit,
                None => {
                    self.words.insert(
                        w.into(),
                        WordInfo {
                            membership: bit,
                            ..WordInfo::default()
                        },
                    );
                }
            }
        }
    }

    /// Reads a cluster table: `word TAB bits TAB count`, a header line `word bits count`,
    /// `#` comments; words normalized as the text is.
    pub fn read_clusters(&mut self, source: &str, text: &str) -> Result<(), Error> {
        for row in crate::tsv::tsv_rows(source, text, &["word", "bits", "count"]) {
            let (n, f) = row?;
            let bits = f[1];
            if bits.len() > 64 || !bits.bytes().all(|b| b == b'0' || b == b'1') {
                return Err(Error::data(
                    source,
                    n,
                    "cluster bits must be at most 64 characters of 0 and 1",
                ));
            }
            let count: u32 = f[2]
                .parse()
                .map_err(|_| Error::data(source, n, format!("bad count `{}`", f[2])))?;
            let mut v = 0u64;
            for (i, b) in bits.bytes().enumerate() {
                if b == b'1' {
                    v |= 1 << (63 - i);
                }
            }
            let info = self.words.entry(f[0].into()).or_default();
            info.clustered = true;
            info.bits = v;
            info.len = bits.len() as u8;
            info.count = count;
        }
        Ok(())
    }

    /// What the tables know of a word (nothing: all zero).
    #[inline]
    pub fn info(&self, word: &str) -> WordInfo {
        self.words.get(word).copied().unwrap_or_default()
    }

    /// The list-membership bits of a word.
    #[inline]
    pub fn membership(&self, word: &str) -> u16 {
        self.info(word).membership()
    }

    /// Whether a list has `word` as a person's name of one word or as the last word of one.
    pub fn closes_person_name(&self, word: &str) -> bool {
        let bits = membership_bit(EntityType::Person, Position::Single)
            | membership_bit(EntityType::Person, Position::Last);
        self.membership(word) & bits != 0
    }

    /// How often a word stands alone: its count in the clustering corpus, or 1 for a word of
    /// a list that corpus did not have.
    #[inline]
    pub fn count(&self, word: &str) -> u32 {
        self.info(word).count()
    }
}
