//! The three instruments and how each is scored.

use crate::domain::choice::choice_enum;

choice_enum!(
    /// A wellbeing questionnaire.
    Instrument {
        Wemwbs => ("WEMWBS", "WEMWBS", "Warwick-Edinburgh"),
        Swemwbs => ("SWEMWBS", "SWEMWBS", "short WEMWBS", "short Warwick-Edinburgh"),
        Ons4 => ("ONS4", "ONS4", "ONS 4", "ONS-4"),
    }
);

/// SWEMWBS raw score (7–35) → metric score, from the published conversion table.
const SWEMWBS_METRIC: [f64; 29] = [
    7.00, 9.51, 11.25, 12.40, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, // 7–16
    16.88, 17.43, 17.98, 18.59, 19.25, 19.98, 20.73, 21.54, 22.35, 23.21, // 17–26
    24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.70, 32.55, 35.00, // 27–35
];

/// The metric score for a SWEMWBS raw score, or `None` outside 7–35.
pub fn swemwbs_metric(raw: u8) -> Option<f64> {
    SWEMWBS_METRIC.get(usize::from(raw.checked_sub(7)?)).copied()
}

/// ONS4 questions in the interface language (free to use; the wording ships with the app, in
/// English and in the published Welsh of the ONS and the National Survey for Wales).
pub fn ons4_questions() -> [&'static str; 4] {
    use crate::i18n::static_text;
    [
        static_text("dom-ons4-life-satisfaction", "Overall, how satisfied are you with your life nowadays?"),
        static_text(
            "dom-ons4-worthwhile",
            "Overall, to what extent do you feel that the things you do in your life are worthwhile?",
        ),
        static_text("dom-ons4-happy", "Overall, how happy did you feel yesterday?"),
        static_text("dom-ons4-anxious", "Overall, how anxious did you feel yesterday?"),
    ]
}

/// The words at the ends of the ONS4 answer scale, in the interface language: what 0 means
/// and what 10 means.
pub fn ons4_scale_anchors() -> (&'static str, &'static str) {
    (
        crate::i18n::static_text("dom-ons4-anchor-low", "not at all"),
        crate::i18n::static_text("dom-ons4-anchor-high", "completely"),
    )
}

/// The WEMWBS items that make up SWEMWBS (1-based item numbers).
pub const SWEMWBS_ITEMS_OF_WEMWBS: [u8; 7] = [1, 2, 3, 6, 7, 9, 11];

/// WEMWBS/SWEMWBS response labels for answers 1–5 (part of the licensed scale: left as
/// published, not translated here).
pub const WEMWBS_RESPONSES: [&str; 5] =
    ["None of the time", "Rarely", "Some of the time", "Often", "All of the time"];

impl Instrument {
    /// How many items the instrument has.
    pub fn item_count(self) -> usize {
        match self {
            Instrument::Wemwbs => 14,
            Instrument::Swemwbs => 7,
            Instrument::Ons4 => 4,
        }
    }

    /// The lowest and highest answer to one item.
    pub fn answer_range(self) -> (u8, u8) {
        match self {
            Instrument::Wemwbs | Instrument::Swemwbs => (1, 5),
            Instrument::Ons4 => (0, 10),
        }
    }

    /// The full range of the headline score (for chart axes); ONS4 items are 0–10.
    pub fn score_range(self) -> (f64, f64) {
        match self {
            Instrument::Wemwbs => (14.0, 70.0),
            Instrument::Swemwbs => (7.0, 35.0),
            Instrument::Ons4 => (0.0, 10.0),
        }
    }

    /// Scores a list of answers (`None` = item not answered).
    ///
    /// Any missing item makes the assessment incomplete: it is never scored. An answer outside
    /// the item range or the wrong number of items is an error.
    pub fn score(self, answers: &[Option<u8>]) -> Result<Scored, ScoreError> {
        if answers.len() != self.item_count() {
            return Err(ScoreError::ItemCount {
                instrument: self,
                expected: self.item_count(),
                given: answers.len(),
            });
        }
        let (lo, hi) = self.answer_range();
        for (i, a) in answers.iter().enumerate() {
            if let Some(v) = a
                && !(lo..=hi).contains(v)
            {
                return Err(ScoreError::OutOfRange { item: i + 1, answer: *v, lo, hi });
            }
        }
        let missing: Vec<usize> =
            answers.iter().enumerate().filter(|(_, a)| a.is_none()).map(|(i, _)| i + 1).collect();
        if !missing.is_empty() {
            return Ok(Scored::Incomplete { missing_items: missing });
        }
        let values: Vec<u8> = answers.iter().flatten().copied().collect();
        let sum: u8 = values.iter().sum();
        Ok(Scored::Complete(match self {
            Instrument::Wemwbs => Score::Wemwbs(sum),
            Instrument::Swemwbs => {
                Score::Swemwbs { raw: sum, metric: swemwbs_metric(sum).unwrap_or(f64::NAN) }
            }
            Instrument::Ons4 => Score::Ons4([values[0], values[1], values[2], values[3]]),
        }))
    }
}

