//! `carecoop import KIND FILE --data DB [--sheet NAME]`: all-or-nothing import of a CSV, text,
//! `.xlsx` or `.ods` file; and `carecoop template KIND --out FILE.xlsx|FILE.csv`.

use super::ImportKind;
use crate::actions::{Action, ImportBatch, apply};
use crate::exchange::import::{self, Sheet, column_warning};
use crate::t;
use anyhow::Context;
use std::path::Path;

/// Reads `file`, checks every row, then stores all of it in one transaction (or nothing).
pub fn run(path: &Path, kind: ImportKind, file: &Path, sheet: Option<&str>) -> anyhow::Result<()> {
    let bytes =
        std::fs::read(file).with_context(|| t!("cli-cannot-read", file = file.display().to_string()))?;
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let not_imported = || t!("cli-import-not-imported", file = file.display().to_string());
    let table = Sheet::read(&name, &bytes, sheet).with_context(not_imported)?;
    eprintln!(
        "{}",
        t!("cli-import-read", file = file.display().to_string(), detected = table.detected.to_string())
    );
    if let Some(warning) = column_warning(&table, kind.into()) {
        eprintln!("{}", t!("cli-import-warning", warning = warning.to_string()));
    }
    let mut store = super::open_for_writing(path)?;
    let today = super::today();
    let batch = ImportBatch::plan(store.as_ref(), kind.into(), &table, today).with_context(not_imported)?;
    let done = apply(store.as_mut(), Action::Import(Box::new(batch)), today).with_context(not_imported)?;
    println!("{}.", done.message);
    Ok(())
}

/// Writes the template for `kind`: `.xlsx` (with the allowed-values sheet) or `.csv`.
pub fn template(kind: ImportKind, out: &Path) -> anyhow::Result<()> {
    let extension = out.extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
    let bytes = match extension.as_deref() {
        Some("xlsx") => {
            import::template::xlsx(kind.into()).with_context(|| t!("cli-cannot-build-workbook"))?
        }
        Some("csv") => import::template::csv(kind.into())?.into_bytes(),
        _ => anyhow::bail!("{}", t!("cli-template-extension")),
    };
    std::fs::write(out, bytes).with_context(|| t!("cli-cannot-write", file = out.display().to_string()))?;
    println!(
        "{}",
        t!(
            "cli-template-wrote",
            kind = crate::exchange::import::ImportKind::from(kind).key(),
            file = out.display().to_string()
        )
    );
    Ok(())
}
