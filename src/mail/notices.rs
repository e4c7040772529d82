//! Account mails: invitation, password reset, e-mail change (confirmation to the new address,
//! notice to the old one). Each is one [`Notice`] rendered as text and HTML in the recipient's
//! language.

use askama::Template;
use lettre::message::Mailbox;

use super::OutgoingMail;
use crate::error::AppError;
use crate::i18n::Tr;

/// The parts of a short transactional mail.
pub struct Notice {
    pub lang: &'static str,
    pub subject: String,
    pub greeting: String,
    pub paragraphs: Vec<String>,
    pub action: Option<(String, String)>,
    pub closing: Vec<String>,
    pub footer: String,
}

#[derive(Template)]
#[template(path = "notice.txt", config = "src/web/askama.toml", escape = "none")]
struct NoticeText<'a> {
    n: &'a Notice,
}

#[derive(Template)]
#[template(path = "notice.html", config = "src/web/askama.toml")]
struct NoticeHtml<'a> {
    n: &'a Notice,
}

impl Notice {
    fn new(tr: Tr, subject: String, greeting: String) -> Notice {
        Notice {
            lang: tr.lang().code(),
            subject,
            greeting,
            paragraphs: Vec::new(),
            action: None,
            closing: Vec::new(),
            footer: tr.t("mail-footer"),
        }
    }

    pub fn to_mail(&self, to: Mailbox) -> Result<OutgoingMail, AppError> {
        Ok(OutgoingMail {
            to,
            subject: self.subject.clone(),
            text: NoticeText { n: self }.render()?,
            html: NoticeHtml { n: self }.render()?,
            headers: Vec::new(),
            message_id: None,
        })
    }
}

/// Something happened that she asked to hear of by mail (`kind`, see
/// [`crate::notifications::Kind`]): what kind of thing, and a link to her notifications. No
/// title, no text of any story.
pub fn notification(tr: Tr, name: &str, kind: &str, link: &str) -> Notice {
    let mut n = Notice::new(
        tr,
        tr.t("mail-notify-subject"),
        tr.t1("mail-hello-name", "name", name),
    );
    n.paragraphs.push(tr.t(&format!("mail-notify-{kind}")));
    n.paragraphs.push(tr.t("mail-notify-why"));
    n.action = Some((tr.t("mail-notify-action"), link.to_string()));
    n
}

pub fn invitation(tr: Tr, inviter: Option<&str>, link: &str, valid_days: i64) -> Notice {
    let mut n = Notice::new(tr, tr.t("mail-invite-subject"), tr.t("mail-hello"));
    n.paragraphs.push(match inviter {
        Some(name) => tr.t1("mail-invite-by", "name", name),
        None => tr.t("mail-invite-anonymous"),
    });
    n.paragraphs.push(tr.t("mail-invite-what"));
    n.action = Some((tr.t("mail-invite-action"), link.to_string()));
    n.closing.push(tr.count("mail-invite-expiry", valid_days));
    n.closing.push(tr.t("mail-invite-ignore"));
    n
}

pub fn password_reset(tr: Tr, name: &str, link: &str, valid_minutes: i64) -> Notice {
    let mut n = Notice::new(
        tr,
        tr.t("mail-reset-subject"),
        tr.t1("mail-hello-name", "name", name),
    );
    n.paragraphs.push(tr.t("mail-reset-body"));
    n.action = Some((tr.t("mail-reset-action"), link.to_string()));
    n.closing
        .push(tr.count("mail-link-expiry-minutes", valid_minutes));
    n.closing.push(tr.t("mail-reset-ignore"));
    n
}

pub fn email_change_confirmation(tr: Tr, name: &str, link: &str, valid_minutes: i64) -> Notice {
    let mut n = Notice::new(
        tr,
        tr.t("mail-email-change-subject"),
        tr.t1("mail-hello-name", "name", name),
    );
    n.paragraphs.push(tr.t("mail-email-change-body"));
    n.action = Some((tr.t("mail-email-change-action"), link.to_string()));
    n.closing
        .push(tr.count("mail-link-expiry-minutes", valid_minutes));
    n.closing.push(tr.t("mail-email-change-ignore"));
    n
}

/// Sent to the old address when a change is requested, so a hijack does not go unnoticed.
pub fn email_change_notice(tr: Tr, name: &str) -> Notice {
    let mut n = Notice::new(
        tr,
        tr.t("mail-email-change-notice-subject"),
        tr.t1("mail-hello-name", "name", name),
    );
    n.paragraphs.push(tr.t("mail-email-change-notice-body"));
    n.closing.push(tr.t("mail-email-change-notice-help"));
    n
}

/// Sent to an address that already has an account when someone else asks to move her account
/// to it: nothing changes, and the answer to the one asking is the same as for a free address.
/// Names no one: the address's owner learns only that it was asked for.
pub fn email_taken_notice(tr: Tr) -> Notice {
    let mut n = Notice::new(tr, tr.t("mail-email-taken-subject"), tr.t("mail-hello"));
    n.paragraphs.push(tr.t("mail-email-taken-body"));
    n.closing.push(tr.t("mail-email-taken-help"));
    n
}

/// A mailbox for an address already validated as an [`crate::accounts::Email`].
pub fn mailbox(address: &str) -> Result<Mailbox, AppError> {
    address
        .parse()
        .map_err(|_| AppError::invalid("email", "is not a valid e-mail address"))
}

/// Tells an author what the moderators decided about her submission. `decision` is
/// `published`, `changes_requested` or `rejected`. The mail names neither the moderator nor
/// anything from the story but its title, which only its author receives.
pub fn decision(
    tr: Tr,
    name: &str,
    decision: &str,
    title: &str,
    reason: Option<&str>,
    link: &str,
) -> Notice {
    let mut n = Notice::new(
        tr,
        tr.t(&format!("mail-decision-{decision}-subject")),
        tr.t1("mail-hello-name", "name", name),
    );
    n.paragraphs
        .push(tr.t1(&format!("mail-decision-{decision}-body"), "title", title));
    if let Some(reason) = reason {
        n.paragraphs.push(tr.t("mail-decision-reason"));
        n.paragraphs.push(reason.to_string());
    }
    n.action = Some((tr.t("mail-decision-action"), link.to_string()));
    n
}
