//! Reaching the co-op's server: a `postgres://` URL read with libpq's conventions (the
//! password from the URL, `PGPASSWORD` or `~/.pgpass`; `sslmode` disable, prefer, require or
//! verify-full), and TLS by rustls (no OpenSSL).

use crate::data::DataError;
use postgres::config::{Host, SslMode};
use std::sync::Arc;

/// True when a `--data` location names a server rather than a file.
pub fn is_server_url(location: &str) -> bool {
    location.starts_with("postgres://") || location.starts_with("postgresql://")
}

/// How the connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tls {
    /// No TLS (`sslmode=disable`).
    Off,
    /// TLS if the server offers it, without checking its certificate (`prefer`, libpq's
    /// default).
    Prefer,
    /// TLS always, without checking the certificate (`require`).
    Require,
    /// TLS always, with the certificate checked against the public roots and the host name
    /// (`verify-ca` and `verify-full`).
    Verify,
}

/// A server address ready to connect to, and how to name it on screen (never with the
/// password).
#[derive(Clone)]
pub struct Address {
    /// The connection settings, password included when one was found.
    pub config: postgres::Config,
    /// How the connection is protected.
    pub tls: Tls,
    /// "user@host:port/database", for the status bar and messages.
    pub display: String,
    /// "host:port".
    pub server: String,
    /// The login name.
    pub user: String,
}

impl std::fmt::Debug for Address {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Address").field("display", &self.display).field("tls", &self.tls).finish()
    }
}

/// Reads a `postgres://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=...]` URL.
pub fn parse(url: &str) -> Result<Address, DataError> {
    let bad = |why: String| DataError::NotCarecoopServer { location: redact(url), reason: why };
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let mut tls = Tls::Prefer;
    let mut rest = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some(("sslmode", mode)) => {
                tls = match mode {
                    "disable" => Tls::Off,
                    "allow" | "prefer" => Tls::Prefer,
                    "require" => Tls::Require,
                    "verify-ca" | "verify-full" => Tls::Verify,
                    other => {
                        return Err(bad(crate::t!("pg-bad-sslmode", mode = other)));
                    }
                }
            }
            _ => rest.push(pair),
        }
    }
    let cleaned = if rest.is_empty() { base.to_string() } else { format!("{base}?{}", rest.join("&")) };
    let mut config: postgres::Config = cleaned
        .parse()
        .map_err(|e: postgres::Error| bad(crate::t!("pg-bad-address", error = e.to_string())))?;
    config.ssl_mode(match tls {
        Tls::Off => SslMode::Disable,
        Tls::Prefer => SslMode::Prefer,
        Tls::Require | Tls::Verify => SslMode::Require,
    });
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(h)) => h.clone(),
        #[cfg(unix)]
        Some(Host::Unix(p)) => p.display().to_string(),
        None => "localhost".to_string(),
    };
    if config.get_hosts().is_empty() {
        config.host("localhost");
    }
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let user = match config.get_user() {
        Some(u) => u.to_string(),
        None => {
            let u = std::env::var("PGUSER")
                .or_else(|_| std::env::var("USER"))
                .unwrap_or_else(|_| "postgres".into());
            config.user(&u);
            u
        }
    };
    let dbname = match config.get_dbname() {
        Some(d) => d.to_string(),
        None => {
            config.dbname(&user);
            user.clone()
        }
    };
    if config.get_password().is_none()
        && let Some(password) = password_for(&host, port, &dbname, &user)
    {
        config.password(password);
    }
    config.application_name("carecoop");
    config.connect_timeout(std::time::Duration::from_secs(10));
    let server = format!("{host}:{port}");
    Ok(Address { display: format!("{user}@{server}/{dbname}"), server, user, config, tls })
}

/// The URL with any password replaced by `***`.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.find('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// The password libpq would use: `PGPASSWORD`, else the first matching `~/.pgpass` line
/// (`host:port:database:user:password`, `*` matching anything, `\:` and `\\` escaped).
fn password_for(host: &str, port: u16, dbname: &str, user: &str) -> Option<String> {
    if let Ok(p) = std::env::var("PGPASSWORD") {
        return Some(p);
    }
    let file = std::env::var_os("PGPASSFILE")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".pgpass")))?;
    let text = std::fs::read_to_string(file).ok()?;
    pgpass_lookup(&text, host, port, dbname, user)
}

