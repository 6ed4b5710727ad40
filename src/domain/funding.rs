//! What places cost, who pays, and where each fund stands.

use super::activity::{Activity, PriceUnit};
use super::fund::Fund;
use super::ids::{FundId, MemberId};
use super::member::Member;
use super::money::Money;
use super::person::Payer;
use super::session::{Attendance, Participant, Session};
use chrono::NaiveDate;

/// Whether a place costs anything: a cancelled session costs nothing, nor does a place the
/// person or member cancelled; a did-not-attend place still costs (the member turned up).
pub fn chargeable(session: &Session, place: &Participant) -> bool {
    !session.cancelled
        && !matches!(place.attendance, Attendance::CancelledByPerson | Attendance::CancelledByMember)
}

/// The cost of one place: the activity's per-person price for groups priced per person,
/// otherwise the members' hourly rates × length, shared between the chargeable places.
pub fn place_cost(session: &Session, place: &Participant, activity: &Activity, members: &[Member]) -> Money {
    if !chargeable(session, place) {
        return Money::ZERO;
    }
    if activity.price_unit == PriceUnit::PerPerson {
        return activity.price;
    }
    let rate: i64 = session
        .members
        .iter()
        .filter_map(|m| members.iter().find(|x| x.id == *m))
        .map(|m| m.hourly_rate.0)
        .sum();
    let total = rate * i64::from(session.minutes) / 60;
    let places = session.participants.iter().filter(|p| chargeable(session, p)).count().max(1) as i64;
    Money(total / places)
}

/// Where a fund stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FundStatus {
    /// The budget.
    pub amount: Money,
    /// Paid for sessions that have happened.
    pub spent: Money,
    /// Booked for sessions still to come.
    pub committed: Money,
}

impl FundStatus {
    /// Budget left after what is spent and committed.
    pub fn remaining(&self) -> Money {
        self.amount - self.spent - self.committed
    }

    /// True when adding `extra` would take the fund past its budget.
    pub fn would_overspend(&self, extra: Money) -> bool {
        (self.remaining() - extra).0 < 0
    }
}

/// A fund's status on `today` from the sessions in its period.
pub fn fund_status(
    fund: &Fund,
    sessions: &[Session],
    activities: &[Activity],
    members: &[Member],
    today: NaiveDate,
) -> FundStatus {
    let mut status = FundStatus { amount: fund.amount, ..Default::default() };
    for s in sessions.iter().filter(|s| fund.start <= s.date && s.date <= fund.end) {
        let Some(activity) = activities.iter().find(|a| a.id == s.activity) else { continue };
        for p in s.participants.iter().filter(|p| p.payer == Payer::Fund(fund.id)) {
            let cost = place_cost(s, p, activity, members);
            if s.date < today && p.attendance != Attendance::Expected {
                status.spent += cost;
            } else if s.date >= today {
                status.committed += cost;
            }
        }
    }
    status
}

/// Who a payment comes from, for members' statements.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PayerKind {
    /// A fund, by id.
    Fund(FundId),
    /// Self-Directed Support.
    Sds,
    /// The person's own means.
    SelfFunded,
}

impl From<Payer> for PayerKind {
    fn from(p: Payer) -> Self {
        match p {
            Payer::Fund(f) => PayerKind::Fund(f),
            Payer::Sds(_) => PayerKind::Sds,
            Payer::SelfFunded => PayerKind::SelfFunded,
        }
    }
}

/// What a member delivered in a period and is owed, by payer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MemberPay {
    /// Sessions delivered.
    pub sessions: usize,
    /// Hours delivered.
    pub hours: f64,
    /// Amount due, by payer.
    pub due: Vec<(PayerKind, Money)>,
}

impl MemberPay {
    /// Everything due.
    pub fn total(&self) -> Money {
        self.due.iter().map(|(_, m)| *m).sum()
    }
}

/// A member's pay for the sessions given (e.g. one month's): sessions they delivered (the
/// member turned up), hours, and each chargeable place's cost, shared between the members.
pub fn member_pay(
    member: MemberId,
    sessions: &[Session],
    activities: &[Activity],
    members: &[Member],
) -> MemberPay {
    let mut pay = MemberPay::default();
    for s in sessions.iter().filter(|s| s.members.contains(&member) && super::schedule::delivered(s)) {
        pay.sessions += 1;
        pay.hours += s.hours();
        let Some(activity) = activities.iter().find(|a| a.id == s.activity) else { continue };
        let share = s.members.len().max(1) as i64;
        for p in &s.participants {
            let cost = Money(place_cost(s, p, activity, members).0 / share);
            let kind = PayerKind::from(p.payer);
            match pay.due.iter_mut().find(|(k, _)| *k == kind) {
                Some(entry) => entry.1 += cost,
                None => pay.due.push((kind, cost)),
            }
        }
    }
    pay.due.sort();
    pay
}

#[cfg(test)]
mod tests;
