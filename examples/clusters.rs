//! Learns Brown word clusters from unlabeled Arabic text, for the tagger's cluster features.
//!
//! usage: clusters [--clusters C] [--min-count N] [--text|--conll]
//!                 [--conll-range all|train90] FILE... > clusters.tsv
//!
//! Each FILE is plain text (one document or paragraph a line) or CoNLL (`token<TAB>tag` lines,
//! a blank line between sentences). The format is detected from the first lines (tab-separated
//! last fields that are all tags: `O`, `B-…`, `I-…`) unless `--text` or `--conll` comes before
//! the file. `--conll-range train90` keeps the first 90% of a CoNLL file's sentences (count
//! minus count/10, as `examples/conll.rs` cuts its development split), `all` every sentence.
//! These three options apply to the files after them, so one command can mix ranges.
//!
//! A text line, or a CoNLL sentence rebuilt as its tokens joined by single spaces, is
//! normalized with kashf's default normalizer and cut into words with kashf's tokenizer: the
//! words are those the tagger looks up. CoNLL lines whose token is `$#$` (Wojood's segment
//! markers) end a segment and are not words. Bigrams are counted between adjacent words of a
//! segment; a word seen fewer than `--min-count` times (default 2) is dropped and no bigram
//! crosses it.
//!
//! The clustering is Brown et al. (1992) in the form of Liang (2005): words are taken in
//! decreasing frequency (ties in byte order); each new word becomes a cluster of its own and,
//! once there are C+1 clusters (`--clusters`, default 256), the pair whose merge loses least
//! average mutual information is merged (ties: the lowest slots). The mutual information counts
//! the bigrams between clusters of this window; the marginals are those of the whole corpus.
//! Merge losses are updated incrementally: a merge of i and j changes the loss of a pair (s, t)
//! only through the terms of s and t with i, j and i+j, and only when s or t is a neighbour of
//! i and s or t is a neighbour of j. After the last word, C-1 further merges build the
//! hierarchy; a word's bit string is the path to its cluster, `0` towards the side whose most
//! frequent word is more frequent. Words of one cluster share their bit string.
//!
//! Output: a comment line (`# …`: the command, the inputs with their sizes, C, min-count and
//! the counts), a header `word<TAB>bits<TAB>count`, then one line a word, sorted by bit string,
//! then decreasing count, then word. Progress goes to standard error.

use kashf::tokenize::Tokenized;
use kashf::NormalizeOptions;
use std::collections::HashMap;
use std::io::Write;
use std::process::ExitCode;
use std::time::{Duration, Instant};

const USAGE: &str = "usage: clusters [--clusters C] [--min-count N] [--text|--conll] \
                     [--conll-range all|train90] FILE... > clusters.tsv";

/// No word, no slot.
const NONE: u32 = u32::MAX;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Format {
    Detect,
    Text,
    Conll,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ConllRange {
    All,
    Train90,
}

struct Input {
    path: String,
    format: Format,
    range: ConllRange,
}

struct Options {
    clusters: usize,
    min_count: u64,
    inputs: Vec<Input>,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        clusters: 256,
        min_count: 2,
        inputs: Vec::new(),
    };
    let mut format = Format::Detect;
    let mut range = ConllRange::All;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--clusters" => match it.next().and_then(|v| v.parse().ok()) {
                Some(c) if c >= 2 => o.clusters = c,
                _ => return Err("--clusters takes a number of at least 2".into()),
            },
            "--min-count" => match it.next().and_then(|v| v.parse().ok()) {
                Some(n) if n >= 1 => o.min_count = n,
                _ => return Err("--min-count takes a number of at least 1".into()),
            },
            "--text" => format = Format::Text,
            "--conll" => format = Format::Conll,
            "--conll-range" => match it.next().map(String::as_str) {
                Some("all") => range = ConllRange::All,
                Some("train90") => range = ConllRange::Train90,
                _ => return Err("--conll-range takes all or train90".into()),
            },
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            path => o.inputs.push(Input {
                path: path.to_string(),
                format,
                range,
            }),
        }
    }
    if o.inputs.is_empty() {
        return Err("no input file".into());
    }
    Ok(o)
}

// ---------------------------------------------------------------------------------------------
// Reading: files → segments → word stream

/// Whether `s` looks like an IOB tag.
fn is_tag(s: &str) -> bool {
    s == "O"
        || s.split_once('-').is_some_and(|(p, t)| {
            matches!(p, "B" | "I" | "E" | "S") && !t.is_empty() && !t.contains(char::is_whitespace)
        })
}

