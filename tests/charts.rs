//! Charts render deterministically: the same data gives the same pixels on every machine,
//! thanks to the embedded font. The person chart is compared with a reference image.
//! Set UPDATE_CHART_REFERENCES=1 to write a new reference after an intended change.

use carecoop::charts::{
    ChangeHistogram, Chart, ChartStyle, Ons4Chart, PersonChart, SlopeChart, render, render_png, render_svg,
};
use carecoop::domain::wellbeing::ChangeCategory;
use carecoop::domain::{Instrument, Timepoint};
use chrono::NaiveDate;

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

fn person_chart() -> Chart {
    Chart::Person(PersonChart {
        title: "A.D. (P0001)".into(),
        instrument: Instrument::Wemwbs,
        points: vec![
            (d(8, 22), Timepoint::Before, 38.0),
            (d(10, 3), Timepoint::During, 42.0),
            (d(11, 19), Timepoint::After, 47.0),
        ],
        threshold: 3.0,
        attended: vec![d(9, 1), d(9, 8), d(9, 15), d(9, 29), d(10, 13), d(10, 27), d(11, 10)],
    })
}

fn decode(png_bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(png_bytes);
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    (info.width, info.height, buf)
}

#[test]
fn the_person_chart_matches_its_reference_image() {
    let png = render_png(&person_chart(), 800, 450, &ChartStyle::default()).unwrap();
    let reference = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/reference/person_chart.png");
    if std::env::var_os("UPDATE_CHART_REFERENCES").is_some() {
        std::fs::write(reference, &png).unwrap();
    }
    let expected = std::fs::read(reference).expect("tests/reference/person_chart.png is missing");
    let (w, h, pixels) = decode(&png);
    let (ew, eh, expected_pixels) = decode(&expected);
    assert_eq!((w, h), (ew, eh));
    let differing = pixels.iter().zip(&expected_pixels).filter(|(a, b)| a != b).count();
    assert_eq!(differing, 0, "{differing} bytes differ from the reference image");
}

#[test]
fn renders_are_repeatable_and_sized() {
    let style = ChartStyle::default();
    let a = render(&person_chart(), 640, 360, &style).unwrap();
    let b = render(&person_chart(), 640, 360, &style).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.rgb.len(), 640 * 360 * 3);
    assert_eq!(a.hover.len(), 3);
    assert_eq!(a.hover[0].text, "22 Aug 2026, Before: 38");
    // The band, the points and the background are all drawn: more than two colours.
    let mut colours: Vec<&[u8]> = a.rgb.chunks(3).collect();
    colours.sort();
    colours.dedup();
    assert!(colours.len() > 20);
    let dark = render(&person_chart(), 640, 360, &ChartStyle { dark: true, text_scale: 1.0 }).unwrap();
    assert_ne!(dark.rgb, a.rgb);
}

#[test]
fn svg_carries_the_labels() {
    let svg = render_svg(&person_chart(), 800, 450, &ChartStyle::default()).unwrap();
    assert!(svg.starts_with("<svg"));
    for text in
        ["A.D. (P0001)", "Before 38", "After 47", "Scotland 2018 adults mean 49.4", "no meaningful change"]
    {
        assert!(svg.contains(text), "the SVG lacks {text:?}");
    }
}

#[test]
fn every_chart_kind_draws() {
    let charts = [
        Chart::Ons4(Ons4Chart {
            title: "P0011".into(),
            points: vec![
                (d(9, 1), Timepoint::Before, [5, 6, 5, 7]),
                (d(11, 1), Timepoint::After, [7, 8, 7, 3]),
            ],
        }),
        Chart::Slope(SlopeChart {
            title: "WEMWBS: before and after".into(),
            instrument: Instrument::Wemwbs,
            pairs: vec![
                ("A.D.".into(), 38.0, 47.0, ChangeCategory::Improved),
                ("T.F.".into(), 44.0, 43.0, ChangeCategory::NoChange),
            ],
        }),
        Chart::Histogram(ChangeHistogram {
            title: "Change".into(),
            changes: vec![9.0, -1.0, 5.0, 4.0],
            threshold: 3.0,
        }),
    ];
    for chart in &charts {
        let png = render_png(chart, 600, 400, &ChartStyle::default()).unwrap();
        assert_eq!(&png[1..4], b"PNG");
        let svg = render_svg(chart, 600, 400, &ChartStyle::default()).unwrap();
        assert!(svg.contains("</svg>"));
    }
    let svg = render_svg(&charts[0], 600, 400, &ChartStyle::default()).unwrap();
    assert!(svg.contains("Anxiety yesterday (lower is better)"));
}

