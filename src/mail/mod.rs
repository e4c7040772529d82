//! Sending mail. Two transports: a pooled SMTP connection (`mail.transport = "smtp"`), and, as
//! the embedded default, `.eml` files written to `<data_dir>/mail/` so a newcomer can read what
//! Parley would have sent without running a mail server.
//!
//! Every mail is text plus HTML (inline styles, no remote images, no tracking), in the
//! recipient's language. Must never log a recipient address or a mail body.

pub mod notices;
pub mod outbox;

use std::path::PathBuf;
use std::time::Duration;

use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::{MailTransport, Settings};

/// A mail ready to send.
#[derive(Clone)]
pub struct OutgoingMail {
    pub to: Mailbox,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// Extra headers (List-Unsubscribe and friends).
    pub headers: Vec<(&'static str, String)>,
    /// A stable `Message-ID` (without angle brackets), so a retried send is recognisably the
    /// same message.
    pub message_id: Option<String>,
}

impl std::fmt::Debug for OutgoingMail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OutgoingMail").finish_non_exhaustive()
    }
}

/// Why a mail was not sent: worth retrying later, or never going to work.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("temporary mail failure: {0}")]
    Temporary(String),
    #[error("permanent mail failure: {0}")]
    Permanent(String),
}

/// SMTP connections kept open. Each send waits for the server's replies (and lettre writes a
/// message's end in its own small packet, which delayed acknowledgements hold up for tens of
/// milliseconds), so throughput comes from sending on several connections at once.
pub const SMTP_POOL: u32 = 12;

enum Transport {
    File(AsyncFileTransport<Tokio1Executor>, PathBuf),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

impl Mailer {
    pub fn from_settings(settings: &Settings) -> anyhow::Result<Mailer> {
        let from: Mailbox = settings
            .mail
            .from
            .parse()
            .map_err(|e| anyhow::anyhow!("`mail.from` is not a mail address: {e}"))?;
        let transport = match settings.mail.transport {
            MailTransport::File => {
                let dir = settings.data_dir.join("mail");
                std::fs::create_dir_all(&dir)?;
                Transport::File(AsyncFileTransport::new(&dir), dir)
            }
            MailTransport::Smtp => {
                let smtp =
                    AsyncSmtpTransport::<Tokio1Executor>::from_url(settings.mail.smtp_url.expose())
                        .map_err(|_| {
                            anyhow::anyhow!(
                                "`mail.smtp_url` is not a valid smtp:// or smtps:// URL"
                            )
                        })?
                        .timeout(Some(Duration::from_secs(20)))
                        .pool_config(PoolConfig::new().max_size(SMTP_POOL))
                        .build();
                Transport::Smtp(smtp)
            }
        };
        Ok(Mailer { transport, from })
    }

    /// Where the file transport writes, if that is the transport.
    pub fn mail_dir(&self) -> Option<&std::path::Path> {
        match &self.transport {
            Transport::File(_, dir) => Some(dir),
            Transport::Smtp(_) => None,
        }
    }

    pub fn build(&self, mail: &OutgoingMail) -> Result<Message, MailError> {
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(mail.to.clone())
            .subject(mail.subject.clone());
        if let Some(id) = &mail.message_id {
            builder = builder.message_id(Some(format!("<{id}>")));
        }
        for (name, value) in &mail.headers {
            builder = builder.raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str(name),
                value.clone(),
            ));
        }
        builder
            .multipart(MultiPart::alternative_plain_html(
                mail.text.clone(),
                mail.html.clone(),
            ))
            .map_err(|e| MailError::Permanent(format!("cannot build the message: {e}")))
    }

    /// Sends a message already built ([`Message::formatted`]) to `to`. `Ok` means the server
    /// (or the file system) accepted it.
    pub async fn send_raw(&self, to: &lettre::Address, raw: &[u8]) -> Result<(), MailError> {
        let envelope =
            lettre::address::Envelope::new(Some(self.from.email.clone()), vec![to.clone()])
                .map_err(|e| MailError::Permanent(format!("no envelope: {e}")))?;
        match &self.transport {
            Transport::File(transport, _) => transport
                .send_raw(&envelope, raw)
                .await
                .map(|_| ())
                .map_err(|e| MailError::Temporary(format!("writing the mail file failed: {e}"))),
            Transport::Smtp(transport) => transport
                .send_raw(&envelope, raw)
                .await
                .map(|_| ())
                .map_err(|e| smtp_error(&e)),
        }
    }

    /// Sends one mail. `Ok` means the server (or the file system) accepted it.
    pub async fn send(&self, mail: &OutgoingMail) -> Result<(), MailError> {
        let message = self.build(mail)?;
        match &self.transport {
            Transport::File(transport, _) => transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| MailError::Temporary(format!("writing the mail file failed: {e}"))),
            Transport::Smtp(transport) => transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| smtp_error(&e)),
        }
    }
}

fn smtp_error(e: &lettre::transport::smtp::Error) -> MailError {
    let reason = scrub_addresses(&e.to_string());
    if e.is_permanent() {
        MailError::Permanent(reason)
    } else {
        MailError::Temporary(reason)
    }
}

/// Servers quote addresses in their replies; errors are logged, addresses must not be.
pub fn scrub_addresses(text: &str) -> String {
    text.split_inclusive(char::is_whitespace)
        .map(|word| {
            if word.contains('@') {
                let trailing: String = word.chars().filter(|c| c.is_whitespace()).collect();
                format!("[address]{trailing}")
            } else {
                word.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn addresses_are_scrubbed_from_server_replies() {
        assert_eq!(
            super::scrub_addresses("550 <olena@example.org>: mailbox unavailable"),
            "550 [address] mailbox unavailable"
        );
    }
}
