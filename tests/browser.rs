//! The HTML view in a real browser: headless Chromium loads a page made by
//! `Document::to_html`, a small script appended to the page reads the DOM (elements, computed
//! styles, what a hover lights up) and writes its findings into the page, `--dump-dom` hands
//! them back, and a second run saves a screenshot.
//!
//! Chromium is Debian's `chromium` package (`apt-get install -y chromium`), or the program
//! named by `KASHF_CHROMIUM`. Without it the test prints a notice and passes, unless
//! `KASHF_REQUIRE_BROWSER` is set (as `.ci/run` does when Chromium is installed), when it
//! fails. The screenshot goes to `CARGO_TARGET_TMPDIR/browser/page.png`.

use kashf::{Document, EntityType, Extractor, RelationType};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A short news text written for this test: two visits, two meetings (one with two
/// triggers), a cooperation, affiliations, a blank line between two stories.
const ARTICLE: &str = "\
وصل وزير الخارجية الأردني أيمن الصفدي، صباح الثلاثاء، إلى مسقط في زيارة عمل يلتقي خلالها نظيره العماني بدر البوسعيدي.
وبحث الصفدي مع البوسعيدي سبل تعزيز التعاون بين الأردن وسلطنة عمان في مجالات النقل والطاقة.

وفي القاهرة، استقبل الأمين العام لجامعة الدول العربية أحمد أبو الغيط وزير الخارجية المصري بدر عبد العاطي.
وقال المتحدث باسم الأمم المتحدة إن الأمين العام أنطونيو غوتيريش سيزور الدوحة الأسبوع المقبل.
";

/// Reads the page in the browser and appends the findings, URI-encoded JSON, as
/// `<pre id="kashf-result">`.
const CHECK: &str = r#"<script>
(function () {
  var r = {};
  try {
    var art = document.querySelector("article.kashf-text");
    r.direction = getComputedStyle(art).direction;
    r.lang = art.getAttribute("lang");
    r.paragraphs = Array.from(art.querySelectorAll("p")).map(function (p) { return p.textContent; });
    var marks = Array.from(art.querySelectorAll("mark.kashf-m"));
    r.mentions = marks.map(function (m) {
      return {
        type: m.getAttribute("data-type"),
        entity: Number(m.getAttribute("data-entity")),
        id: m.getAttribute("data-id"),
        text: m.textContent,
        elements_inside: m.children.length,
        title: m.title,
        background: getComputedStyle(m).backgroundColor,
        label: getComputedStyle(m, "::after").content
      };
    });
    r.lit_by_hover = marks.map(function (m) {
      m.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
      return marks.filter(function (x) { return x.classList.contains("lit"); })
        .map(function (x) { return marks.indexOf(x); });
    });
    r.headers = Array.from(document.querySelectorAll(".kashf-relations thead th"))
      .map(function (th) { return th.textContent; });
    r.rows = Array.from(document.querySelectorAll(".kashf-relations tbody tr")).map(function (tr) {
      var sentence = tr.querySelector("td.sentence");
      return {
        type: tr.getAttribute("data-type"),
        head: Number(tr.getAttribute("data-head")),
        tail: Number(tr.getAttribute("data-tail")),
        head_name: tr.cells[0].textContent,
        tail_name: tr.cells[2].textContent,
        triggers: Array.from(sentence.querySelectorAll("mark.kashf-trigger"))
          .map(function (m) { return m.textContent; }),
        sentence_direction: getComputedStyle(sentence).direction
      };
    });
    r.scripts = document.scripts.length;
  } catch (e) {
    r.error = String(e);
  }
  var pre = document.createElement("pre");
  pre.id = "kashf-result";
  pre.textContent = encodeURIComponent(JSON.stringify(r));
  document.body.appendChild(pre);
})();
</script>"#;

/// Prints past the test harness's capture, so a skip is seen in a plain `cargo test`.
fn notice(msg: &str) {
    let _ = writeln!(std::io::stderr(), "{msg}");
}

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("KASHF_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        for dir in std::env::split_paths(&path) {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// Runs Chromium headless on `page` with `args`, a fresh profile, at most a minute.
fn run_chromium(chromium: &Path, work: &Path, page: &Path, args: &[&str]) -> Vec<u8> {
    let profile = work.join(format!("profile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&profile);
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let mut stdout = child.stdout.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut out);
        out
    });
    let started = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("chromium ran for more than a minute: {args:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = std::fs::remove_dir_all(&profile);
    reader.join().expect("reader")
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).expect("ascii");
            out.push(u8::from_str_radix(hex, 16).expect("hex"));
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("UTF-8")
}

/// The findings the check script wrote into the dumped DOM.
fn findings(dom: &str) -> Value {
    let open = r#"<pre id="kashf-result">"#;
    let start = dom.find(open).expect("the check script ran") + open.len();
    let end = start + dom[start..].find("</pre>").expect("closed");
    let v: Value = serde_json::from_str(&percent_decode(&dom[start..end])).expect("JSON");
    assert!(v.get("error").is_none(), "the check script failed: {v}");
    v
}

fn label(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "\"PER\"",
        EntityType::Location => "\"LOC\"",
        EntityType::Organization => "\"ORG\"",
        EntityType::Misc => "\"MISC\"",
    }
}

