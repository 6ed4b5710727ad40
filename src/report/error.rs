//! Why a report or document could not be made.

use crate::charts::ChartError;
use crate::data::DataError;

/// Something a report could not do; nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The data could not be read.
    #[error(transparent)]
    Data(#[from] DataError),
    /// A chart in the document could not be drawn.
    #[error(transparent)]
    Chart(#[from] ChartError),
    /// A CSV document could not be written.
    #[error("{}", crate::t!("report-error-csv"))]
    Csv(#[from] csv::Error),
}

impl<W> From<csv::IntoInnerError<W>> for ReportError {
    fn from(e: csv::IntoInnerError<W>) -> Self {
        ReportError::Csv(e.into_error().into())
    }
}
