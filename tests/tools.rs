//! The example tools, run as a user runs them: the batch tool over JSON Lines, and
//! `gazetteer stats` with a user's list. `cargo test` builds the examples first.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// The built example binary `name`, beside this test binary's directory.
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let profile = exe.parent().and_then(|deps| deps.parent()).unwrap();
    let path = profile
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{} is missing: `cargo test` builds it; with a test filter, run `cargo build --example {name}` first",
        path.display()
    );
    path
}

/// Runs the batch tool over `input` with `args`.
fn batch(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(example("batch"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    out
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn five_records_three_bad_give_five_lines_and_a_failure_status() {
    let mut input = Vec::new();
    input.extend_from_slice(
        "{\"id\": \"a\", \"source\": \"wire\", \"score\": 1.50, \"text\": \"وصل وزير الخارجية الروسي سيرغي لافروف إلى أنقرة.\"}\n"
            .as_bytes(),
    );
    input.extend_from_slice(b"this is not JSON\n");
    input.extend_from_slice(b"{\"id\": 3, \"title\": \"a record without text\"}\n");
    input.extend_from_slice(b"{\"id\": \"u\", \"text\": \"\xd8\xa7\xff\"}\n");
    input.extend_from_slice("{\"id\": \"e\", \"text\": \"زار الرئيس بوتين طهران.\"}\n".as_bytes());
    let out = batch(&["--threads", "2"], &input);
    assert_eq!(out.status.code(), Some(1));
    let raw = String::from_utf8(out.stdout.clone()).unwrap();
    let got = lines(&out);
    assert_eq!(got.len(), 5, "{raw}");

    // The good records carry entities, and the other fields as they were written.
    assert!(raw
        .lines()
        .next()
        .unwrap()
        .starts_with("{\"id\":\"a\",\"source\":\"wire\",\"score\":1.50,\"entities\":"));
    let ids: Vec<&str> = got[0]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"person:sergei-lavrov"), "{ids:?}");
    assert!(got[0].get("text").is_none());
    assert_eq!(got[4]["id"], "e");
    assert!(!got[4]["entities"].as_array().unwrap().is_empty());
    assert_eq!(got[4]["relations"][0]["type"], "VISITS");

    // The bad ones are error records in their place.
    assert_eq!(got[1]["line"], 2);
    assert!(
        got[1]["error"].as_str().unwrap().starts_with("not JSON"),
        "{}",
        got[1]
    );
    assert!(got[1].get("id").is_none());
    assert_eq!(
        (got[2]["line"].as_u64(), got[2]["id"].as_u64()),
        (Some(3), Some(3))
    );
    assert_eq!(got[2]["error"], "no `text` field");
    assert_eq!(got[3]["line"], 4);
    assert_eq!(got[3]["id"], "u");
    assert!(got[3]["error"]
        .as_str()
        .unwrap()
        .starts_with("not valid UTF-8"));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("3 of 5 records could not be read"), "{err}");

    // For Hadoop and Spark, where a failure status fails the task: the same lines, status 0.
    let ok = batch(&["--bad-records-ok"], &input);
    assert_eq!(ok.status.code(), Some(0));
    assert!(ok.stdout == out.stdout);
}

#[test]
fn order_is_kept_with_several_threads_and_chunks() {
    let sentences = [
        "وصل الوفد إلى موسكو.",
        "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني في بكين.",
        "لا شيء هنا.",
        "زار الرئيس بوتين طهران، ثم عاد إلى موسكو بعد لقاء مع وزير الدفاع.",
    ];
    let mut input = String::new();
    for i in 0..240 {
        // Records of uneven length, so that threads finish out of order.
        let text = sentences[i % 4].repeat(1 + (i * 7) % 13);
        input.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
        input.push('\n');
    }
    let one = batch(&["--threads", "1"], input.as_bytes());
    let many = batch(&["--threads", "4", "--chunk", "7"], input.as_bytes());
    assert_eq!(one.status.code(), Some(0));
    assert_eq!(many.status.code(), Some(0));
    let ids: Vec<u64> = lines(&many)
        .iter()
        .map(|v| v["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, (0..240).collect::<Vec<u64>>());
    assert!(
        one.stdout == many.stdout,
        "the output does not depend on threads or chunks"
    );
}

#[test]
fn a_record_over_the_size_limit_is_an_error_record_and_the_rest_go_on() {
    let long = format!("{{\"id\": 1, \"text\": \"{}\"}}\n", "موسكو ".repeat(100));
    let input = format!("{long}{{\"id\": 2, \"text\": \"وصل الوفد إلى موسكو.\"}}\n\n   \n");
    let out = batch(&["--max-bytes", "200"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let got = lines(&out);
    assert_eq!(got.len(), 2, "blank lines are not records");
    assert_eq!(got[0]["line"], 1);
    assert!(got[0]["error"]
        .as_str()
        .unwrap()
        .contains("over the limit of 200"));
    assert_eq!(got[1]["entities"][0]["id"], "city:moscow");
}

#[test]
fn a_bad_list_stops_the_batch_tool_before_any_record() {
    let dir = std::env::temp_dir().join(format!("kashf-tools-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.jsonl");
    std::fs::write(&path, "{\"label\": \"ORG\", \"pattern\": \"في\"}\n").unwrap();
    let out = batch(
        &["--patterns", path.to_str().unwrap()],
        b"{\"text\": \"x\"}\n",
    );
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("bad.jsonl:1: form `في` is a stop word"),
        "{err}"
    );
}

#[test]
fn gazetteer_stats_reports_built_in_ids_a_user_list_reuses() {
    let dir = std::env::temp_dir().join(format!("kashf-stats-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("mine.tsv");
    std::fs::write(
        &path,
        "id\ttype\tsubtype\tname\tforms\ncountry:IR\tLOCATION\tstate\tPersia\tبلاد فارس\nplace:x\tLOCATION\tcity\tX\tاكس\n",
    )
    .unwrap();
    let out = Command::new(example("gazetteer"))
        .args(["stats", "--json", "--gazetteer", path.to_str().unwrap()])
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let reused = v["built_in_ids_reused"].as_array().unwrap();
    assert_eq!(reused.len(), 1);
    assert_eq!(reused[0]["id"], "country:IR");
    assert!(reused[0]["at"].as_str().unwrap().ends_with("mine.tsv:2"));
    assert!(reused[0]["built_in"]
        .as_str()
        .unwrap()
        .starts_with("gazetteers/countries.tsv:"));
}
