//! The best page of a search whose words must all appear, found the way tantivy finds the best
//! page of one word: without scoring what cannot reach it.
//!
//! Decision, and why: tantivy skips the blocks of documents that cannot reach the page
//! (block-max WAND) only for a flat union of terms. A search of two words is an intersection of
//! two unions, a word beside an excluded word or a country filter is a boolean query, and each
//! such search scored every document it matched: a common pair matches tens of thousands of
//! the 100,000 stories, and ranking them was four tenths of the time of searches of mixed
//! shapes (docs/performance.md). Here the page is ranked by the flat union of every term of
//! every word, which tantivy prunes, and a candidate is kept only when it also matches every
//! required clause (each word, each filter, her reach) and no excluded one, each asked by
//! seeking that clause's own posting lists to the candidate.
//!
//! The order is the same: a document that has every word scores, in the union, the sum of the
//! terms it matches, which is what the intersection of the words' unions scores (tantivy sums
//! the clauses of an intersection and of a union alike, and a filter weighs nothing). Only a
//! search whose words are each one flat union is ranked here ([`Split`]); phrases, long
//! searches (where one word may be missing) and relaxed searches keep the boolean query.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::fastfield::AliveBitSet;
use tantivy::query::{EnableScoring, Query, Scorer, Weight};
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentOrdinal, SegmentReader};

/// A search made ready for pruned ranking.
pub(super) struct Split {
    /// Every term of every word, each weighted as in its word: one flat union.
    pub ranked: Box<dyn Query>,
    /// What a document must match besides (each word when there are several, each filter).
    pub required: Vec<Box<dyn Query>>,
    /// What it must not match (the excluded words and phrases).
    pub excluded: Vec<Box<dyn Query>>,
}

/// Up to `limit` documents matching `split` (and `also`, when given), best first; equal scores
/// in the order of the index.
pub(super) fn best(
    searcher: &Searcher,
    split: &Split,
    also: Option<&dyn Query>,
    limit: usize,
) -> tantivy::Result<Vec<(Score, DocAddress)>> {
    let unscored = EnableScoring::disabled_from_searcher(searcher);
    let required = split
        .required
        .iter()
        .map(|q| q.as_ref())
        .chain(also)
        .map(|q| q.weight(unscored))
        .collect::<tantivy::Result<Vec<_>>>()?;
    let excluded = split
        .excluded
        .iter()
        .map(|q| q.weight(unscored))
        .collect::<tantivy::Result<Vec<_>>>()?;
    searcher.search(
        &*split.ranked,
        &PrunedTop {
            limit: limit.max(1),
            required,
            excluded,
        },
    )
}

struct PrunedTop {
    limit: usize,
    required: Vec<Box<dyn Weight>>,
    excluded: Vec<Box<dyn Weight>>,
}

/// A kept document: a greater entry is a better one (higher score, then lower address).
#[derive(PartialEq)]
struct Entry(Score, DocAddress);

impl Eq for Entry {}

impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0
            .total_cmp(&other.0)
            .then_with(|| other.1.cmp(&self.1))
    }
}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// One segment's best documents, with the scorers that check each candidate.
struct Segment {
    ord: SegmentOrdinal,
    limit: usize,
    required: Vec<Box<dyn Scorer>>,
    excluded: Vec<Box<dyn Scorer>>,
    alive: Option<AliveBitSet>,
    /// The worst kept document on top.
    kept: BinaryHeap<std::cmp::Reverse<Entry>>,
}

/// Whether `set` holds `doc`; candidates come in increasing order, so each set only moves on.
fn holds(set: &mut dyn Scorer, doc: DocId) -> bool {
    set.doc() <= doc && set.seek(doc) == doc
}

impl Segment {
    fn admits(&mut self, doc: DocId) -> bool {
        self.alive.as_ref().is_none_or(|a| a.is_alive(doc))
            && self.required.iter_mut().all(|s| holds(s.as_mut(), doc))
            && !self.excluded.iter_mut().any(|s| holds(s.as_mut(), doc))
    }

    /// The score a candidate must now exceed to be kept.
    fn threshold(&self) -> Score {
        match self.kept.peek() {
            Some(worst) if self.kept.len() >= self.limit => worst.0.0,
            _ => Score::MIN,
        }
    }

    fn keep(&mut self, doc: DocId, score: Score) {
        let entry = Entry(score, DocAddress::new(self.ord, doc));
        if self.kept.len() < self.limit {
            self.kept.push(std::cmp::Reverse(entry));
        } else if let Some(mut worst) = self.kept.peek_mut()
            && entry > worst.0
        {
            *worst = std::cmp::Reverse(entry);
        }
    }
}

impl SegmentCollector for Segment {
    type Fruit = Vec<(Score, DocAddress)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        if self.admits(doc) {
            self.keep(doc, score);
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.kept
            .into_iter()
            .map(|std::cmp::Reverse(Entry(score, address))| (score, address))
            .collect()
    }
}

impl Collector for PrunedTop {
    type Fruit = Vec<(Score, DocAddress)>;
    type Child = Segment;

    fn for_segment(&self, ord: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<Segment> {
        let scorers = |weights: &[Box<dyn Weight>]| {
            weights
                .iter()
                .map(|w| w.scorer(reader, 1.0))
                .collect::<tantivy::Result<Vec<_>>>()
        };
        Ok(Segment {
            ord,
            limit: self.limit,
            required: scorers(&self.required)?,
            excluded: scorers(&self.excluded)?,
            alive: reader.alive_bitset().cloned(),
            kept: BinaryHeap::with_capacity(self.limit + 1),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(
        &self,
        fruits: Vec<Vec<(Score, DocAddress)>>,
    ) -> tantivy::Result<Vec<(Score, DocAddress)>> {
        let mut all: Vec<Entry> = fruits
            .into_iter()
            .flatten()
            .map(|(score, address)| Entry(score, address))
            .collect();
        all.sort_unstable_by(|a, b| b.cmp(a));
        all.truncate(self.limit);
        Ok(all.into_iter().map(|Entry(s, a)| (s, a)).collect())
    }

    /// Like tantivy's own top documents by score: the weight hands over only candidates that
    /// can beat the threshold, which is raised as better documents are kept.
    fn collect_segment(
        &self,
        weight: &dyn Weight,
        ord: u32,
        reader: &SegmentReader,
    ) -> tantivy::Result<Vec<(Score, DocAddress)>> {
        let mut segment = self.for_segment(ord, reader)?;
        weight.for_each_pruning(Score::MIN, reader, &mut |doc, score| {
            if segment.admits(doc) {
                segment.keep(doc, score);
            }
            segment.threshold()
        })?;
        Ok(segment.harvest())
    }
}
