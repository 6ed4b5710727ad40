//! This window's undo and redo stacks: the steps of this session's actions, newest last.
//! Memory is bounded by steps (at most [`MAX_STEPS`]) and by the record versions they hold
//! (at most [`MAX_RECORDS`] in all): the oldest steps go first, and a single action larger
//! than the whole budget (a very large import) is not kept, so cannot be undone.

use crate::actions::UndoStep;
use std::collections::VecDeque;

/// The most actions kept for undo.
pub const MAX_STEPS: usize = 200;
/// The most record versions (before and after) kept across all steps.
pub const MAX_RECORDS: usize = 50_000;

/// Undo and redo for one window's session.
#[derive(Default)]
pub struct UndoStack {
    done: VecDeque<UndoStep>,
    undone: Vec<UndoStep>,
}

impl UndoStack {
    /// Keeps the step of an action just done; what was undone can no longer be redone.
    /// Returns false when the step is too large to keep.
    pub fn push(&mut self, step: UndoStep) -> bool {
        self.undone.clear();
        if step.size() > MAX_RECORDS {
            return false;
        }
        self.done.push_back(step);
        while self.done.len() > MAX_STEPS || self.held() > MAX_RECORDS {
            self.done.pop_front();
        }
        true
    }

    /// Record versions held now.
    pub fn held(&self) -> usize {
        self.done.iter().chain(&self.undone).map(UndoStep::size).sum()
    }

    /// The step Undo takes back, taken off the stack.
    pub fn take_undo(&mut self) -> Option<UndoStep> {
        self.done.pop_back()
    }

    /// The step Redo does again, taken off the stack.
    pub fn take_redo(&mut self) -> Option<UndoStep> {
        self.undone.pop()
    }

    /// A step just undone (Redo does it again).
    pub fn undone(&mut self, step: UndoStep) {
        self.undone.push(step);
    }

    /// A step just redone (Undo takes it back again).
    pub fn redone(&mut self, step: UndoStep) {
        self.done.push_back(step);
    }

    /// What Undo would take back.
    pub fn undo_label(&self) -> Option<&str> {
        self.done.back().map(|s| s.label.as_str())
    }

    /// What Redo would do again.
    pub fn redo_label(&self) -> Option<&str> {
        self.undone.last().map(|s| s.label.as_str())
    }

    /// Forgets everything (another file, an erasure: no erased person's data stays in memory).
    pub fn clear(&mut self) {
        self.done.clear();
        self.undone.clear();
    }
}
