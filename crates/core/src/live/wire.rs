//! Hocuspocus's messages, as its server (`@hocuspocus/server` 3.4) and
//! provider write them with lib0's encoding: every message is
//! `varString(document) varUint(type) payload`.
//!
//! - `Sync` (0) and `SyncReply` (4, the server's own SyncStep1 after
//!   answering ours; it asks for no SyncStep1 back) carry a y-protocols sync
//!   message: `varUint(0) varBytes(state vector)` (SyncStep1),
//!   `varUint(1) varBytes(update)` (SyncStep2) or `varUint(2) varBytes(update)` (Update).
//! - `Auth` (2): `varUint(0) varString(token)` from the client (from the
//!   server, `Token` alone asks for the token again), `varUint(1) varString(reason)`
//!   (PermissionDenied) or `varUint(2) varString(scope)` (Authenticated,
//!   scope `read-write` or `readonly`).
//! - `Close` (7): `varString(reason)`, the server dropping the document
//!   while the socket stays open.
//! - `SyncStatus` (8): `varUint(1 or 0)`, whether our last update was saved.
//! - `Awareness` (1), `QueryAwareness` (3), `Stateless` (5),
//!   `BroadcastStateless` (6): not used here, and skipped.

use yrs::encoding::read::{Cursor, Read};
use yrs::encoding::write::Write;
use yrs::updates::decoder::Decode;
use yrs::updates::encoder::Encode;
use yrs::{StateVector, Update};

const SYNC: u32 = 0;
const AUTH: u32 = 2;
const SYNC_REPLY: u32 = 4;
const CLOSE: u32 = 7;
const SYNC_STATUS: u32 = 8;

const STEP_1: u32 = 0;
const STEP_2: u32 = 1;
const UPDATE: u32 = 2;

const TOKEN: u32 = 0;
const DENIED: u32 = 1;
const AUTHENTICATED: u32 = 2;

/// A message from the server, decoded.
#[derive(Debug)]
pub enum Incoming {
    /// The server's state vector: it wants a SyncStep2 with what it lacks.
    SyncStep1(StateVector),
    /// What we lack, in answer to our SyncStep1.
    SyncStep2(Update),
    /// A change made elsewhere (or our own, echoed back).
    Update(Update),
    /// The token was accepted; `read_only` when the server allows reading only.
    Authenticated {
        /// Whether the scope is `readonly`.
        read_only: bool,
    },
    /// The token was refused, for this reason.
    Denied(String),
    /// The server asks for the token again.
    TokenRequest,
    /// The server dropped the document, for this reason.
    Close(String),
    /// Whether the server saved our last update.
    SyncStatus(bool),
    /// A message of this type that this client does not use.
    Skipped(u32),
}

/// A message from the server: its document and what it says.
#[derive(Debug)]
pub struct Parsed {
    /// The document the message is about.
    pub document: String,
    /// What it says.
    pub message: Incoming,
}

/// Why a message could not be decoded.
#[derive(Debug)]
pub struct WireError {
    /// Which message, as far as it was read.
    pub message: &'static str,
    /// The byte where the bad part starts.
    pub offset: usize,
    /// What was wrong.
    pub detail: String,
}

