//! The simpler reports: referrals, sessions and attendance, outcomes, compliance.

use super::{csv_export_ui, grid_ui, to_csv};
use crate::charts::{Chart, ChartStyle, render_png, render_svg};
use crate::data::{DataError, ReadsExt};
use crate::domain::schedule::{attendance_of, delivered};
use crate::domain::{
    Activity, Instrument, Member, Referral, ReferralSource, ReferralStatus, compliance_issues,
};
use crate::i18n::static_text;
use crate::report::outcomes::outcomes_from;
use crate::report::referrals::{referrals_chart, referrals_report, source_label};
use crate::t;
use crate::ui::chart_view::ChartView;
use crate::ui::views::wellbeing_summary_line;
use crate::ui::views::{ViewContext, error_ui};
use chrono::NaiveDate;
use std::collections::BTreeMap;

type Table = (Vec<&'static str>, Vec<Vec<String>>);

/// One table of a report: what a person reads (labels, dates in words) and, when that differs,
/// what its CSV export holds (the stored names and ISO dates the CLI's JSON uses).
struct ReportTable {
    title: String,
    shown: Table,
    csv: Option<Table>,
}

impl ReportTable {
    /// A table of plain values: the export is what is shown, under the column names `csv_head`
    /// (which stay the same in every interface language).
    fn plain(
        title: &str,
        head: Vec<&'static str>,
        csv_head: Vec<&'static str>,
        rows: Vec<Vec<String>>,
    ) -> Self {
        Self { title: title.into(), shown: (head, rows.clone()), csv: Some((csv_head, rows)) }
    }

    /// A table whose export keeps stored names.
    fn with_csv(title: &str, shown: Table, csv: Table) -> Self {
        Self { title: title.into(), shown, csv: Some(csv) }
    }
}
/// What a cached table was built from: store generation, report, date range, interface language.
type Key = (u64, &'static str, Option<(NaiveDate, NaiveDate)>, crate::i18n::Lang);

/// Cached report tables, rebuilt when data or range changes.
#[derive(Default)]
pub struct Sections {
    key: Option<Key>,
    tables: Vec<ReportTable>,
    lines: Vec<String>,
    /// The report's chart, when it has one (referrals by month and source).
    chart: Option<Chart>,
    chart_view: ChartView,
    /// Why the report could not be read (shown instead of an empty report).
    error: Option<String>,
}

impl Sections {
    fn stale(
        &mut self,
        cx: &ViewContext<'_>,
        which: &'static str,
        range: Option<(NaiveDate, NaiveDate)>,
    ) -> bool {
        let key = Some((cx.store.generation(), which, range, crate::i18n::current()));
        if self.key == key {
            return false;
        }
        self.key = key;
        self.tables.clear();
        self.lines.clear();
        self.chart = None;
        self.error = None;
        true
    }

    /// Keeps what a build made, or on a failed read only the error (never a partial report).
    fn keep(&mut self, built: Result<(), DataError>) {
        if let Err(e) = built {
            self.tables.clear();
            self.lines.clear();
            self.chart = None;
            self.error = Some(crate::ui::error_chain(&e));
        }
    }

    fn show(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>, stem: &str) {
        if self.error.is_some() {
            if error_ui(ui, &self.error) {
                self.key = None;
            }
            return;
        }
        for line in &self.lines {
            ui.label(egui::RichText::new(line).size(15.0));
        }
        // Taken out while drawn, so no frame copies the chart.
        if let Some(chart) = self.chart.take() {
            self.chart_ui(ui, cx, &chart, stem);
            self.chart = Some(chart);
        }
        for (i, table) in self.tables.iter().enumerate() {
            let (head, rows) = &table.shown;
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new(&table.title).strong().size(16.0));
                let (csv_head, csv_rows) = table.csv.as_ref().unwrap_or(&table.shown);
                csv_export_ui(
                    ui,
                    cx,
                    &crate::ui::views::form::in_sentence(&table.title),
                    &format!("{stem}-{i}"),
                    || {
                        to_csv(csv_head, csv_rows)
                            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
                            .map_err(|e| e.to_string())
                    },
                );
            });
            if rows.is_empty() {
                ui.label(t!("reports-nothing-in-range"));
            } else {
                grid_ui(ui, &format!("{stem}_{i}"), head, rows);
            }
        }
    }

    /// The report's chart with its PNG and SVG exports.
    fn chart_ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>, chart: &Chart, stem: &str) {
        let style = ChartStyle { dark: ui.visuals().dark_mode, text_scale: 1.0 };
        let width = ui.available_width().clamp(320.0, 1100.0);
        let size = egui::vec2(width, (width * 0.36).clamp(220.0, 360.0));
        // Redrawn when the data, the report or its range changes.
        let key = {
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            self.key.hash(&mut h);
            h.finish()
        };
        let alt = t!("reports-chart-alt");
        // Copied only when the view redraws its texture.
        self.chart_view.ui(ui, size, key, style, &alt, || Some(chart.clone()));
        ui.horizontal(|ui| {
            for ext in ["png", "svg"] {
                if ui.button(t!("reports-export-chart", format = ext.to_uppercase())).clicked() {
                    let print = ChartStyle::default();
                    let bytes = if ext == "png" {
                        render_png(chart, 1400, 560, &print)
                    } else {
                        render_svg(chart, 1400, 560, &print).map(String::into_bytes)
                    };
                    match bytes {
                        Ok(b) => super::save_as(cx, &format!("{stem}-chart.{ext}"), ext, b),
                        Err(e) => cx.commands.push(crate::ui::Command::ShowError(t!(
                            "reports-chart-not-saved",
                            error = e.to_string()
                        ))),
                    }
                }
            }
        });
    }

    /// Referrals by month and source, by status, days waiting.
    pub fn referrals_ui(
        &mut self,
        ui: &mut egui::Ui,
        cx: &mut ViewContext<'_>,
        range: Option<(NaiveDate, NaiveDate)>,
    ) {
        if self.stale(cx, "referrals", range) {
            let built = self.build_referrals(cx, range);
            self.keep(built);
        }
        self.show(ui, cx, "referrals");
    }

    /// Sessions and hours by activity and member; attendance rate.
    pub fn sessions_ui(
        &mut self,
        ui: &mut egui::Ui,
        cx: &mut ViewContext<'_>,
        range: Option<(NaiveDate, NaiveDate)>,
    ) {
        if self.stale(cx, "sessions", range)
            && let Some((from, to)) = range
        {
            let built = self.build_sessions(cx, from, to);
            self.keep(built);
        }
        self.show(ui, cx, "sessions");
    }

    /// Outcomes of people whose first "before" falls in the range.
    pub fn outcomes_ui(
        &mut self,
        ui: &mut egui::Ui,
        cx: &mut ViewContext<'_>,
        range: Option<(NaiveDate, NaiveDate)>,
    ) {
        if self.stale(cx, "outcomes", range) {
            let built = self.build_outcomes(cx, range);
            self.keep(built);
        }
        self.show(ui, cx, "outcomes");
        ui.label(egui::RichText::new(t!("reports-outcomes-cohort-hint")).weak());
    }

    /// Compliance: papers to chase.
    pub fn compliance_ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        if self.stale(cx, "compliance", None) {
            let built = self.build_compliance(cx);
            self.keep(built);
        }
        self.show(ui, cx, "compliance");
    }

    fn build_referrals(
        &mut self,
        cx: &ViewContext<'_>,
        range: Option<(NaiveDate, NaiveDate)>,
    ) -> Result<(), DataError> {
        let all = cx.store.all::<Referral>()?;
        let r = referrals_report(&all, range.map(|r| r.0), range.map(|r| r.1), cx.today);
        self.lines.push(t!("reports-referrals-received", count = r.total));
        if let (Some(m), Some(l)) = (r.median_days_waiting, r.longest_days_waiting) {
            self.lines.push(t!(
                "reports-referrals-waiting",
                median = format!("{m:.1}"),
                longest = l.to_string()
            ));
        }
        self.chart = Some(referrals_chart(&r, &t!("reports-referrals-chart-title")));
        // In the order the app lists sources and statuses everywhere, not by stored name.
        let sources: Vec<&'static str> = ReferralSource::ALL.iter().map(|s| s.key()).collect();
        let mut head =
            vec![static_text("reports-col-month", "Month"), static_text("reports-col-total", "Total")];
        head.extend(sources.iter().map(|k| source_label(k)));
        let counts = |m: &crate::report::referrals::MonthCounts| -> Vec<String> {
            let mut row = vec![m.total.to_string()];
            row.extend(sources.iter().map(|s| m.by_source.get(s).copied().unwrap_or(0).to_string()));
            row
        };
        let shown = r
            .by_month
            .iter()
            .map(|m| [vec![crate::report::referrals::month_label(&m.month)], counts(m)].concat())
            .collect();
        let stored = r.by_month.iter().map(|m| [vec![m.month.clone()], counts(m)].concat()).collect();
        let mut csv_head = vec!["month", "total"];
        csv_head.extend(sources.iter().copied());
        self.tables.push(ReportTable::with_csv(
            &t!("reports-table-by-month-source"),
            (head, shown),
            (csv_head, stored),
        ));
        let count = |s: &ReferralStatus| r.by_status.get(s.key()).copied().unwrap_or(0).to_string();
        let shown = ReferralStatus::ALL.iter().map(|s| vec![s.label().to_string(), count(s)]).collect();
        let stored = ReferralStatus::ALL.iter().map(|s| vec![s.key().to_string(), count(s)]).collect();
        self.tables.push(ReportTable::with_csv(
            &t!("reports-table-by-status"),
            (
                vec![
                    static_text("reports-col-status", "Status"),
                    static_text("reports-col-referrals", "Referrals"),
                ],
                shown,
            ),
            (vec!["status", "referrals"], stored),
        ));
        Ok(())
    }

    fn build_outcomes(
        &mut self,
        cx: &ViewContext<'_>,
        range: Option<(NaiveDate, NaiveDate)>,
    ) -> Result<(), DataError> {
        let settings = cx.store.settings()?;
        let people = cx.store.person_summaries()?;
        let report = outcomes_from(&people, &[Instrument::Wemwbs, Instrument::Swemwbs], &settings);
        let inside = |r: &crate::report::outcomes::OutcomeRow| {
            range.is_none_or(|(f, t)| r.started.is_some_and(|d| d >= f && d <= t))
        };
        for (instrument, _) in &report.summaries {
            let chosen: Vec<_> =
                report.people.iter().filter(|r| r.instrument == *instrument && inside(r)).collect();
            let outcomes: Vec<_> = chosen
                .iter()
                .map(|r| crate::domain::wellbeing::Outcome {
                    instrument: r.instrument,
                    before: r.before,
                    after: r.after,
                    change: r.change,
                    category: r.category,
                })
                .collect();
            let s = crate::domain::wellbeing::CohortSummary::of(&outcomes);
            if s.assessed + s.in_progress == 0 {
                continue;
            }
            self.lines.push(wellbeing_summary_line(*instrument, &s));
            if let Some(c) = s.caveat() {
                self.lines.push(c);
            }
            let row = |r: &&crate::report::outcomes::OutcomeRow, category: &str| {
                let n = crate::domain::wellbeing::format_score;
                vec![
                    r.reference.clone(),
                    n(r.before),
                    r.after.map(n).unwrap_or_default(),
                    r.change.map(|c| format!("{c:+.2}")).unwrap_or_default(),
                    category.to_string(),
                ]
            };
            let shown = chosen.iter().map(|r| row(r, r.category.label())).collect();
            let stored = chosen.iter().map(|r| row(r, r.category.key())).collect();
            self.tables.push(ReportTable::with_csv(
                &t!("reports-table-outcomes", instrument = instrument.label()),
                (
                    vec![
                        static_text("reports-col-ref", "Ref"),
                        static_text("reports-col-before", "Before"),
                        static_text("reports-col-after", "After"),
                        static_text("reports-col-change", "Change"),
                        static_text("reports-col-result", "Result"),
                    ],
                    shown,
                ),
                (vec!["ref", "before", "after", "change", "category"], stored),
            ));
        }
        if self.lines.is_empty() {
            self.lines.push(t!("reports-outcomes-none"));
        }
        Ok(())
    }

    fn build_compliance(&mut self, cx: &ViewContext<'_>) -> Result<(), DataError> {
        let settings = cx.store.settings()?;
        let members = cx.store.all::<Member>()?;
        let issues = compliance_issues(&members, cx.today, i64::from(settings.compliance_window_days));
        self.lines.push(t!(
            "reports-compliance-summary",
            count = issues.len(),
            days = settings.compliance_window_days
        ));
        let shown = issues
            .iter()
            .map(|i| {
                vec![
                    i.member.clone(),
                    i.paper.label().to_string(),
                    i.state_label(),
                    i.date.map(crate::ui::views::show_date).unwrap_or_default(),
                ]
            })
            .collect();
        let stored = issues
            .iter()
            .map(|i| {
                let date = i.date.map(|d| d.to_string()).unwrap_or_default();
                vec![i.member.clone(), i.paper.key().to_string(), i.state_key().to_string(), date]
            })
            .collect();
        self.tables.push(ReportTable::with_csv(
            &t!("reports-table-papers"),
            (
                vec![
                    static_text("reports-col-member", "Member"),
                    static_text("reports-col-paper", "Paper"),
                    static_text("reports-col-state", "State"),
                    static_text("reports-col-expiry", "Expiry"),
                ],
                shown,
            ),
            (vec!["member", "paper", "state", "date"], stored),
        ));
        Ok(())
    }

    fn build_sessions(
        &mut self,
        cx: &ViewContext<'_>,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<(), DataError> {
        let sessions = cx.store.sessions_between(from, to)?;
        let activities = cx.store.all::<Activity>()?;
        let members = cx.store.all::<Member>()?;
        let mut by_activity: BTreeMap<String, (usize, f64, usize, usize)> = BTreeMap::new();
        let mut by_member: BTreeMap<String, (usize, f64)> = BTreeMap::new();
        let (mut came, mut expected) = (0, 0);
        let mut people: Vec<crate::domain::PersonId> =
            sessions.iter().flat_map(|s| s.participants.iter().map(|p| p.person)).collect();
        people.sort();
        people.dedup();
        for p in &people {
            let (a, e) = attendance_of(&sessions, *p);
            came += a;
            expected += e;
        }
        for s in sessions.iter().filter(|s| delivered(s)) {
            let name =
                activities.iter().find(|a| a.id == s.activity).map_or(String::new(), |a| a.name.clone());
            let (a, e) = people.iter().fold((0, 0), |acc, p| {
                let (x, y) = attendance_of(std::slice::from_ref(s), *p);
                (acc.0 + x, acc.1 + y)
            });
            let entry = by_activity.entry(name).or_default();
            *entry = (entry.0 + 1, entry.1 + s.hours(), entry.2 + a, entry.3 + e);
            for m in &s.members {
                let name = members.iter().find(|x| x.id == *m).map_or(String::new(), |x| x.name.clone());
                let e = by_member.entry(name).or_default();
                *e = (e.0 + 1, e.1 + s.hours());
            }
        }
        let rate = |a: usize, e: usize| {
            if e > 0 { format!("{:.0}%", 100.0 * a as f64 / e as f64) } else { "-".into() }
        };
        self.lines.push(t!(
            "reports-sessions-summary",
            count = by_activity.values().map(|v| v.0).sum::<usize>(),
            hours = format!("{:.1}", by_activity.values().map(|v| v.1).sum::<f64>()),
            rate = rate(came, expected),
            came = came,
            expected = expected
        ));
        let rows = by_activity
            .iter()
            .map(|(k, v)| vec![k.clone(), v.0.to_string(), format!("{:.1}", v.1), rate(v.2, v.3)])
            .collect();
        self.tables.push(ReportTable::plain(
            &t!("reports-table-by-activity"),
            vec![
                static_text("reports-col-activity", "Activity"),
                static_text("reports-col-sessions", "Sessions"),
                static_text("reports-col-hours", "Hours"),
                static_text("reports-col-attendance", "Attendance"),
            ],
            vec!["Activity", "Sessions", "Hours", "Attendance"],
            rows,
        ));
        let rows =
            by_member.iter().map(|(k, v)| vec![k.clone(), v.0.to_string(), format!("{:.1}", v.1)]).collect();
        self.tables.push(ReportTable::plain(
            &t!("reports-table-by-member"),
            vec![
                static_text("reports-col-member", "Member"),
                static_text("reports-col-sessions", "Sessions"),
                static_text("reports-col-hours", "Hours"),
            ],
            vec!["Member", "Sessions", "Hours"],
            rows,
        ));
        Ok(())
    }
}