/// CoNLL when the first 100 non-blank lines all end in a tab-separated tag.
fn looks_conll(raw: &str) -> bool {
    let mut seen = 0;
    for line in raw.lines().filter(|l| !l.trim().is_empty()).take(100) {
        match line.rsplit_once('\t') {
            Some((_, tag)) if is_tag(tag.trim()) => seen += 1,
            _ => return false,
        }
    }
    seen > 0
}

/// The segments of a CoNLL file: its sentences (cut at `$#$` markers), each rebuilt as its
/// tokens joined by single spaces, and the number of sentences kept.
fn conll_segments(raw: &str, range: ConllRange) -> (Vec<String>, usize) {
    let sentences = kashf::tagger::read_conll(raw);
    let kept = match range {
        ConllRange::All => sentences.len(),
        ConllRange::Train90 => sentences.len() - sentences.len() / 10,
    };
    let mut segments = Vec::new();
    for s in &sentences[..kept] {
        for part in s.tokens.split(|t| t == "$#$") {
            if !part.is_empty() {
                segments.push(part.join(" "));
            }
        }
    }
    (segments, kept)
}

/// Every word of the input, as ids, with [`NONE`] between segments.
#[derive(Default)]
struct Corpus {
    ids: HashMap<String, u32>,
    words: Vec<String>,
    counts: Vec<u64>,
    stream: Vec<u32>,
    tokens: u64,
}

impl Corpus {
    /// Normalizes a segment with the default normalizer, cuts it into words and appends them.
    fn add_segment(&mut self, text: &str, options: &NormalizeOptions) {
        let n = kashf::normalize(text, options);
        let text = n.text();
        let t = Tokenized::new(text);
        for tok in t.tokens() {
            let w = &text[tok.span().start..tok.span().end];
            let id = match self.ids.get(w) {
                Some(&id) => id,
                None => {
                    let id = self.words.len() as u32;
                    self.ids.insert(w.to_string(), id);
                    self.words.push(w.to_string());
                    self.counts.push(0);
                    id
                }
            };
            self.counts[id as usize] += 1;
            self.stream.push(id);
            self.tokens += 1;
        }
        if self.stream.last() != Some(&NONE) {
            self.stream.push(NONE);
        }
    }

    /// Test helper: a corpus of text segments.
    #[cfg(test)]
    fn of(segments: &[&str]) -> Corpus {
        let mut c = Corpus::default();
        let o = NormalizeOptions::default();
        for s in segments {
            c.add_segment(s, &o);
        }
        c
    }
}

/// Adjacent-word counts over the kept vocabulary: what the clustering reads.
struct Bigrams {
    /// Kept words by rank: decreasing count, then byte order.
    words: Vec<String>,
    /// Token count of each kept word.
    counts: Vec<u64>,
    /// For each word, the words that follow it, with counts, by rank.
    next: Vec<Vec<(u32, u32)>>,
    /// For each word, the words that precede it, with counts, by rank.
    prev: Vec<Vec<(u32, u32)>>,
    /// Number of bigrams: every probability is a count over this.
    total: u64,
}

impl Bigrams {
    fn new(corpus: &Corpus, min_count: u64) -> Bigrams {
        let mut order: Vec<u32> = (0..corpus.words.len() as u32)
            .filter(|&w| corpus.counts[w as usize] >= min_count)
            .collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (a as usize, b as usize);
            corpus.counts[b]
                .cmp(&corpus.counts[a])
                .then_with(|| corpus.words[a].cmp(&corpus.words[b]))
        });
        let mut rank = vec![NONE; corpus.words.len()];
        for (r, &w) in order.iter().enumerate() {
            rank[w as usize] = r as u32;
        }
        let mut keys: Vec<u64> = Vec::new();
        let mut last = NONE;
        for &w in &corpus.stream {
            let r = if w == NONE { NONE } else { rank[w as usize] };
            if last != NONE && r != NONE {
                keys.push(u64::from(last) << 32 | u64::from(r));
            }
            last = r;
        }
        keys.sort_unstable();
        let v = order.len();
        let mut next = vec![Vec::new(); v];
        let mut prev = vec![Vec::new(); v];
        for run in keys.chunk_by(|a, b| a == b) {
            let (a, b) = ((run[0] >> 32) as u32, run[0] as u32);
            next[a as usize].push((b, run.len() as u32));
            prev[b as usize].push((a, run.len() as u32));
        }
        Bigrams {
            words: order
                .iter()
                .map(|&w| corpus.words[w as usize].clone())
                .collect(),
            counts: order.iter().map(|&w| corpus.counts[w as usize]).collect(),
            next,
            prev,
            total: keys.len() as u64,
        }
    }

    fn kept_tokens(&self) -> u64 {
        self.counts.iter().sum()
    }
}

