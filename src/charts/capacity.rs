//! Looking ahead: capacity (available hours), booked hours and demand, week by week.

use super::{ChartError, ChartStyle, HoverPoint};
use crate::t;
use chrono::NaiveDate;
use plotters::coord::Shift;
use plotters::prelude::*;

/// Weekly capacity against bookings and demand.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityChart {
    /// The chart's title.
    pub title: String,
    /// Per week: Monday, available, booked, demand (hours).
    pub weeks: Vec<(NaiveDate, f64, f64, f64)>,
}

impl CapacityChart {
    pub(crate) fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        style: &ChartStyle,
    ) -> Result<Vec<HoverPoint>, ChartError>
    where
        DB::ErrorType: 'static,
    {
        let top = self.weeks.iter().map(|w| w.1.max(w.2).max(w.3)).fold(1.0, f64::max) * 1.15;
        let n = self.weeks.len().max(1) as f64;
        let weeks = self.weeks.clone();
        let mut chart = ChartBuilder::on(area)
            .caption(&self.title, style.font(16.0))
            .margin(style.size(8.0) as u32)
            .x_label_area_size(style.size(28.0) as u32)
            .y_label_area_size(style.size(40.0) as u32)
            .build_cartesian_2d(-0.5f64..(n - 0.5), 0f64..top)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(style.faint().mix(0.12))
            .bold_line_style(style.faint())
            .axis_style(style.ink())
            .x_labels(self.weeks.len().max(2))
            .x_label_formatter(&|x| {
                let i = x.round();
                if (x - i).abs() > 0.05 || i < 0.0 {
                    return String::new();
                }
                weeks.get(i as usize).map(|w| crate::i18n::date(w.0, "%-d %b")).unwrap_or_default()
            })
            .y_label_formatter(&|y| format!("{y:.0}"))
            .y_desc(t!("chart-hours"))
            .label_style(style.font(11.0))
            .axis_desc_style(style.font(12.0))
            .draw()?;
        let series = [
            (t!("chart-capacity"), style.accent(), 1usize),
            (t!("chart-booked"), style.good(), 2),
            (t!("chart-demand"), style.bad(), 3),
        ];
        let mut hover = Vec::new();
        for (name, colour, field) in series {
            let points: Vec<(f64, f64)> =
                self.weeks.iter().enumerate().map(|(i, w)| (i as f64, [w.1, w.2, w.3][field - 1])).collect();
            chart
                .draw_series(LineSeries::new(points.clone(), colour.stroke_width(3)))?
                .label(name.as_str())
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 16, y)], colour.stroke_width(3)));
            for (i, p) in points.iter().enumerate() {
                let (x, y) = chart.backend_coord(p);
                hover.push(HoverPoint {
                    x,
                    y,
                    text: t!(
                        "chart-capacity-hover",
                        week = crate::i18n::date(self.weeks[i].0, "%-d %b"),
                        series = name.as_str(),
                        hours = format!("{:.1}", p.1)
                    ),
                });
            }
        }
        chart
            .configure_series_labels()
            .background_style(style.background().mix(0.85))
            .border_style(style.faint())
            .label_font(style.font(12.0))
            .position(SeriesLabelPosition::UpperRight)
            .draw()?;
        Ok(hover)
    }
}
