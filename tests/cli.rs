//! The command surface of `spec/cli.md`.

use std::process::Command;

fn sabha() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sabha"))
}

#[test]
fn help_lists_every_subcommand() {
    let out = sabha().arg("--help").output().unwrap();
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for sub in ["convert", "parse", "text", "tokens", "schema"] {
        assert!(help.contains(sub), "--help does not mention {sub}");
    }
}

#[test]
fn bad_arguments_exit_with_status_1() {
    // Status 2 means "some documents failed"; bad arguments are "could not run": 1.
    for args in [&["convert", "--jobs", "many"][..], &["no-such-command"], &["parse"]] {
        let out = sabha().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "sabha {args:?}");
    }
}