// ---------------------------------------------------------------------------------------------
// Brown clustering

/// A cluster pair's term of the mutual information: p(s,t) log(p(s,t) / (p(s,·) p(·,t))).
#[inline]
fn term(p: f64, left: f64, right: f64) -> f64 {
    if p > 0.0 {
        p * (p / (left * right)).ln()
    } else {
        0.0
    }
}

/// A cluster x seen from every slot c: the bigram probabilities and terms both ways.
struct Third {
    /// p(c, x)
    to: Vec<f64>,
    /// p(x, c)
    from: Vec<f64>,
    /// term(c, x)
    qto: Vec<f64>,
    /// term(x, c)
    qfrom: Vec<f64>,
    left: f64,
    right: f64,
}

impl Third {
    #[inline]
    fn touches(&self, c: usize) -> bool {
        self.to[c] > 0.0 || self.from[c] > 0.0
    }

    /// What x contributes to the loss of merging s and t (whose merged marginals are
    /// `left_st`, `right_st`): the terms of (s,x), (t,x), (x,s), (x,t) less those of
    /// (s+t, x) and (x, s+t).
    #[inline]
    fn through(&self, s: usize, t: usize, left_st: f64, right_st: f64) -> f64 {
        self.qto[s] + self.qto[t] + self.qfrom[s] + self.qfrom[t]
            - term(self.to[s] + self.to[t], left_st, self.right)
            - term(self.from[s] + self.from[t], self.left, right_st)
    }
}

/// Liang's window: at most C+1 active clusters in fixed slots, with dense matrices of bigram
/// probabilities, their mutual-information terms, and the loss of merging each pair.
struct Brown<'a> {
    bigrams: &'a Bigrams,
    /// Number of slots (C + 1): the stride of every matrix.
    n: usize,
    /// p[s*n+t]: probability of a bigram from cluster s to cluster t.
    p: Vec<f64>,
    /// The transpose of `p`, so that columns read as rows.
    pt: Vec<f64>,
    /// q[s*n+t]: term(p[s*n+t], left[s], right[t]).
    q: Vec<f64>,
    qt: Vec<f64>,
    /// loss[s*n+t] for s < t: the mutual information lost by merging s and t.
    loss: Vec<f64>,
    /// Probability that a bigram starts in the cluster (whole corpus).
    left: Vec<f64>,
    /// Probability that a bigram ends in the cluster (whole corpus).
    right: Vec<f64>,
    on: Vec<bool>,
    /// The active slots, ascending.
    active: Vec<usize>,
    /// Each word's slot, NONE before it is added.
    slot_of: Vec<u32>,
    members: Vec<Vec<u32>>,
    /// Each slot's most frequent word (lowest rank).
    first: Vec<u32>,
}

