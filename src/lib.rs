//! carecoop: an offline desktop app for care and wellbeing co-operatives and the
//! social-prescribing link workers who refer people to them.
//!
//! Layers, one direction: [`domain`] (pure types and rules) ← [`data`] (the data interface:
//! traits over domain types) ← [`store`] (the redb backend) and [`pg`] (the PostgreSQL
//! backend for team mode), chosen by [`backends`] ← [`actions`] (every user action, once), [`exchange`] (CSV/JSON
//! layouts), [`report`] (documents and figures read through the interface) and [`charts`]
//! (plotters), with [`documents`] (printable documents as PDF) ← [`ui`] (egui views) and
//! [`cli`] ← `main.rs`. [`demo`] writes the demo co-op
//! and [`generate`] synthetic ones; [`backup`] backs files up and restores them. See ARCHITECTURE.md.

#![warn(missing_docs)]

pub mod actions;
pub mod backends;
pub mod backup;
pub mod charts;
pub mod cli;
pub mod copy;
pub mod data;
pub mod demo;
pub mod documents;
pub mod domain;
pub mod exchange;
pub mod fonts;
pub mod generate;
pub mod i18n;
pub mod paths;
pub mod pg;
pub mod report;
pub mod store;
pub mod team;
pub mod ui;