/// Why answers cannot be scored (a missing item is not an error: it makes the assessment
/// incomplete).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScoreError {
    /// The wrong number of answers for the instrument.
    ItemCount {
        /// The questionnaire.
        instrument: Instrument,
        /// Its number of items.
        expected: usize,
        /// How many answers there were.
        given: usize,
    },
    /// An answer outside the item's range.
    OutOfRange {
        /// The item number, from 1.
        item: usize,
        /// The answer given.
        answer: u8,
        /// The lowest answer.
        lo: u8,
        /// The highest answer.
        hi: u8,
    },
}

impl std::fmt::Display for ScoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ScoreError::ItemCount { instrument, expected, given } => crate::t!(
                "dom-score-item-count",
                instrument = instrument.label(),
                expected = expected.to_string(),
                given = given.to_string()
            ),
            ScoreError::OutOfRange { item, answer, lo, hi } => crate::t!(
                "dom-score-out-of-range",
                item = item.to_string(),
                answer = answer.to_string(),
                low = lo.to_string(),
                high = hi.to_string()
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ScoreError {}

/// A complete assessment's score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Score {
    /// WEMWBS total, 14–70.
    Wemwbs(u8),
    /// SWEMWBS raw sum (7–35) and its metric score.
    Swemwbs {
        /// Raw sum of the seven answers.
        raw: u8,
        /// Metric score from the conversion table.
        metric: f64,
    },
    /// ONS4: life satisfaction, worthwhile, happiness, anxiety; each 0–10, never summed.
    Ons4([u8; 4]),
}

impl Score {
    /// The one number charts and change use: WEMWBS total or SWEMWBS metric; none for ONS4.
    pub fn headline(&self) -> Option<f64> {
        match self {
            Score::Wemwbs(total) => Some(f64::from(*total)),
            Score::Swemwbs { metric, .. } => Some(*metric),
            Score::Ons4(_) => None,
        }
    }
}

/// The result of scoring: a score, or why there is none.
#[derive(Debug, Clone, PartialEq)]
pub enum Scored {
    /// Every item answered.
    Complete(Score),
    /// Some items were not answered (1-based item numbers); the assessment is kept, not scored.
    Incomplete {
        /// Which items are missing.
        missing_items: Vec<usize>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ons4_questions_ship_in_welsh_and_english() {
        use crate::i18n::{Lang, with_lang};
        let welsh = with_lang(Lang::Cy, ons4_questions);
        assert_eq!(welsh[0], "Yn gyffredinol, pa mor fodlon ydych chi â'ch bywyd y dyddiau hyn?");
        assert_eq!(welsh[3], "Yn gyffredinol, pa mor bryderus oeddech chi'n teimlo ddoe?");
        let english = with_lang(Lang::En, ons4_questions);
        assert_eq!(english[0], "Overall, how satisfied are you with your life nowadays?");
    }

    #[test]
    fn every_row_of_the_swemwbs_table() {
        let table = [
            (7, 7.00),
            (8, 9.51),
            (9, 11.25),
            (10, 12.40),
            (11, 13.33),
            (12, 14.08),
            (13, 14.75),
            (14, 15.32),
            (15, 15.84),
            (16, 16.36),
            (17, 16.88),
            (18, 17.43),
            (19, 17.98),
            (20, 18.59),
            (21, 19.25),
            (22, 19.98),
            (23, 20.73),
            (24, 21.54),
            (25, 22.35),
            (26, 23.21),
            (27, 24.11),
            (28, 25.03),
            (29, 26.02),
            (30, 27.03),
            (31, 28.13),
            (32, 29.31),
            (33, 30.70),
            (34, 32.55),
            (35, 35.00),
        ];
        for (raw, metric) in table {
            assert_eq!(swemwbs_metric(raw), Some(metric), "raw {raw}");
        }
        assert_eq!(swemwbs_metric(6), None);
        assert_eq!(swemwbs_metric(36), None);
    }

    #[test]
    fn wemwbs_bounds() {
        let all = |v| vec![Some(v); 14];
        assert_eq!(Instrument::Wemwbs.score(&all(1)), Ok(Scored::Complete(Score::Wemwbs(14))));
        assert_eq!(Instrument::Wemwbs.score(&all(5)), Ok(Scored::Complete(Score::Wemwbs(70))));
        assert!(Instrument::Wemwbs.score(&all(0)).is_err());
        assert!(Instrument::Wemwbs.score(&all(6)).is_err());
        assert!(Instrument::Wemwbs.score(&[Some(3); 13]).is_err());
    }

    #[test]
    fn missing_item_is_incomplete_never_scored() {
        let mut answers = vec![Some(3); 7];
        answers[2] = None;
        assert_eq!(Instrument::Swemwbs.score(&answers), Ok(Scored::Incomplete { missing_items: vec![3] }));
    }

    #[test]
    fn swemwbs_scores_through_the_table() {
        let answers = vec![Some(3); 7]; // raw 21
        assert_eq!(
            Instrument::Swemwbs.score(&answers),
            Ok(Scored::Complete(Score::Swemwbs { raw: 21, metric: 19.25 }))
        );
    }

    #[test]
    fn ons4_items_are_kept_apart() {
        let s = Instrument::Ons4.score(&[Some(7), Some(8), Some(6), Some(3)]).unwrap();
        assert_eq!(s, Scored::Complete(Score::Ons4([7, 8, 6, 3])));
        if let Scored::Complete(score) = s {
            assert_eq!(score.headline(), None);
        }
        assert!(Instrument::Ons4.score(&[Some(11), Some(0), Some(0), Some(0)]).is_err());
    }
}
