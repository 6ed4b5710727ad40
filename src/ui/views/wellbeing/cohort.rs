//! The cohort: choose people by activity, referral source, funder, GP practice and date range;
//! see how many improved, the mean change with its 95% interval, a paired slope chart and the
//! distribution of change; export the charts and the table.

use super::outcomes::summary_line;
use crate::charts::{ChangeHistogram, Chart, ChartStyle, SlopeChart, render_png, render_svg};
use crate::data::ReadsExt;
use crate::domain::wellbeing::CohortSummary;
use crate::domain::{
    Activity, ActivityId, Fund, FundId, Instrument, Payer, PersonId, PersonSummary, Referral, ReferralSource,
    Session, Settings,
};
use crate::report::outcomes::{OutcomeRow, outcomes_from};
use crate::ui::chart_view::ChartView;
use crate::ui::command::Command;
use crate::ui::views::form::parse_date;
use crate::ui::views::{ViewContext, error_ui};
use std::collections::{BTreeSet, HashMap};

/// What is known about each person for filtering.
#[derive(Default)]
struct Facts {
    sources: BTreeSet<ReferralSource>,
    activities: BTreeSet<ActivityId>,
    funds: BTreeSet<FundId>,
}

#[derive(Default)]
struct Source {
    people: Vec<PersonSummary>,
    /// `None` until an activity, source or funder filter is chosen.
    facts: Option<HashMap<PersonId, Facts>>,
    activities: Vec<Activity>,
    funds: Vec<Fund>,
    practices: Vec<String>,
    settings: Settings,
}

/// The cohort tab.
pub struct CohortTab {
    instrument: Instrument,
    activity: Option<ActivityId>,
    source: Option<ReferralSource>,
    fund: Option<FundId>,
    practice: Option<String>,
    from: String,
    to: String,
    data: Source,
    loaded: Option<u64>,
    rows: Vec<OutcomeRow>,
    summary: Option<CohortSummary>,
    filter_key: String,
    slope: ChartView,
    histogram: ChartView,
    error: Option<String>,
}

impl Default for CohortTab {
    fn default() -> Self {
        Self {
            instrument: Instrument::Wemwbs,
            activity: None,
            source: None,
            fund: None,
            practice: None,
            from: String::new(),
            to: String::new(),
            data: Source::default(),
            loaded: None,
            rows: Vec::new(),
            summary: None,
            filter_key: String::new(),
            slope: ChartView::default(),
            histogram: ChartView::default(),
            error: None,
        }
    }
}

impl CohortTab {
    /// The people currently in the cohort (for a case meeting).
    pub fn people(&self) -> Vec<PersonId> {
        self.rows.iter().map(|r| r.person).collect()
    }

    /// Who came from which source, took part in which activity and was paid for by which fund:
    /// read (every referral and session) only once a filter needs it.
    fn load_facts(cx: &ViewContext<'_>) -> Result<HashMap<PersonId, Facts>, crate::data::DataError> {
        let mut facts: HashMap<PersonId, Facts> = HashMap::new();
        for r in cx.store.all::<Referral>()? {
            facts.entry(r.person).or_default().sources.insert(r.source);
        }
        for s in cx.store.all::<Session>()? {
            for p in &s.participants {
                let f = facts.entry(p.person).or_default();
                f.activities.insert(s.activity);
                if let Payer::Fund(fund) = p.payer {
                    f.funds.insert(fund);
                }
            }
        }
        Ok(facts)
    }

    fn reload(&mut self, cx: &ViewContext<'_>) -> Result<(), crate::data::DataError> {
        self.loaded = Some(cx.store.generation());
        let people = cx.store.person_summaries()?;
        let mut practices: Vec<String> =
            people.iter().map(|p| p.gp_practice.clone()).filter(|g| !g.is_empty()).collect();
        practices.sort();
        practices.dedup();
        self.data = Source {
            people,
            facts: None,
            activities: cx.store.all::<Activity>()?,
            funds: cx.store.all::<Fund>()?,
            practices,
            settings: cx.store.settings()?,
        };
        self.filter_key.clear();
        Ok(())
    }

