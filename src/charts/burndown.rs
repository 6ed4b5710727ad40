//! A fund's burn-down: budget remaining week by week, spending to date and the projection
//! from booked sessions, with the zero line marked.

use super::{ChartError, ChartStyle, HoverPoint};
use crate::t;
use chrono::NaiveDate;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The data of a burn-down chart.
#[derive(Debug, Clone, PartialEq)]
pub struct BurnDownChart {
    /// The chart's title.
    pub title: String,
    /// The budget in pounds.
    pub budget: f64,
    /// Week start, remaining pounds, and whether the point is projected.
    pub points: Vec<(NaiveDate, f64, bool)>,
}

impl BurnDownChart {
    pub(crate) fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        style: &ChartStyle,
    ) -> Result<Vec<HoverPoint>, ChartError>
    where
        DB::ErrorType: 'static,
    {
        let (Some(first), Some(last)) = (self.points.first(), self.points.last()) else {
            area.draw(&Text::new(t!("chart-no-spending"), (20, 20), style.font(16.0)))?;
            return Ok(Vec::new());
        };
        let base = first.0;
        let end = (last.0 - base).num_days().max(1) as f64;
        let low = self.points.iter().map(|p| p.1).fold(0.0, f64::min).min(0.0);
        let mut chart = ChartBuilder::on(area)
            .caption(&self.title, style.font(16.0))
            .margin(style.size(8.0) as u32)
            .x_label_area_size(style.size(28.0) as u32)
            .y_label_area_size(style.size(56.0) as u32)
            .build_cartesian_2d(0f64..end, low..(self.budget * 1.05).max(1.0))?;
        chart
            .configure_mesh()
            .light_line_style(style.faint().mix(0.12))
            .bold_line_style(style.faint())
            .axis_style(style.ink())
            .x_labels(6)
            .x_label_formatter(&|x| crate::i18n::date(base + chrono::Days::new(x.max(0.0) as u64), "%b %y"))
            .y_label_formatter(&|y| format!("\u{a3}{y:.0}"))
            .y_desc(t!("chart-remaining"))
            .label_style(style.font(11.0))
            .axis_desc_style(style.font(12.0))
            .draw()?;
        let xy: Vec<(f64, f64, bool)> =
            self.points.iter().map(|p| ((p.0 - base).num_days() as f64, p.1, p.2)).collect();
        let actual: Vec<(f64, f64)> = xy.iter().filter(|p| !p.2).map(|p| (p.0, p.1)).collect();
        let mut projected: Vec<(f64, f64)> = actual.last().copied().into_iter().collect();
        projected.extend(xy.iter().filter(|p| p.2).map(|p| (p.0, p.1)));
        chart.draw_series(LineSeries::new(actual, style.accent().stroke_width(3)))?;
        for pair in projected.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let steps = 8;
            for i in (0..steps).step_by(2) {
                let t0 = i as f64 / steps as f64;
                let t1 = (i + 1) as f64 / steps as f64;
                let p = |t: f64| (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
                chart.draw_series(std::iter::once(PathElement::new(
                    vec![p(t0), p(t1)],
                    style.accent().mix(0.6).stroke_width(3),
                )))?;
            }
        }
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(0.0, 0.0), (end, 0.0)],
            style.bad().stroke_width(1),
        )))?;
        Ok(xy
            .iter()
            .zip(&self.points)
            .map(|(p, src)| {
                let (x, y) = chart.backend_coord(&(p.0, p.1));
                let (date, amount) = (crate::i18n::date(src.0, "%-d %b %Y"), format!("{:.2}", p.1));
                let text = if p.2 {
                    t!("chart-burndown-left-projected", date = date, amount = amount)
                } else {
                    t!("chart-burndown-left", date = date, amount = amount)
                };
                HoverPoint { x, y, text }
            })
            .collect())
    }
}
