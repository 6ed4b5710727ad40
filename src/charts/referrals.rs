//! Referrals by month and source: one bar per month, stacked by where the referrals came from,
//! the first thing a commissioner asks for.

use super::{ChartError, ChartStyle, HoverPoint};
use plotters::coord::Shift;
use plotters::prelude::*;

/// Referrals received per month, split by source.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferralsChart {
    /// The chart's title.
    pub title: String,
    /// The sources' labels, in stacking order (bottom first).
    pub sources: Vec<String>,
    /// Per month, oldest first: its label ("Aug 2026") and a count per source.
    pub months: Vec<(String, Vec<usize>)>,
}

/// Colours for up to eight sources, told apart in light and dark themes.
const PALETTE: [RGBColor; 8] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
    RGBColor(127, 127, 127),
    RGBColor(23, 190, 207),
];

impl ReferralsChart {
    pub(crate) fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        style: &ChartStyle,
    ) -> Result<Vec<HoverPoint>, ChartError>
    where
        DB::ErrorType: 'static,
    {
        let top = self.months.iter().map(|m| m.1.iter().sum::<usize>()).max().unwrap_or(0).max(1) as f64;
        let n = self.months.len().max(1) as f64;
        let labels: Vec<String> = self.months.iter().map(|m| m.0.clone()).collect();
        // The legend sits beside the bars, never over them.
        let (plot, legend) = area.split_horizontally(area.dim_in_pixel().0 as f64 * 0.78);
        let mut chart = ChartBuilder::on(&plot)
            .caption(&self.title, style.font(16.0))
            .margin(style.size(8.0) as u32)
            .x_label_area_size(style.size(28.0) as u32)
            .y_label_area_size(style.size(40.0) as u32)
            .build_cartesian_2d(-0.5f64..(n - 0.5), 0f64..top * 1.1)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(style.faint().mix(0.12))
            .bold_line_style(style.faint())
            .axis_style(style.ink())
            .x_labels(self.months.len().clamp(2, 12))
            .x_label_formatter(&|x| {
                let i = x.round();
                if (x - i).abs() > 0.05 || i < 0.0 {
                    return String::new();
                }
                labels.get(i as usize).cloned().unwrap_or_default()
            })
            .y_label_formatter(&|y| if y.fract() == 0.0 { format!("{y:.0}") } else { String::new() })
            .y_desc(crate::t!("chart-referrals"))
            .label_style(style.font(11.0))
            .axis_desc_style(style.font(12.0))
            .draw()?;
        let mut hover = Vec::new();
        let width = 0.35;
        for (i, (month, counts)) in self.months.iter().enumerate() {
            let x = i as f64;
            let mut base = 0.0;
            for (s, count) in counts.iter().enumerate().filter(|(_, c)| **c > 0) {
                let colour = PALETTE[s % PALETTE.len()];
                let upper = base + *count as f64;
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x - width, base), (x + width, upper)],
                    colour.filled(),
                )))?;
                let (hx, hy) = chart.backend_coord(&(x, (base + upper) / 2.0));
                let source = self.sources.get(s).map_or("", String::as_str);
                hover.push(HoverPoint { x: hx, y: hy, text: format!("{month}, {source}: {count}") });
                base = upper;
            }
            if base > 0.0 {
                let font = style.font(11.0).pos(plotters::style::text_anchor::Pos::new(
                    plotters::style::text_anchor::HPos::Center,
                    plotters::style::text_anchor::VPos::Bottom,
                ));
                chart.draw_series(std::iter::once(Text::new(
                    format!("{}", base as usize),
                    (x, base + top * 0.02),
                    font,
                )))?;
            }
        }
        // The legend: a swatch and a label per source that has any referral.
        let used: Vec<usize> = (0..self.sources.len())
            .filter(|s| self.months.iter().any(|m| m.1.get(*s).is_some_and(|c| *c > 0)))
            .collect();
        let line = style.size(20.0) as i32;
        let swatch = style.size(12.0) as i32;
        let mut y = style.size(44.0) as i32;
        for s in used {
            let colour = PALETTE[s % PALETTE.len()];
            legend.draw(&Rectangle::new([(4, y), (4 + swatch, y + swatch)], colour.filled()))?;
            legend.draw(&Text::new(
                self.sources[s].clone(),
                (10 + swatch, y + swatch / 2),
                style.font(12.0).pos(plotters::style::text_anchor::Pos::new(
                    plotters::style::text_anchor::HPos::Left,
                    plotters::style::text_anchor::VPos::Center,
                )),
            ))?;
            y += line;
        }
        Ok(hover)
    }
}