    fn recompute(&mut self) {
        let from = parse_date(&self.from).ok().flatten();
        let to = parse_date(&self.to).ok().flatten();
        let none = Facts::default();
        let chosen: Vec<PersonSummary> = self
            .data
            .people
            .iter()
            .filter(|p| {
                let f = self.data.facts.as_ref().and_then(|facts| facts.get(&p.id)).unwrap_or(&none);
                self.activity.is_none_or(|a| f.activities.contains(&a))
                    && self.source.is_none_or(|s| f.sources.contains(&s))
                    && self.fund.is_none_or(|x| f.funds.contains(&x))
                    && self.practice.as_ref().is_none_or(|g| &p.gp_practice == g)
            })
            .cloned()
            .collect();
        // The date range applies to the first "before" score.
        let report = outcomes_from(&chosen, &[self.instrument], &self.data.settings);
        self.rows = report
            .people
            .into_iter()
            .filter(|r| {
                from.is_none_or(|f| r.started.is_some_and(|d| d >= f))
                    && to.is_none_or(|t| r.started.is_some_and(|d| d <= t))
            })
            .collect();
        let outcomes: Vec<_> = self
            .rows
            .iter()
            .map(|r| crate::domain::wellbeing::Outcome {
                instrument: r.instrument,
                before: r.before,
                after: r.after,
                change: r.change,
                category: r.category,
            })
            .collect();
        self.summary = Some(CohortSummary::of(&outcomes));
    }

    fn charts(&self) -> (Chart, Chart) {
        let pairs = self
            .rows
            .iter()
            .filter_map(|r| {
                let label = crate::report::charts::initials(&r.name);
                r.after.map(|a| (label, r.before, a, r.category))
            })
            .collect();
        let threshold = self.data.settings.meaningful_change.threshold(self.instrument).unwrap_or(3.0);
        (
            Chart::Slope(SlopeChart {
                title: crate::t!("wb-chart-before-after", measure = self.instrument.label()),
                instrument: self.instrument,
                pairs,
            }),
            Chart::Histogram(ChangeHistogram {
                title: crate::t!("wb-chart-distribution"),
                changes: self.rows.iter().filter_map(|r| r.change).collect(),
                threshold,
            }),
        )
    }

    fn filters_ui(&mut self, ui: &mut egui::Ui, today: chrono::NaiveDate) {
        let data = &self.data;
        ui.horizontal_wrapped(|ui| {
            // `salt` keeps each combo's id the same in every language.
            let combo = |ui: &mut egui::Ui,
                         salt: &str,
                         label: String,
                         text: String,
                         add: &mut dyn FnMut(&mut egui::Ui)| {
                let l = ui.label(label);
                egui::ComboBox::from_id_salt(("cohort", salt))
                    .selected_text(text)
                    .show_ui(ui, add)
                    .response
                    .labelled_by(l.id);
            };
            let inst = &mut self.instrument;
            combo(ui, "Measure", crate::t!("wb-measure"), inst.label().to_string(), &mut |ui| {
                ui.selectable_value(inst, Instrument::Wemwbs, "WEMWBS");
                ui.selectable_value(inst, Instrument::Swemwbs, "SWEMWBS");
            });
            let activity = &mut self.activity;
            let name =
                activity.and_then(|a| data.activities.iter().find(|x| x.id == a)).map(|a| a.name.clone());
            let any = crate::t!("wb-any-activity");
            combo(ui, "Activity", crate::t!("wb-activity"), name.unwrap_or_else(|| any.clone()), &mut |ui| {
                ui.selectable_value(activity, None, any.as_str());
                for a in &data.activities {
                    ui.selectable_value(activity, Some(a.id), &a.name);
                }
            });
            let source = &mut self.source;
            let any = crate::t!("wb-any-source");
            let text = source.map_or_else(|| any.clone(), |s| s.label().to_string());
            combo(ui, "Referral source", crate::t!("wb-referral-source"), text, &mut |ui| {
                ui.selectable_value(source, None, any.as_str());
                for s in ReferralSource::ALL {
                    ui.selectable_value(source, Some(*s), s.label());
                }
            });
            let fund = &mut self.fund;
            let name = fund.and_then(|f| data.funds.iter().find(|x| x.id == f)).map(|f| f.name.clone());
            let any = crate::t!("wb-any-funder");
            combo(ui, "Funder", crate::t!("wb-funder"), name.unwrap_or_else(|| any.clone()), &mut |ui| {
                ui.selectable_value(fund, None, any.as_str());
                for f in &data.funds {
                    ui.selectable_value(fund, Some(f.id), &f.name);
                }
            });
            let practice = &mut self.practice;
            let any = crate::t!("wb-any-practice");
            let text = practice.clone().unwrap_or_else(|| any.clone());
            combo(ui, "GP practice", crate::t!("wb-gp-practice"), text, &mut |ui| {
                ui.selectable_value(practice, None, any.as_str());
                for g in &data.practices {
                    ui.selectable_value(practice, Some(g.clone()), g);
                }
            });
            crate::ui::views::form::date_field_ui(
                ui,
                &crate::t!("wb-baseline-from"),
                &crate::t!("wb-baseline-start"),
                &mut self.from,
                90.0,
                today,
            );
            crate::ui::views::form::date_field_ui(
                ui,
                &crate::t!("wb-to"),
                &crate::t!("wb-baseline-end"),
                &mut self.to,
                90.0,
                today,
            );
        });
    }

