//! Everything held about one person, as one JSON document (the right of access).

use crate::data::{DataError, Reads, ReadsExt};
use crate::domain::wellbeing::{Score, Scored};
use crate::domain::{Activity, Assessment, Member, Person, Referral};
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