/// The text elements of an SVG chart as boxes: (text, left, top, right, bottom), from each
/// element's anchor, baseline offset and size.
fn text_boxes(svg: &str) -> Vec<(String, f64, f64, f64, f64)> {
    let attr = |tag: &str, name: &str| -> Option<String> {
        let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[start..].split('"').next()?.to_string())
    };
    svg.split("<text ")
        .skip(1)
        .filter(|t| !t.contains("rotate("))
        .filter_map(|t| {
            let (tag, rest) = t.split_once('>')?;
            let tag = format!(" {tag}");
            let tag = tag.as_str();
            let text = rest.split("</text>").next()?.trim().to_string();
            let x: f64 = attr(tag, "x")?.parse().ok()?;
            let y: f64 = attr(tag, "y")?.parse().ok()?;
            let size: f64 = attr(tag, "font-size")?.parse().ok()?;
            let width = text.chars().count() as f64 * size * 0.55;
            let left = match attr(tag, "text-anchor").as_deref() {
                Some("middle") => x - width / 2.0,
                Some("end") => x - width,
                _ => x,
            };
            let top = match attr(tag, "dy").as_deref() {
                Some("0.76em") => y,
                Some("-0.5ex") => y - size,
                _ => y - size * 0.5,
            };
            Some((text, left, top, left + width, top + size))
        })
        .collect()
}

#[test]
fn a_score_just_below_the_population_mean_keeps_its_label_clear_of_the_mean_label() {
    for after in [47.0, 48.5, 49.0, 50.0, 51.5] {
        let chart = Chart::Person(PersonChart {
            title: "A.D. (P0001)".into(),
            instrument: Instrument::Wemwbs,
            points: vec![
                (d(8, 22), Timepoint::Before, 38.0),
                (d(10, 3), Timepoint::During, 49.0),
                (d(11, 19), Timepoint::After, after),
            ],
            threshold: 3.0,
            attended: vec![],
        });
        let svg = render_svg(&chart, 800, 450, &ChartStyle::default()).unwrap();
        let boxes = text_boxes(&svg);
        let labels: Vec<_> = boxes
            .iter()
            .filter(|b| {
                b.0.starts_with("Before")
                    || b.0.starts_with("During")
                    || b.0.starts_with("After")
                    || b.0.starts_with("Scotland")
            })
            .collect();
        assert_eq!(labels.len(), 4, "{after}: {labels:?}");
        // The mean line's height, from the axis labels 40 and 50.
        let centre = |t: &str| boxes.iter().find(|b| b.0 == t).map(|b| (b.2 + b.4) / 2.0).unwrap();
        let (y40, y50) = (centre("40"), centre("50"));
        let mean_y = y40 + (49.4 - 40.0) * (y50 - y40) / 10.0;
        for label in labels.iter().filter(|b| !b.0.starts_with("Scotland")) {
            assert!(
                label.4 < mean_y - 1.0 || label.2 > mean_y + 1.0,
                "after {after}: {label:?} crosses the mean line at {mean_y}"
            );
        }
        for (i, a) in labels.iter().enumerate() {
            for b in &labels[i + 1..] {
                let apart = a.3 <= b.1 || b.3 <= a.1 || a.4 <= b.2 || b.4 <= a.2;
                assert!(apart, "after {after}: {a:?} overlaps {b:?}");
            }
        }
    }
    let svg = render_svg(&person_chart(), 800, 450, &ChartStyle::default()).unwrap();
    assert!(svg.contains("A.D. (P0001) \u{2013} WEMWBS"), "one separator, no double space");
}

#[test]
fn the_chart_and_document_font_draws_welsh_letters() {
    let face = ttf_parser::Face::parse(carecoop::fonts::DEJAVU_SANS, 0).unwrap();
    for c in "ŵŷŴŶâêîôûáéàëïöüÂÊÎÔÛ".chars() {
        assert!(face.glyph_index(c).is_some(), "DejaVu Sans lacks {c}");
    }
}
