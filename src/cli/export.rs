//! `carecoop export KIND --data FILE [--format json|csv|xlsx] [--out PATH]`.

use super::{ExportKind, Format};
use crate::actions::{Action, apply};
use crate::data::{Reads, ReadsExt};
use crate::domain::{Activity, Assessment, Fund, Member, Person, Referral, Series, Session};
use crate::exchange::{self, Names, Table};
use crate::report::language::{DocLanguage, write_in};
use crate::t;
use anyhow::Context;
use std::io::Write;
use std::path::Path;

/// Names of everything records point at, read once.
pub fn names(store: &dyn Reads) -> anyhow::Result<Names> {
    Ok(Names {
        members: store.all::<Member>()?.into_iter().map(|m| (m.id.0, m.name)).collect(),
        activities: store.all::<Activity>()?.into_iter().map(|a| (a.id.0, a.name)).collect(),
        people: store.all::<Person>()?.into_iter().map(|p| (p.id.0, p.reference)).collect(),
        series: store.all::<Series>()?.into_iter().map(|s| (s.id.0, s)).collect(),
    })
}

/// Builds the table for `kind`.
pub fn table(store: &dyn Reads, kind: ExportKind) -> anyhow::Result<Table> {
    let names = names(store)?;
    Ok(match kind {
        ExportKind::Members => exchange::members(&store.all::<Member>()?, &names),
        ExportKind::Activities => exchange::activities(&store.all::<Activity>()?),
        ExportKind::People => exchange::people(&store.all::<Person>()?),
        ExportKind::Referrals => exchange::referrals(&store.all::<Referral>()?, &names),
        ExportKind::Sessions => {
            let mut list = store.all::<Session>()?;
            list.sort_by_key(|s| (s.starts_at(), s.id));
            exchange::sessions(&list, &names)
        }
        ExportKind::Assessments => exchange::assessments(&store.all::<Assessment>()?, &names),
        ExportKind::Funds => exchange::funds(&store.all::<Fund>()?, &names),
        ExportKind::Register => {
            exchange::register(&crate::report::coop::register(store, super::today(), true)?)
        }
        ExportKind::Person => anyhow::bail!("{}", t!("cli-export-person-needs-ref")),
    })
}

/// `carecoop letter REF --data DB --out FILE.pdf`: the outcome letter for the person's latest
/// referral.
pub fn letter(path: &Path, reference: &str, out: &Path, language: Option<DocLanguage>) -> anyhow::Result<()> {
    let mut store = super::open_existing(path)?;
    let person = store
        .person_by_ref(reference)?
        .with_context(|| t!("cli-no-person-in", reference = reference, location = super::shown(path)))?;
    let referral = store
        .referrals_of_person(person.id)?
        .into_iter()
        .max_by_key(|r| (r.received, r.id))
        .with_context(|| t!("cli-letter-no-referral", reference = reference))?;
    let settings = store.settings()?;
    let language = language.unwrap_or_else(|| DocLanguage::for_person(&person));
    let doc = write_in(language, || {
        crate::report::letter::outcome_document(
            store.as_ref(),
            &person,
            &referral,
            &settings,
            super::today(),
            true,
        )
    })?;
    let pdf = doc.to_pdf().with_context(|| t!("cli-cannot-build-pdf"))?;
    std::fs::write(out, pdf).with_context(|| t!("cli-cannot-write", file = out.display().to_string()))?;
    apply(
        store.as_mut(),
        Action::RecordExport(Some(person.id), "outcome letter (PDF)".into()),
        super::today(),
    )?;
    println!("{}", t!("cli-letter-wrote", reference = reference, file = out.display().to_string()));
    Ok(())
}

/// How a choice is typed on the command line ("people", "csv").
fn value_name(value: impl clap::ValueEnum) -> String {
    value.to_possible_value().map(|v| v.get_name().to_string()).unwrap_or_default()
}

