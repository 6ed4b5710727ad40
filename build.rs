//! Rebuilds when a translation file changes: the `fl!` macro reads them at compile time,
//! which Cargo cannot see by itself.

fn main() {
    println!("cargo:rerun-if-changed=i18n");
    println!("cargo:rerun-if-changed=i18n/en-GB/carecoop.ftl");
    println!("cargo:rerun-if-changed=i18n/cy/carecoop.ftl");
    println!("cargo:rerun-if-changed=i18n.toml");
}
