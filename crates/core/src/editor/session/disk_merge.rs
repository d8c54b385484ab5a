//! Merging a version of the map's file someone else saved into the open
//! map, three-way: what they left as it was when this map was read (or
//! last saved) counts as this map has it now, so their version never
//! undoes an edit made here; what they added or changed comes in (the
//! elements and links through the same merge as File > Import, then their
//! saved views and asks); what was deleted here and left alone by them
//! stays deleted.

use crate::edit::Edit;
use crate::interchange::{MergePlan, plan_merge};
use crate::model::{AskNote, Document, SavedView};

/// What merging their version into the open map does.
#[derive(Clone, Debug, Default)]
pub struct DiskMerge {
    /// The elements, links and title: File > Import's merge.
    pub plan: MergePlan,
    /// The saved views after the merge, if they change: theirs where
    /// only they changed them, else these with the views they added.
    pub views: Option<Vec<SavedView>>,
    /// Departments' asks they changed and this map left alone.
    pub asks: Vec<(String, Vec<AskNote>)>,
}

impl DiskMerge {
    /// Plans merging `theirs` into `mine`; `base` is the file as this map
    /// last read or wrote it (`None`: unknown, then all of theirs counts).
    pub fn plan(base: Option<&Document>, mine: &Document, theirs: &Document) -> Self {
        let Some(base) = base else {
            return Self { plan: plan_merge(mine, theirs), ..Self::default() };
        };
        let plan = plan_merge(mine, &their_changes(base, mine, theirs));
        let views = (theirs.views != base.views).then(|| merged_views(base, mine, theirs));
        let views = views.filter(|views| *views != mine.views);
        let asks = theirs
            .asks
            .iter()
            .filter(|(id, notes)| base.asks.get(*id) != Some(*notes))
            .filter(|(id, _)| mine.asks.get(*id) == base.asks.get(*id))
            .map(|(id, notes)| (id.clone(), notes.clone()))
            .collect();
        Self { plan, views, asks }
    }

    /// Whether the merge changes nothing.
    pub fn is_empty(&self) -> bool {
        self.plan.is_empty() && self.views.is_none() && self.asks.is_empty()
    }

    /// The merge as one edit, to apply and undo as one step.
    pub fn edit(&self) -> Edit {
        let mut edits = vec![self.plan.edit()];
        edits.extend(self.views.clone().map(Edit::SetViews));
        edits.extend(
            self.asks
                .iter()
                .map(|(id, notes)| Edit::SetAsks { department: id.clone(), notes: notes.clone() }),
        );
        Edit::Batch(edits)
    }
}

/// Their views if only they changed them; else this map's, with the views
/// they added (by name).
fn merged_views(base: &Document, mine: &Document, theirs: &Document) -> Vec<SavedView> {
    if mine.views == base.views {
        return theirs.views.clone();
    }
    let known = |name: &str, views: &[SavedView]| views.iter().any(|v| v.name == name);
    let mut views = mine.views.clone();
    for view in &theirs.views {
        if !known(&view.name, &base.views) && !known(&view.name, &mine.views) {
            views.push(view.clone());
        }
    }
    views
}

/// `theirs` with what they left as it was in `base` taken from `mine`
/// (left out where `mine` deleted it), so that merging it into `mine`
/// brings in their changes alone.
fn their_changes(base: &Document, mine: &Document, theirs: &Document) -> Document {
    let mut incoming = theirs.clone();
    for node in theirs.nodes().filter(|n| base.node(&n.id) == Some(*n)) {
        match mine.node(&node.id) {
            Some(my) if my.kind == node.kind => {
                let _ = incoming.replace_node(my.clone());
            }
            Some(_) => {}
            None => {
                let _ = incoming.remove_node(&node.id);
            }
        }
    }
    for (link, from, to) in theirs.links().filter(|l| base.link(&l.0.id) == Some(*l)) {
        match mine.link(&link.id) {
            Some((my, f, t)) if (f, t) == (from, to) => {
                let _ = incoming.replace_link(my.clone());
            }
            Some(_) => {}
            None => {
                let _ = incoming.remove_link(&link.id);
            }
        }
    }
    if theirs.meta == base.meta {
        incoming.meta = mine.meta.clone();
    }
    incoming
}
