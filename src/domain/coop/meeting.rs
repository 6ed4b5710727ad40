//! General meetings (the AGM and special ones) and board meetings: notice, attendance, quorum,
//! and resolutions with their votes, passed or not by the co-op's rules.

use super::super::choice::choice_enum;
use super::super::ids::{MeetingId, RegisterEntryId};
use super::super::validate::{Problems, ValidationError};
use super::{CoopRules, RegisterEntry};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

choice_enum!(
    /// What kind of meeting.
    MeetingKind {
        /// The annual general meeting.
        Agm => ("agm", "Annual general meeting", "annual general meeting", "annual"),
        /// A special (extraordinary) general meeting.
        Special => ("special", "Special general meeting", "egm", "extraordinary", "sgm"),
        /// A meeting of the board.
        Board => ("board", "Board meeting", "committee"),
    }
);

impl MeetingKind {
    /// True for a general meeting (the members' meeting), false for the board's.
    pub fn is_general(self) -> bool {
        self != MeetingKind::Board
    }
}

choice_enum!(
    /// How a member took part.
    Presence {
        /// In the room.
        InPerson => ("in_person", "In person", "present"),
        /// Online.
        Online => ("online", "Online", "video", "remote"),
        /// By proxy.
        Proxy => ("proxy", "By proxy"),
    }
);

/// One member at a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attendee {
    /// Their register entry.
    pub entry: RegisterEntryId,
    /// How they took part.
    pub presence: Presence,
    /// For a proxy: who held it.
    pub proxy_holder: String,
}

choice_enum!(
    /// What majority a resolution needs.
    ResolutionKind {
        /// More votes for than against.
        Ordinary => ("ordinary", "Ordinary"),
        /// At least the rules' special majority of the votes cast (75% by default).
        Special => ("special", "Special"),
    }
);

/// Votes for, against and abstaining.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Tally {
    /// For.
    pub for_: u32,
    /// Against.
    pub against: u32,
    /// Abstained (not counted as votes cast).
    pub abstain: u32,
}

/// How the votes on a resolution were counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Votes {
    /// Not voted on yet.
    NotYet,
    /// Totals for the meeting.
    Total(Tally),
    /// Per membership class (by name), each member's vote weighted by the class's rules.
    ByClass(Vec<(String, Tally)>),
}

/// A resolution put to a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resolution {
    /// Its text.
    pub text: String,
    /// Ordinary or special.
    pub kind: ResolutionKind,
    /// Who proposed it.
    pub proposer: Option<RegisterEntryId>,
    /// Who seconded it.
    pub seconder: Option<RegisterEntryId>,
    /// The votes.
    pub votes: Votes,
    /// What the minutes say of it.
    pub minutes: String,
}

/// Whether a resolution passed, and the figures it was decided on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    /// Votes for (weighted).
    pub for_: u64,
    /// Votes against (weighted).
    pub against: u64,
    /// Abstentions (weighted).
    pub abstain: u64,
    /// Passed by the rules.
    pub passed: bool,
}

impl Resolution {
    /// The weighted totals and whether it passed: an ordinary resolution needs more votes
    /// for than against; a special one at least `special_majority_percent` of the votes cast
    /// (for and against; abstentions are not votes cast), so exactly 75% passes. `None`
    /// before a vote.
    pub fn outcome(&self, rules: &CoopRules) -> Option<Outcome> {
        let weight = |class: &str| rules.class(class).map_or(1, |c| u64::from(c.votes_per_member));
        let (for_, against, abstain) = match &self.votes {
            Votes::NotYet => return None,
            Votes::Total(t) => (u64::from(t.for_), u64::from(t.against), u64::from(t.abstain)),
            Votes::ByClass(classes) => classes.iter().fold((0, 0, 0), |(f, a, b), (class, t)| {
                let w = weight(class);
                (f + w * u64::from(t.for_), a + w * u64::from(t.against), b + w * u64::from(t.abstain))
            }),
        };
        let cast = for_ + against;
        let passed = match self.kind {
            ResolutionKind::Ordinary => for_ > against,
            ResolutionKind::Special => {
                cast > 0 && for_ * 100 >= u64::from(rules.special_majority_percent) * cast
            }
        };
        Some(Outcome { for_, against, abstain, passed })
    }
}

