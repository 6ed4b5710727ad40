//! The layers point one way (ARCHITECTURE.md): each module may use only the modules listed
//! for it. Read from the source, so a new `use crate::...` that climbs up fails here.

use std::collections::BTreeSet;
use std::path::Path;

/// Each layer and the modules it may use (besides itself).
const ALLOWED: &[(&str, &[&str])] = &[
    ("domain", &[]),
    ("data", &["domain"]),
    ("store", &["data", "domain"]),
    ("pg", &["data", "domain"]),
    ("backends", &["data", "store", "pg"]),
    ("copy", &["data", "domain"]),
    ("exchange", &["domain"]),
    ("fonts", &[]),
    ("i18n", &[]),
    ("charts", &["domain", "fonts"]),
    ("documents", &["fonts"]),
    ("report", &["data", "domain", "charts", "documents"]),
    ("actions", &["data", "domain", "exchange"]),
    ("demo", &["backends", "data", "domain"]),
    ("team", &["actions", "data", "domain", "pg", "store"]),
    ("generate", &["data", "domain"]),
    ("backup", &["actions", "backends", "copy", "data", "domain"]),
    ("paths", &[]),
    (
        "ui",
        &[
            "actions",
            "backends",
            "backup",
            "charts",
            "data",
            "demo",
            "documents",
            "domain",
            "exchange",
            "paths",
            "report",
            "team",
        ],
    ),
    (
        "cli",
        &[
            "actions",
            "backends",
            "backup",
            "charts",
            "copy",
            "data",
            "demo",
            "documents",
            "domain",
            "exchange",
            "generate",
            "paths",
            "pg",
            "report",
        ],
    ),
];

fn sources(path: &Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            sources(&entry.unwrap().path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_path_buf());
    }
}

/// The `crate::X` modules a file's code (not its comments) names.
fn used_modules(text: &str) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
        let mut rest = line;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                .collect();
            used.insert(name);
        }
    }
    used
}

#[test]
fn every_layer_uses_only_the_layers_below_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut problems = Vec::new();
    for (layer, allowed) in ALLOWED {
        let mut files = Vec::new();
        let dir = root.join(layer);
        let single = root.join(format!("{layer}.rs"));
        sources(if dir.is_dir() { &dir } else { &single }, &mut files);
        assert!(!files.is_empty(), "no source for {layer}");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for used in used_modules(&text) {
                // The interface language is a leaf every layer may read (`crate::t!`, `crate::i18n`).
                if used != *layer && used != "i18n" && used != "t" && !allowed.contains(&used.as_str()) {
                    problems.push(format!("{} uses crate::{used}", file.display()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "arrows that climb up:\n{}", problems.join("\n"));
}

#[test]
fn the_ui_names_no_store_internals() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for banned in ["Index::", "Kind::", "RedbStore", "crate::store", "crate::cli", "(id.0)"] {
            // A whole name: `ExceptionKind::` is a domain type, not the store's `Kind::`.
            let whole = text
                .match_indices(banned)
                .any(|(at, _)| !text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_'));
            assert!(!whole, "{} names {banned}", file.display());
        }
    }
}
