use chrono::NaiveDate;

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn dates_read_in_each_language() {
    let d = day(2026, 11, 24);
    assert_eq!(with_lang(Lang::En, || date(d, "%A %-d %B %Y")), "Tuesday 24 November 2026");
    assert_eq!(with_lang(Lang::Cy, || date(d, "%A %-d %B %Y")), "Dydd Mawrth 24 Tachwedd 2026");
    assert_eq!(with_lang(Lang::En, || date(d, "%a %-d %b %Y")), "Tue 24 Nov 2026");
    assert_eq!(with_lang(Lang::Cy, || date(d, "%a %-d %b %Y")), "Maw 24 Tach 2026");
    assert_eq!(with_lang(Lang::Cy, || date(day(2026, 3, 1), "%A %-d %B")), "Dydd Sul 1 Mawrth");
    assert_eq!(with_lang(Lang::Cy, || month_name(12)), "Rhagfyr");
}

#[test]
fn the_locale_chooses_the_language() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    };
    assert_eq!(Lang::from_locale_vars(env(&[("LANG", "cy_GB.UTF-8")])), Lang::Cy);
    assert_eq!(Lang::from_locale_vars(env(&[("LANG", "en_GB.UTF-8")])), Lang::En);
    assert_eq!(Lang::from_locale_vars(env(&[("LC_ALL", "cy_GB.UTF-8"), ("LANG", "en_GB")])), Lang::Cy);
    assert_eq!(Lang::from_locale_vars(env(&[("LC_ALL", ""), ("LANG", "cy")])), Lang::Cy);
    assert_eq!(Lang::from_locale_vars(env(&[])), Lang::En);
    assert_eq!(Lang::from_locale_vars(env(&[("LANG", "C.UTF-8")])), Lang::En);
    assert_eq!(Lang::parse("cy"), Some(Lang::Cy));
    assert_eq!(Lang::parse("fr"), None);
}

#[test]
fn each_thread_keeps_its_own_language() {
    set_current(Lang::Cy);
    let other = std::thread::spawn(|| {
        set_current(Lang::En);
        current()
    });
    assert_eq!(other.join().unwrap(), Lang::En);
    assert_eq!(current(), Lang::Cy);
    assert_eq!(with_lang(Lang::En, current), Lang::En);
    assert_eq!(current(), Lang::Cy);
}

#[test]
fn welsh_plurals_use_all_six_forms() {
    let n = |count: i64| with_lang(Lang::Cy, || crate::t!("count-people", count = count));
    assert_eq!(n(0), "dim pobl");
    assert_eq!(n(1), "1 person");
    assert_eq!(n(2), "2 berson");
    assert_eq!(n(3), "3 pherson");
    assert_eq!(n(6), "6 pherson");
    assert_eq!(n(4), "4 person");
    let en = |count: i64| with_lang(Lang::En, || crate::t!("count-people", count = count));
    assert_eq!(en(1), "1 person");
    assert_eq!(en(2), "2 people");
}