/// A meeting of the members or of the board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    /// Assigned by the store.
    pub id: MeetingId,
    /// AGM, special or board.
    pub kind: MeetingKind,
    /// The day it is held.
    pub date: NaiveDate,
    /// Where ("Aberfeldy Town Hall"), or how to join online.
    pub place: String,
    /// Held online (as well as, or instead of, in a room).
    pub online: bool,
    /// When notice was given.
    pub notice_given: Option<NaiveDate>,
    /// Who took part.
    pub attendees: Vec<Attendee>,
    /// The resolutions put to it.
    pub resolutions: Vec<Resolution>,
    /// The minutes' text.
    pub minutes: String,
}

impl Meeting {
    /// A new meeting of `kind` on `date`.
    pub fn new(kind: MeetingKind, date: NaiveDate) -> Self {
        Meeting {
            id: MeetingId::NEW,
            kind,
            date,
            place: String::new(),
            online: false,
            notice_given: None,
            attendees: Vec::new(),
            resolutions: Vec::new(),
            minutes: String::new(),
        }
    }

    /// Clear days of notice: the days between the day notice was given and the day of the
    /// meeting, neither counted.
    pub fn clear_days(&self) -> Option<i64> {
        self.notice_given.map(|n| (self.date - n).num_days() - 1)
    }

    /// A warning when a general meeting's notice is shorter than the rules ask (or not
    /// recorded).
    pub fn notice_warning(&self, rules: &CoopRules) -> Option<String> {
        if !self.kind.is_general() {
            return None;
        }
        let needed = i64::from(rules.notice_clear_days);
        match self.clear_days() {
            None => Some(crate::t!("dom-meeting-no-notice")),
            Some(days) if days < needed => {
                Some(crate::t!("dom-meeting-short-notice", days = days.max(0), needed = needed.to_string()))
            }
            Some(_) => None,
        }
    }

    /// The quorum the meeting needs, from the register on its day: for a general meeting at
    /// least `quorum_members` and at least `quorum_percent` of the members (rounded up),
    /// whichever is more; for the board, `board_quorum` officers.
    pub fn quorum_needed(&self, rules: &CoopRules, register: &[RegisterEntry]) -> u32 {
        if self.kind.is_general() {
            let members = register.iter().filter(|e| e.is_member_on(self.date)).count() as u64;
            let percent = (members * u64::from(rules.quorum_percent)).div_ceil(100);
            rules.quorum_members.max(u32::try_from(percent).unwrap_or(u32::MAX))
        } else {
            rules.board_quorum
        }
    }

    /// How many count toward the quorum: everyone present in person, online or by proxy
    /// who is a member on the day (for the board, who holds an office on the day).
    pub fn present(&self, register: &[RegisterEntry]) -> u32 {
        let by_id: std::collections::HashMap<RegisterEntryId, &RegisterEntry> =
            register.iter().map(|e| (e.id, e)).collect();
        let counts = |a: &Attendee| {
            by_id.get(&a.entry).is_some_and(|e| {
                e.is_member_on(self.date)
                    && (self.kind.is_general() || e.offices_on(self.date).next().is_some())
            })
        };
        u32::try_from(self.attendees.iter().filter(|a| counts(a)).count()).unwrap_or(u32::MAX)
    }

    /// True when the meeting was quorate.
    pub fn is_quorate(&self, rules: &CoopRules, register: &[RegisterEntry]) -> bool {
        self.present(register) >= self.quorum_needed(rules, register)
    }

    /// Checks the meeting alone.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut p = Problems::default();
        if self.notice_given.is_some_and(|n| n > self.date) {
            p.add("notice_given", crate::t!("dom-meeting-notice-after"));
        }
        for (i, a) in self.attendees.iter().enumerate() {
            if self.attendees[..i].iter().any(|b| b.entry == a.entry) {
                p.add("attendees", crate::t!("dom-meeting-listed-twice"));
            }
            if a.presence == Presence::Proxy && a.proxy_holder.trim().is_empty() {
                p.add("attendees", crate::t!("dom-meeting-proxy-holder"));
            }
        }
        for (i, r) in self.resolutions.iter().enumerate() {
            if r.text.trim().is_empty() {
                p.add(
                    "resolutions",
                    crate::t!("dom-meeting-resolution-no-text", number = (i + 1).to_string()),
                );
            }
            if r.proposer.is_some() && r.proposer == r.seconder {
                p.add(
                    "resolutions",
                    crate::t!("dom-meeting-seconder-is-proposer", number = (i + 1).to_string()),
                );
            }
        }
        p.into_result()
    }

    /// Checks the meeting as stored.
    pub fn validate_stored(&self) -> Result<(), ValidationError> {
        self.validate()
    }
}
