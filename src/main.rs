//! carecoop's entry point: parse the command line, then open the window or run a command.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = carecoop::cli::Cli::parse();
    match cli.command {
        Some(command) => carecoop::cli::run(cli.data, command),
        None => carecoop::ui::run_window(cli.data),
    }
}
