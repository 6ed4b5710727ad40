//! The translation files stay whole: both languages have every message, every message is
//! used, each file is valid Fluent, and Welsh uses only the variables the code passes.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// Each message id in a file with the variables its value and variants use.
fn messages(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("i18n/{lang}/carecoop.ftl"));
    let text = std::fs::read_to_string(&path).unwrap();
    let resource = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{lang}/carecoop.ftl does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                pattern_vars(value, &mut vars);
            }
            let id = m.id.name.to_string();
            assert!(out.insert(id.clone(), vars).is_none(), "{lang}: {id} is defined twice");
        }
    }
    out
}

fn pattern_vars(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_vars(inline, vars),
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

fn sources(path: &Path, out: &mut String) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            sources(&entry.unwrap().path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push_str(&std::fs::read_to_string(path).unwrap());
    }
}

#[test]
fn both_languages_have_every_message() {
    let english = messages("en-GB");
    let welsh = messages("cy");
    let missing_in_welsh: Vec<_> = english.keys().filter(|k| !welsh.contains_key(*k)).collect();
    let missing_in_english: Vec<_> = welsh.keys().filter(|k| !english.contains_key(*k)).collect();
    assert!(missing_in_welsh.is_empty(), "missing from cy/carecoop.ftl: {missing_in_welsh:?}");
    assert!(missing_in_english.is_empty(), "missing from en-GB/carecoop.ftl: {missing_in_english:?}");
}

#[test]
fn welsh_uses_only_the_variables_the_code_passes() {
    let english = messages("en-GB");
    let welsh = messages("cy");
    let mut wrong = Vec::new();
    for (id, vars) in &welsh {
        if let Some(en) = english.get(id) {
            let extra: Vec<_> = vars.difference(en).collect();
            if !extra.is_empty() {
                wrong.push(format!("{id}: {extra:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "Welsh messages naming variables English does not: {wrong:?}");
}

#[test]
fn every_message_is_used_and_every_id_used_exists() {
    let english = messages("en-GB");
    let mut code = String::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut code);
    let help_ids = carecoop::cli::help_ids();
    let dynamic: BTreeSet<&str> = carecoop::domain::all_label_ids()
        .into_iter()
        .chain(carecoop::i18n::dynamic_ids())
        .chain(help_ids.iter().map(String::as_str))
        .collect();
    let unused: Vec<_> = english
        .keys()
        .filter(|id| !dynamic.contains(id.as_str()) && !code.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    let missing: Vec<_> = dynamic.iter().filter(|id| !english.contains_key(**id)).collect();
    assert!(missing.is_empty(), "ids made at run time with no message: {missing:?}");
    // `t!` ids are checked when compiling; the run-time lookups are checked here.
    let mut unknown = Vec::new();
    for call in ["static_text(\"", "i18n::text(\""] {
        for (at, _) in code.match_indices(call) {
            let rest = &code[at + call.len()..];
            let id: String = rest.chars().take_while(|c| *c != '"').collect();
            if !english.contains_key(&id) {
                unknown.push(id);
            }
        }
    }
    assert!(unknown.is_empty(), "ids looked up at run time with no message: {unknown:?}");
}

#[test]
fn every_choice_list_is_listed_for_translation() {
    let mut code = String::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain"), &mut code);
    let lists = code.matches("choice_enum!(").count();
    let listed = code.matches("::label_ids(),").count();
    assert_eq!(lists, listed, "a choice_enum! type is missing from domain::choice::all_label_ids");
}

#[test]
fn every_help_text_has_its_english_words_in_the_english_file() {
    let english = messages("en-GB");
    let texts = carecoop::cli::help_texts();
    assert!(texts.len() > 100, "the walk found only {} help texts", texts.len());
    let missing: Vec<_> =
        texts.iter().filter(|(id, _)| !english.contains_key(id)).map(|(id, _)| id).collect();
    assert!(missing.is_empty(), "help texts with no message: {missing:?}");
    let stale: Vec<_> = texts
        .iter()
        .filter(|(id, words)| {
            carecoop::i18n::with_lang(carecoop::i18n::Lang::En, || carecoop::i18n::text(id)) != *words
        })
        .map(|(id, words)| format!("{id} = {words}"))
        .collect();
    assert!(stale.is_empty(), "English help messages that differ from the doc comments: {stale:?}");
    for id in carecoop::cli::help_ids() {
        assert!(id.chars().next().is_some_and(|c| c.is_ascii_lowercase()), "{id}");
        assert!(id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'), "{id}");
    }
}
