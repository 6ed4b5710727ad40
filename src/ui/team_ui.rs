//! Team mode in the window: the welcome screen's "Connect to the co-op's server" form, the
//! screen shown while the co-op loads from the server, and the banner when the connection is
//! lost. The password typed here lives only in memory; the window remembers the server's
//! address without it.

use super::command::Command;
use crate::team::LinkState;

/// The connection form on the welcome screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectForm {
    /// Whether the form is showing (it opens from the welcome screen).
    pub open: bool,
    host: String,
    port: String,
    database: String,
    user: String,
    password: String,
    tls: bool,
    error: Option<String>,
}

impl Default for ConnectForm {
    fn default() -> Self {
        ConnectForm {
            open: false,
            host: String::new(),
            port: "5432".into(),
            database: "carecoop".into(),
            user: String::new(),
            password: String::new(),
            tls: true,
            error: None,
        }
    }
}

impl ConnectForm {
    /// A form filled in from a remembered URL (which never holds a password).
    pub fn from_url(url: Option<&str>) -> ConnectForm {
        let mut form = ConnectForm::default();
        let Some(url) = url else { return form };
        let Some(rest) = url.strip_prefix("postgres://").or_else(|| url.strip_prefix("postgresql://")) else {
            return form;
        };
        let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (user_host, database) = rest.split_once('/').unwrap_or((rest, ""));
        let (user, host_port) = user_host.rsplit_once('@').unwrap_or(("", user_host));
        let user = user.split_once(':').map_or(user, |(u, _)| u);
        let (host, port) = host_port.rsplit_once(':').unwrap_or((host_port, "5432"));
        form.user = user.to_string();
        form.host = host.to_string();
        form.port = port.to_string();
        if !database.is_empty() {
            form.database = database.to_string();
        }
        form.tls = !query.contains("sslmode=disable");
        form
    }

    /// The URL to connect with, password included (kept in memory only), or what is wrong.
    fn url(&self) -> Result<String, String> {
        let field = |name: &str, value: &str| -> Result<String, String> {
            let v = value.trim();
            if v.is_empty() {
                return Err(crate::t!("team-field-required", field = name));
            }
            if v.chars().any(|c| c.is_whitespace() || "/@?#".contains(c)) {
                return Err(crate::t!("team-field-bad-chars", field = name, value = v));
            }
            Ok(v.to_string())
        };
        let host = field(&crate::t!("team-server"), &self.host)?;
        let port: u16 =
            self.port.trim().parse().map_err(|_| crate::t!("team-bad-port", value = self.port.trim()))?;
        let database = field(&crate::t!("team-database"), &self.database)?;
        let user = field(&crate::t!("team-user"), &self.user)?;
        let password =
            if self.password.is_empty() { String::new() } else { format!(":{}", encode(&self.password)) };
        let sslmode = if self.tls { "require" } else { "disable" };
        Ok(format!("postgres://{}{password}@{host}:{port}/{database}?sslmode={sslmode}", encode(&user)))
    }

    /// Draws the form; pushes [`Command::ConnectServer`] when the user connects.
    pub fn ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        egui::Frame::group(ui.style()).inner_margin(12.0).show(ui, |ui| {
            ui.set_max_width(420.0);
            ui.label(egui::RichText::new(crate::t!("team-connect-title")).strong().size(18.0));
            ui.label(crate::t!("team-connect-help"));
            ui.add_space(6.0);
            egui::Grid::new("connect_grid").num_columns(2).spacing([10.0, 6.0]).show(ui, |ui| {
                row(ui, &crate::t!("team-server"), &mut self.host, false, "team.example.coop");
                row(ui, &crate::t!("team-port"), &mut self.port, false, "5432");
                row(ui, &crate::t!("team-database"), &mut self.database, false, "carecoop");
                row(ui, &crate::t!("team-user"), &mut self.user, false, &crate::t!("team-user-hint"));
                row(ui, &crate::t!("team-password"), &mut self.password, true, "");
                ui.label("");
                ui.checkbox(&mut self.tls, crate::t!("team-tls"));
                ui.end_row();
            });
            if let Some(e) = &self.error {
                ui.label(egui::RichText::new(e).color(ui.visuals().error_fg_color));
            }
            ui.horizontal(|ui| {
                if ui.button(crate::t!("team-connect")).clicked() {
                    match self.url() {
                        Ok(url) => {
                            self.error = None;
                            self.password.clear();
                            commands.push(Command::ConnectServer(url));
                        }
                        Err(e) => self.error = Some(e),
                    }
                }
                if ui.button(crate::t!("team-cancel")).clicked() {
                    self.open = false;
                }
            });
        });
    }
}

fn row(ui: &mut egui::Ui, label: &str, text: &mut String, password: bool, hint: &str) {
    let l = ui.label(label);
    ui.add(egui::TextEdit::singleline(text).password(password).hint_text(hint).desired_width(240.0))
        .labelled_by(l.id);
    ui.end_row();
}

/// Percent-encodes what a URL's user or password part cannot hold as it is.
fn encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The screen shown while there is no copy of the co-op to show yet.
pub fn waiting_ui(ui: &mut egui::Ui, state: &LinkState, server: &str, commands: &mut Vec<Command>) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.25);
        match state {
            LinkState::Connecting => {
                ui.add(egui::Spinner::new().size(28.0));
                ui.label(egui::RichText::new(crate::t!("team-connecting-to", server = server)).size(18.0));
            }
            LinkState::Loading { what, done } => {
                ui.add(egui::Spinner::new().size(28.0));
                ui.label(egui::RichText::new(crate::t!("team-loading")).size(18.0));
                ui.label(crate::t!("team-records-read", count = (*done), what = what.to_string()));
            }
            LinkState::Ready => {
                ui.add(egui::Spinner::new().size(28.0));
            }
            LinkState::Lost { error, retry_at } => {
                let retry_in_secs =
                    retry_at.saturating_duration_since(std::time::Instant::now()).as_secs() + 1;
                ui.heading(crate::t!("team-cannot-reach"));
                ui.add(
                    egui::Label::new(egui::RichText::new(error).color(ui.visuals().error_fg_color)).wrap(),
                );
                ui.label(crate::t!("team-retry-in", count = retry_in_secs));
                if ui.button(crate::t!("team-try-now")).clicked() {
                    commands.push(Command::RetryConnection);
                }
            }
            LinkState::Failed(error) => {
                ui.heading(crate::t!("team-cannot-use"));
                ui.add(
                    egui::Label::new(egui::RichText::new(error).color(ui.visuals().error_fg_color)).wrap(),
                );
                ui.label(crate::t!("team-nothing-changed"));
            }
        }
    });
}

/// The banner above the views while the connection is lost (the copy stays readable).
pub fn lost_banner_ui(
    ui: &mut egui::Ui,
    error: &str,
    retry_at: std::time::Instant,
    commands: &mut Vec<Command>,
) {
    let retry_in_secs = retry_at.saturating_duration_since(std::time::Instant::now()).as_secs() + 1;
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(crate::t!("team-lost")).strong().color(ui.visuals().warn_fg_color));
        ui.label(crate::t!("team-lost-detail", count = retry_in_secs));
        if ui.button(crate::t!("team-try-now")).clicked() {
            commands.push(Command::RetryConnection);
        }
    })
    .response
    .on_hover_text(error);
}
