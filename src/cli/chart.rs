//! `carecoop chart REF --data DB --out FILE.png|FILE.svg [--width W --height H]`.

use crate::charts::{ChartStyle, render_png, render_svg};
use crate::domain::Instrument;
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
                .with_context(|| format!("'{text}' is not an instrument; use {}", Instrument::keys_list()))?,
        ),
    };
    let ext = out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    if !matches!(ext.as_deref(), Some("png") | Some("svg")) {
        bail!("{} must end in .png or .svg", out.display());
    }
    let store = super::open_existing(path)?;
    let person = store
        .person_by_ref(reference)?
        .with_context(|| format!("there is no person {reference} in {}", super::shown(path)))?;
    let settings = store.settings()?;
    let title = format!("{} ({})", person.name, person.reference);
    let chart = crate::report::charts::person_chart(store.as_ref(), &person, instrument, &settings, title)?;
    let (w, h) = size;
    let style = ChartStyle::default();
    if ext.as_deref() == Some("svg") {
        std::fs::write(out, render_svg(&chart, w, h, &style)?)
            .with_context(|| format!("cannot write {}", out.display()))?;
    } else {
        std::fs::write(out, render_png(&chart, w, h, &style)?)
            .with_context(|| format!("cannot write {}", out.display()))?;
    }
    println!("Wrote {}", out.display());
    Ok(())
}
