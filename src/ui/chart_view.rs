//! Shows a plotters chart as an egui texture. The chart is drawn again only when its data or
//! its size (or theme, or type scale) changes; hovering a point shows its exact value.

use crate::charts::{Chart, ChartStyle, HoverPoint, render};

/// What the current texture was drawn from.
#[derive(Debug, Clone, PartialEq)]
struct Drawn {
    data_key: u64,
    size: [u32; 2],
    style: (bool, u32),
}

/// A chart on screen with its cached texture.
#[derive(Default)]
pub struct ChartView {
    drawn: Option<Drawn>,
    texture: Option<egui::TextureHandle>,
    hover: Vec<HoverPoint>,
    error: Option<String>,
    /// How many times the chart has been drawn (for tests and the benchmark).
    pub renders: u64,
}

impl ChartView {
    /// Shows the chart in `size` points. `data_key` must change whenever the data changes
    /// (e.g. the store generation plus the person's id); `make` builds the chart only when a
    /// new drawing is needed. `alt` is read by screen readers.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        size: egui::Vec2,
        data_key: u64,
        style: ChartStyle,
        alt: &str,
        make: impl FnOnce() -> Option<Chart>,
    ) -> egui::Response {
        let ppp = ui.ctx().pixels_per_point();
        let pixels = [(size.x * ppp).round().max(64.0) as u32, (size.y * ppp).round().max(64.0) as u32];
        let wanted = Drawn { data_key, size: pixels, style: (style.dark, (style.text_scale * 100.0) as u32) };
        if self.drawn.as_ref() != Some(&wanted) {
            self.drawn = Some(wanted);
            let scaled = ChartStyle { text_scale: style.text_scale * f64::from(ppp), ..style };
            match make().map(|chart| render(&chart, pixels[0], pixels[1], &scaled)) {
                Some(Ok(rendered)) => {
                    self.renders += 1;
                    let image = egui::ColorImage::from_rgb(
                        [rendered.width as usize, rendered.height as usize],
                        &rendered.rgb,
                    );
                    match &mut self.texture {
                        Some(t) => t.set(image, egui::TextureOptions::LINEAR),
                        None => {
                            self.texture =
                                Some(ui.ctx().load_texture("chart", image, egui::TextureOptions::LINEAR))
                        }
                    }
                    self.hover = rendered.hover;
                    self.error = None;
                }
                Some(Err(e)) => self.error = Some(e.to_string()),
                None => {
                    self.texture = None;
                    self.hover.clear();
                }
            }
        }
        if let Some(e) = &self.error {
            return ui.label(egui::RichText::new(e).color(ui.visuals().error_fg_color));
        }
        let Some(texture) = &self.texture else {
            return ui.label(crate::t!("app-chart-empty"));
        };
        let response = ui.add(egui::Image::new((texture.id(), size)).sense(egui::Sense::hover()));
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, alt));
        if let Some(pos) = response.hover_pos() {
            let px = (pos - response.rect.min) * ppp;
            let nearest = self
                .hover
                .iter()
                .map(|h| (h, ((h.x as f32 - px.x).powi(2) + (h.y as f32 - px.y).powi(2)).sqrt()))
                .filter(|(_, d)| *d <= 14.0 * ppp)
                .min_by(|a, b| a.1.total_cmp(&b.1));
            if let Some((point, _)) = nearest {
                let text = point.text.clone();
                response.clone().on_hover_text_at_pointer(text);
            }
        }
        response
    }

    /// The tooltips the chart offers, in pixel coordinates (for tests).
    pub fn hover_points(&self) -> &[HoverPoint] {
        &self.hover
    }
}