/// Writes the export to `out`, or standard output.
pub fn run(
    path: &Path,
    kind: ExportKind,
    reference: Option<&str>,
    format: Option<Format>,
    out: Option<&Path>,
    language: Option<DocLanguage>,
) -> anyhow::Result<()> {
    let extension = out.and_then(|o| o.extension()).map(|e| e.to_string_lossy().to_ascii_lowercase());
    let format = format.unwrap_or(match extension.as_deref() {
        Some("csv") => Format::Csv,
        Some("xlsx") => Format::Xlsx,
        Some("pdf") => Format::Pdf,
        _ => Format::Json,
    });
    if format == Format::Xlsx && out.is_none() {
        anyhow::bail!("{}", t!("cli-export-xlsx-needs-out"));
    }
    if format == Format::Pdf && out.is_none() {
        anyhow::bail!("{}", t!("cli-export-pdf-needs-out"));
    }
    if format == Format::Pdf && kind != ExportKind::Person {
        anyhow::bail!("{}", t!("cli-export-pdf-person-only"));
    }
    let mut store = super::open_existing(path)?;
    let bytes = match (kind, reference) {
        (ExportKind::Person, Some(reference)) => {
            if !matches!(format, Format::Json | Format::Pdf) {
                anyhow::bail!("{}", t!("cli-export-person-formats", format = value_name(format)));
            }
            let doc = crate::report::subject_access::subject_access_document(store.as_ref(), reference)?
                .with_context(|| {
                    t!("cli-no-person-in", reference = reference, location = super::shown(path))
                })?;
            if format == Format::Pdf {
                // The document already holds the name: no second read of the person.
                let name =
                    doc.pointer("/profile/name").and_then(|n| n.as_str()).unwrap_or_default().to_string();
                // The person's own language, unless --doc-lang says otherwise.
                let preferred = doc
                    .pointer("/profile/preferred_language")
                    .and_then(|l| l.as_str())
                    .and_then(crate::i18n::Lang::parse)
                    .unwrap_or_else(crate::i18n::current);
                let language = language.unwrap_or(DocLanguage::Only(preferred));
                write_in(language, || {
                    Ok::<_, anyhow::Error>(crate::report::subject_access::subject_access_readable(
                        &doc,
                        &name,
                        super::today(),
                    ))
                })?
                .to_pdf()
                .with_context(|| t!("cli-cannot-build-pdf"))?
            } else {
                (serde_json::to_string_pretty(&doc)? + "\n").into_bytes()
            }
        }
        (ExportKind::Person, None) => anyhow::bail!("{}", t!("cli-export-person-needs-ref")),
        (_, Some(extra)) => anyhow::bail!("{}", t!("cli-export-unexpected-ref", extra = extra)),
        (kind, None) => {
            let table = table(store.as_ref(), kind)?;
            match format {
                Format::Json => (serde_json::to_string_pretty(&table.to_json())? + "\n").into_bytes(),
                Format::Csv => table.to_csv()?.into_bytes(),
                Format::Xlsx => table
                    .to_xlsx(&crate::exchange::xlsx::sheet_name(&value_name(kind)))
                    .with_context(|| t!("cli-cannot-build-workbook"))?,
                Format::Pdf => anyhow::bail!("{}", t!("cli-export-pdf-is-for-person")),
            }
        }
    };
    match out {
        Some(file) => std::fs::write(file, bytes)
            .with_context(|| t!("cli-cannot-write", file = file.display().to_string()))?,
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(&bytes).with_context(|| t!("cli-cannot-write-stdout"))?;
        }
    }
    // Who exported what goes in the audit trail.
    let note = match reference {
        Some(reference) => Action::RecordExport(
            store.person_by_ref(reference)?.map(|p| p.id),
            "subject access report".into(),
        ),
        None => Action::RecordExport(None, format!("{} ({})", value_name(kind), value_name(format))),
    };
    apply(store.as_mut(), note, super::today())?;
    Ok(())
}
