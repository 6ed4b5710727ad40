//! The command line's help in the interface language.
//!
//! clap writes `--help` from the doc comments on [`Cli`], which are English. When the
//! language is Welsh, [`localized`] swaps every text clap shows for its message: each
//! subcommand's about, each argument's help, the help of the choices an argument takes,
//! clap's own `--help`, `--version` and `help` texts, and the words clap puts around them
//! (`Usage:`, `Commands:`, `Arguments:`, `Options:`, `Possible values:`, `[default: …]`).
//! In English the command is left exactly as clap builds it.
//!
//! Each text's message id comes from where it sits (see [`help_texts`]), so a new subcommand
//! or argument needs a message in both files; the translation tests ask for them.

use std::any::TypeId;

use clap::builder::Styles;
use clap::{Arg, ArgAction, Command, CommandFactory};

use super::{Cli, DocLangArg, EraseKind, ExportKind, Format, ImportKind, LangArg, ServerRole};
use crate::i18n::Lang;
use crate::t;

/// clap's own texts (the `--help` and `--version` flags, the `help` subcommand), by their
/// English words: the same in every subcommand, so one message each.
const BUILT_IN: [(&str, &str); 5] = [
    ("Print help", "cli-help-builtin-help"),
    ("Print help (see more with '--help')", "cli-help-builtin-help-see-more"),
    ("Print help (see a summary with '-h')", "cli-help-builtin-help-see-summary"),
    ("Print version", "cli-help-builtin-version"),
    ("Print this message or the help of the given subcommand(s)", "cli-help-builtin-help-command"),
];

/// The types whose choices have help, with the name their messages share wherever the
/// type is used (`cli-help-value-import-kind-members` for both `import` and `template`).
fn choice_type(arg: &Arg) -> Option<&'static str> {
    let of = arg.get_value_parser().type_id();
    [
        (TypeId::of::<LangArg>(), "lang"),
        (TypeId::of::<DocLangArg>(), "doc-lang"),
        (TypeId::of::<ExportKind>(), "export-kind"),
        (TypeId::of::<ImportKind>(), "import-kind"),
        (TypeId::of::<EraseKind>(), "erase-kind"),
        (TypeId::of::<Format>(), "format"),
        (TypeId::of::<ServerRole>(), "server-role"),
    ]
    .into_iter()
    .find(|(type_id, _)| of == *type_id)
    .map(|(_, name)| name)
}

/// Every help text the command line shows, as (message id, clap's English words), in the
/// order clap holds them, each id once.
///
/// The ids: `cli-help-about` for the program, `cli-help-<path>-about` for a subcommand
/// (`cli-help-report-referrals-about`), `cli-help-<path>-arg-<argument>` for an argument
/// (`cli-help-report-referrals-arg-from`), `cli-help-arg-<argument>` for the global ones
/// (`cli-help-arg-data`), `-long-about` and `-long` for the long forms, and
/// `cli-help-value-<type>-<value>` (or `<argument's id>-value-<value>` for a type not
/// listed) for a choice's help. Underscores become hyphens.
pub fn help_texts() -> Vec<(String, String)> {
    let mut cmd = Cli::command();
    cmd.build();
    let mut texts: Vec<(String, String)> = Vec::new();
    walk(cmd, &[], false, None, &mut |id, english| {
        if !texts.iter().any(|(known, _)| known == id) {
            texts.push((id.to_string(), english.to_string()));
        }
        None
    });
    texts
}

/// The message ids of every help text the command line shows (see [`help_texts`]).
pub fn help_ids() -> Vec<String> {
    help_texts().into_iter().map(|(id, _)| id).collect()
}

/// `cmd` with its help in this thread's language: in Welsh every text that has a message
/// is replaced by it (the command is built first, so clap's own flags and the `help`
/// subcommand are there to translate); in English `cmd` is returned as it is.
pub fn localized(cmd: Command) -> Command {
    if crate::i18n::current() == Lang::En {
        return cmd;
    }
    let mut cmd = cmd;
    cmd.build();
    let words = Words::new(cmd.get_styles());
    walk(cmd, &[], false, Some(&words), &mut |id, _| crate::i18n::has(id).then(|| crate::i18n::text(id)))
}

