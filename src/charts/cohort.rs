//! A cohort: before → after per person (a paired slope chart), and the distribution of change.

use super::person::fmt;
use super::{ChartError, ChartStyle, HoverPoint};
use crate::domain::Instrument;
use crate::domain::wellbeing::ChangeCategory;
use crate::t;
use plotters::coord::Shift;
use plotters::prelude::*;

/// Before → after per person.
#[derive(Debug, Clone, PartialEq)]
pub struct SlopeChart {
    /// The chart's title.
    pub title: String,
    /// WEMWBS or SWEMWBS.
    pub instrument: Instrument,
    /// One pair per person: label (initials or reference), before, after, category.
    pub pairs: Vec<(String, f64, f64, ChangeCategory)>,
}

impl SlopeChart {
    pub(crate) fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        style: &ChartStyle,
    ) -> Result<Vec<HoverPoint>, ChartError>
    where
        DB::ErrorType: 'static,
    {
        let (lo, hi) = self.instrument.score_range();
        let mut chart = ChartBuilder::on(area)
            .caption(&self.title, style.font(20.0))
            .margin(style.size(12.0) as u32)
            .x_label_area_size(style.size(30.0) as u32)
            .y_label_area_size(style.size(44.0) as u32)
            .build_cartesian_2d(-0.5f64..1.6f64, lo..hi)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(style.faint().mix(0.12))
            .bold_line_style(style.faint())
            .axis_style(style.ink())
            .x_labels(5)
            .x_label_formatter(&|x| {
                if x.abs() < 0.05 {
                    t!("chart-before")
                } else if (x - 1.0).abs() < 0.05 {
                    t!("chart-after")
                } else {
                    String::new()
                }
            })
            .y_label_formatter(&|y| format!("{y:.0}"))
            .y_desc(t!("chart-score-axis", instrument = self.instrument.label()))
            .label_style(style.font(13.0))
            .axis_desc_style(style.font(14.0))
            .draw()?;
        let colour = |c: ChangeCategory| match c {
            ChangeCategory::Improved => style.good(),
            ChangeCategory::Declined => style.bad(),
            _ => style.faint(),
        };
        let mut hover = Vec::new();
        for (label, before, after, category) in &self.pairs {
            chart.draw_series(LineSeries::new(
                vec![(0.0, *before), (1.0, *after)],
                colour(*category).stroke_width(2),
            ))?;
            chart.draw_series(
                [(0.0, *before), (1.0, *after)].map(|p| Circle::new(p, 4, colour(*category).filled())),
            )?;
            let (x, y) = chart.backend_coord(&(1.0, *after));
            hover.push(HoverPoint {
                x,
                y,
                text: t!(
                    "chart-slope-hover",
                    label = label.as_str(),
                    before = fmt(*before),
                    after = fmt(*after),
                    category = category.label()
                ),
            });
        }
        if !self.pairs.is_empty() {
            let n = self.pairs.len() as f64;
            let mb = self.pairs.iter().map(|p| p.1).sum::<f64>() / n;
            let ma = self.pairs.iter().map(|p| p.2).sum::<f64>() / n;
            chart.draw_series(LineSeries::new(vec![(0.0, mb), (1.0, ma)], style.ink().stroke_width(5)))?;
            chart.draw_series(std::iter::once(Text::new(
                t!("chart-slope-mean", before = fmt(mb), after = fmt(ma)),
                (1.06, ma),
                style.font(13.0),
            )))?;
        }
        Ok(hover)
    }
}

/// How a cohort's changes are distributed, with the meaningful-change thresholds marked.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeHistogram {
    /// The chart's title.
    pub title: String,
    /// One change (after − before) per person.
    pub changes: Vec<f64>,
    /// The meaningful-change threshold (also the bin width).
    pub threshold: f64,
}

impl ChangeHistogram {
    pub(crate) fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        style: &ChartStyle,
    ) -> Result<Vec<HoverPoint>, ChartError>
    where
        DB::ErrorType: 'static,
    {
        let width = if self.threshold > 0.0 { self.threshold } else { 1.0 };
        let bin = |c: f64| (c / width).floor() as i64;
        let (min_bin, max_bin) =
            self.changes.iter().fold((-2i64, 2i64), |(lo, hi), c| (lo.min(bin(*c) - 1), hi.max(bin(*c) + 1)));
        let mut counts = vec![0usize; (max_bin - min_bin + 1) as usize];
        for c in &self.changes {
            counts[(bin(*c) - min_bin) as usize] += 1;
        }
        let top = counts.iter().copied().max().unwrap_or(1).max(1) as f64 + 1.0;
        let (x0, x1) = (min_bin as f64 * width, (max_bin + 1) as f64 * width);
        let mut chart = ChartBuilder::on(area)
            .caption(&self.title, style.font(20.0))
            .margin(style.size(12.0) as u32)
            .x_label_area_size(style.size(34.0) as u32)
            .y_label_area_size(style.size(40.0) as u32)
            .build_cartesian_2d(x0..x1, 0f64..top)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(style.faint().mix(0.12))
            .bold_line_style(style.faint())
            .axis_style(style.ink())
            .y_labels(top as usize + 1)
            .y_label_formatter(&|y| format!("{y:.0}"))
            .x_label_formatter(&|x| format!("{x:+.0}"))
            .x_desc(t!("chart-change-axis"))
            .y_desc(t!("chart-people"))
            .label_style(style.font(13.0))
            .axis_desc_style(style.font(14.0))
            .draw()?;
        let mut hover = Vec::new();
        for (i, n) in counts.iter().enumerate().filter(|(_, n)| **n > 0) {
            let left = (min_bin + i as i64) as f64 * width;
            let colour = if left >= self.threshold - 1e-9 {
                style.good()
            } else if left + width <= -self.threshold + 1e-9 {
                style.bad()
            } else {
                style.faint()
            };
            chart.draw_series(std::iter::once(Rectangle::new(
                [(left, 0.0), (left + width, *n as f64)],
                colour.filled(),
            )))?;
            let (x, y) = chart.backend_coord(&(left + width / 2.0, *n as f64));
            hover.push(HoverPoint {
                x,
                y,
                text: t!("chart-histogram-hover", count = (*n), from = fmt(left), to = fmt(left + width)),
            });
        }
        for t in [-self.threshold, self.threshold] {
            chart.draw_series(std::iter::once(PathElement::new(
                vec![(t, 0.0), (t, top)],
                style.ink().stroke_width(2),
            )))?;
        }
        Ok(hover)
    }
}
