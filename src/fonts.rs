//! The one font carecoop draws with outside the window: DejaVu Sans, compiled in, so charts
//! and printable documents look the same on every machine (licence in assets/).

/// DejaVu Sans (TrueType).
pub const DEJAVU_SANS: &[u8] = include_bytes!("../assets/DejaVuSans.ttf");
