//! The guided template: the sections a case study's body starts with, in the author's
//! language, each with a line of help on the form.

use crate::i18n::Tr;

/// The story's sections. Lessons are not among them: the form asks for them once, in their own
/// field, which lists and digests show (a "Lessons" heading at the end of the story asked for
/// them twice).
pub const SECTIONS: [&str; 5] = [
    "situation",
    "counterparts",
    "objectives",
    "approach",
    "outcome",
];

/// The body a new case study starts with: one heading per section.
pub fn body_template(tr: Tr) -> String {
    SECTIONS
        .iter()
        .map(|section| format!("## {}\n\n\n", tr.t(&format!("template-{section}"))))
        .collect::<String>()
        .trim_end()
        .to_string()
        + "\n"
}

/// (heading, help) for each section, for the form's guidance.
pub fn guidance(tr: Tr) -> Vec<(String, String)> {
    SECTIONS
        .iter()
        .map(|s| {
            (
                tr.t(&format!("template-{s}")),
                tr.t(&format!("template-{s}-help")),
            )
        })
        .collect()
}
