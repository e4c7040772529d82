//! The index's files as tantivy reads them: memory-mapped (without read-ahead), except the
//! stored documents, which are read with `pread` a block at a time.
//!
//! Why: the stored documents — the anonymised title and text that results show — are over
//! half the index (24 of 44 MB at 20,000 case studies), and a server that shows random case
//! pages and search results touches them all in a few minutes. Mapped, every page touched
//! stays in the server's resident memory (150 MB of it after the load benchmark, issue 22);
//! read, a block lives in the kernel's file cache, shared and dropped under pressure, and in
//! the server only while it is decompressed (`search.doc_store_cache_blocks` of them are kept
//! per segment). The terms, postings and fast fields stay mapped: they are read in small
//! pieces on every search, where a copy would cost more than a page fault.

use std::fs::File;
use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::HasLen;
use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, MmapDirectory, OwnedBytes, WatchCallback,
    WatchHandle, WritePtr,
};

/// A search index directory (see the module doc).
#[derive(Clone, Debug)]
pub struct IndexDirectory {
    root: PathBuf,
    mapped: MmapDirectory,
}

impl IndexDirectory {
    pub fn open(root: &Path) -> tantivy::Result<IndexDirectory> {
        let mapped = MmapDirectory::open_with_madvice(root, tantivy::directory::Advice::Random)?;
        Ok(IndexDirectory {
            root: root.to_path_buf(),
            mapped,
        })
    }
}

/// Whether tantivy's file is a segment's stored documents.
fn is_store(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "store")
}

/// A file read with `pread` for each range asked (a range past the end is cut at the end, as
/// tantivy's own file reader does).
#[derive(Debug)]
struct ReadFile {
    file: File,
    len: usize,
}

impl HasLen for ReadFile {
    fn len(&self) -> usize {
        self.len
    }
}

impl FileHandle for ReadFile {
    fn read_bytes(&self, range: Range<usize>) -> io::Result<OwnedBytes> {
        let end = range.end.min(self.len);
        let start = range.start.min(end);
        let mut buffer = vec![0; end - start];
        read_at(&self.file, &mut buffer, start as u64)?;
        Ok(OwnedBytes::new(buffer))
    }
}

#[cfg(unix)]
fn read_at(file: &File, buffer: &mut [u8], at: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buffer, at)
}

#[cfg(not(unix))]
fn read_at(file: &File, buffer: &mut [u8], at: u64) -> io::Result<()> {
    use std::io::{Read, Seek};
    let mut file = file.try_clone()?;
    file.seek(io::SeekFrom::Start(at))?;
    file.read_exact(buffer)
}

impl Directory for IndexDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        if !is_store(path) {
            return self.mapped.get_file_handle(path);
        }
        let full = self.root.join(path);
        let opened = File::open(&full).and_then(|file| {
            let len = file.metadata()?.len() as usize;
            Ok(ReadFile { file, len })
        });
        match opened {
            Ok(file) => Ok(Arc::new(file)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                Err(OpenReadError::FileDoesNotExist(path.to_path_buf()))
            }
            Err(e) => Err(OpenReadError::wrap_io_error(e, path.to_path_buf())),
        }
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.mapped.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.mapped.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.mapped.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.mapped.atomic_read(path)
    }

    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        self.mapped.atomic_write(path, data)
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.mapped.sync_directory()
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.mapped.watch(watch_callback)
    }

    /// The mapped directory's locks (`flock`, released by the kernel when a process dies),
    /// not the trait's default (a file whose presence is the lock, left behind by a crash).
    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        self.mapped.acquire_lock(lock)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_documents_are_read_and_the_rest_mapped() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.store"), b"0123456789").unwrap();
        std::fs::write(dir.path().join("a.idx"), b"abcdef").unwrap();
        let directory = IndexDirectory::open(dir.path()).unwrap();
        let store = directory.get_file_handle(Path::new("a.store")).unwrap();
        assert_eq!(store.len(), 10);
        assert_eq!(store.read_bytes(2..5).unwrap().as_slice(), b"234");
        assert_eq!(
            store.read_bytes(8..20).unwrap().as_slice(),
            b"89",
            "cut at the end"
        );
        let mapped = directory.get_file_handle(Path::new("a.idx")).unwrap();
        assert_eq!(mapped.read_bytes(0..3).unwrap().as_slice(), b"abc");
        assert!(matches!(
            directory.get_file_handle(Path::new("missing.store")),
            Err(OpenReadError::FileDoesNotExist(_))
        ));
    }
}
