//! Static files under `/static`: the stylesheet, small scripts, icons.
//!
//! Pages link them as `/static/FILE?v=VERSION`, where VERSION is a hash of the whole folder
//! taken at start, so browsers may keep them for a year and still never run a stale copy.

use std::path::{Path, PathBuf};

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::http::header::HeaderValue;
use actix_web::middleware::{Next, from_fn};
use actix_web::web::ServiceConfig;
use sha2::{Digest, Sha256};

#[derive(Debug, Clone)]
pub struct Assets {
    dir: PathBuf,
    version: String,
}

impl Assets {
    /// Hashes every file under `dir` (names and contents) into a short version string.
    pub fn load(dir: &Path) -> Assets {
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
        let version = hex::encode(&hasher.finalize()[..6]);
        Assets {
            dir: dir.to_path_buf(),
            version,
        }
    }

    pub fn version(&self) -> &str {
        &self.version
    }

    pub fn configure(&self, cfg: &mut ServiceConfig) {
        cfg.service(
            actix_web::web::scope("/static")
                .wrap(from_fn(cache_successes))
                .service(
                    actix_files::Files::new("", &self.dir)
                        .use_etag(true)
                        .use_last_modified(true),
                ),
        );
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
