//! The co-op's own papers: the register of members (JSON, and a printable copy), the meetings
//! (JSON and text), a meeting's pack (notice, agenda of resolutions, who may attend) and its
//! minutes (attendance, quorum, each resolution's votes and result), all read through
//! `&dyn Reads`.

use crate::data::{DataError, Reads, ReadsExt};
use crate::documents::{Block, Document};
use crate::domain::coop::{RegisterLine, register_on};
use crate::domain::{CoopRules, LedgerEntry, Meeting, RegisterEntry, RegisterEntryId, Settings, Votes};
use crate::t;
use chrono::NaiveDate;

fn long(d: NaiveDate) -> String {
    crate::i18n::date(d, "%-d %B %Y")
}

fn short(d: NaiveDate) -> String {
    crate::i18n::date(d, "%-d %b %Y")
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
    let mut doc = Document::new(t!("coopdoc-register-doc-title"));
    doc.push(Block::Title(t!("coopdoc-register-title", coop = coop_name(settings))));
    doc.push(Block::Muted(t!("coopdoc-register-as-at", form = rules.legal_form.label(), date = long(today))));
    let shares = rules.legal_form.has_shares();
    let mut head = vec![
        t!("coopdoc-col-name"),
        t!("coopdoc-col-class"),
        t!("coopdoc-col-admitted"),
        t!("coopdoc-col-ceased"),
    ];
    if shares {
        head.extend([t!("coopdoc-col-shares"), t!("coopdoc-col-paid")]);
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
    doc.push(Block::Table { head, rows });
    doc.push(Block::Heading(t!("coopdoc-heading-addresses")));
    let rows = lines
        .iter()
        .map(|l| {
            let e = &l.entry;
            let email = match (e.email.is_empty(), e.email_for.is_empty()) {
                (true, _) => String::new(),
                (false, true) => e.email.clone(),
                (false, false) => {
                    t!("coopdoc-email-given-for", email = e.email.as_str(), purpose = e.email_for.as_str())
                }
            };
            vec![e.name.clone(), e.postal_address.clone(), email]
        })
        .collect();
    doc.push(Block::Table {
        head: vec![
            t!("coopdoc-col-name"),
            t!("coopdoc-col-postal-address"),
            t!("coopdoc-col-electronic-address"),
        ],
        rows,
    });
    let loans: Vec<(String, String)> = lines
        .iter()
        .filter(|l| !l.entry.loans.trim().is_empty())
        .map(|l| (l.entry.name.clone(), l.entry.loans.clone()))
        .collect();
    if !loans.is_empty() {
        doc.push(Block::Heading(t!("coopdoc-heading-loans")));
        doc.push(Block::Fields(loans));
    }
    doc.push(Block::Heading(t!("coopdoc-heading-officers")));
    let officers: Vec<Vec<String>> = lines
        .iter()
        .flat_map(|l| {
            l.entry.offices.iter().map(|o| {
                vec![
                    l.entry.name.clone(),
                    o.office.label().to_string(),
                    long(o.from),
                    o.until.map(long).unwrap_or_else(|| t!("coopdoc-in-office")),
                ]
            })
        })
        .collect();
    if officers.is_empty() {
        doc.paragraph(t!("coopdoc-no-officers"));
    } else {
        doc.push(Block::Table {
            head: vec![
                t!("coopdoc-col-name"),
                t!("coopdoc-col-office"),
                t!("coopdoc-col-from"),
                t!("coopdoc-col-until"),
            ],
            rows: officers,
        });
    }
    doc
}

fn coop_name(settings: &Settings) -> String {
    if settings.coop_name.trim().is_empty() {
        t!("coopdoc-the-coop")
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
        (Votes::NotYet, _) | (_, None) => t!("coopdoc-not-yet-voted"),
        (_, Some(o)) => t!(
            "coopdoc-votes",
            votes_for = o.for_.to_string(),
            against = o.against.to_string(),
            abstain = o.abstain.to_string(),
            result = if o.passed { t!("coopdoc-passed") } else { t!("coopdoc-not-passed") }
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
        (true, true) => t!("coopdoc-place-online"),
        (true, false) => t!("coopdoc-place-tbc"),
        (false, true) => t!("coopdoc-place-and-online", place = m.place.trim()),
        (false, false) => m.place.trim().to_string(),
    }
}

/// The pack sent before a meeting: the notice, the resolutions to be put, and who may attend.
pub fn meeting_pack(m: &Meeting, register: &[RegisterEntry], settings: &Settings) -> Document {
    let rules = &settings.coop;
    let mut doc = Document::new(t!("coopdoc-pack-doc-title", meeting = heading(m)));
    doc.push(Block::Title(format!("{}: {}", coop_name(settings), heading(m))));
    let mut fields = vec![(t!("coopdoc-field-date"), long(m.date)), (t!("coopdoc-field-place"), place(m))];
    if let Some(n) = m.notice_given {
        fields.push((t!("coopdoc-field-notice-given"), long(n)));
    }
    doc.push(Block::Fields(fields));
    if let Some(warning) = m.notice_warning(rules) {
        doc.push(Block::Note(warning));
    }
    doc.push(Block::Heading(t!("coopdoc-heading-resolutions-to-be-put")));
    if m.resolutions.is_empty() {
        doc.paragraph(t!("coopdoc-no-resolutions"));
    }
    for (i, r) in m.resolutions.iter().enumerate() {
        let majority = match r.kind {
            crate::domain::ResolutionKind::Ordinary => t!("coopdoc-majority-ordinary"),
            crate::domain::ResolutionKind::Special => {
                t!("coopdoc-majority-special", percent = rules.special_majority_percent.to_string())
            }
        };
        doc.paragraph(format!("{}. {} ({majority})", i + 1, r.text.trim()));
        let movers = [(t!("coopdoc-proposed-by"), r.proposer), (t!("coopdoc-seconded-by"), r.seconder)]
            .into_iter()
            .filter_map(|(k, id)| id.map(|_| (k, name_of(register, id))))
            .collect::<Vec<_>>();
        if !movers.is_empty() {
            doc.push(Block::Fields(movers));
        }
    }
    let voters: Vec<&RegisterEntry> = register
        .iter()
        .filter(|e| e.is_member_on(m.date) && (m.kind.is_general() || e.offices_on(m.date).next().is_some()))
        .collect();
    doc.push(Block::Heading(if m.kind.is_general() {
        t!("coopdoc-heading-members-entitled")
    } else {
        t!("coopdoc-heading-the-board")
    }));
    doc.push(Block::Muted(t!(
        "coopdoc-in-all-quorum",
        count = voters.len().to_string(),
        quorum = m.quorum_needed(rules, register).to_string()
    )));
    doc.push(Block::Table {
        head: vec![t!("coopdoc-col-name"), t!("coopdoc-col-class")],
        rows: voters.iter().map(|e| vec![e.name.clone(), e.class.clone()]).collect(),
    });
    doc
}

/// The minutes: who attended and how, the quorum, each resolution with its votes and
/// result, and the minutes' text.
pub fn minutes(m: &Meeting, register: &[RegisterEntry], settings: &Settings) -> Document {
    let rules = &settings.coop;
    let mut doc = Document::new(t!("coopdoc-minutes-doc-title", meeting = heading(m)));
    doc.push(Block::Title(t!(
        "coopdoc-minutes-title",
        coop = coop_name(settings),
        meeting = m.kind.label().to_lowercase(),
        date = long(m.date)
    )));
    doc.push(Block::Fields(vec![(t!("coopdoc-field-place"), place(m))]));
    let present = m.present(register);
    let quorum = m.quorum_needed(rules, register);
    doc.push(Block::Heading(t!("coopdoc-heading-attendance")));
    doc.push(Block::Table {
        head: vec![t!("coopdoc-col-name"), t!("coopdoc-col-how")],
        rows: m
            .attendees
            .iter()
            .map(|a| {
                let how = match a.presence {
                    crate::domain::Presence::Proxy => {
                        t!("coopdoc-by-proxy", holder = a.proxy_holder.as_str())
                    }
                    p => p.label().to_string(),
                };
                vec![name_of(register, Some(a.entry)), how]
            })
            .collect(),
    });
    let quorate = present >= quorum;
    let (present, quorum) = (present.to_string(), quorum.to_string());
    doc.paragraph(if quorate {
        t!("coopdoc-minutes-quorate", present = present, quorum = quorum)
    } else {
        t!("coopdoc-minutes-not-quorate", present = present, quorum = quorum)
    });
    if let Some(warning) = m.notice_warning(rules) {
        doc.push(Block::Note(warning));
    }
    doc.push(Block::Heading(t!("coopdoc-heading-resolutions")));
    for (i, r) in m.resolutions.iter().enumerate() {
        doc.paragraph(format!("{}. {} ({})", i + 1, r.text.trim(), r.kind.label().to_lowercase()));
        let mut fields = Vec::new();
        if r.proposer.is_some() {
            fields.push((t!("coopdoc-proposed-by"), name_of(register, r.proposer)));
        }
        if r.seconder.is_some() {
            fields.push((t!("coopdoc-seconded-by"), name_of(register, r.seconder)));
        }
        fields.push((t!("coopdoc-field-votes"), votes_words(&r.votes, r.outcome(rules))));
        doc.push(Block::Fields(fields));
        if !r.minutes.trim().is_empty() {
            doc.push(Block::Muted(r.minutes.trim().to_string()));
        }
    }
    if !m.minutes.trim().is_empty() {
        doc.push(Block::Heading(t!("coopdoc-heading-minutes")));
        for para in m.minutes.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
            doc.paragraph(para);
        }
    }
    doc
}