impl<'a> Brown<'a> {
    fn new(bigrams: &'a Bigrams, clusters: usize) -> Brown<'a> {
        let n = clusters + 1;
        Brown {
            bigrams,
            n,
            p: vec![0.0; n * n],
            pt: vec![0.0; n * n],
            q: vec![0.0; n * n],
            qt: vec![0.0; n * n],
            loss: vec![0.0; n * n],
            left: vec![0.0; n],
            right: vec![0.0; n],
            on: vec![false; n],
            active: Vec::with_capacity(n),
            slot_of: vec![NONE; bigrams.words.len()],
            members: vec![Vec::new(); n],
            first: vec![NONE; n],
        }
    }

    fn third(&self, x: usize) -> Third {
        let row = x * self.n..(x + 1) * self.n;
        Third {
            to: self.pt[row.clone()].to_vec(),
            from: self.p[row.clone()].to_vec(),
            qto: self.qt[row.clone()].to_vec(),
            qfrom: self.q[row].to_vec(),
            left: self.left[x],
            right: self.right[x],
        }
    }

    /// i and j merged, seen from every other active slot.
    fn merged(&self, i: &Third, j: &Third) -> Third {
        let (left, right) = (i.left + j.left, i.right + j.right);
        let mut m = Third {
            to: vec![0.0; self.n],
            from: vec![0.0; self.n],
            qto: vec![0.0; self.n],
            qfrom: vec![0.0; self.n],
            left,
            right,
        };
        for &c in &self.active {
            m.to[c] = i.to[c] + j.to[c];
            m.from[c] = i.from[c] + j.from[c];
            m.qto[c] = term(m.to[c], self.left[c], right);
            m.qfrom[c] = term(m.from[c], left, self.right[c]);
        }
        m
    }

    fn set(&mut self, s: usize, t: usize, v: f64) {
        self.p[s * self.n + t] = v;
        self.pt[t * self.n + s] = v;
    }

    /// Recomputes the terms of slot x's row and column.
    fn set_terms(&mut self, x: usize) {
        let n = self.n;
        for &c in &self.active {
            let out = term(self.p[x * n + c], self.left[x], self.right[c]);
            let inn = term(self.p[c * n + x], self.left[c], self.right[x]);
            self.q[x * n + c] = out;
            self.qt[c * n + x] = out;
            self.q[c * n + x] = inn;
            self.qt[x * n + c] = inn;
        }
    }

    #[cfg(test)]
    fn loss_of(&self, s: usize, t: usize) -> f64 {
        self.loss[s.min(t) * self.n + s.max(t)]
    }

    /// The loss of merging s and t, computed from the matrices. The slots that are not
    /// neighbours of s (`nbrs` lists those that are) contribute only through t's terms, whose
    /// left or right marginal grows: a closed form over t's row and column sums, without a
    /// logarithm each.
    fn fresh_loss(&self, s: usize, t: usize, nbrs: &[usize], row_t: f64, col_t: f64) -> f64 {
        let n = self.n;
        let (p, q) = (&self.p, &self.q);
        let ls = self.left[s] + self.left[t];
        let rs = self.right[s] + self.right[t];
        let mut loss = q[s * n + s] + q[s * n + t] + q[t * n + s] + q[t * n + t]
            - term(
                p[s * n + s] + p[s * n + t] + p[t * n + s] + p[t * n + t],
                ls,
                rs,
            );
        let (mut out_t, mut in_t) = (0.0, 0.0);
        for &c in nbrs {
            if c == t {
                continue;
            }
            let (tc, ct) = (p[t * n + c], p[c * n + t]);
            loss += q[s * n + c] + q[t * n + c] + q[c * n + s] + q[c * n + t]
                - term(p[s * n + c] + tc, ls, self.right[c])
                - term(p[c * n + s] + ct, self.left[c], rs);
            out_t += tc;
            in_t += ct;
        }
        let rest_out = row_t - p[t * n + s] - p[t * n + t] - out_t;
        if rest_out > 0.0 {
            loss += rest_out * (ls / self.left[t]).ln();
        }
        let rest_in = col_t - p[s * n + t] - p[t * n + t] - in_t;
        if rest_in > 0.0 {
            loss += rest_in * (rs / self.right[t]).ln();
        }
        loss
    }

    /// Computes the loss of merging s with every other active slot.
    fn fresh_row(&mut self, s: usize) {
        let n = self.n;
        let nbrs: Vec<usize> = self
            .active
            .iter()
            .copied()
            .filter(|&c| c != s && (self.p[s * n + c] > 0.0 || self.pt[s * n + c] > 0.0))
            .collect();
        for ti in 0..self.active.len() {
            let t = self.active[ti];
            if t == s {
                continue;
            }
            let (mut row, mut col) = (0.0, 0.0);
            for &c in &self.active {
                row += self.p[t * n + c];
                col += self.pt[t * n + c];
            }
            let l = self.fresh_loss(s, t, &nbrs, row, col);
            self.loss[s.min(t) * n + s.max(t)] = l;
        }
    }

    /// Adds word `w` as a cluster of its own in a free slot.
    fn add(&mut self, w: u32) -> usize {
        let n = self.n;
        let k = (0..n).find(|&s| !self.on[s]).expect("a free slot");
        for c in 0..n {
            self.set(k, c, 0.0);
            self.set(c, k, 0.0);
        }
        let b = self.bigrams;
        let inv = 1.0 / b.total.max(1) as f64;
        let (mut left, mut right) = (0u64, 0u64);
        for &(v, c) in &b.next[w as usize] {
            left += u64::from(c);
            let sv = if v == w {
                k as u32
            } else {
                self.slot_of[v as usize]
            };
            if sv != NONE {
                self.set(k, sv as usize, f64::from(c) * inv);
            }
        }
        for &(v, c) in &b.prev[w as usize] {
            right += u64::from(c);
            let sv = self.slot_of[v as usize];
            if v != w && sv != NONE {
                self.set(sv as usize, k, f64::from(c) * inv);
            }
        }
        self.left[k] = left as f64 * inv;
        self.right[k] = right as f64 * inv;
        self.slot_of[w as usize] = k as u32;
        self.members[k] = vec![w];
        self.first[k] = w;
        self.on[k] = true;
        let at = self.active.partition_point(|&s| s < k);
        self.active.insert(at, k);
        self.set_terms(k);

        // Every other pair now has k as a third cluster; only neighbours of k see a change.
        let x = self.third(k);
        let act = &self.active;
        for (si, &s) in act.iter().enumerate() {
            if s == k {
                continue;
            }
            let s_near = x.touches(s);
            for &t in &act[si + 1..] {
                if t == k || !(s_near || x.touches(t)) {
                    continue;
                }
                let ls = self.left[s] + self.left[t];
                let rs = self.right[s] + self.right[t];
                self.loss[s * n + t] += x.through(s, t, ls, rs);
            }
        }
        self.fresh_row(k);
        k
    }

    /// Merges slots i and j; returns the slot of the merged cluster.
    fn merge(&mut self, i: usize, j: usize) -> usize {
        let n = self.n;
        let (ti, tj) = (self.third(i), self.third(j));
        let tm = self.merged(&ti, &tj);

        // A pair (s, t) sees i, j and then i+j as third clusters: its loss changes only if
        // s or t neighbours i and s or t neighbours j (otherwise i+j's terms equal those of
        // the one it neighbours).
        let act = &self.active;
        for (si, &s) in act.iter().enumerate() {
            if s == i || s == j {
                continue;
            }
            let (si_near, sj_near) = (ti.touches(s), tj.touches(s));
            for &t in &act[si + 1..] {
                if t == i || t == j {
                    continue;
                }
                if !((si_near || ti.touches(t)) && (sj_near || tj.touches(t))) {
                    continue;
                }
                let ls = self.left[s] + self.left[t];
                let rs = self.right[s] + self.right[t];
                self.loss[s * n + t] +=
                    tm.through(s, t, ls, rs) - ti.through(s, t, ls, rs) - tj.through(s, t, ls, rs);
            }
        }

        // The merged cluster keeps the slot with more words (fewer to relabel).
        let (d, o) = if self.members[j].len() > self.members[i].len() {
            (j, i)
        } else {
            (i, j)
        };
        let diag = ti.from[i] + ti.from[j] + tj.from[i] + tj.from[j];
        self.on[o] = false;
        self.active.retain(|&s| s != o);
        for ci in 0..self.active.len() {
            let c = self.active[ci];
            if c != d {
                self.set(d, c, tm.from[c]);
                self.set(c, d, tm.to[c]);
            }
        }
        self.set(d, d, diag);
        self.left[d] = tm.left;
        self.right[d] = tm.right;
        let moved = std::mem::take(&mut self.members[o]);
        for &w in &moved {
            self.slot_of[w as usize] = d as u32;
        }
        self.members[d].extend(moved);
        self.first[d] = self.first[d].min(self.first[o]);
        self.set_terms(d);
        self.fresh_row(d);
        d
    }

    /// The active pair whose merge loses least (ties: the lowest slots).
    fn best_pair(&self) -> (usize, usize) {
        let mut best = (f64::INFINITY, 0, 0);
        for (si, &s) in self.active.iter().enumerate() {
            for &t in &self.active[si + 1..] {
                let l = self.loss[s * self.n + t];
                if l < best.0 {
                    best = (l, s, t);
                }
            }
        }
        (best.1, best.2)
    }

    /// Runs the whole algorithm; returns each word's bit string, by rank.
    fn run(mut self, progress: &mut Progress) -> Vec<String> {
        let v = self.bigrams.words.len();
        let c = self.n - 1;
        for w in 0..v {
            self.add(w as u32);
            if self.active.len() > c {
                let (a, b) = self.best_pair();
                self.merge(a, b);
            }
            progress.tick("words", w + 1, v);
        }
        progress.done("words", v);

        // The hierarchy over the remaining clusters: node ids 0..leaves are the clusters.
        let leaves = self.active.len();
        let mut node_of = vec![usize::MAX; self.n];
        let mut leaf_of_word = vec![0usize; v];
        for (l, &s) in self.active.iter().enumerate() {
            node_of[s] = l;
            for &w in &self.members[s] {
                leaf_of_word[w as usize] = l;
            }
        }
        let mut children: Vec<(usize, usize)> = Vec::new();
        while self.active.len() > 1 {
            let (a, b) = self.best_pair();
            let (zero, one) = if self.first[a] <= self.first[b] {
                (a, b)
            } else {
                (b, a)
            };
            let kids = (node_of[zero], node_of[one]);
            let d = self.merge(a, b);
            children.push(kids);
            node_of[d] = leaves + children.len() - 1;
            progress.tick("hierarchy merges", children.len(), leaves - 1);
        }
        progress.done("hierarchy merges", children.len());

        let mut bits = vec![String::new(); leaves];
        if leaves == 1 {
            bits[0] = "0".to_string();
        }
        let mut stack: Vec<(usize, String)> = Vec::new();
        if !children.is_empty() {
            stack.push((leaves + children.len() - 1, String::new()));
        }
        while let Some((node, path)) = stack.pop() {
            if node < leaves {
                bits[node] = path;
            } else {
                let (z, o) = children[node - leaves];
                stack.push((o, format!("{path}1")));
                stack.push((z, format!("{path}0")));
            }
        }
        leaf_of_word.iter().map(|&l| bits[l].clone()).collect()
    }

    /// Test helper: the window's mutual information, from the bigram matrix.
    #[cfg(test)]
    fn mutual_information(&self, groups: &[Vec<usize>]) -> f64 {
        let n = self.n;
        let mut mi = 0.0;
        for a in groups {
            for b in groups {
                let p: f64 = a
                    .iter()
                    .flat_map(|&s| b.iter().map(move |&t| (s, t)))
                    .map(|(s, t)| self.p[s * n + t])
                    .sum();
                let l: f64 = a.iter().map(|&s| self.left[s]).sum();
                let r: f64 = b.iter().map(|&t| self.right[t]).sum();
                mi += term(p, l, r);
            }
        }
        mi
    }
}

// ---------------------------------------------------------------------------------------------
// Progress and output

/// Progress on standard error, at most every ten seconds.
struct Progress {
    start: Instant,
    last: Instant,
    quiet: bool,
}

impl Progress {
    fn new(quiet: bool) -> Progress {
        Progress {
            start: Instant::now(),
            last: Instant::now(),
            quiet,
        }
    }

