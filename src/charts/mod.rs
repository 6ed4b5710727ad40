//! Charts drawn with plotters. Each chart is one drawing function, generic over the plotters
//! backend, so the screen (an RGB buffer turned into an egui texture), PNG and SVG all share
//! the same code. Text uses the DejaVu Sans font embedded from assets/, so renders are
//! identical on every machine.

mod burndown;
mod capacity;
mod cohort;
mod ons4;
mod person;
mod referrals;

pub use burndown::BurnDownChart;
pub use capacity::CapacityChart;
pub use cohort::{ChangeHistogram, SlopeChart};
pub use ons4::Ons4Chart;
pub use person::PersonChart;
pub use referrals::ReferralsChart;

use plotters::backend::{BitMapBackend, DrawingBackend, SVGBackend};
use plotters::coord::Shift;
use plotters::prelude::*;
use std::sync::Once;

/// The embedded chart font.
const FONT: &[u8] = crate::fonts::DEJAVU_SANS;
/// The family name charts ask for.
pub(crate) const FAMILY: &str = "sans-serif";

static FONTS: Once = Once::new();

fn register_fonts() {
    FONTS.call_once(|| {
        for style in [FontStyle::Normal, FontStyle::Bold] {
            // The font is compiled in, so it always parses (every chart test draws with it);
            // were it not to, plotters falls back to its own font and the chart still draws.
            plotters::style::register_font(FAMILY, style, FONT).ok();
        }
    });
}

/// Why a chart could not be drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartError(pub String);

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!("chart-error", reason = self.0.as_str()))
    }
}

impl std::error::Error for ChartError {}

impl<E: std::error::Error + Send + Sync> From<plotters::drawing::DrawingAreaErrorKind<E>> for ChartError {
    fn from(e: plotters::drawing::DrawingAreaErrorKind<E>) -> Self {
        ChartError(e.to_string())
    }
}

/// Colours and type size: light or dark, normal or case-meeting (large type).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartStyle {
    /// Dark background.
    pub dark: bool,
    /// Multiplies every font size (1.0 normal; larger for a projector).
    pub text_scale: f64,
}

impl Default for ChartStyle {
    fn default() -> Self {
        Self { dark: false, text_scale: 1.0 }
    }
}

impl ChartStyle {
    pub(crate) fn background(&self) -> RGBColor {
        if self.dark { RGBColor(30, 30, 30) } else { RGBColor(255, 255, 255) }
    }
    pub(crate) fn ink(&self) -> RGBColor {
        if self.dark { RGBColor(225, 225, 225) } else { RGBColor(30, 30, 30) }
    }
    pub(crate) fn faint(&self) -> RGBColor {
        if self.dark { RGBColor(90, 90, 90) } else { RGBColor(200, 200, 200) }
    }
    pub(crate) fn accent(&self) -> RGBColor {
        if self.dark { RGBColor(110, 170, 255) } else { RGBColor(25, 90, 180) }
    }
    pub(crate) fn good(&self) -> RGBColor {
        if self.dark { RGBColor(90, 200, 120) } else { RGBColor(20, 130, 60) }
    }
    pub(crate) fn bad(&self) -> RGBColor {
        if self.dark { RGBColor(240, 110, 100) } else { RGBColor(190, 40, 30) }
    }
    pub(crate) fn band(&self) -> RGBColor {
        if self.dark { RGBColor(60, 70, 60) } else { RGBColor(226, 238, 226) }
    }
    pub(crate) fn size(&self, points: f64) -> f64 {
        points * self.text_scale
    }
    pub(crate) fn font(&self, points: f64) -> TextStyle<'static> {
        (FAMILY, self.size(points)).into_font().color(&self.ink())
    }
}

/// A point a pointer can hover over, in pixels of the rendered image, with its tooltip.
#[derive(Debug, Clone, PartialEq)]
pub struct HoverPoint {
    /// Horizontal pixel.
    pub x: i32,
    /// Vertical pixel.
    pub y: i32,
    /// What to show, e.g. "12 Mar 2026, Before: 41".
    pub text: String,
}

/// Any chart the app draws.
#[derive(Debug, Clone, PartialEq)]
pub enum Chart {
    /// One person's scores over time.
    Person(PersonChart),
    /// One person's ONS4 answers, four small charts.
    Ons4(Ons4Chart),
    /// A cohort's before → after per person.
    Slope(SlopeChart),
    /// How a cohort's changes are distributed.
    Histogram(ChangeHistogram),
    /// Capacity, bookings and demand over the coming weeks.
    Capacity(CapacityChart),
    /// A fund's remaining budget over its period.
    BurnDown(BurnDownChart),
    /// Referrals by month, stacked by source.
    Referrals(ReferralsChart),
}

impl Chart {
    /// Draws the chart onto any plotters drawing area; returns its hover points.
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        style: &ChartStyle,
    ) -> Result<Vec<HoverPoint>, ChartError>
    where
        DB::ErrorType: 'static,
    {
        register_fonts();
        area.fill(&style.background())?;
        match self {
            Chart::Person(c) => c.draw(area, style),
            Chart::Ons4(c) => c.draw(area, style),
            Chart::Slope(c) => c.draw(area, style),
            Chart::Histogram(c) => c.draw(area, style),
            Chart::Capacity(c) => c.draw(area, style),
            Chart::BurnDown(c) => c.draw(area, style),
            Chart::Referrals(c) => c.draw(area, style),
        }
    }
}

/// A chart rendered to pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// RGB bytes, row by row.
    pub rgb: Vec<u8>,
    /// Hover points in pixel coordinates.
    pub hover: Vec<HoverPoint>,
}

/// Renders `chart` to an RGB buffer (for the screen and for PNG).
pub fn render(chart: &Chart, width: u32, height: u32, style: &ChartStyle) -> Result<Rendered, ChartError> {
    let (width, height) = (width.clamp(64, 8000), height.clamp(64, 8000));
    let mut rgb = vec![0u8; (width * height * 3) as usize];
    let hover = {
        let area = BitMapBackend::with_buffer(&mut rgb, (width, height)).into_drawing_area();
        let hover = chart.draw(&area, style)?;
        area.present()?;
        hover
    };
    Ok(Rendered { width, height, rgb, hover })
}

/// Renders `chart` as a PNG file's bytes.
pub fn render_png(chart: &Chart, width: u32, height: u32, style: &ChartStyle) -> Result<Vec<u8>, ChartError> {
    let r = render(chart, width, height, style)?;
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, r.width, r.height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().map_err(|e| ChartError(e.to_string()))?;
        writer.write_image_data(&r.rgb).map_err(|e| ChartError(e.to_string()))?;
    }
    Ok(out)
}

/// Renders `chart` as an SVG document.
pub fn render_svg(chart: &Chart, width: u32, height: u32, style: &ChartStyle) -> Result<String, ChartError> {
    let (width, height) = (width.clamp(64, 8000), height.clamp(64, 8000));
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        chart.draw(&area, style)?;
        area.present()?;
    }
    Ok(svg)
}