/// The password a `.pgpass` file gives for a connection.
pub fn pgpass_lookup(text: &str, host: &str, port: u16, dbname: &str, user: &str) -> Option<String> {
    let port = port.to_string();
    for line in text.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let fields = split_pgpass(line);
        let [h, p, d, u, password] = fields.as_slice() else { continue };
        let matches = |pattern: &str, value: &str| pattern == "*" || pattern == value;
        let host_ok =
            matches(h, host) || (h == "localhost" && (host == "127.0.0.1" || host.starts_with('/')));
        if host_ok && matches(p, &port) && matches(d, dbname) && matches(u, user) {
            return Some(password.clone());
        }
    }
    None
}

fn split_pgpass(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next()
                    && let Some(field) = fields.last_mut()
                {
                    field.push(next);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => {
                if let Some(field) = fields.last_mut() {
                    field.push(c);
                }
            }
        }
    }
    fields
}

/// Connects, turning the ways a connection fails into one clear message each.
pub fn connect(address: &Address) -> Result<postgres::Client, DataError> {
    let result = match address.tls {
        Tls::Off => address.config.connect(postgres::NoTls),
        Tls::Prefer | Tls::Require => address.config.connect(rustls_connector(false)?),
        Tls::Verify => address.config.connect(rustls_connector(true)?),
    };
    result.map_err(|e| connect_error(address, e))
}

fn connect_error(address: &Address, e: postgres::Error) -> DataError {
    use postgres::error::SqlState;
    match e.code() {
        Some(code)
            if *code == SqlState::INVALID_PASSWORD
                || *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION =>
        {
            DataError::LoginRefused {
                server: address.server.clone(),
                user: address.user.clone(),
                reason: e.as_db_error().map_or_else(|| e.to_string(), |d| d.message().to_string()),
            }
        }
        Some(code) if *code == SqlState::INVALID_CATALOG_NAME => DataError::NotCarecoopServer {
            location: address.display.clone(),
            reason: crate::t!("pg-no-such-database"),
        },
        Some(_) => DataError::Backend {
            context: crate::i18n::static_text("pg-connection-refused", "the server refused the connection"),
            source: Box::new(e),
        },
        None => DataError::Unreachable { server: address.server.clone(), source: Box::new(e) },
    }
}

fn rustls_connector(verify: bool) -> Result<tokio_postgres_rustls::MakeRustlsConnect, DataError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| DataError::Backend {
            context: crate::i18n::static_text("pg-tls-failed", "TLS could not be set up"),
            source: Box::new(e),
        })?;
    let config = if verify {
        let roots = rustls::RootCertStore { roots: webpki_roots::TLS_SERVER_ROOTS.to_vec() };
        builder.with_root_certificates(roots).with_no_client_auth()
    } else {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(EncryptOnly(provider)))
            .with_no_client_auth()
    };
    Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
}

/// `sslmode=require` as libpq means it: the connection is encrypted, the certificate is not
/// checked (signatures in the handshake still are).
#[derive(Debug)]
struct EncryptOnly(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for EncryptOnly {
    fn verify_server_cert(
        &self,
        _end_entity: &rustls::pki_types::CertificateDer<'_>,
        _intermediates: &[rustls::pki_types::CertificateDer<'_>],
        _server_name: &rustls::pki_types::ServerName<'_>,
        _ocsp_response: &[u8],
        _now: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_read_as_libpq_reads_them() {
        let a = parse("postgres://morag@db.example:5433/coop?sslmode=verify-full").unwrap();
        assert_eq!((a.display.as_str(), a.tls), ("morag@db.example:5433/coop", Tls::Verify));
        let b = parse("postgresql://isla:secret@127.0.0.1/coop").unwrap();
        assert_eq!(
            (b.server.as_str(), b.tls, b.config.get_password()),
            ("127.0.0.1:5432", Tls::Prefer, Some(&b"secret"[..]))
        );
        assert!(parse("postgres://x@h/db?sslmode=sometimes").is_err());
        assert_eq!(redact("postgres://isla:secret@h/db"), "postgres://isla:***@h/db");
    }

    #[test]
    fn pgpass_lines_match_with_wildcards_and_escapes() {
        let file = "# comment\nother:5432:*:*:nope\nlocalhost:*:coop:isla:pa\\:ss\n*:*:*:*:fallback\n";
        assert_eq!(pgpass_lookup(file, "127.0.0.1", 5432, "coop", "isla").as_deref(), Some("pa:ss"));
        assert_eq!(pgpass_lookup(file, "db.example", 5432, "coop", "isla").as_deref(), Some("fallback"));
        assert_eq!(pgpass_lookup("h:1:d:u:p\n", "h", 2, "d", "u"), None);
    }
}
