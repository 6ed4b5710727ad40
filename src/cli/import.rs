//! `carecoop import KIND FILE --data DB [--sheet NAME]`: all-or-nothing import of a CSV, text,
//! `.xlsx` or `.ods` file; and `carecoop template KIND --out FILE.xlsx|FILE.csv`.

use super::ImportKind;
use crate::actions::{Action, ImportBatch, apply};
use crate::exchange::import::{self, Sheet, column_warning};
use anyhow::Context;
use std::path::Path;

/// Reads `file`, checks every row, then stores all of it in one transaction (or nothing).
pub fn run(path: &Path, kind: ImportKind, file: &Path, sheet: Option<&str>) -> anyhow::Result<()> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let not_imported = || format!("{} was not imported", file.display());
    let table = Sheet::read(&name, &bytes, sheet).with_context(not_imported)?;
    eprintln!("Read {}: {}.", file.display(), table.detected);
    if let Some(warning) = column_warning(&table, kind.into()) {
        eprintln!("Warning: {warning}.");
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
        Some("xlsx") => import::template::xlsx(kind.into()).context("cannot build the workbook")?,
        Some("csv") => import::template::csv(kind.into())?.into_bytes(),
        _ => anyhow::bail!("the template is written as .xlsx or .csv: give --out FILE.xlsx or FILE.csv"),
    };
    std::fs::write(out, bytes).with_context(|| format!("cannot write {}", out.display()))?;
    println!(
        "Wrote the {} template to {}.",
        crate::exchange::import::ImportKind::from(kind).key(),
        out.display()
    );
    Ok(())
}
