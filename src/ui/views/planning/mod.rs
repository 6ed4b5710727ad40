//! Team planning: a week at a time, members down the side and days across, each cell showing
//! available, booked and free hours on a heat colour; totals with demand and shortfalls; the
//! next eight weeks as a chart; and matching for the waiting list.

mod matching;

use super::calendar::monday_of;
use super::{ViewContext, error_ui, title_ui};
use crate::charts::{CapacityChart, Chart, ChartStyle};
use crate::data::ReadsExt;
use crate::domain::{Activity, ActivityId};
use crate::report::planning::{WeekPlan, week_plan, weeks_ahead};
use crate::t;
use crate::ui::chart_view::ChartView;
use chrono::{Days, NaiveDate};

/// The Planning view.
pub struct PlanningView {
    week_start: NaiveDate,
    plan: Option<WeekPlan>,
    ahead: Vec<(NaiveDate, f64, f64, f64)>,
    activities: Vec<Activity>,
    activity: Option<ActivityId>,
    village: Option<String>,
    loaded: Option<(u64, NaiveDate)>,
    chart: ChartView,
    matching: matching::Matching,
    error: Option<String>,
}

impl PlanningView {
    /// Planning for the week of `today`.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            week_start: monday_of(today),
            plan: None,
            ahead: Vec::new(),
            activities: Vec::new(),
            activity: None,
            village: None,
            loaded: None,
            chart: ChartView::default(),
            matching: matching::Matching::default(),
            error: None,
        }
    }

    fn reload(&mut self, cx: &ViewContext<'_>) {
        self.loaded = Some((cx.store.generation(), self.week_start));
        let result = (|| {
            Ok::<_, crate::data::DataError>((
                week_plan(cx.store, self.week_start)?,
                weeks_ahead(cx.store, cx.today, 8)?,
                cx.store.all::<Activity>()?,
            ))
        })();
        match result {
            Ok((plan, ahead, activities)) => {
                self.plan = Some(plan);
                self.ahead = ahead;
                self.activities = activities;
                self.error = None;
            }
            Err(e) => {
                // Nothing of another week, or of before the error, stays on screen.
                (self.plan, self.ahead) = (None, Vec::new());
                self.error = Some(crate::ui::error_chain(&e));
            }
        }
    }

    /// Draws the week.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        if self.loaded != Some((cx.store.generation(), self.week_start)) {
            self.reload(cx);
        }
        title_ui(
            ui,
            &t!("plan-title"),
            &t!("plan-week-of", date = crate::i18n::date(self.week_start, "%-d %B %Y")),
        );
        if error_ui(ui, &self.error) {
            self.loaded = None;
        }
        if !ui.ctx().egui_wants_keyboard_input() {
            let (l, r) =
                ui.input(|i| (i.key_pressed(egui::Key::ArrowLeft), i.key_pressed(egui::Key::ArrowRight)));
            if l {
                self.week_start = self.week_start - Days::new(7);
            }
            if r {
                self.week_start = self.week_start + Days::new(7);
            }
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button(t!("plan-previous-week")).clicked() {
                self.week_start = self.week_start - Days::new(7);
            }
            if ui.button(t!("plan-this-week")).clicked() {
                self.week_start = monday_of(cx.today);
            }
            if ui.button(t!("plan-next-week")).clicked() {
                self.week_start = self.week_start + Days::new(7);
            }
            ui.separator();
            let l = ui.label(t!("plan-activity"));
            let shown = self
                .activity
                .and_then(|a| self.activities.iter().find(|x| x.id == a))
                .map_or(t!("plan-any-activity"), |a| a.name.clone());
            egui::ComboBox::from_id_salt("plan_activity")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.activity, None, t!("plan-any-activity"));
                    for a in &self.activities {
                        ui.selectable_value(&mut self.activity, Some(a.id), &a.name);
                    }
                })
                .response
                .labelled_by(l.id);
            let mut villages: Vec<String> =
                self.plan.iter().flat_map(|p| p.members.iter().flat_map(|m| m.villages.clone())).collect();
            villages.sort();
            villages.dedup();
            let l = ui.label(t!("plan-village"));
            egui::ComboBox::from_id_salt("plan_village")
                .selected_text(self.village.clone().unwrap_or_else(|| t!("plan-any-village")))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.village, None, t!("plan-any-village"));
                    for v in villages {
                        ui.selectable_value(&mut self.village, Some(v.clone()), v);
                    }
                })
                .response
                .labelled_by(l.id);
        });
        let Some(plan) = &self.plan else { return };
        ui.label(
            egui::RichText::new(t!(
                "plan-summary",
                capacity = format!("{:.1}", plan.available_hours),
                booked = format!("{:.1}", plan.booked_hours),
                free = format!("{:.1}", plan.free_hours),
                demand = format!("{:.1}", plan.demand_hours)
            ))
            .strong()
            .size(16.0),
        );
        for s in &plan.shortfalls {
            ui.label(egui::RichText::new(s).color(ui.visuals().warn_fg_color).strong());
        }
        let right_width = 430.0_f32.min(ui.available_width() * 0.4);
        let ahead = self.ahead.clone();
        let key = cx.store.generation();
        let style = ChartStyle { dark: ui.visuals().dark_mode, text_scale: 1.0 };
        let activity = self.activity;
        let village = self.village.clone();
        let matching = &mut self.matching;
        let chart = &mut self.chart;
        let (chart_name, chart_title) = (t!("plan-chart-name"), t!("plan-chart-title"));
        let detail_ui = |ui: &mut egui::Ui| {
            chart.ui(ui, egui::vec2(ui.available_width().min(640.0), 220.0), key, style, &chart_name, || {
                Some(Chart::Capacity(CapacityChart { title: chart_title, weeks: ahead }))
            });
            ui.separator();
            matching.ui(ui, cx);
        };
        // Side by side when the grid fits beside the pane; otherwise the pane goes below it.
        if ui.available_width() - right_width - 10.0 >= grid_min_width(ui) {
            super::with_detail_pane_ui(
                ui,
                right_width,
                |ui| grid_ui(ui, plan, activity, village.as_deref()),
                detail_ui,
            );
        } else {
            let grid_height = (ui.available_height() * 0.5).max(200.0);
            ui.allocate_ui(egui::vec2(ui.available_width(), grid_height), |ui| {
                ui.set_max_height(grid_height);
                grid_ui(ui, plan, activity, village.as_deref());
            });
            ui.separator();
            egui::ScrollArea::vertical()
                .id_salt("plan_detail")
                .auto_shrink([false, false])
                .show(ui, detail_ui);
        }
    }
}