fn name_of<'d>(doc: &'d Document, id: &str) -> &'d str {
    doc.entity(id).map_or("?", |e| e.name.as_str())
}

#[test]
fn the_html_view_in_headless_chromium() {
    let Some(chromium) = chromium() else {
        if std::env::var_os("KASHF_REQUIRE_BROWSER").is_some() {
            panic!("KASHF_REQUIRE_BROWSER is set but no chromium was found");
        }
        notice(
            "browser test skipped: no chromium on PATH (apt-get install -y chromium, \
             or set KASHF_CHROMIUM)",
        );
        return;
    };
    let started = Instant::now();
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&work).expect("work dir");
    let doc = Extractor::shared().extract(ARTICLE);
    let page = doc.to_html(ARTICLE);
    let page_path = work.join("page.html");
    std::fs::write(&page_path, &page).expect("page written");
    let checked = page.replacen("</body>", &format!("{CHECK}\n</body>"), 1);
    let checked_path = work.join("page-checked.html");
    std::fs::write(&checked_path, checked).expect("checked page written");

    let dom = run_chromium(&chromium, &work, &checked_path, &["--dump-dom"]);
    let v = findings(&String::from_utf8(dom).expect("UTF-8 DOM"));

    // The text runs right to left, one paragraph a line, blank lines kept.
    assert_eq!(v["direction"], "rtl");
    assert_eq!(v["lang"], "ar");
    let paragraphs: Vec<&str> = v["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert_eq!(paragraphs, ARTICLE.lines().collect::<Vec<_>>());

    // Each mention is one element, of its entity's type, holding exactly its text.
    let mentions = doc.mentions();
    let shown = v["mentions"].as_array().unwrap();
    assert_eq!(shown.len(), mentions.len());
    let mut colour: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for ((e, m), s) in mentions.iter().zip(shown) {
        assert_eq!(s["type"], e.entity_type.as_str(), "{}", m.text);
        assert_eq!(s["id"], e.id.as_str());
        assert_eq!(s["text"], m.text.as_str());
        assert_eq!(s["elements_inside"], 0, "{}", m.text);
        assert_eq!(s["label"], label(e.entity_type), "{}", m.text);
        let title = s["title"].as_str().unwrap();
        assert!(title.contains(&e.name) && title.contains(&e.id), "{title}");
        assert!(title.contains(e.entity_type.as_str()), "{title}");
        colour
            .entry(e.entity_type.as_str())
            .or_default()
            .insert(s["background"].as_str().unwrap());
    }
    assert!(colour.values().all(|c| c.len() == 1), "{colour:?}");
    let distinct: BTreeSet<_> = colour.values().flatten().collect();
    assert_eq!(
        distinct.len(),
        colour.len(),
        "one colour a type: {colour:?}"
    );
    assert!(colour.len() >= 3, "people, places and organizations");

    // Hovering a mention lights up every mention of its entity and no other.
    for (i, lit) in v["lit_by_hover"].as_array().unwrap().iter().enumerate() {
        let lit: Vec<usize> = lit
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_u64().unwrap() as usize)
            .collect();
        let same: Vec<usize> = (0..mentions.len())
            .filter(|&j| mentions[j].0.id == mentions[i].0.id)
            .collect();
        assert_eq!(lit, same, "hovering {}", mentions[i].1.text);
    }
    assert!(
        v["lit_by_hover"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l.as_array().unwrap().len() > 1),
        "some entity has two mentions"
    );

    // The relations table: one row a relation, in order, trigger marked in a right-to-left
    // sentence; a modality column when a relation is planned or negated.
    let rows = v["rows"].as_array().unwrap();
    assert_eq!(rows.len(), doc.relations.len());
    for (r, row) in doc.relations.iter().zip(rows) {
        assert_eq!(row["type"], r.relation_type.as_str());
        assert_eq!(row["head"], r.head);
        assert_eq!(row["tail"], r.tail);
        assert_eq!(row["head_name"], doc.entities[r.head].name.as_str());
        assert_eq!(row["tail_name"], doc.entities[r.tail].name.as_str());
        let triggers: Vec<&str> = r.evidence.iter().map(|e| e.trigger.text.as_str()).collect();
        assert_eq!(row["triggers"], serde_json::json!(triggers));
        assert_eq!(row["sentence_direction"], "rtl");
    }
    let headers: Vec<&str> = v["headers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h.as_str().unwrap())
        .collect();
    let mut want = vec!["head", "relation", "tail"];
    if doc
        .relations
        .iter()
        .any(|r| r.modality != kashf::Modality::Done)
    {
        want.push("modality");
    }
    want.extend(["trigger", "in its sentence", "rule"]);
    assert_eq!(headers, want);
    let row_of = |t: RelationType, head: &str, tail: &str| {
        rows.iter().any(|row| {
            row["type"] == t.as_str()
                && row["head_name"] == name_of(&doc, head)
                && row["tail_name"] == name_of(&doc, tail)
        })
    };
    let expected = [
        (RelationType::Visits, "person:ayman-safadi", "city:muscat"),
        (
            RelationType::Meets,
            "person:ayman-safadi",
            "person:badr-albusaidi",
        ),
        (
            RelationType::Meets,
            "person:ahmed-aboul-gheit",
            "person:badr-abdelatty",
        ),
        (RelationType::Visits, "person:antonio-guterres", "city:doha"),
        (RelationType::CooperatesWith, "country:JO", "country:OM"),
    ];
    for (t, head, tail) in expected {
        assert!(row_of(t, head, tail), "a row {t:?} {head} {tail}");
    }
    // The page's own script and the check script, nothing else.
    assert_eq!(v["scripts"], 2);

    // A screenshot, for a person to look at.
    let png = work.join("page.png");
    let _ = std::fs::remove_file(&png);
    let shot = format!("--screenshot={}", png.display());
    run_chromium(
        &chromium,
        &work,
        &page_path,
        &[&shot, "--window-size=1000,1400"],
    );
    let bytes = std::fs::read(&png).expect("a screenshot was saved");
    assert!(bytes.starts_with(b"\x89PNG"), "a PNG");
    notice(&format!(
        "browser test: {} mentions, {} relation rows checked in {}; screenshot {} ({} KB); {:.1} s",
        shown.len(),
        rows.len(),
        chromium.display(),
        png.display(),
        bytes.len() / 1024,
        started.elapsed().as_secs_f64()
    ));
}