/// What `--lang` asks for on a command line (the last one given, before any `--`), so the
/// help can be in that language before clap reads the arguments. Anything but `en` or `cy`
/// is left for clap to refuse.
pub(super) fn lang_in_args(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<Lang> {
    let mut args = args.into_iter().skip(1).map(|a| a.into_string().unwrap_or_default());
    let mut found = None;
    while let Some(arg) = args.next() {
        let value = match arg.as_str() {
            "--" => break,
            "--lang" => args.next().unwrap_or_default(),
            other => match other.strip_prefix("--lang=") {
                Some(value) => value.to_string(),
                None => continue,
            },
        };
        match value.as_str() {
            "cy" => found = Some(Lang::Cy),
            "en" => found = Some(Lang::En),
            _ => {}
        }
    }
    found
}

/// The words clap writes around the help texts, in this thread's language, and the styles
/// it writes them in.
struct Words {
    template: String,
    commands: &'static str,
    arguments: &'static str,
    options: &'static str,
    possible_values: String,
    possible_values_inline: String,
    default: String,
    styles: Styles,
}

impl Words {
    fn new(styles: &Styles) -> Words {
        let usage = styles.get_usage();
        let heading = t!("cli-help-word-usage");
        Words {
            // clap's default template, with its `{usage-heading}` in words of our own.
            template: format!(
                "{{before-help}}{{about-with-newline}}\n{usage}{heading}:{usage:#} {{usage}}\n\n{{all-args}}{{after-help}}"
            ),
            commands: crate::i18n::static_text("cli-help-word-commands", "Commands"),
            arguments: crate::i18n::static_text("cli-help-word-arguments", "Arguments"),
            options: crate::i18n::static_text("cli-help-word-options", "Options"),
            possible_values: t!("cli-help-word-possible-values"),
            possible_values_inline: t!("cli-help-word-possible-values-inline"),
            default: t!("cli-help-word-default"),
            styles: styles.clone(),
        }
    }
}

/// Calls `swap(id, english)` for every text of `cmd` and its subcommands (`path` names the
/// subcommands from the top) and puts each answer in the text's place; with `words`, also
/// writes clap's own words with them.
fn walk(
    mut cmd: Command,
    path: &[String],
    help_command: bool,
    words: Option<&Words>,
    swap: &mut dyn FnMut(&str, &str) -> Option<String>,
) -> Command {
    let prefix = prefix(path);
    if let Some(english) = cmd.get_about().map(ToString::to_string) {
        let id = if help_command { built_in(&english) } else { Some(format!("{prefix}about")) };
        if let Some(text) = id.and_then(|id| swap(&id, &english)) {
            cmd = cmd.about(text);
        }
    }
    if let Some(english) = cmd.get_long_about().map(ToString::to_string) {
        let id = if help_command { built_in(&english) } else { Some(format!("{prefix}long-about")) };
        if let Some(text) = id.and_then(|id| swap(&id, &english)) {
            cmd = cmd.long_about(text);
        }
    }
    if let Some(words) = words {
        cmd = cmd.help_template(words.template.clone());
        if cmd.has_subcommands() && cmd.get_subcommand_help_heading().is_none() {
            cmd = cmd.subcommand_help_heading(words.commands);
        }
    }
    // `mut_args` and `mut_subcommands` keep the order clap shows them in.
    cmd = cmd.mut_args(|arg| localize_arg(arg, path, words, &mut *swap));
    cmd.mut_subcommands(|sub| {
        if sub.get_name() == "help" {
            // clap's `help` subcommand holds copies of its siblings: their texts are theirs.
            walk(sub, path, true, words, &mut *swap)
        } else {
            let mut below = path.to_vec();
            below.push(sub.get_name().to_string());
            walk(sub, &below, false, words, &mut *swap)
        }
    })
}

/// The start of the ids of a subcommand's texts: `cli-help-report-referrals-`.
fn prefix(path: &[String]) -> String {
    let mut prefix = String::from("cli-help-");
    for name in path {
        prefix.push_str(&kebab(name));
        prefix.push('-');
    }
    prefix
}

/// A name as a part of a message id: `doc_lang` → `doc-lang`.
fn kebab(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect()
}

/// The message of one of clap's own texts.
fn built_in(english: &str) -> Option<String> {
    BUILT_IN.iter().find(|(words, _)| *words == english).map(|(_, id)| id.to_string())
}

/// One argument's texts (see [`walk`]). With `words`, the choices and the default are
/// written into the help by hand, as clap writes them, so their words are translated too.
fn localize_arg(
    arg: Arg,
    path: &[String],
    words: Option<&Words>,
    swap: &mut dyn FnMut(&str, &str) -> Option<String>,
) -> Arg {
    let built_in_arg = matches!(
        arg.get_action(),
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong | ArgAction::Version
    );
    let base = if arg.is_global_set() || path.is_empty() {
        format!("cli-help-arg-{}", kebab(arg.get_id().as_str()))
    } else {
        format!("{}arg-{}", prefix(path), kebab(arg.get_id().as_str()))
    };
    let mut text = |suffix: &str, english: Option<String>| -> Option<String> {
        let english = english?;
        let id = if built_in_arg { built_in(&english) } else { Some(format!("{base}{suffix}")) };
        Some(id.and_then(|id| swap(&id, &english)).unwrap_or(english))
    };
    let help = text("", arg.get_help().map(ToString::to_string));
    let long_help = text("-long", arg.get_long_help().map(ToString::to_string));
    let choice = choice_type(&arg);
    let choices: Vec<(String, Option<String>)> = arg
        .get_possible_values()
        .iter()
        .filter(|value| !value.is_hide_set())
        .map(|value| {
            let name = value.get_name().to_string();
            let id = match choice {
                Some(kind) => format!("cli-help-value-{kind}-{}", kebab(&name)),
                None => format!("{base}-value-{}", kebab(&name)),
            };
            let help = value.get_help().map(|english| {
                let english = english.to_string();
                swap(&id, &english).unwrap_or(english)
            });
            (name, help)
        })
        .collect();
    let Some(words) = words else { return arg };

    let mut arg = arg;
    if arg.get_help_heading().is_none() {
        let heading = if arg.is_positional() { words.arguments } else { words.options };
        arg = arg.help_heading(heading);
    }
    let takes_values = arg.get_action().takes_values();
    let default = (takes_values && !arg.is_hide_default_value_set() && !arg.get_default_values().is_empty())
        .then(|| arg.get_default_values().iter().map(|v| v.to_string_lossy()).collect::<Vec<_>>().join(" "));
    let show_choices = takes_values && !arg.is_hide_possible_values_set() && !choices.is_empty();
    if default.is_none() && !show_choices {
        if let Some(help) = help {
            arg = arg.help(help);
        }
        if let Some(long_help) = long_help {
            arg = arg.long_help(long_help);
        }
        return arg;
    }

    // As clap's help template writes them, in the same styles.
    let styles = &words.styles;
    let (context, value, literal) = (styles.get_context(), styles.get_context_value(), styles.get_literal());
    let mut specs_short = Vec::new();
    let mut specs_long = Vec::new();
    if let Some(default) = default {
        let spec =
            format!("{context}[{}: {context:#}{value}{default}{value:#}{context}]{context:#}", words.default);
        specs_short.push(spec.clone());
        specs_long.push(spec);
    }
    let choices_listed = show_choices && choices.iter().any(|(_, help)| help.is_some());
    if show_choices {
        let names = choices
            .iter()
            .map(|(name, _)| format!("{value}{name}{value:#}"))
            .collect::<Vec<_>>()
            .join(&format!("{context}, {context:#}"));
        let spec =
            format!("{context}[{}: {context:#}{names}{context}]{context:#}", words.possible_values_inline);
        specs_short.push(spec.clone());
        if !choices_listed {
            specs_long.push(spec);
        }
    }

    let mut short = help.clone().or_else(|| long_help.clone()).unwrap_or_default();
    if !specs_short.is_empty() {
        if !short.is_empty() {
            short.push(' ');
        }
        short.push_str(&specs_short.join(" "));
    }
    let mut long = long_help.or(help).unwrap_or_default();
    if choices_listed {
        let widest = choices.iter().map(|(name, _)| name.chars().count()).max().unwrap_or(0);
        if !long.is_empty() {
            long.push_str("\n\n");
        }
        long.push_str(&format!("{}:", words.possible_values));
        for (name, help) in &choices {
            long.push_str(&format!("\n- {literal}{name}{literal:#}"));
            if let Some(help) = help {
                let padding = widest - name.chars().count();
                long.push_str(&format!(": {:padding$}{help}", ""));
            }
        }
    }
    if !specs_long.is_empty() {
        if !long.is_empty() {
            long.push_str("\n\n");
        }
        long.push_str(&specs_long.join("\n"));
    }
    arg.help(short).long_help(long).hide_default_value(true).hide_possible_values(true)
}