const NAME_WIDTH: f32 = 130.0;
const WEEK_WIDTH: f32 = 112.0;
const MIN_DAY_WIDTH: f32 = 66.0;

/// The narrowest the grid can be with every column whole.
fn grid_min_width(ui: &egui::Ui) -> f32 {
    NAME_WIDTH + WEEK_WIDTH + 7.0 * MIN_DAY_WIDTH + 8.0 * ui.spacing().item_spacing.x + 16.0
}

/// Green when mostly free, amber when mostly booked, red when full.
fn heat(ui: &egui::Ui, available: f64, booked: f64) -> egui::Color32 {
    if available <= 0.0 {
        return egui::Color32::TRANSPARENT;
    }
    let used = (booked / available).clamp(0.0, 1.0) as f32;
    let (free, busy) = if ui.visuals().dark_mode {
        (egui::Color32::from_rgb(40, 90, 55), egui::Color32::from_rgb(120, 45, 40))
    } else {
        (egui::Color32::from_rgb(205, 235, 210), egui::Color32::from_rgb(245, 190, 175))
    };
    egui::Color32::from_rgb(
        (f32::from(free.r()) * (1.0 - used) + f32::from(busy.r()) * used) as u8,
        (f32::from(free.g()) * (1.0 - used) + f32::from(busy.g()) * used) as u8,
        (f32::from(free.b()) * (1.0 - used) + f32::from(busy.b()) * used) as u8,
    )
}

fn grid_ui(ui: &mut egui::Ui, plan: &WeekPlan, activity: Option<ActivityId>, village: Option<&str>) {
    let rows: Vec<_> = plan
        .members
        .iter()
        .filter(|m| activity.is_none_or(|a| m.activities.contains(&a)))
        .filter(|m| village.is_none_or(|v| m.villages.iter().any(|x| x == v)))
        .collect();
    if rows.is_empty() {
        ui.label(t!("plan-no-member-matches"));
        return;
    }
    let (name_width, week_width) = (NAME_WIDTH, WEEK_WIDTH);
    // Nine columns have eight gaps between them, and the scroll bar needs its room.
    let gaps = 8.0 * ui.spacing().item_spacing.x + 16.0;
    let day_width = ((ui.available_width() - name_width - week_width - gaps) / 7.0).max(MIN_DAY_WIDTH);
    let row_height = 36.0;
    let header = |ui: &mut egui::Ui, text: String, width: f32| {
        ui.add_sized([width, 20.0], egui::Label::new(egui::RichText::new(text).strong()));
    };
    ui.horizontal(|ui| {
        header(ui, t!("plan-member"), name_width);
        for d in 0..7 {
            header(ui, crate::i18n::date(plan.week_start + Days::new(d), "%a %-d"), day_width);
        }
        header(ui, t!("plan-week"), week_width);
    });
    // Only the rows in view are laid out, so 500 members cost the same as 20.
    egui::ScrollArea::vertical().auto_shrink([false, false]).id_salt("plan_grid").show_rows(
        ui,
        row_height,
        rows.len(),
        |ui, range| {
            for m in &rows[range] {
                ui.horizontal(|ui| {
                    ui.set_height(row_height - 4.0);
                    ui.add_sized([name_width, row_height - 4.0], egui::Label::new(&m.member).truncate());
                    for (available, booked, free) in &m.days {
                        let text = if *available <= 0.0 && *booked <= 0.0 {
                            "-".to_string()
                        } else {
                            t!(
                                "plan-cell",
                                free = format!("{free:.1}"),
                                booked = format!("{booked:.1}"),
                                available = format!("{available:.1}")
                            )
                        };
                        egui::Frame::new()
                            .fill(heat(ui, *available, *booked))
                            .corner_radius(3.0)
                            .inner_margin(3.0)
                            .show(ui, |ui| {
                                ui.set_min_size(egui::vec2(day_width - 6.0, row_height - 10.0));
                                ui.label(egui::RichText::new(text).small());
                            });
                    }
                    ui.add_sized(
                        [week_width, row_height - 4.0],
                        egui::Label::new(t!(
                            "plan-week-free",
                            free = format!("{:.1}", m.free_hours),
                            available = format!("{:.1}", m.available_hours)
                        )),
                    );
                });
            }
        },
    );
}
