//! Learns a corpus's span conventions (`kashf::conventions`) from its CoNLL training file and
//! prints the table as TSV.
//!
//! usage: conventions [--split all|train90] [--heads ORG_HEADS.tsv] [--licence TEXT] FILE
//!
//! `--split train90` (the default) reads the first 90% of the sentences, as the conll example's
//! `--split` cuts them, so that the last 10% stay a development split. `--heads` names the
//! generic organization heads whose phrases may be dropped (default:
//! `gazetteers/org_heads.tsv`: the first word of every form). `--licence` writes the corpus's
//! licence into the table's header. Its `name` rows come from running kashf's lists and rules
//! (without the tagger and the lists derived from ANERcorp) over the same sentences. The
//! embedded ANERcorp table is (as
//! `tools/anercorp_resources.sh all` makes it)
//!
//!     cargo run --release --example conventions -- --split all \
//!         --licence "CC BY-SA 4.0 (ANERcorp; Benajiba, Rosso and Benedí 2007)" \
//!         ../shared/data/anercorp/train.txt > gazetteers/conventions_anercorp.tsv

use kashf::conventions::{head_words, Conventions, NameCounts};
use kashf::tagger::read_conll;
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!(
        "usage: conventions [--split all|train90] [--heads ORG_HEADS.tsv] [--cues ORG_CUES.tsv] [--licence TEXT] FILE"
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut train90 = true;
    let mut heads_path = "gazetteers/org_heads.tsv".to_string();
    let mut cues_path = "gazetteers/org_cues.tsv".to_string();
    let mut input = None;
    let mut licence = "that of the corpus it was learned from".to_string();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--split" => match args.next().as_deref() {
                Some("all") => train90 = false,
                Some("train90") => train90 = true,
                _ => return usage(),
            },
            "--heads" => match args.next() {
                Some(p) => heads_path = p,
                None => return usage(),
            },
            "--cues" => match args.next() {
                Some(p) => cues_path = p,
                None => return usage(),
            },
            "--licence" => match args.next() {
                Some(l) => licence = l,
                None => return usage(),
            },
            "-h" | "--help" => return usage(),
            _ if input.is_none() && !a.starts_with("--") => input = Some(a),
            _ => return usage(),
        }
    }
    let Some(input) = input else {
        return usage();
    };
    let read = |p: &str| {
        std::fs::read_to_string(p).map_err(|e| {
            eprintln!("conventions: {p}: {e}");
            ExitCode::FAILURE
        })
    };
    let (conll, heads_tsv, cues_tsv) = match (read(&input), read(&heads_path), read(&cues_path)) {
        (Ok(c), Ok(h), Ok(q)) => (c, h, q),
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => return e,
    };
    let heads = head_words(&heads_tsv);
    // Sentences, then the first 90% of them (as `conll --split` cuts them).
    let sentences = read_conll(&conll);
    let keep = if train90 {
        sentences.len() - sentences.len() / 10
    } else {
        sentences.len()
    };
    let mut table = Conventions::derive(&sentences[..keep], &heads);
    // Descriptors the corpus keeps in front of an organization's name (حزب الليكود): the cue
    // words, which kashf's contract leaves out.
    table.add_kept_words(&sentences[..keep], &head_words(&cues_tsv));
    // Whole names: what kashf's lists and rules find that the corpus does not annotate.
    match NameCounts::of_lists_and_rules(&sentences[..keep]) {
        Ok(counts) => table.add_names(&counts),
        Err(e) => {
            eprintln!("conventions: {e}");
            return ExitCode::FAILURE;
        }
    }
    println!(
        "# Span conventions learned from {} ({} of {} sentences) by examples/conventions.rs.",
        input.rsplit('/').next().unwrap_or(&input),
        keep,
        sentences.len()
    );
    println!(
        "# A row: the corpus leaves the word out at least 5 times and in at least 90% of its \
         occurrences in that position; a name row, the whole name (kashf's lists and rules, \
         without the tagger, over the same sentences); a with row, a cue word the corpus keeps \
         in front of an organization's name as often."
    );
    println!("# licence: {licence}");
    print!("{}", table.to_tsv());
    ExitCode::SUCCESS
}
