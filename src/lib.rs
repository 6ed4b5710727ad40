//! carecoop: an offline desktop app for care and wellbeing co-operatives and the
//! social-prescribing link workers who refer people to them.
//!
//! Layers, one direction: [`domain`] (pure types and rules) ← [`store`] (redb; the only code
//! that knows tables) ← [`report`] (documents and figures read from the store) and [`charts`]
//! (plotters) ← [`ui`] (egui views) ← `main.rs` / [`cli`]. [`exchange`] maps records to the
//! documented CSV/JSON layouts; [`demo`] writes the demo co-op and [`generate`] synthetic ones.
//! See ARCHITECTURE.md.

#![warn(missing_docs)]

pub mod charts;
pub mod cli;
pub mod demo;
pub mod domain;
pub mod exchange;
pub mod generate;
pub mod report;
pub mod store;
pub mod ui;
