//! carecoop's entry point: parse the command line, then open the window or run a command.

use std::process::ExitCode;

fn main() -> ExitCode {
    quiet_broken_pipe();
    // Before parsing, so clap's errors from our own checks read in the system's language.
    carecoop::i18n::set_default(carecoop::i18n::Lang::from_system());
    let cli = carecoop::cli::parse();
    let chosen = cli.lang.map(carecoop::i18n::Lang::from);
    if let Some(lang) = chosen {
        carecoop::i18n::set_default(lang);
    }
    match cli.command {
        Some(command) => carecoop::cli::run(cli.data, command),
        None => carecoop::ui::run_window(cli.data, chosen),
    }
}

/// `carecoop report ... | head` closes the pipe early; Rust's `println!` then panics. That is
/// not an error for a command-line tool: end quietly instead, like other Unix tools do.
fn quiet_broken_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info.payload().downcast_ref::<String>().map(String::as_str).unwrap_or_default();
        if message.contains("failed printing to stdout") && message.contains("Broken pipe") {
            std::process::exit(0);
        }
        default(info);
    }));
}
