//! Static files under `/static`: the stylesheet, small scripts, icons.
//!
//! They are compiled into the binary, so that `parley` serves its pages whole from any
//! directory it is started in (copied alone to a server, run by systemd from `/`). For
//! working on the stylesheet without rebuilding, `server.static_dir` names a folder to serve
//! instead.
//!
//! Pages link them as `/static/FILE?v=VERSION`, where VERSION is a hash of every file (names
//! and contents), so browsers may keep them for a year and still never run a stale copy.

use std::path::{Path, PathBuf};

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::{Next, from_fn};
use actix_web::web::{self, ServiceConfig};
use actix_web::{HttpRequest, HttpResponse};
use sha2::{Digest, Sha256};

/// The files of `static/`, as built into the binary: (name, contents).
const EMBEDDED: &[(&str, &[u8])] = &[
    ("editor.js", include_bytes!("../../static/editor.js")),
    ("favicon.svg", include_bytes!("../../static/favicon.svg")),
    ("parley.css", include_bytes!("../../static/parley.css")),
    ("review.js", include_bytes!("../../static/review.js")),
    ("safety.js", include_bytes!("../../static/safety.js")),
];

/// Where the files come from.
#[derive(Debug, Clone)]
enum Source {
    /// Built into the binary.
    Embedded,
    /// A folder on disk (`server.static_dir`), for development.
    Folder(PathBuf),
}

#[derive(Debug, Clone)]
pub struct Assets {
    source: Source,
    version: String,
}

impl Assets {
    /// The files built into the binary, or those of `dir` when one is given (non-empty).
    pub fn load(dir: &Path) -> Assets {
        if dir.as_os_str().is_empty() {
            let mut hasher = Sha256::new();
            for (name, bytes) in EMBEDDED {
                hasher.update(name.as_bytes());
                hasher.update(bytes);
            }
            return Assets {
                source: Source::Embedded,
                version: hex::encode(&hasher.finalize()[..6]),
            };
        }
        let mut files = Vec::new();
        collect_files(dir, &mut files);
        files.sort();
        if files.is_empty() {
            tracing::warn!(dir = %dir.display(), "no static files found (`server.static_dir`)");
        }
        let mut hasher = Sha256::new();
        for file in &files {
            hasher.update(
                file.strip_prefix(dir)
                    .unwrap_or(file)
                    .to_string_lossy()
                    .as_bytes(),
            );
            if let Ok(bytes) = std::fs::read(file) {
                hasher.update(&bytes);
            }
        }
        Assets {
            source: Source::Folder(dir.to_path_buf()),
            version: hex::encode(&hasher.finalize()[..6]),
        }
    }

    pub fn version(&self) -> &str {
        &self.version
    }

    pub fn configure(&self, cfg: &mut ServiceConfig) {
        match &self.source {
            Source::Folder(dir) => {
                cfg.service(
                    web::scope("/static")
                        .wrap(from_fn(cache_successes))
                        .service(
                            actix_files::Files::new("", dir)
                                .use_etag(true)
                                .use_last_modified(true),
                        ),
                );
            }
            Source::Embedded => {
                let assets = self.clone();
                cfg.service(
                    web::scope("/static")
                        .wrap(from_fn(cache_successes))
                        .app_data(web::Data::new(assets))
                        .route("/{name}", web::get().to(embedded_file)),
                );
            }
        }
    }

    fn embedded(&self, name: &str) -> Option<&'static [u8]> {
        EMBEDDED
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, bytes)| *bytes)
    }
}

/// One embedded file, with its type and an ETag (the version of all files).
async fn embedded_file(
    req: HttpRequest,
    assets: web::Data<Assets>,
    name: web::Path<String>,
) -> HttpResponse {
    let Some(bytes) = assets.embedded(&name) else {
        return HttpResponse::NotFound()
            .content_type("text/plain; charset=utf-8")
            .body("Not found");
    };
    let etag = format!("\"{}\"", assets.version());
    let matches = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    if matches {
        return HttpResponse::NotModified()
            .insert_header((header::ETAG, etag))
            .finish();
    }
    HttpResponse::Ok()
        .content_type(content_type(&name))
        .insert_header((header::ETAG, etag))
        .body(bytes)
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next() {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        _ => "application/octet-stream",
    }
}

/// Long caching for files that exist; a 404 must not be remembered for a year.
async fn cache_successes(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let mut response = next.call(req).await?;
    if response.status().is_success() || response.status().as_u16() == 304 {
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        );
    }
    Ok(response)
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_of_the_static_folder_is_built_in() {
        let mut on_disk: Vec<String> =
            std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/static"))
                .unwrap()
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
        on_disk.sort();
        let built_in: Vec<String> = EMBEDDED.iter().map(|(n, _)| n.to_string()).collect();
        assert_eq!(on_disk, built_in, "add the new file to EMBEDDED");
    }
}
