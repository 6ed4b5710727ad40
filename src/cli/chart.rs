//! `carecoop chart REF --data DB --out FILE.png|FILE.svg [--width W --height H]`.

use crate::charts::{Chart, ChartStyle, render_png, render_svg};
use crate::domain::Instrument;
use crate::t;
use anyhow::{Context, bail};
use std::path::Path;

/// Draws the person's chart into `out`; the extension chooses PNG or SVG.
pub fn run(
    path: &Path,
    reference: &str,
    out: &Path,
    size: (u32, u32),
    instrument: Option<&str>,
) -> anyhow::Result<()> {
    let instrument = match instrument {
        None => None,
        Some(text) => Some(
            Instrument::from_key(text)
                .with_context(|| t!("cli-not-an-instrument", text = text, keys = Instrument::keys_list()))?,
        ),
    };
    check_extension(out)?;
    let store = super::open_existing(path)?;
    let person = store
        .person_by_ref(reference)?
        .with_context(|| t!("cli-no-person-in", reference = reference, location = super::shown(path)))?;
    let settings = store.settings()?;
    let title = format!("{} ({})", person.name, person.reference);
    let chart = crate::report::charts::person_chart(store.as_ref(), &person, instrument, &settings, title)?;
    write_chart(&chart, out, size)?;
    println!("{}", t!("cli-wrote", file = out.display().to_string()));
    Ok(())
}

fn check_extension(out: &Path) -> anyhow::Result<bool> {
    let ext = out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("png") => Ok(false),
        Some("svg") => Ok(true),
        _ => bail!("{}", t!("cli-chart-extension", file = out.display().to_string())),
    }
}

/// Writes `chart` to `out` as PNG or SVG (by its extension).
pub fn write_chart(chart: &Chart, out: &Path, (w, h): (u32, u32)) -> anyhow::Result<()> {
    let svg = check_extension(out)?;
    let style = ChartStyle::default();
    let bytes =
        if svg { render_svg(chart, w, h, &style)?.into_bytes() } else { render_png(chart, w, h, &style)? };
    std::fs::write(out, bytes).with_context(|| t!("cli-cannot-write", file = out.display().to_string()))
}
