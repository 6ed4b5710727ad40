//! One person's wellbeing over time: scores on a date axis, the band of "no meaningful change"
//! around the baseline, the population mean, and sessions attended along the bottom.

use super::{ChartError, ChartStyle, FAMILY, HoverPoint};
use crate::domain::wellbeing::{Norm, population_norm};
use crate::domain::{Instrument, Timepoint};
use chrono::NaiveDate;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The data of a person chart.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonChart {
    /// The chart's title (a name, initials, or a reference).
    pub title: String,
    /// WEMWBS or SWEMWBS.
    pub instrument: Instrument,
    /// Complete assessments: date, timepoint, headline score; in date order.
    pub points: Vec<(NaiveDate, Timepoint, f64)>,
    /// The meaningful-change threshold around the baseline (first "before").
    pub threshold: f64,
    /// Days a session was attended.
    pub attended: Vec<NaiveDate>,
}

fn day(base: NaiveDate, d: NaiveDate) -> f64 {
    (d - base).num_days() as f64
}

fn short(tp: Timepoint) -> &'static str {
    tp.label()
}

impl PersonChart {
    /// The first "before" score, if any.
    pub fn baseline(&self) -> Option<f64> {
        self.points.iter().find(|p| p.1 == Timepoint::Before).map(|p| p.2)
    }

    pub(crate) fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        style: &ChartStyle,
    ) -> Result<Vec<HoverPoint>, ChartError>
    where
        DB::ErrorType: 'static,
    {
        let (lo, hi) = self.instrument.score_range();
        let mut dates: Vec<NaiveDate> =
            self.points.iter().map(|p| p.0).chain(self.attended.iter().copied()).collect();
        dates.sort();
        let (Some(first), Some(last)) = (dates.first().copied(), dates.last().copied()) else {
            area.draw(&Text::new(
                format!("{}: no {} scores yet", self.title, self.instrument.label()),
                (20, 20),
                style.font(16.0),
            ))?;
            return Ok(Vec::new());
        };
        let base = first - chrono::Days::new(7);
        let end = day(base, last) + 7.0;
        let mut chart = ChartBuilder::on(area)
            .caption(format!("{}: {}", self.title, self.instrument.label()), style.font(20.0))
            .margin(style.size(12.0) as u32)
            .x_label_area_size(style.size(36.0) as u32)
            .y_label_area_size(style.size(48.0) as u32)
            .build_cartesian_2d(0f64..end, lo..hi)?;
        let label_base = base;
        chart
            .configure_mesh()
            .light_line_style(style.faint().mix(0.12))
            .bold_line_style(style.faint())
            .axis_style(style.ink())
            .x_labels(6)
            .y_labels(8)
            .x_label_formatter(&|x| {
                (label_base + chrono::Days::new(x.max(0.0) as u64)).format("%-d %b %y").to_string()
            })
            .y_label_formatter(&|y| format!("{y:.0}"))
            .x_desc("Date")
            .y_desc(format!("{} score", self.instrument.label()))
            .label_style(style.font(13.0))
            .axis_desc_style(style.font(14.0))
            .draw()?;

        // The band of no meaningful change around the baseline.
        if let Some(b) = self.baseline() {
            let band = [(0.0, (b - self.threshold).max(lo)), (end, (b + self.threshold).min(hi))];
            chart.draw_series(std::iter::once(Rectangle::new(band, style.band().filled())))?;
            chart.draw_series(std::iter::once(Text::new(
                format!("no meaningful change (baseline {} \u{b1}{})", fmt(b), fmt(self.threshold)),
                (1.0, (b - self.threshold).max(lo) - (hi - lo) * 0.01),
                style.font(12.0),
            )))?;
        }
        // The population mean as a dashed line, with its source.
        if let Some(Norm { mean, source }) = population_norm(self.instrument) {
            let dash = (end / 60.0).max(0.5);
            let mut x = 0.0;
            let mut dashes = Vec::new();
            while x < end {
                dashes.push(PathElement::new(
                    vec![(x, mean), ((x + dash).min(end), mean)],
                    style.accent().mix(0.7).stroke_width(2),
                ));
                x += dash * 2.0;
            }
            chart.draw_series(dashes)?;
            chart.draw_series(std::iter::once(Text::new(
                source.to_string(),
                (end * 0.55, mean + (hi - lo) * 0.035),
                style.font(12.0),
            )))?;
        }
        // Sessions attended: ticks along the bottom (the "dose").
        let tick = (hi - lo) * 0.04;
        chart.draw_series(self.attended.iter().map(|d| {
            let x = day(base, *d);
            PathElement::new(vec![(x, lo), (x, lo + tick)], style.ink().stroke_width(2))
        }))?;
        if !self.attended.is_empty() {
            chart.draw_series(std::iter::once(Text::new(
                format!("| = session attended ({})", self.attended.len()),
                (1.0, lo + tick * 2.2),
                style.font(12.0),
            )))?;
        }
        // The scores: a line through the points, each point labelled.
        let xy: Vec<(f64, f64)> = self.points.iter().map(|p| (day(base, p.0), p.2)).collect();
        chart.draw_series(LineSeries::new(xy.clone(), style.accent().stroke_width(3)))?;
        chart.draw_series(
            xy.iter().map(|p| Circle::new(*p, style.size(6.0) as i32, style.accent().filled())),
        )?;
        let label_font = (FAMILY, style.size(13.0)).into_font().color(&style.ink()).pos(
            plotters::style::text_anchor::Pos::new(
                plotters::style::text_anchor::HPos::Center,
                plotters::style::text_anchor::VPos::Bottom,
            ),
        );
        chart.draw_series(self.points.iter().map(|p| {
            Text::new(
                format!("{} {}", short(p.1), fmt(p.2)),
                (day(base, p.0), p.2 + (hi - lo) * 0.02),
                label_font.clone(),
            )
        }))?;
        Ok(self
            .points
            .iter()
            .zip(&xy)
            .map(|(p, xy)| {
                let (x, y) = chart.backend_coord(xy);
                HoverPoint {
                    x,
                    y,
                    text: format!("{}, {}: {}", p.0.format("%-d %b %Y"), p.1.label(), fmt(p.2)),
                }
            })
            .collect())
    }
}

/// A score as people write it: "47", "19.98".
pub(crate) fn fmt(x: f64) -> String {
    crate::domain::wellbeing::format_score(x)
}
