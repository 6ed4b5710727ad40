//! Settings → Audit trail (coordinators): who changed or looked at which record, and when,
//! newest first, filtered by person, user, action and dates. Read only: the app offers no way
//! to change or remove an entry.

use super::ViewContext;
use super::form::parse_date;
use crate::domain::audit::{AuditEntry, AuditFilter};
use crate::ui::table::{Col, Row, Sort};

/// How many of the newest matching entries the tab shows.
const SHOWN: usize = 500;

/// The Audit trail tab.
pub struct AuditTrailView {
    person: String,
    user: String,
    action: String,
    from: String,
    to: String,
    /// What the rows were read for: the store generation and the filter.
    loaded: Option<(u64, AuditFilter)>,
    rows: Vec<Row>,
    sort: Sort,
    /// Why the filter cannot be used (a date that is not one), or why the trail could not
    /// be read.
    problem: Option<String>,
}

impl Default for AuditTrailView {
    fn default() -> Self {
        Self {
            person: String::new(),
            user: String::new(),
            action: String::new(),
            from: String::new(),
            to: String::new(),
            loaded: None,
            rows: Vec::new(),
            // Newest first.
            sort: Sort { column: 0, descending: true },
            problem: None,
        }
    }
}

/// The table's columns, headed in this thread's language.
fn cols() -> [Col; 6] {
    use crate::i18n::static_text;
    [
        Col { title: static_text("audit-col-when", "When"), width: 150.0 },
        Col { title: static_text("audit-col-user", "User"), width: 110.0 },
        Col { title: static_text("audit-col-action", "Action"), width: 190.0 },
        Col { title: static_text("audit-col-kind", "Kind"), width: 90.0 },
        Col { title: static_text("audit-col-record", "Record"), width: 80.0 },
        Col { title: static_text("audit-col-detail", "Detail"), width: 160.0 },
    ]
}

fn row_of(entry: &AuditEntry) -> Row {
    let n = &entry.note;
    let when = chrono::DateTime::parse_from_rfc3339(&entry.at)
        .map(|t| t.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_else(|_| entry.at.clone());
    let detail = match (n.person.is_empty() || n.person == n.record, n.detail.is_empty()) {
        (true, _) => n.detail.clone(),
        (false, true) => crate::t!("audit-detail-person", person = n.person.as_str()),
        (false, false) => {
            crate::t!("audit-detail-person-and", person = n.person.as_str(), detail = n.detail.as_str())
        }
    };
    Row::new(
        entry.seq,
        vec![
            when,
            entry.user.clone(),
            // Stored in English (the trail is data); shown in the interface language.
            crate::actions::action_in_words(&n.action),
            crate::actions::kind_in_words(&n.kind),
            n.record.clone(),
            detail,
        ],
    )
    .key(0, entry.at.clone())
}

impl AuditTrailView {
    fn filter(&self) -> Result<AuditFilter, String> {
        let text = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        let date = |s: &str, field: String| {
            parse_date(s).map_err(|e| crate::t!("audit-bad-date", field = field, value = e.0))
        };
        Ok(AuditFilter {
            person: text(&self.person),
            user: text(&self.user),
            action: text(&self.action),
            from: date(&self.from, crate::t!("audit-from"))?,
            to: date(&self.to, crate::t!("audit-to"))?,
        })
    }

    /// Draws the filters and the entries.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &ViewContext<'_>) {
        ui.label(crate::t!("audit-intro"));
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            for (label, text, width) in [
                (crate::t!("audit-person"), &mut self.person, 70.0),
                (crate::t!("audit-col-user"), &mut self.user, 90.0),
                (crate::t!("audit-col-action"), &mut self.action, 120.0),
            ] {
                let label = ui.label(label);
                ui.add(egui::TextEdit::singleline(text).desired_width(width)).labelled_by(label.id);
            }
            crate::ui::views::form::date_field_ui(
                ui,
                &crate::t!("audit-from"),
                &crate::t!("audit-from-picker"),
                &mut self.from,
                90.0,
                cx.today,
            );
            crate::ui::views::form::date_field_ui(
                ui,
                &crate::t!("audit-to"),
                &crate::t!("audit-to-picker"),
                &mut self.to,
                90.0,
                cx.today,
            );
            if ui.button(crate::t!("audit-clear-filters")).clicked() {
                for text in [&mut self.person, &mut self.user, &mut self.action, &mut self.from, &mut self.to]
                {
                    text.clear();
                }
            }
        });
        match self.filter() {
            Ok(filter) => {
                let wanted = (cx.store.generation(), filter);
                if self.loaded.as_ref() != Some(&wanted) {
                    self.read(cx, &wanted.1);
                    self.loaded = Some(wanted);
                }
            }
            Err(e) => self.problem = Some(e),
        }
        if let Some(problem) = &self.problem {
            ui.label(egui::RichText::new(problem).color(ui.visuals().error_fg_color));
            return;
        }
        let shown = match self.rows.len() {
            0 => crate::t!("audit-none"),
            SHOWN => crate::t!("audit-newest", count = SHOWN),
            n => crate::t!("audit-matching", count = n),
        };
        ui.label(egui::RichText::new(shown).weak());
        if crate::ui::table::table_ui(ui, "audit_trail", &cols(), &self.rows, &mut self.sort).sort_changed {
            crate::ui::table::sort_rows(&mut self.rows, self.sort);
        }
    }

    fn read(&mut self, cx: &ViewContext<'_>, filter: &AuditFilter) {
        match cx.store.audit_trail(filter, Some(SHOWN)) {
            Ok(entries) => {
                self.rows = entries.iter().map(row_of).collect();
                crate::ui::table::sort_rows(&mut self.rows, self.sort);
                self.problem = None;
            }
            Err(e) => {
                self.rows.clear();
                self.problem = Some(crate::t!("audit-read-failed", error = crate::ui::error_chain(&e)));
            }
        }
    }
}