    fn export_ui(&self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        let (slope, histogram) = self.charts();
        let style = ChartStyle::default();
        ui.horizontal_wrapped(|ui| {
            for (slope_chart, chart, stem) in
                [(true, &slope, "cohort-slope"), (false, &histogram, "cohort-change")]
            {
                for ext in ["png", "svg"] {
                    let format = ext.to_uppercase();
                    let button = if slope_chart {
                        crate::t!("wb-export-slope", format = format)
                    } else {
                        crate::t!("wb-export-histogram", format = format)
                    };
                    if ui.button(button).clicked()
                        && let Some(path) = cx.save_path(&format!("{stem}.{ext}"), ext)
                    {
                        let bytes = if ext == "png" {
                            render_png(chart, 1200, 800, &style)
                        } else {
                            render_svg(chart, 1200, 800, &style).map(String::into_bytes)
                        };
                        cx.commands.push(match bytes {
                            Ok(b) => Command::SaveFile(path, b),
                            Err(e) => Command::ShowError(if slope_chart {
                                crate::t!("wb-slope-not-saved", error = e.to_string())
                            } else {
                                crate::t!("wb-histogram-not-saved", error = e.to_string())
                            }),
                        });
                    }
                }
            }
            crate::ui::views::reports::csv_export_ui(
                ui,
                cx,
                &crate::t!("wb-export-what-table"),
                "cohort",
                || Ok(self.table_csv()),
            );
        });
    }

    /// The cohort table as CSV: `ref,instrument,before,after,change,category`.
    fn table_csv(&self) -> String {
        let mut out = String::from("ref,instrument,before,after,change,category\n");
        for r in &self.rows {
            let opt = |x: Option<f64>| x.map(crate::domain::wellbeing::format_score).unwrap_or_default();
            out.push_str(&format!(
                "{},{},{},{},{},{}\n",
                r.reference,
                r.instrument.key(),
                crate::domain::wellbeing::format_score(r.before),
                opt(r.after),
                opt(r.change),
                r.category.key()
            ));
        }
        out
    }

    /// Draws the tab.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        if self.loaded != Some(cx.store.generation()) {
            self.error = self.reload(cx).err().map(|e| crate::ui::error_chain(&e));
            if self.error.is_some() {
                self.summary = None;
            }
        }
        if self.error.is_some() {
            if error_ui(ui, &self.error) {
                self.loaded = None;
                self.filter_key.clear();
            }
            return;
        }
        self.filters_ui(ui, cx.today);
        let key = format!(
            "{:?}{:?}{:?}{:?}{:?}{}{}",
            self.instrument, self.activity, self.source, self.fund, self.practice, self.from, self.to
        );
        if key != self.filter_key {
            let filtered = self.activity.is_some() || self.source.is_some() || self.fund.is_some();
            if filtered && self.data.facts.is_none() {
                match Self::load_facts(cx) {
                    Ok(facts) => self.data.facts = Some(facts),
                    Err(e) => {
                        // Unfiltered figures must not pass for filtered ones: show the error.
                        self.error = Some(crate::ui::error_chain(&e));
                        self.summary = None;
                        return;
                    }
                }
            }
            self.error = None;
            self.filter_key = key;
            self.recompute();
        }
        let Some(summary) = &self.summary else { return };
        ui.add_space(4.0);
        ui.label(egui::RichText::new(crate::t!("wb-n-both", count = summary.assessed)).strong().size(17.0));
        ui.label(egui::RichText::new(summary_line(self.instrument, summary)).size(16.0));
        if let Some(caveat) = summary.caveat() {
            ui.label(egui::RichText::new(caveat).color(ui.visuals().warn_fg_color));
        }
        self.export_ui(ui, cx);
        let (slope, histogram) = self.charts();
        let width = ((ui.available_width() - 16.0) / 2.0).max(200.0);
        let height = (ui.available_height() - 8.0).clamp(220.0, 480.0);
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        std::hash::Hash::hash(&self.filter_key, &mut hasher);
        let key = cx.store.generation() ^ std::hash::Hasher::finish(&hasher);
        let style = ChartStyle { dark: ui.visuals().dark_mode, text_scale: 1.0 };
        ui.horizontal(|ui| {
            self.slope
                .ui(ui, egui::vec2(width, height), key, style, &crate::t!("wb-slope-alt"), || Some(slope));
            self.histogram.ui(
                ui,
                egui::vec2(width, height),
                key,
                style,
                &crate::t!("wb-histogram-alt"),
                || Some(histogram),
            );
        });
    }
}
