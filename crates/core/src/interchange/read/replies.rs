//! A department's filled reply pack read back into the map it came from:
//! each row with `Agree` filled becomes the department's [`Reply`] on its
//! answer (beside the coalition's mark, which it never changes), as one
//! [`Edit::Batch`] of [`Edit::SetAnswer`]s that keeps every other field.
//!
//! Rows are matched by the `ID` column (the criterion's id), so a
//! department that edits titles or questions, or sorts the rows, changes
//! nothing. The round and department come from the hidden `Pack` sheet.

use std::collections::BTreeMap;

use super::shape::{Role, role_of};
use crate::edit::Edit;
use crate::interchange::assess_sheets::{
    AGREE_WORDS, PACK, PACK_DEPARTMENT, PACK_DEPARTMENT_NAME, PACK_ROUND, REPLY, agree,
};
use crate::interchange::problem::Problem;
use crate::interchange::suggest::did_you_mean;
use crate::interchange::table::{Columns, Table};
use crate::model::assess::{Answer, AnswerKey, Change, Reply, check_answer};
use crate::model::{Document, NodeKind, parse_year};

/// One reply read from a pack.
#[derive(Clone, Debug, PartialEq)]
pub struct PackReply {
    /// The `Agree` cell it was read from (`Reply!F4`).
    pub place: String,
    /// The criterion's id.
    pub criterion: String,
    /// The criterion's title in the round's rubric (its id when untitled).
    pub title: String,
    /// The reply (no verdict yet, unless it is the very reply recorded).
    pub reply: Reply,
    /// The department had no answer to the criterion yet: one is made
    /// holding only the reply.
    pub new_answer: bool,
    /// The map already holds this very reply; nothing changes.
    pub unchanged: bool,
}

/// A row the department left blank.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkippedRow {
    /// Its empty `Agree` cell (`Reply!F6`).
    pub place: String,
    /// The criterion's id.
    pub criterion: String,
    /// The criterion's title in the round's rubric (its id when untitled).
    pub title: String,
}

/// What importing a filled reply pack into a map will do.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplyPlan {
    /// The pack's round.
    pub year: i32,
    /// The department's id.
    pub department: String,
    /// The department's name on the map.
    pub label: String,
    /// Every reply read, in row order.
    pub replies: Vec<PackReply>,
    /// Rows left blank, in row order.
    pub skipped: Vec<SkippedRow>,
    edits: Vec<(AnswerKey, Answer)>,
}

impl ReplyPlan {
    /// How many replies disagree with the coalition's mark.
    pub fn disagreements(&self) -> usize {
        self.replies.iter().filter(|r| !r.reply.agree).count()
    }

    /// How many replies change the map (new or different).
    pub fn changed(&self) -> usize {
        self.edits.len()
    }

    /// Whether importing changes nothing.
    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
    }

    /// The whole import as one edit (one undo step): a batch of answers
    /// set, each as it was with the reply put in.
    pub fn edit(&self) -> Edit {
        Edit::Batch(
            self.edits
                .iter()
                .map(|(key, answer)| Edit::SetAnswer { key: key.clone(), answer: Some(answer.clone()) })
                .collect(),
        )
    }

    /// [`edit`](Self::edit) with the reply's arrival recorded in each
    /// answer's log: `change` gives the line for a reply.
    pub fn logged_edit(&self, change: impl Fn(&Reply) -> Change) -> Edit {
        Edit::Batch(
            self.edits
                .iter()
                .map(|(key, answer)| {
                    let mut answer = answer.clone();
                    if let Some(reply) = &answer.reply {
                        answer.log.push(change(reply));
                    }
                    Edit::SetAnswer { key: key.clone(), answer: Some(answer) }
                })
                .collect(),
        )
    }
}

/// Whether `tables` are a reply pack's sheets (it has a Reply or a Pack sheet).
pub fn is_reply_pack(tables: &[Table]) -> bool {
    tables.iter().any(|t| matches!(role_of(t), Role::Replies | Role::Pack))
}

