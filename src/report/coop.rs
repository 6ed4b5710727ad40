//! The co-op's own papers: the register of members (JSON, and a printable copy), the meetings
//! (JSON and text), a meeting's pack (notice, agenda of resolutions, who may attend) and its
//! minutes (attendance, quorum, each resolution's votes and result), all read through
//! `&dyn Reads`.

use crate::data::{DataError, Reads, ReadsExt};
use crate::documents::{Block, Document};
use crate::domain::coop::{RegisterLine, register_on};
use crate::domain::{CoopRules, LedgerEntry, Meeting, RegisterEntry, RegisterEntryId, Settings, Votes};
use chrono::NaiveDate;

fn long(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

fn short(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

/// The register on `today`: current members, and former ones when `include_former`.
pub fn register(
    store: &dyn Reads,
    today: NaiveDate,
    include_former: bool,
) -> Result<Vec<RegisterLine>, DataError> {
    let (entries, ledger) = (store.all::<RegisterEntry>()?, store.all::<LedgerEntry>()?);
    Ok(register_on(&entries, &ledger, today, include_former))
}

/// The register as JSON: an array of objects with `name`, `class`, `postal_address`,
/// `email`, `admitted`, `ceased`, `shares`, `amount_paid` (pounds, a number).
pub fn register_json(lines: &[RegisterLine]) -> serde_json::Value {
    lines
        .iter()
        .map(|l| {
            serde_json::json!({
                "name": l.entry.name,
                "class": l.entry.class,
                "postal_address": l.entry.postal_address,
                "email": l.entry.email,
                "admitted": l.entry.admitted.to_string(),
                "ceased": l.entry.ceased.map(|d| d.to_string()),
                "shares": l.holding.shares,
                "amount_paid": l.holding.amount_paid.as_pounds_f64(),
            })
        })
        .collect()
}

/// The register as a printable document: every member with what s.30 of the 2014 Act asks,
/// then the officers.
pub fn register_document(lines: &[RegisterLine], settings: &Settings, today: NaiveDate) -> Document {
    let rules = &settings.coop;
    let mut doc = Document::new("Register of members");
    doc.push(Block::Title(format!("{}: register of members", coop_name(settings))));
    doc.push(Block::Muted(format!("{} as at {}", rules.legal_form.label(), long(today))));
    let shares = rules.legal_form.has_shares();
    let mut head = vec!["Name", "Class", "Admitted", "Ceased"];
    if shares {
        head.extend(["Shares", "Paid"]);
    }
    let rows = lines
        .iter()
        .map(|l| {
            let e = &l.entry;
            let mut row = vec![
                e.name.clone(),
                e.class.clone(),
                short(e.admitted),
                e.ceased.map(|c| format!("{} ({})", short(c), e.ceased_reason)).unwrap_or_default(),
            ];
            if shares {
                row.extend([l.holding.shares.to_string(), l.holding.amount_paid.to_string()]);
            }
            row
        })
        .collect();
    doc.push(Block::Table { head: head.into_iter().map(String::from).collect(), rows });
    doc.push(Block::Heading("Addresses".into()));
    let rows = lines
        .iter()
        .map(|l| {
            let e = &l.entry;
            let email = match (e.email.is_empty(), e.email_for.is_empty()) {
                (true, _) => String::new(),
                (false, true) => e.email.clone(),
                (false, false) => format!("{} (given for {})", e.email, e.email_for),
            };
            vec![e.name.clone(), e.postal_address.clone(), email]
        })
        .collect();
    doc.push(Block::Table {
        head: ["Name", "Postal address", "Electronic address"].map(String::from).to_vec(),
        rows,
    });
    let loans: Vec<(String, String)> = lines
        .iter()
        .filter(|l| !l.entry.loans.trim().is_empty())
        .map(|l| (l.entry.name.clone(), l.entry.loans.clone()))
        .collect();
    if !loans.is_empty() {
        doc.push(Block::Heading("Loans and other property held".into()));
        doc.push(Block::Fields(loans));
    }
    doc.push(Block::Heading("Officers".into()));
    let officers: Vec<Vec<String>> = lines
        .iter()
        .flat_map(|l| {
            l.entry.offices.iter().map(|o| {
                vec![
                    l.entry.name.clone(),
                    o.office.label().to_string(),
                    long(o.from),
                    o.until.map(long).unwrap_or_else(|| "in office".into()),
                ]
            })
        })
        .collect();
    if officers.is_empty() {
        doc.paragraph("No officers are recorded.");
    } else {
        doc.push(Block::Table {
            head: ["Name", "Office", "From", "Until"].map(String::from).to_vec(),
            rows: officers,
        });
    }
    doc
}

fn coop_name(settings: &Settings) -> String {
    if settings.coop_name.trim().is_empty() {
        "The co-op".into()
    } else {
        settings.coop_name.trim().to_string()
    }
}

fn name_of(register: &[RegisterEntry], id: Option<RegisterEntryId>) -> String {
    id.and_then(|id| register.iter().find(|e| e.id == id)).map_or_else(String::new, |e| e.name.clone())
}

/// A resolution's votes and result in words: "For 24, against 3, abstained 1: passed".
pub fn votes_words(votes: &Votes, outcome: Option<crate::domain::coop::meeting::Outcome>) -> String {
    match (votes, outcome) {
        (Votes::NotYet, _) | (_, None) => "Not yet voted on".into(),
        (_, Some(o)) => format!(
            "For {}, against {}, abstained {}: {}",
            o.for_,
            o.against,
            o.abstain,
            if o.passed { "passed" } else { "not passed" }
        ),
    }
}

/// Every meeting, newest first, as JSON: `kind`, `date`, `place`, `online`, `notice_given`,
/// `clear_days`, `notice_warning`, `present`, `quorum`, `quorate`, and `resolutions` (`text`,
/// `kind`, `proposer`, `seconder`, `for`, `against`, `abstain`, `passed`).
pub fn meetings_json(
    meetings: &[Meeting],
    register: &[RegisterEntry],
    rules: &CoopRules,
) -> serde_json::Value {
    meetings
        .iter()
        .map(|m| {
            let resolutions: Vec<serde_json::Value> = m
                .resolutions
                .iter()
                .map(|r| {
                    let o = r.outcome(rules);
                    serde_json::json!({
                        "text": r.text,
                        "kind": r.kind.key(),
                        "proposer": name_of(register, r.proposer),
                        "seconder": name_of(register, r.seconder),
                        "for": o.map(|o| o.for_),
                        "against": o.map(|o| o.against),
                        "abstain": o.map(|o| o.abstain),
                        "passed": o.map(|o| o.passed),
                    })
                })
                .collect();
            serde_json::json!({
                "kind": m.kind.key(),
                "date": m.date.to_string(),
                "place": m.place,
                "online": m.online,
                "notice_given": m.notice_given.map(|d| d.to_string()),
                "clear_days": m.clear_days(),
                "notice_warning": m.notice_warning(rules),
                "present": m.present(register),
                "quorum": m.quorum_needed(rules, register),
                "quorate": m.is_quorate(rules, register),
                "resolutions": resolutions,
            })
        })
        .collect()
}

/// The meetings, newest first.
pub fn meetings(store: &dyn Reads) -> Result<Vec<Meeting>, DataError> {
    let mut list = store.all::<Meeting>()?;
    list.sort_by(|a, b| b.date.cmp(&a.date).then(b.id.cmp(&a.id)));
    Ok(list)
}

fn heading(m: &Meeting) -> String {
    format!("{}, {}", m.kind.label(), long(m.date))
}

fn place(m: &Meeting) -> String {
    match (m.place.trim().is_empty(), m.online) {
        (true, true) => "Online".into(),
        (true, false) => "Place to be confirmed".into(),
        (false, true) => format!("{}, and online", m.place.trim()),
        (false, false) => m.place.trim().to_string(),
    }
}

/// The pack sent before a meeting: the notice, the resolutions to be put, and who may attend.
pub fn meeting_pack(m: &Meeting, register: &[RegisterEntry], settings: &Settings) -> Document {
    let rules = &settings.coop;
    let mut doc = Document::new(format!("{} pack", heading(m)));
    doc.push(Block::Title(format!("{}: {}", coop_name(settings), heading(m))));
    let mut fields = vec![("Date".to_string(), long(m.date)), ("Place".to_string(), place(m))];
    if let Some(n) = m.notice_given {
        fields.push(("Notice given".into(), long(n)));
    }
    doc.push(Block::Fields(fields));
    if let Some(warning) = m.notice_warning(rules) {
        doc.push(Block::Note(warning));
    }
    doc.push(Block::Heading("Resolutions to be put".into()));
    if m.resolutions.is_empty() {
        doc.paragraph("No resolutions are listed yet.");
    }
    for (i, r) in m.resolutions.iter().enumerate() {
        let majority = match r.kind {
            crate::domain::ResolutionKind::Ordinary => {
                "ordinary resolution: more votes for than against".to_string()
            }
            crate::domain::ResolutionKind::Special => {
                format!("special resolution: at least {}% of the votes cast", rules.special_majority_percent)
            }
        };
        doc.paragraph(format!("{}. {} ({majority})", i + 1, r.text.trim()));
        let movers = [("Proposed by", r.proposer), ("Seconded by", r.seconder)]
            .into_iter()
            .filter_map(|(k, id)| id.map(|_| (k.to_string(), name_of(register, id))))
            .collect::<Vec<_>>();
        if !movers.is_empty() {
            doc.push(Block::Fields(movers));
        }
    }
    let voters: Vec<&RegisterEntry> = register
        .iter()
        .filter(|e| e.is_member_on(m.date) && (m.kind.is_general() || e.offices_on(m.date).next().is_some()))
        .collect();
    doc.push(Block::Heading(
        if m.kind.is_general() { "Members entitled to attend" } else { "The board" }.into(),
    ));
    doc.push(Block::Muted(format!(
        "{} in all; the quorum is {}.",
        voters.len(),
        m.quorum_needed(rules, register)
    )));
    doc.push(Block::Table {
        head: vec!["Name".into(), "Class".into()],
        rows: voters.iter().map(|e| vec![e.name.clone(), e.class.clone()]).collect(),
    });
    doc
}

/// The minutes: who attended and how, the quorum, each resolution with its votes and
/// result, and the minutes' text.
pub fn minutes(m: &Meeting, register: &[RegisterEntry], settings: &Settings) -> Document {
    let rules = &settings.coop;
    let mut doc = Document::new(format!("{} minutes", heading(m)));
    doc.push(Block::Title(format!(
        "{}: minutes of the {}, {}",
        coop_name(settings),
        m.kind.label().to_lowercase(),
        long(m.date)
    )));
    doc.push(Block::Fields(vec![("Place".into(), place(m))]));
    let present = m.present(register);
    let quorum = m.quorum_needed(rules, register);
    doc.push(Block::Heading("Attendance".into()));
    doc.push(Block::Table {
        head: vec!["Name".into(), "How".into()],
        rows: m
            .attendees
            .iter()
            .map(|a| {
                let how = match a.presence {
                    crate::domain::Presence::Proxy => format!("By proxy ({})", a.proxy_holder),
                    p => p.label().to_string(),
                };
                vec![name_of(register, Some(a.entry)), how]
            })
            .collect(),
    });
    doc.paragraph(format!(
        "{present} present (the quorum is {quorum}): the meeting was {}.",
        if present >= quorum { "quorate" } else { "not quorate" }
    ));
    if let Some(warning) = m.notice_warning(rules) {
        doc.push(Block::Note(warning));
    }
    doc.push(Block::Heading("Resolutions".into()));
    for (i, r) in m.resolutions.iter().enumerate() {
        doc.paragraph(format!("{}. {} ({})", i + 1, r.text.trim(), r.kind.label().to_lowercase()));
        let mut fields = Vec::new();
        if r.proposer.is_some() {
            fields.push(("Proposed by".into(), name_of(register, r.proposer)));
        }
        if r.seconder.is_some() {
            fields.push(("Seconded by".into(), name_of(register, r.seconder)));
        }
        fields.push(("Votes".into(), votes_words(&r.votes, r.outcome(rules))));
        doc.push(Block::Fields(fields));
        if !r.minutes.trim().is_empty() {
            doc.push(Block::Muted(r.minutes.trim().to_string()));
        }
    }
    if !m.minutes.trim().is_empty() {
        doc.push(Block::Heading("Minutes".into()));
        for para in m.minutes.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
            doc.paragraph(para);
        }
    }
    doc
}
