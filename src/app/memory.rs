//! Memory the process has freed goes back to the operating system.
//!
//! Measured under load (issue 22, heaptrack, 100,000 case studies): the heap at its peak was
//! about 300 MB — password hashes (19 MiB each, 160 MB when sixty sign-ins came at once, now
//! bounded by `auth.password_hashes_at_once`), rendered pages (the page cache, bounded by
//! `page_cache.megabytes`), SQLite's page caches (`database.sqlite_cache_kib`) — and almost all
//! of it was freed by the end; yet the resident set kept 500 MB of anonymous memory. That is
//! glibc's allocator keeping what was freed: a large block freed raises the size from which
//! blocks are mapped on their own, so the next ones are carved from the heap and stay; freed
//! small blocks in the middle of an arena are not returned until something asks.
//!
//! So, on Linux with glibc: blocks of 1 MiB and more are always mapped on their own (and
//! unmapped when freed), and every `server.trim_memory_seconds` the free pages of every arena
//! are handed back (`malloc_trim`). Elsewhere both are no-ops.

use std::time::Duration;

use super::workers::Shutdown;

/// From this size on, a block is mapped on its own and returned when freed.
const MAP_FROM_BYTES: i32 = 1024 * 1024;

#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod glibc {
    unsafe extern "C" {
        fn mallopt(param: i32, value: i32) -> i32;
        fn malloc_trim(pad: usize) -> i32;
    }

    /// `M_MMAP_THRESHOLD` in glibc's malloc.h; setting it also stops it from moving.
    const M_MMAP_THRESHOLD: i32 = -3;

    pub fn map_large_blocks(from: i32) {
        // SAFETY: mallopt only changes a tunable of the allocator; any value is accepted or
        // refused with 0, and it is safe to call from any thread.
        unsafe {
            mallopt(M_MMAP_THRESHOLD, from);
        }
    }

    /// Hands free pages back; true if any were.
    pub fn trim() -> bool {
        // SAFETY: malloc_trim takes the allocator's own locks and only releases memory that
        // is free.
        unsafe { malloc_trim(0) == 1 }
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
mod glibc {
    pub fn map_large_blocks(_from: i32) {}
    pub fn trim() -> bool {
        false
    }
}

/// Sets the allocator up; once, at start.
pub fn configure() {
    glibc::map_large_blocks(MAP_FROM_BYTES);
}

/// Hands freed memory back to the operating system; true if any was.
pub fn trim() -> bool {
    glibc::trim()
}

/// The worker: trims every `every`, until Parley stops.
pub async fn trim_every(every: Duration, shutdown: Shutdown) {
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = tokio::time::sleep(every) => {}
        }
        // It walks every arena: off the server's threads.
        let _ = tokio::task::spawn_blocking(trim).await;
    }
}

#[cfg(all(test, target_os = "linux", target_env = "gnu"))]
mod tests {
    use super::*;

    fn anonymous_mb() -> f64 {
        let status = std::fs::read_to_string("/proc/self/status").unwrap();
        let kb: f64 = status
            .lines()
            .find_map(|l| l.strip_prefix("RssAnon:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap();
        kb / 1024.0
    }

    #[test]
    fn freed_memory_in_the_middle_of_the_heap_goes_back() {
        configure();
        // 160 MB in small blocks, of which one in 64 stays: the freed ones are holes that the
        // allocator keeps unless asked.
        let blocks: Vec<Vec<u8>> = (0..320_000).map(|i| vec![i as u8; 500]).collect();
        let kept: Vec<Vec<u8>> = blocks
            .into_iter()
            .enumerate()
            .filter(|(i, _)| i % 64 == 0)
            .map(|(_, b)| b)
            .collect();
        let before = anonymous_mb();
        assert!(trim(), "there was something to give back");
        let after = anonymous_mb();
        assert!(
            before - after > 60.0,
            "{before:.0} MB before the trim, {after:.0} MB after"
        );
        assert_eq!(kept.len(), 5_000);
    }
}
