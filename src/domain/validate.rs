//! Validation errors that name the field, so a form can show the message beside the input
//! and an import can say "line 7, field email: ...".

/// One problem with one field of a record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct FieldError {
    /// The field's name, as used in forms, CSV columns and JSON.
    pub field: &'static str,
    /// What is wrong, in words a user can act on.
    pub message: String,
}

impl FieldError {
    /// A problem with `field`.
    pub fn new(field: &'static str, message: impl Into<String>) -> Self {
        Self { field, message: message.into() }
    }
}

/// Every problem found in one record; empty means the record is valid.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems(pub Vec<FieldError>);

impl Problems {
    /// Records a problem with `field`.
    pub fn add(&mut self, field: &'static str, message: impl Into<String>) {
        self.0.push(FieldError::new(field, message));
    }

    /// Records a problem when `text` is blank.
    pub fn require(&mut self, field: &'static str, text: &str) {
        if text.trim().is_empty() {
            self.add(field, crate::t!("dom-required"));
        }
    }

    /// The message for `field`, if it has one (for showing beside an input).
    pub fn for_field(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|p| p.field == field).map(|p| p.message.as_str())
    }

    /// `Ok(())` when there are no problems, otherwise the problems.
    pub fn into_result(self) -> Result<(), ValidationError> {
        if self.0.is_empty() { Ok(()) } else { Err(ValidationError(self.0)) }
    }
}

/// A record failed validation; holds every field problem found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("; "))]
pub struct ValidationError(pub Vec<FieldError>);

/// A simple plausibility check for an email address (something@something.something).
pub fn looks_like_email(email: &str) -> bool {
    let email = email.trim();
    match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.contains(char::is_whitespace)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_plausibility() {
        assert!(looks_like_email("ann@example.org"));
        assert!(!looks_like_email("ann@example"));
        assert!(!looks_like_email("ann example.org"));
        assert!(!looks_like_email("@example.org"));
    }

    #[test]
    fn problems_collect_and_name_fields() {
        let mut p = Problems::default();
        p.require("name", "  ");
        p.add("email", "is not an email address");
        assert_eq!(p.for_field("name"), Some("is required"));
        let err = p.into_result().unwrap_err();
        assert_eq!(err.to_string(), "name: is required; email: is not an email address");
    }
}
