//! Reports and documents built from the store: the subject-access export, the referrals
//! report and the GP outcome letter. Read-only; shared by the window and the command line.

pub mod charts;
pub mod funds;
pub mod ics;
pub mod letter;
pub mod outcomes;
pub mod pack;
pub mod planning;
pub mod referrals;
pub mod subject_access;