/// What importing the reply pack `tables` into `map` will do, or every
/// problem, each naming its sheet and cell.
pub fn plan_replies(map: &Document, tables: &[Table]) -> Result<ReplyPlan, Vec<Problem>> {
    let mut problems = Vec::new();
    let find = |role: Role| tables.iter().find(|t| role_of(t) == role);
    let (Some(pack), Some(sheet)) = (find(Role::Pack), find(Role::Replies)) else {
        let missing = if find(Role::Pack).is_none() { PACK } else { REPLY };
        return Err(vec![Problem::new(
            "workbook",
            format!(
                "a reply pack needs its '{missing}' sheet; make the pack again with sectormap reply-pack (or File > Export reply packs…) and copy the replies into it"
            ),
        )]);
    };
    let (year, department) = pack_fields(map, pack)?;
    let label = map.node(&department).map_or_else(|| department.clone(), |n| n.label.clone());
    let mut plan =
        ReplyPlan { year, department, label, replies: Vec::new(), skipped: Vec::new(), edits: Vec::new() };
    let cols = Columns::of(sheet, &mut problems);
    let id_col = cols.get("id");
    let agree_col = cols.get("agree (yes/no)").or(cols.get("agree"));
    let (reason_col, evidence_col) = (cols.get("your reason"), cols.get("your evidence"));
    if id_col.is_none() || agree_col.is_none() {
        problems.push(Problem::new(
            sheet.place(0, 0),
            "the Reply sheet needs its 'ID' and 'Agree (yes/no)' columns; make the pack again and copy the replies into it",
        ));
        return Err(problems);
    }
    let rubric = map.assessment.rounds.get(&year);
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for row in sheet.data_rows() {
        let at = |col: Option<usize>| sheet.place(row, col.unwrap_or(0));
        let id = sheet.text(row, id_col);
        if id.is_empty() {
            problems.push(Problem::new(
                at(id_col),
                "the row has no criterion ID; put back the ID the pack had here",
            ));
            continue;
        }
        let Some(criterion) = rubric.and_then(|r| r.criterion(id)) else {
            let ids = rubric.into_iter().flat_map(|r| r.criteria.iter().map(|c| c.id.as_str()));
            problems.push(Problem::new(
                at(id_col),
                format!("the {year} round has no criterion '{id}'{}", did_you_mean(id, ids)),
            ));
            continue;
        };
        let title = if criterion.title.trim().is_empty() { id } else { criterion.title.as_str() }.to_owned();
        if let Some(first) = seen.insert(id.to_owned(), row) {
            problems.push(Problem::new(
                at(id_col),
                format!("the criterion '{id}' is on row {} already", first + 1),
            ));
            continue;
        }
        let (given, reason, evidence) =
            (sheet.text(row, agree_col), sheet.text(row, reason_col), sheet.text(row, evidence_col));
        if given.is_empty() {
            if reason.is_empty() && evidence.is_empty() {
                plan.skipped.push(SkippedRow { place: at(agree_col), criterion: id.to_owned(), title });
            } else {
                problems.push(Problem::new(
                    at(agree_col),
                    "the row gives a reason or evidence but not whether you agree: write yes or no",
                ));
            }
            continue;
        }
        let Some(agree) = agree(given) else {
            problems.push(Problem::new(at(agree_col), format!("'{given}' is not {AGREE_WORDS}")));
            continue;
        };
        let key = AnswerKey::new(year, &plan.department, id);
        let old = map.assessment.answers.get(&key);
        let mut reply =
            Reply { agree, reason: reason.to_owned(), evidence: evidence.to_owned(), verdict: None };
        let recorded = old.and_then(|a| a.reply.as_ref());
        let unchanged = recorded.is_some_and(|r| Reply { verdict: None, ..r.clone() } == reply);
        if unchanged {
            reply.verdict = recorded.and_then(|r| r.verdict);
        } else {
            let answer = Answer { reply: Some(reply.clone()), ..old.cloned().unwrap_or_default() };
            problems.extend(
                check_answer(map, &key, &answer).into_iter().map(|p| Problem::new(at(id_col), p.message)),
            );
            plan.edits.push((key, answer));
        }
        plan.replies.push(PackReply {
            place: at(agree_col),
            criterion: id.to_owned(),
            title,
            reply,
            new_answer: old.is_none(),
            unchanged,
        });
    }
    if problems.is_empty() { Ok(plan) } else { Err(problems) }
}

/// The round and department the Pack sheet names, checked against `map`.
fn pack_fields(map: &Document, pack: &Table) -> Result<(i32, String), Vec<Problem>> {
    let field = |name: &str| {
        (0..pack.rows.len())
            .find(|&row| pack.text(row, Some(0)).eq_ignore_ascii_case(name))
            .map(|row| (pack.text(row, Some(1)), pack.place(row, 1)))
    };
    let mut problems = Vec::new();
    let (round, round_place) = field(PACK_ROUND).unwrap_or(("", pack.place(0, 0)));
    let rounds: Vec<String> = map.assessment.rounds.keys().map(i32::to_string).collect();
    let known = if rounds.is_empty() {
        "the map has no assessment rounds".to_owned()
    } else {
        format!("the map's rounds: {}", rounds.join(", "))
    };
    let year = match parse_year(round) {
        Ok(year) if map.assessment.rounds.contains_key(&year) => Some(year),
        Ok(year) => {
            problems
                .push(Problem::new(round_place, format!("this pack is for the {year} round, and {known}")));
            None
        }
        Err(_) => {
            problems.push(Problem::new(
                round_place,
                format!("'{round}' is not the pack's round (a year); {known}"),
            ));
            None
        }
    };
    let (id, id_place) = field(PACK_DEPARTMENT).unwrap_or(("", pack.place(0, 0)));
    let name = field(PACK_DEPARTMENT_NAME).map_or("", |(name, _)| name);
    if map.node(id).is_none_or(|n| n.kind != NodeKind::Department) {
        let departments = map.nodes().filter(|n| n.kind == NodeKind::Department).map(|n| n.id.as_str());
        problems.push(Problem::new(
            id_place,
            format!(
                "the map has no department with the id '{id}' (the pack is for '{name}'){}",
                did_you_mean(id, departments)
            ),
        ));
    }
    match year {
        Some(year) if problems.is_empty() => Ok((year, id.to_owned())),
        _ => Err(problems),
    }
}
