//! ONS4 as four small charts, each item on its own 0–10 scale; anxiety is marked "lower is
//! better".

use super::{ChartError, ChartStyle, HoverPoint};
use crate::domain::Timepoint;
use crate::t;
use chrono::NaiveDate;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The data of an ONS4 chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Ons4Chart {
    /// The chart's title.
    pub title: String,
    /// Complete ONS4 assessments: date, timepoint and the four answers.
    pub points: Vec<(NaiveDate, Timepoint, [u8; 4])>,
}

/// The four items' titles, in the interface language.
fn titles() -> [String; 4] {
    [
        t!("chart-ons4-life-satisfaction"),
        t!("chart-ons4-worthwhile"),
        t!("chart-ons4-happiness"),
        t!("chart-ons4-anxiety"),
    ]
}

impl Ons4Chart {
    pub(crate) fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        style: &ChartStyle,
    ) -> Result<Vec<HoverPoint>, ChartError>
    where
        DB::ErrorType: 'static,
    {
        let area = area.titled(&format!("{}: ONS4", self.title), style.font(20.0))?;
        let (Some(first), Some(last)) = (self.points.first(), self.points.last()) else {
            area.draw(&Text::new(t!("chart-ons4-none"), (20, 20), style.font(16.0)))?;
            return Ok(Vec::new());
        };
        let base = first.0 - chrono::Days::new(7);
        let end = (last.0 - base).num_days() as f64 + 7.0;
        let titles = titles();
        let mut hover = Vec::new();
        for (item, panel) in area.split_evenly((2, 2)).iter().enumerate() {
            let mut chart = ChartBuilder::on(panel)
                .caption(&titles[item], style.font(14.0))
                .margin(style.size(8.0) as u32)
                .x_label_area_size(style.size(26.0) as u32)
                .y_label_area_size(style.size(30.0) as u32)
                .build_cartesian_2d(0f64..end, 0f64..10f64)?;
            chart
                .configure_mesh()
                .light_line_style(style.faint().mix(0.12))
                .bold_line_style(style.faint())
                .axis_style(style.ink())
                .x_labels(3)
                .y_labels(6)
                .x_label_formatter(&|x| {
                    crate::i18n::date(base + chrono::Days::new(x.max(0.0) as u64), "%-d %b")
                })
                .y_label_formatter(&|y| format!("{y:.0}"))
                .label_style(style.font(11.0))
                .draw()?;
            let xy: Vec<(f64, f64)> =
                self.points.iter().map(|p| ((p.0 - base).num_days() as f64, f64::from(p.2[item]))).collect();
            let colour = if item == 3 { style.bad() } else { style.accent() };
            chart.draw_series(LineSeries::new(xy.clone(), colour.stroke_width(2)))?;
            chart.draw_series(xy.iter().map(|p| Circle::new(*p, style.size(4.0) as i32, colour.filled())))?;
            for (p, xy) in self.points.iter().zip(&xy) {
                let (x, y) = chart.backend_coord(xy);
                hover.push(HoverPoint {
                    x,
                    y,
                    text: format!(
                        "{}, {}: {} {}",
                        crate::i18n::date(p.0, "%-d %b %Y"),
                        p.1.label(),
                        titles[item],
                        p.2[item]
                    ),
                });
            }
        }
        Ok(hover)
    }
}