/// Reads one part of `message` at the cursor, naming the message and the
/// byte where the part starts if it cannot be read.
fn part<T>(
    cursor: &mut Cursor<'_>,
    message: &'static str,
    read: impl FnOnce(&mut Cursor<'_>) -> Result<T, yrs::encoding::read::Error>,
) -> Result<T, WireError> {
    let offset = cursor.next;
    read(cursor).map_err(|e| WireError { message, offset, detail: e.to_string() })
}

/// Decodes a message from the server. Never panics, whatever the bytes.
pub fn parse(bytes: &[u8]) -> Result<Parsed, WireError> {
    let mut c = Cursor::new(bytes);
    let document = part(&mut c, "header", |c| c.read_string().map(str::to_owned))?;
    let kind: u32 = part(&mut c, "header", |c| c.read_var())?;
    let message = match kind {
        SYNC | SYNC_REPLY => sync(&mut c)?,
        AUTH => auth_reply(&mut c)?,
        CLOSE => Incoming::Close(part(&mut c, "Close", |c| c.read_string().map(str::to_owned))?),
        SYNC_STATUS => Incoming::SyncStatus(part(&mut c, "SyncStatus", |c| c.read_var::<u32>())? == 1),
        other => Incoming::Skipped(other),
    };
    Ok(Parsed { document, message })
}

/// The payload of an `Auth` message from the server.
fn auth_reply(c: &mut Cursor<'_>) -> Result<Incoming, WireError> {
    let offset = c.next;
    Ok(match part(c, "Auth", |c| c.read_var::<u32>())? {
        TOKEN => Incoming::TokenRequest,
        DENIED => Incoming::Denied(part(c, "PermissionDenied", |c| c.read_string().map(str::to_owned))?),
        AUTHENTICATED => {
            let scope = part(c, "Authenticated", |c| c.read_string().map(str::to_owned))?;
            Incoming::Authenticated { read_only: scope == "readonly" }
        }
        other => {
            return Err(WireError { message: "Auth", offset, detail: format!("unknown auth type {other}") });
        }
    })
}

/// The y-protocols part of a `Sync` or `SyncReply` message.
fn sync(c: &mut Cursor<'_>) -> Result<Incoming, WireError> {
    let at = c.next;
    let step: u32 = part(c, "Sync", |c| c.read_var())?;
    let name = match step {
        STEP_1 => "SyncStep1",
        STEP_2 => "SyncStep2",
        UPDATE => "Update",
        other => {
            return Err(WireError {
                message: "Sync",
                offset: at,
                detail: format!("unknown sync step {other}"),
            });
        }
    };
    let offset = c.next;
    let payload = part(c, name, |c| c.read_buf().map(<[u8]>::to_vec))?;
    let bad = |detail| WireError { message: name, offset, detail };
    Ok(match step {
        STEP_1 => Incoming::SyncStep1(decode(&payload).map_err(bad)?),
        STEP_2 => Incoming::SyncStep2(decode(&payload).map_err(bad)?),
        _ => Incoming::Update(decode(&payload).map_err(bad)?),
    })
}

/// Decodes a state vector or an update (v1). yrs checks some values only
/// with `debug_assert!` (a client id over 53 bits panics in debug builds),
/// so a panic while decoding, which touches nothing but the bytes, is
/// caught and reported like any other error.
pub fn decode<T: Decode>(payload: &[u8]) -> Result<T, String> {
    match std::panic::catch_unwind(|| T::decode_v1(payload)) {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err("the CRDT library could not decode it (it panicked)".to_owned()),
    }
}

/// `varString(document) varUint(kind)`, the start of every message.
fn header(document: &str, kind: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(document.len() + 8);
    out.write_string(document);
    out.write_var(kind);
    out
}

/// The client's `Auth`/`Token` message.
pub fn auth(document: &str, token: &str) -> Vec<u8> {
    let mut out = header(document, AUTH);
    out.write_var(TOKEN);
    out.write_string(token);
    out
}

/// A `Sync`/`SyncStep1` message with our state vector.
pub fn sync_step1(document: &str, state: &StateVector) -> Vec<u8> {
    let mut out = header(document, SYNC);
    out.write_var(STEP_1);
    out.write_buf(state.encode_v1());
    out
}

/// A `Sync`/`SyncStep2` message: what the server lacks.
pub fn sync_step2(document: &str, update: &[u8]) -> Vec<u8> {
    let mut out = header(document, SYNC);
    out.write_var(STEP_2);
    out.write_buf(update);
    out
}

/// A `Sync`/`Update` message: a local change.
pub fn update(document: &str, update: &[u8]) -> Vec<u8> {
    let mut out = header(document, SYNC);
    out.write_var(UPDATE);
    out.write_buf(update);
    out
}
