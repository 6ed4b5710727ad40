//! Everything held about one person, as one JSON document (the right of access).

use crate::data::{DataError, Reads, ReadsExt};
use crate::documents::{Block, Document};
use crate::domain::wellbeing::{Score, Scored};
use crate::domain::{Activity, Assessment, Member, Person, Referral};
use crate::t;
use serde_json::{Value, json};
use std::collections::HashMap;

fn date(d: Option<chrono::NaiveDate>) -> Value {
    d.map_or(Value::Null, |d| Value::String(d.to_string()))
}

fn score_json(a: &Assessment) -> Value {
    match a.scored() {
        Some(Scored::Complete(Score::Wemwbs(total))) => json!({ "total": total }),
        Some(Scored::Complete(Score::Swemwbs { raw, metric })) => {
            json!({ "raw": raw, "metric": metric })
        }
        Some(Scored::Complete(Score::Ons4(items))) => json!({
            "life_satisfaction": items[0], "worthwhile": items[1], "happiness": items[2], "anxiety": items[3]
        }),
        Some(Scored::Incomplete { missing_items }) => {
            json!({ "incomplete": true, "missing_items": missing_items })
        }
        None => Value::Null,
    }
}

/// The subject-access document for the person with reference `reference`, or `None` when no
/// such person exists.
pub fn subject_access_document(store: &dyn Reads, reference: &str) -> Result<Option<Value>, DataError> {
    let Some(p) = store.person_by_ref(reference)? else {
        return Ok(None);
    };
    let activities: HashMap<u64, String> =
        store.all::<Activity>()?.into_iter().map(|a| (a.id.0, a.name)).collect();
    let members: HashMap<u64, String> =
        store.all::<Member>()?.into_iter().map(|m| (m.id.0, m.name)).collect();
    let activity = |id: u64| activities.get(&id).cloned().unwrap_or_else(|| format!("#{id}"));
    let referrals: Vec<Value> = store
        .referrals_of_person(p.id)?
        .iter()
        .map(|r: &Referral| {
            json!({
                "date": r.received.to_string(),
                "source": r.source.key(),
                "referrer": r.referrer_name,
                "referrer_organisation": r.referrer_org,
                "reason": r.reasons,
                "urgency": r.urgency.key(),
                "link_worker": r.link_worker,
                "status": r.status().key(),
                "activities": r.activities.iter().map(|a| activity(a.0)).collect::<Vec<_>>(),
                "history": r.history.iter().map(|h| json!({
                    "status": h.status.key(), "date": h.date.to_string(), "note": h.note
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let contacts: Vec<Value> = store
        .contacts_of_person(p.id)?
        .iter()
        .map(|c| {
            json!({
                "date": c.date.to_string(), "kind": c.kind.key(), "note": c.note, "by": c.by,
                "next_due": date(c.next_due),
            })
        })
        .collect();
    let sessions: Vec<Value> = store
        .sessions_of_person(p.id)?
        .iter()
        .filter_map(|s| {
            let place = s.participants.iter().find(|x| x.person == p.id)?;
            Some(json!({
                "date": s.date.to_string(),
                "start": s.start.format("%H:%M").to_string(),
                "minutes": s.minutes,
                "activity": activity(s.activity.0),
                "members": s.members.iter().map(|m| members.get(&m.0).cloned().unwrap_or_default()).collect::<Vec<_>>(),
                "venue": s.venue,
                "attendance": place.attendance.key(),
                "note": place.note,
            }))
        })
        .collect();
    let assessments: Vec<Value> = store
        .assessments_of_person(p.id)?
        .iter()
        .map(|a| {
            json!({
                "date": a.date.to_string(),
                "timepoint": a.timepoint.key(),
                "instrument": a.instrument.key(),
                "answers": a.answers,
                "score": score_json(a),
                "recorded_by": a.recorded_by,
            })
        })
        .collect();
    Ok(Some(json!({
        "ref": p.reference,
        "profile": profile(&p),
        "plan": p.plan.iter().map(|g| json!({
            "goal": g.text, "target": date(g.target), "status": g.status.key(),
            "activities": g.activities.iter().map(|a| activity(a.0)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "referrals": referrals,
        "contacts": contacts,
        "sessions": sessions,
        "assessments": assessments,
    })))
}

fn profile(p: &Person) -> Value {
    json!({
        "name": p.name,
        "preferred_name": p.preferred_name,
        "date_of_birth": date(p.date_of_birth),
        "village": p.village,
        "address": p.address,
        "phone": p.phone,
        "email": p.email,
        "gp_practice": p.gp_practice,
        "needs": p.needs.iter().map(|n| n.key()).collect::<Vec<_>>(),
        "interests": p.interests,
        "what_matters": p.what_matters,
        "consent_store": date(p.consent_store),
        "consent_share": if p.consent_share.yes { "yes" } else { "no" },
        "consent_share_date": date(p.consent_share.date),
        "emergency_contact": p.emergency_contact,
        "notes": p.notes,
    })
}

/// "date_of_birth" → "Date of birth", in this thread's language.
fn words_of_key(key: &str) -> String {
    let known = match key {
        "profile" => t!("report-sar-key-profile"),
        "plan" => t!("report-sar-key-plan"),
        "referrals" => t!("report-sar-key-referrals"),
        "contacts" => t!("report-sar-key-contacts"),
        "sessions" => t!("report-sar-key-sessions"),
        "assessments" => t!("report-sar-key-assessments"),
        "name" => t!("report-sar-key-name"),
        "preferred_name" => t!("report-sar-key-preferred-name"),
        "date_of_birth" => t!("report-sar-key-date-of-birth"),
        "village" => t!("report-sar-key-village"),
        "address" => t!("report-sar-key-address"),
        "phone" => t!("report-sar-key-phone"),
        "email" => t!("report-sar-key-email"),
        "gp_practice" => t!("report-sar-key-gp-practice"),
        "needs" => t!("report-sar-key-needs"),
        "interests" => t!("report-sar-key-interests"),
        "what_matters" => t!("report-sar-key-what-matters"),
        "consent_store" => t!("report-sar-key-consent-store"),
        "consent_share" => t!("report-sar-key-consent-share"),
        "consent_share_date" => t!("report-sar-key-consent-share-date"),
        "emergency_contact" => t!("report-sar-key-emergency-contact"),
        "notes" => t!("report-sar-key-notes"),
        "goal" => t!("report-sar-key-goal"),
        "target" => t!("report-sar-key-target"),
        "status" => t!("report-sar-key-status"),
        "activities" => t!("report-sar-key-activities"),
        "date" => t!("report-sar-key-date"),
        "source" => t!("report-sar-key-source"),
        "referrer" => t!("report-sar-key-referrer"),
        "referrer_organisation" => t!("report-sar-key-referrer-organisation"),
        "reason" => t!("report-sar-key-reason"),
        "urgency" => t!("report-sar-key-urgency"),
        "link_worker" => t!("report-sar-key-link-worker"),
        "history" => t!("report-sar-key-history"),
        "note" => t!("report-sar-key-note"),
        "kind" => t!("report-sar-key-kind"),
        "by" => t!("report-sar-key-by"),
        "next_due" => t!("report-sar-key-next-due"),
        "start" => t!("report-sar-key-start"),
        "minutes" => t!("report-sar-key-minutes"),
        "activity" => t!("report-sar-key-activity"),
        "members" => t!("report-sar-key-members"),
        "venue" => t!("report-sar-key-venue"),
        "attendance" => t!("report-sar-key-attendance"),
        "timepoint" => t!("report-sar-key-timepoint"),
        "instrument" => t!("report-sar-key-instrument"),
        "answers" => t!("report-sar-key-answers"),
        "score" => t!("report-sar-key-score"),
        "recorded_by" => t!("report-sar-key-recorded-by"),
        "total" => t!("report-sar-key-total"),
        "raw" => t!("report-sar-key-raw"),
        "metric" => t!("report-sar-key-metric"),
        "life_satisfaction" => t!("report-sar-key-life-satisfaction"),
        "worthwhile" => t!("report-sar-key-worthwhile"),
        "happiness" => t!("report-sar-key-happiness"),
        "anxiety" => t!("report-sar-key-anxiety"),
        "incomplete" => t!("report-sar-key-incomplete"),
        "missing_items" => t!("report-sar-key-missing-items"),
        _ => String::new(),
    };
    if !known.is_empty() {
        return known;
    }
    let spaced = key.replace('_', " ").replace("gp ", "GP ");
    let mut chars = spaced.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().collect::<String>() + chars.as_str())
}

/// The heading of one item in a section: "Referral 2".
fn item_heading(section: &str, number: usize) -> String {
    let number = number.to_string();
    match section {
        "plan" => t!("report-sar-item-plan", number = number),
        "referrals" => t!("report-sar-item-referrals", number = number),
        "contacts" => t!("report-sar-item-contacts", number = number),
        "sessions" => t!("report-sar-item-sessions", number = number),
        "assessments" => t!("report-sar-item-assessments", number = number),
        _ => format!("{} {number}", words_of_key(section).trim_end_matches('s')),
    }
}

/// A stored value as a person reads it: labels for stored names, dates in words, "not
/// recorded" for nothing.
fn words_of_value(section: &str, field: &str, value: &Value) -> String {
    use crate::domain::{
        Attendance, ContactKind, GoalStatus, Instrument, Need, ReferralSource, ReferralStatus, Timepoint,
        Urgency,
    };
    match value {
        Value::Null => t!("report-sar-not-recorded"),
        Value::Bool(b) => {
            if *b {
                t!("report-sar-yes")
            } else {
                t!("report-sar-no")
            }
        }
        Value::Number(n) => n.to_string(),
        Value::String(s) if s.trim().is_empty() => t!("report-sar-not-recorded"),
        Value::String(s) if field == "consent_share" && (s == "yes" || s == "no") => {
            if s == "yes" {
                t!("report-sar-yes")
            } else {
                t!("report-sar-no")
            }
        }
        Value::String(s) => {
            let label = match field {
                "source" => ReferralSource::from_key(s).map(|c| c.label()),
                "urgency" => Urgency::from_key(s).map(|c| c.label()),
                "status" if section == "plan" => GoalStatus::from_key(s).map(|c| c.label()),
                "status" => ReferralStatus::from_key(s).map(|c| c.label()),
                "attendance" => Attendance::from_key(s).map(|c| c.label()),
                "timepoint" => Timepoint::from_key(s).map(|c| c.label()),
                "instrument" => Instrument::from_key(s).map(|c| c.label()),
                "kind" => ContactKind::from_key(s).map(|c| c.label()),
                "needs" => Need::from_key(s).map(|c| c.label()),
                _ => None,
            };
            if let Some(label) = label {
                return label.to_string();
            }
            match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                Ok(d) => crate::i18n::date(d, "%-d %B %Y"),
                Err(_) => s.clone(),
            }
        }
        Value::Array(items) if items.is_empty() => t!("report-sar-none"),
        Value::Array(items) => {
            items.iter().map(|v| words_of_value(section, field, v)).collect::<Vec<_>>().join("; ")
        }
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| format!("{} {}", words_of_key(k).to_lowercase(), words_of_value(section, k, v)))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// An object's fields in words.
fn fields_of(section: &str, map: &serde_json::Map<String, Value>) -> Block {
    Block::Fields(map.iter().map(|(k, v)| (words_of_key(k), words_of_value(section, k, v))).collect())
}

/// The subject-access document as a person can read it: every section of the JSON, in words,
/// with labels for stored names and dates written out; nothing left out.
pub fn subject_access_readable(doc: &Value, name: &str, today: chrono::NaiveDate) -> Document {
    let reference = doc.get("ref").and_then(Value::as_str).unwrap_or_default();
    let mut out = Document::new(t!("report-sar-doc-title", name = name, reference = reference));
    out.push(Block::Title(t!("report-sar-title", name = name)));
    out.push(Block::Muted(t!(
        "report-sar-intro",
        reference = reference,
        date = crate::i18n::date(today, "%-d %B %Y")
    )));
    let Some(sections) = doc.as_object() else { return out };
    for (section, value) in sections.iter().filter(|(k, _)| k.as_str() != "ref") {
        out.push(Block::Heading(words_of_key(section)));
        match value {
            Value::Object(map) => {
                out.push(fields_of(section, map));
            }
            Value::Array(items) if items.is_empty() => {
                out.paragraph(t!("report-sar-none-recorded"));
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    match item {
                        Value::Object(map) => {
                            out.push(Block::Muted(item_heading(section, i + 1)));
                            out.push(fields_of(section, map));
                        }
                        other => {
                            out.paragraph(words_of_value(section, section, other));
                        }
                    }
                }
            }
            other => {
                out.paragraph(words_of_value(section, section, other));
            }
        }
    }
    out
}
