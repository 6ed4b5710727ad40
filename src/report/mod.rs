//! Reports and documents read through the data interface: the subject-access export, the referrals
//! report and the GP outcome letter. Read-only; shared by the window and the command line.

pub mod charts;
pub mod coop;
mod error;
pub mod funds;
pub mod ics;
pub mod language;
pub mod letter;
pub mod outcomes;
pub mod pack;
pub mod planning;
pub mod referrals;
pub mod retention;
pub mod subject_access;

pub use error::ReportError;