    fn tick(&mut self, what: &str, done: usize, total: usize) {
        if self.quiet || self.last.elapsed() < Duration::from_secs(10) {
            return;
        }
        self.last = Instant::now();
        let secs = self.start.elapsed().as_secs_f64();
        eprintln!(
            "clusters: {done}/{total} {what} ({:.1}%), {secs:.0} s",
            100.0 * done as f64 / total.max(1) as f64
        );
    }

    fn done(&mut self, what: &str, total: usize) {
        if !self.quiet {
            let secs = self.start.elapsed().as_secs_f64();
            eprintln!("clusters: {total} {what} done, {secs:.1} s");
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let o = match parse_args(&args) {
        Ok(o) => o,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("clusters: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    let normalize = NormalizeOptions::default();
    let mut corpus = Corpus::default();
    let mut described = Vec::new();
    for input in &o.inputs {
        let raw = match std::fs::read(&input.path) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                eprintln!("clusters: {}: {e}", input.path);
                return ExitCode::FAILURE;
            }
        };
        let before = corpus.tokens;
        let conll = match input.format {
            Format::Detect => looks_conll(&raw),
            Format::Text => false,
            Format::Conll => true,
        };
        let what = if conll {
            let (segments, sentences) = conll_segments(&raw, input.range);
            for s in &segments {
                corpus.add_segment(s, &normalize);
            }
            let range = match input.range {
                ConllRange::All => "all",
                ConllRange::Train90 => "train90",
            };
            format!("conll {range}, {sentences} sentences")
        } else {
            let mut lines = 0;
            for line in raw.lines().filter(|l| !l.trim().is_empty()) {
                corpus.add_segment(line, &normalize);
                lines += 1;
            }
            format!("text, {lines} lines")
        };
        let words = corpus.tokens - before;
        eprintln!(
            "clusters: {}: {} bytes, {what}, {words} words",
            input.path,
            raw.len()
        );
        described.push(format!(
            "{} ({} bytes, {what}, {words} words)",
            input.path,
            raw.len()
        ));
    }
    let bigrams = Bigrams::new(&corpus, o.min_count);
    eprintln!(
        "clusters: {} words, {} types; kept {} types (count >= {}) covering {} words, {} bigrams; {:.1} s",
        corpus.tokens,
        corpus.words.len(),
        bigrams.words.len(),
        o.min_count,
        bigrams.kept_tokens(),
        bigrams.total,
        started.elapsed().as_secs_f64()
    );
    let types = corpus.words.len();
    let tokens = corpus.tokens;
    drop(corpus);

    let mut progress = Progress::new(false);
    let bits = Brown::new(&bigrams, o.clusters).run(&mut progress);

    let mut rows: Vec<usize> = (0..bits.len()).collect();
    rows.sort_by(|&a, &b| bits[a].cmp(&bits[b]).then(a.cmp(&b)));
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let command = std::iter::once("clusters".to_string())
        .chain(args.iter().cloned())
        .collect::<Vec<_>>()
        .join(" ");
    let write = || -> std::io::Result<()> {
        writeln!(
            out,
            "# kashf {} Brown clusters | command: {command} | inputs: {} | clusters: {} | \
             min-count: {} | words: {tokens} | types: {types} | kept types: {} | \
             kept words: {} | bigrams: {} | normalizer: default, tokenizer: kashf",
            env!("CARGO_PKG_VERSION"),
            described.join("; "),
            o.clusters,
            o.min_count,
            bigrams.words.len(),
            bigrams.kept_tokens(),
            bigrams.total,
        )?;
        writeln!(out, "word\tbits\tcount")?;
        for r in rows {
            writeln!(
                out,
                "{}\t{}\t{}",
                bigrams.words[r], bits[r], bigrams.counts[r]
            )?;
        }
        out.flush()
    };
    if let Err(e) = write() {
        eprintln!("clusters: writing: {e}");
        return ExitCode::FAILURE;
    }
    eprintln!("clusters: done in {:.1} s", started.elapsed().as_secs_f64());
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic pseudo-random sequence (xorshift), for synthetic corpora.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    /// Sentences "DET NOUN VERB DET NOUN": two determiners, six nouns, six verbs, each
    /// drawn at random.
    fn grammar_corpus(sentences: usize, seed: u64) -> Vec<String> {
        let dets = ["al", "hatha"];
        let nouns = ["bayt", "kitab", "walad", "madina", "sayyara", "qalam"];
        let verbs = ["kataba", "dhahaba", "raa", "akala", "qara", "fataha"];
        let mut rng = Rng(seed);
        (0..sentences)
            .map(|_| {
                [
                    dets[rng.below(2)],
                    nouns[rng.below(6)],
                    verbs[rng.below(6)],
                    dets[rng.below(2)],
                    nouns[rng.below(6)],
                ]
                .join(" ")
            })
            .collect()
    }

    fn clusters_of(segments: &[String], c: usize) -> HashMap<String, String> {
        let refs: Vec<&str> = segments.iter().map(String::as_str).collect();
        let corpus = Corpus::of(&refs);
        let b = Bigrams::new(&corpus, 1);
        let bits = Brown::new(&b, c).run(&mut Progress::new(true));
        b.words.iter().cloned().zip(bits).collect()
    }

    #[test]
    fn word_classes_in_distinct_contexts_get_their_own_clusters() {
        let map = clusters_of(&grammar_corpus(400, 7), 3);
        for class in [
            &["al", "hatha"][..],
            &["bayt", "kitab", "walad", "madina", "sayyara", "qalam"],
            &["kataba", "dhahaba", "raa", "akala", "qara", "fataha"],
        ] {
            let bits: Vec<&str> = class.iter().map(|w| map[*w].as_str()).collect();
            assert!(
                bits.iter().all(|b| *b == bits[0]),
                "one cluster for {class:?}: {bits:?}"
            );
        }
        // Three clusters: the three classes never share a bit string. (Which two of them
        // merge first is not obvious: DET → NOUN → VERB → DET is a cycle.)
        assert_ne!(map["al"], map["bayt"]);
        assert_ne!(map["bayt"], map["kataba"]);
        assert_ne!(map["al"], map["kataba"]);
    }

    #[test]
    fn two_disjoint_vocabularies_split_at_the_top_bit() {
        // Two "languages" that never meet: every bigram stays inside one of them.
        let mut rng = Rng(11);
        let a = ["alif", "ba", "ta", "tha", "jim"];
        let b = ["one", "two", "three", "four", "five"];
        let segments: Vec<String> = (0..300)
            .map(|i| {
                let v = if i % 2 == 0 { &a } else { &b };
                (0..6)
                    .map(|_| v[rng.below(5)])
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let map = clusters_of(&segments, 2);
        for w in a {
            assert_eq!(map[w], map["alif"], "{w}");
        }
        for w in b {
            assert_eq!(map[w], map["one"], "{w}");
        }
        assert_ne!(map["alif"], map["one"]);
    }

    /// Every incrementally kept loss equals the mutual information before the merge less
    /// the one after it, computed from scratch.
    fn check_losses(brown: &Brown) {
        let act = brown.active.clone();
        let groups: Vec<Vec<usize>> = act.iter().map(|&s| vec![s]).collect();
        let mi = brown.mutual_information(&groups);
        for (si, &s) in act.iter().enumerate() {
            for &t in &act[si + 1..] {
                let mut g: Vec<Vec<usize>> = act
                    .iter()
                    .filter(|&&c| c != s && c != t)
                    .map(|&c| vec![c])
                    .collect();
                g.push(vec![s, t]);
                let want = mi - brown.mutual_information(&g);
                let got = brown.loss_of(s, t);
                assert!(
                    (got - want).abs() < 1e-12,
                    "loss of ({s},{t}): kept {got}, from scratch {want}"
                );
            }
        }
    }

    #[test]
    fn incremental_losses_match_losses_from_scratch() {
        let mut rng = Rng(3);
        let vocab: Vec<String> = (0..40).map(|i| format!("w{i}")).collect();
        // A skewed vocabulary with some structure: even words tend to follow odd ones.
        let segments: Vec<String> = (0..200)
            .map(|_| {
                (0..8)
                    .map(|_| {
                        let i = rng.below(40).min(rng.below(40));
                        vocab[i].as_str()
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let refs: Vec<&str> = segments.iter().map(String::as_str).collect();
        let corpus = Corpus::of(&refs);
        let b = Bigrams::new(&corpus, 1);
        let mut brown = Brown::new(&b, 6);
        for w in 0..b.words.len() {
            brown.add(w as u32);
            check_losses(&brown);
            if brown.active.len() > 6 {
                let (x, y) = brown.best_pair();
                brown.merge(x, y);
                check_losses(&brown);
            }
        }
        while brown.active.len() > 1 {
            let (x, y) = brown.best_pair();
            brown.merge(x, y);
            check_losses(&brown);
        }
    }

    #[test]
    fn deterministic() {
        let segs = grammar_corpus(200, 5);
        assert_eq!(clusters_of(&segs, 4), clusters_of(&segs, 4));
    }

    #[test]
    fn rare_words_are_dropped_and_break_bigrams() {
        let corpus = Corpus::of(&["a b x c", "a b c"]);
        let b = Bigrams::new(&corpus, 2);
        assert_eq!(b.words, ["a", "b", "c"]);
        // a→b twice, b→c once (the second sentence); x breaks b x c.
        assert_eq!(b.total, 3);
        assert_eq!(b.next[0], [(1, 2)]);
        assert_eq!(b.next[1], [(2, 1)]);
    }

    #[test]
    fn words_are_normalized_and_tokenized_like_the_tagger_sees_them() {
        let corpus = Corpus::of(&["إِيرانُ، وروسيا."]);
        assert_eq!(corpus.words, ["ايران", "وروسيا"]);
        // One segment: the two words then the separator.
        assert_eq!(corpus.stream, [0, 1, NONE]);
    }

    #[test]
    fn conll_train90_and_markers() {
        let mut raw = String::new();
        for i in 0..21 {
            raw.push_str(&format!("w{i}\tO\nx\tB-PERS\n$#$\tO\ny\tO\n\n"));
        }
        assert!(looks_conll(&raw));
        assert!(!looks_conll("قال الوزير\tاليوم\n"));
        let (segs, kept) = conll_segments(&raw, ConllRange::Train90);
        assert_eq!(kept, 21 - 2);
        assert_eq!(segs.len(), 2 * 19);
        assert_eq!(segs[0], "w0 x");
        assert_eq!(segs[1], "y");
        let (all, kept) = conll_segments(&raw, ConllRange::All);
        assert_eq!((all.len(), kept), (42, 21));
    }

    #[test]
    fn options_apply_to_the_files_after_them() {
        let args: Vec<String> = [
            "--clusters",
            "64",
            "--conll-range",
            "train90",
            "a.txt",
            "--conll-range",
            "all",
            "--text",
            "b.txt",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let o = parse_args(&args).unwrap();
        assert_eq!(o.clusters, 64);
        assert_eq!(o.inputs[0].range, ConllRange::Train90);
        assert_eq!(o.inputs[0].format, Format::Detect);
        assert_eq!(o.inputs[1].range, ConllRange::All);
        assert_eq!(o.inputs[1].format, Format::Text);
        assert!(parse_args(&["--clusters".into(), "1".into(), "x".into()]).is_err());
    }
}
