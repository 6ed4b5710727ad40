//! One person's wellbeing over time: scores on a date axis, the band of "no meaningful change"
//! around the baseline, the population mean, and sessions attended along the bottom.

use super::{ChartError, ChartStyle, FAMILY, HoverPoint};
use crate::domain::wellbeing::{Norm, population_norm};
use crate::domain::{Instrument, Timepoint};
use crate::t;
use chrono::NaiveDate;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// A box in pixels, for keeping labels apart.
#[derive(Debug, Clone, Copy)]
struct Area {
    left: f64,
    top: f64,
    width: f64,
    height: f64,
}

impl Area {
    fn new(left: f64, top: f64, width: f64, height: f64) -> Area {
        Area { left, top, width, height }
    }

    fn bottom(&self) -> f64 {
        self.top + self.height
    }

    fn overlaps(&self, other: &Area) -> bool {
        self.left < other.left + other.width
            && other.left < self.left + self.width
            && self.top < other.bottom()
            && other.top < self.bottom()
    }
}

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
                t!(
                    "chart-person-no-scores",
                    title = self.title.as_str(),
                    instrument = self.instrument.label()
                ),
                (20, 20),
                style.font(16.0),
            ))?;
            return Ok(Vec::new());
        };
        let base = first - chrono::Days::new(7);
        let end = day(base, last) + 7.0;
        let mut chart = ChartBuilder::on(area)
            // An en dash, not ": ": plotters draws a colon's outline without its side bearing,
            // which leaves a gap after it like a double space.
            .caption(format!("{} \u{2013} {}", self.title, self.instrument.label()), style.font(20.0))
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
                crate::i18n::date(label_base + chrono::Days::new(x.max(0.0) as u64), "%-d %b %y")
            })
            .y_label_formatter(&|y| format!("{y:.0}"))
            .x_desc(t!("chart-date"))
            .y_desc(t!("chart-score-axis", instrument = self.instrument.label()))
            .label_style(style.font(13.0))
            .axis_desc_style(style.font(14.0))
            .draw()?;

        // The band of no meaningful change around the baseline.
        if let Some(b) = self.baseline() {
            let band = [(0.0, (b - self.threshold).max(lo)), (end, (b + self.threshold).min(hi))];
            chart.draw_series(std::iter::once(Rectangle::new(band, style.band().filled())))?;
            chart.draw_series(std::iter::once(Text::new(
                t!("chart-person-no-change-band", baseline = fmt(b), threshold = fmt(self.threshold)),
                (1.0, (b - self.threshold).max(lo) - (hi - lo) * 0.01),
                style.font(12.0),
            )))?;
        }
        // The population mean as a dashed line, with its source.
        if let Some(Norm { mean, .. }) = population_norm(self.instrument) {
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
        }
        // Sessions attended: ticks along the bottom (the "dose").
        let tick = (hi - lo) * 0.04;
        chart.draw_series(self.attended.iter().map(|d| {
            let x = day(base, *d);
            PathElement::new(vec![(x, lo), (x, lo + tick)], style.ink().stroke_width(2))
        }))?;
        if !self.attended.is_empty() {
            chart.draw_series(std::iter::once(Text::new(
                t!("chart-person-attended", count = self.attended.len()),
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
        // Labels go where they collide with nothing: a point's label above it, or below it when
        // above would cross the population mean line; the mean's label at the first place clear
        // of every point and its label.
        let spec = chart.as_coord_spec().clone();
        let to_px = |x: f64, y: f64| {
            let (px, py) = spec.translate(&(x, y));
            (f64::from(px), f64::from(py))
        };
        let px_per_unit = (to_px(0.0, lo).1 - to_px(0.0, hi).1).max(1.0) / (hi - lo);
        let font_px = style.size(13.0);
        let gap = style.size(8.0);
        let width = |text: &str| text.chars().count() as f64 * font_px * 0.6;
        let mean = population_norm(self.instrument);
        let mean_px = mean.as_ref().map(|n| to_px(0.0, n.mean).1);
        let mut taken: Vec<Area> = Vec::new();
        let mut placed = Vec::new();
        for (p, (x, y)) in self.points.iter().zip(&xy) {
            let text = format!("{} {}", short(p.1), fmt(p.2));
            let (cx, cy) = to_px(*x, *y);
            let w = width(&text);
            let above = Area::new(cx - w / 2.0, cy - gap - font_px, w, font_px);
            let below = Area::new(cx - w / 2.0, cy + gap, w, font_px);
            let crosses_mean = mean_px.is_some_and(|m| above.top - 2.0 <= m && m <= above.bottom() + 2.0);
            let (area, up) = if crosses_mean || taken.iter().any(|t| t.overlaps(&above)) {
                (below, false)
            } else {
                (above, true)
            };
            taken.push(area);
            taken.push(Area::new(cx - 7.0, cy - 7.0, 14.0, 14.0));
            placed.push((text, *x, *y, up));
        }
        chart.draw_series(placed.iter().map(|(text, x, y, up)| {
            let (v, dy) = if *up { (VPos::Bottom, gap) } else { (VPos::Top, -gap) };
            let font = (FAMILY, font_px).into_font().color(&style.ink()).pos(Pos::new(HPos::Center, v));
            Text::new(text.clone(), (*x, y + dy / px_per_unit), font)
        }))?;
        if let Some(Norm { mean, source }) = mean {
            let m = to_px(0.0, mean).1;
            let w = width(source) * 12.0 / 13.0;
            let h = style.size(12.0);
            let spots = [0.55, 0.3, 0.05, 0.75].iter().flat_map(|f| [(*f, true), (*f, false)]);
            let clear = spots
                .map(|(f, up)| {
                    let left = to_px(end * f, mean).0;
                    let top = if up { m - 4.0 - h } else { m + 4.0 };
                    (f, up, Area::new(left, top, w, h))
                })
                .find(|(_, _, a)| !taken.iter().any(|t| t.overlaps(a)));
            let (f, up) = clear.map_or((0.55, true), |(f, up, _)| (f, up));
            let (v, dy) = if up { (VPos::Bottom, 4.0) } else { (VPos::Top, -4.0) };
            let font =
                (FAMILY, style.size(12.0)).into_font().color(&style.ink()).pos(Pos::new(HPos::Left, v));
            chart.draw_series(std::iter::once(Text::new(
                source.to_string(),
                (end * f, mean + dy / px_per_unit),
                font,
            )))?;
        }
        Ok(self
            .points
            .iter()
            .zip(&xy)
            .map(|(p, xy)| {
                let (x, y) = chart.backend_coord(xy);
                HoverPoint {
                    x,
                    y,
                    text: format!("{}, {}: {}", crate::i18n::date(p.0, "%-d %b %Y"), p.1.label(), fmt(p.2)),
                }
            })
            .collect())
    }
}

/// A score as people write it: "47", "19.98".
pub(crate) fn fmt(x: f64) -> String {
    crate::domain::wellbeing::format_score(x)
}
