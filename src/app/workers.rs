//! A small runner for background workers (the search indexer, the digest scheduler, the mail
//! sender). Each worker is an async task handed a shutdown signal; stopping the runner raises
//! the signal and waits, up to a deadline, for every worker to finish what it was doing.
//!
//! Workers must watch the signal between units of work and never leave a unit half-done: the
//! deadline only exists so that a stuck worker cannot hold the process forever.

use std::future::Future;
use std::time::Duration;

use tokio::task::JoinHandle;

/// The signal a worker watches: `signal.cancelled().await` resolves when Parley is stopping.
pub use crate::context::Shutdown;

#[derive(Default)]
pub struct Workers {
    shutdown: Shutdown,
    tasks: Vec<(&'static str, JoinHandle<()>)>,
}

impl Workers {
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts `work` now, on the current runtime, with its own copy of the shutdown signal.
    pub fn spawn<F, Fut>(&mut self, name: &'static str, work: F)
    where
        F: FnOnce(Shutdown) -> Fut,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let signal = self.shutdown.child_token();
        tracing::info!(worker = name, "worker started");
        self.tasks.push((name, tokio::spawn(work(signal))));
    }

    pub fn len(&self) -> usize {
        self.tasks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tasks.is_empty()
    }

    /// Raises the shutdown signal and waits for each worker, at most `deadline` in all.
    /// Returns the names of workers that had to be abandoned.
    pub async fn stop(self, deadline: Duration) -> Vec<&'static str> {
        self.shutdown.cancel();
        let until = tokio::time::Instant::now() + deadline;
        let mut abandoned = Vec::new();
        for (name, handle) in self.tasks {
            match tokio::time::timeout_at(until, handle).await {
                Ok(Ok(())) => tracing::info!(worker = name, "worker stopped"),
                Ok(Err(e)) => tracing::error!(worker = name, error = %e, "worker failed"),
                Err(_) => {
                    tracing::warn!(worker = name, "worker did not stop in time; abandoned");
                    abandoned.push(name);
                }
            }
        }
        abandoned
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

    #[tokio::test]
    async fn stop_lets_each_worker_finish_its_unit_of_work() {
        let units = Arc::new(AtomicUsize::new(0));
        let finished = Arc::new(AtomicBool::new(false));
        let mut workers = Workers::new();
        let (u, f) = (units.clone(), finished.clone());
        workers.spawn("counter", move |shutdown| async move {
            loop {
                tokio::select! {
                    _ = shutdown.cancelled() => break,
                    _ = tokio::time::sleep(Duration::from_millis(5)) => {
                        u.fetch_add(1, Ordering::SeqCst);
                    }
                }
            }
            f.store(true, Ordering::SeqCst);
        });
        tokio::time::sleep(Duration::from_millis(30)).await;
        let abandoned = workers.stop(Duration::from_secs(5)).await;
        assert!(abandoned.is_empty());
        assert!(
            finished.load(Ordering::SeqCst),
            "worker saw the signal and ran its clean-up"
        );
        assert!(units.load(Ordering::SeqCst) > 0);
    }

    #[tokio::test]
    async fn a_worker_that_ignores_the_signal_is_abandoned_after_the_deadline() {
        let mut workers = Workers::new();
        workers.spawn("stubborn", |_shutdown| async {
            tokio::time::sleep(Duration::from_secs(3600)).await;
        });
        let abandoned = workers.stop(Duration::from_millis(50)).await;
        assert_eq!(abandoned, vec!["stubborn"]);
    }
}
