//! [`Live`]: one document kept in step with a Hocuspocus server.

use std::time::{Duration, Instant};

use tungstenite::Message;
use yrs::{Doc, ReadTxn, StateVector, Transact, Update};

use super::LiveError;
use super::socket::{self, Read, Socket};
use super::wire::{self, Incoming};

/// How long [`Live::connect`] waits for the connection, the token's
/// acceptance and the first exchange of states, together.
pub const CONNECT_LIMIT: Duration = Duration::from_secs(10);

/// A live connection to one document on a Hocuspocus sync server, over a
/// blocking WebSocket. It holds no [`Doc`]: each call is given the local
/// one, so the value can move to a background thread (it is `Send`).
///
/// Hocuspocus pings every 30 seconds and drops a client that has not
/// answered by the next ping; answers go out while [`Live::poll`] reads, so
/// poll at least every 20 seconds or so.
pub struct Live {
    socket: Socket,
    server: String,
    document: String,
    token: String,
    read_only: bool,
}

impl std::fmt::Debug for Live {
    /// Everything but the token.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Live")
            .field("server", &self.server)
            .field("document", &self.document)
            .field("read_only", &self.read_only)
            .finish_non_exhaustive()
    }
}

/// What one message from the server did.
enum Effect {
    /// Nothing this side needs to know.
    None,
    /// The token was accepted.
    Authenticated,
    /// The server's SyncStep1 was answered.
    Answered,
    /// The server's SyncStep2 was applied; whether it changed the document.
    Synced(bool),
    /// An update was applied; whether it changed the document.
    Updated(bool),
}

impl Live {
    /// Connects to `url` (`ws://host:port`) for `document`, sends `token`,
    /// and makes the first two-way exchange: our state vector out, what we
    /// lack applied to `local`, what the server lacks sent back. Within
    /// [`CONNECT_LIMIT`].
    pub fn connect(url: &str, document: &str, token: &str, local: &Doc) -> Result<Live, LiveError> {
        Live::connect_within(url, document, token, local, CONNECT_LIMIT)
    }

    /// [`Live::connect`] with its own time limit.
    pub fn connect_within(
        url: &str,
        document: &str,
        token: &str,
        local: &Doc,
        limit: Duration,
    ) -> Result<Live, LiveError> {
        let until = Instant::now() + limit;
        let socket = socket::open(url, limit)?;
        let mut live = Live {
            socket,
            server: url.to_owned(),
            document: document.to_owned(),
            token: token.to_owned(),
            read_only: false,
        };
        // Hocuspocus queues everything sent before the token is checked,
        // as its own provider relies on: send both at once.
        live.send(wire::auth(document, token))?;
        let state = local.transact().state_vector();
        live.send(wire::sync_step1(document, &state))?;
        let (mut authenticated, mut synced, mut answered) = (false, false, false);
        while !(authenticated && synced && answered) {
            let what = match (authenticated, synced) {
                (false, _) => "accept the token",
                (true, false) => "send what this side lacks",
                (true, true) => "send its state vector",
            };
            let bytes = match socket::read(&mut live.socket, Some(until)).map_err(|e| live.transport(e))? {
                Read::Data(bytes) => bytes,
                Read::Idle => return Err(live.timeout(what, limit)),
                Read::Closed(reason) => return Err(live.closed(reason)),
            };
            match live.handle(&bytes, local)? {
                Effect::Authenticated => authenticated = true,
                Effect::Synced(_) => synced = true,
                Effect::Answered => answered = true,
                Effect::Updated(_) | Effect::None => {}
            }
        }
        Ok(live)
    }

    /// Sends a local change: a Yjs v1 update, as from
    /// `TransactionMut::encode_update_v1` or an `observe_update_v1` event.
    pub fn push(&mut self, update: &[u8]) -> Result<(), LiveError> {
        wire::decode::<Update>(update)
            .map_err(|detail| LiveError::LocalUpdate { document: self.document.clone(), detail })?;
        self.send(wire::update(&self.document, update))
    }

    /// Reads what the server sends for up to `wait`: applies updates to
    /// `local` and answers the server's requests for our state. Returns as
    /// soon as an update changed `local` (after taking what else is already
    /// waiting), with how many did; 0 when `wait` passed without one. Our own
    /// pushes, which the server echoes back, change nothing and so do not count.
    /// A zero `wait` takes only what is already waiting, without blocking:
    /// fit for an editor's frame loop.
    ///
    /// The calling thread must hold no transaction on `local`.
    pub fn poll(&mut self, local: &Doc, wait: Duration) -> Result<usize, LiveError> {
        let mut until = (!wait.is_zero()).then(|| Instant::now() + wait);
        let mut changed = 0;
        loop {
            let bytes = match socket::read(&mut self.socket, until).map_err(|e| self.transport(e))? {
                Read::Data(bytes) => bytes,
                Read::Idle => return Ok(changed),
                Read::Closed(reason) => return Err(self.closed(reason)),
            };
            if let Effect::Updated(true) | Effect::Synced(true) = self.handle(&bytes, local)? {
                changed += 1;
                until = None;
            }
        }
    }

    /// Whether the server lets this connection read but not write.
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// The document this connection keeps in step.
    pub fn document(&self) -> &str {
        &self.document
    }

    /// Closes the WebSocket, waiting up to a second for the server's answer.
    pub fn close(mut self) -> Result<(), LiveError> {
        match self.socket.close(None) {
            Ok(()) => {}
            Err(tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed) => return Ok(()),
            Err(e) => return Err(self.transport(e)),
        }
        let until = Instant::now() + Duration::from_secs(1);
        loop {
            match socket::read(&mut self.socket, Some(until)) {
                Ok(Read::Data(_)) => {}
                Ok(Read::Idle | Read::Closed(_)) => return Ok(()),
                Err(tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed) => {
                    return Ok(());
                }
                Err(e) => return Err(self.transport(e)),
            }
        }
    }

    /// Acts on one message from the server.
    fn handle(&mut self, bytes: &[u8], local: &Doc) -> Result<Effect, LiveError> {
        let parsed = wire::parse(bytes).map_err(|e| LiveError::Malformed {
            server: self.server.clone(),
            document: self.document.clone(),
            message: e.message,
            offset: e.offset,
            detail: e.detail,
        })?;
        if parsed.document != self.document {
            return Ok(Effect::None);
        }
        Ok(match parsed.message {
            Incoming::SyncStep1(state) => {
                self.answer(&state, local)?;
                Effect::Answered
            }
            Incoming::SyncStep2(update) => Effect::Synced(self.apply(update, local)?),
            Incoming::Update(update) => Effect::Updated(self.apply(update, local)?),
            Incoming::Authenticated { read_only } => {
                self.read_only = read_only;
                Effect::Authenticated
            }
            Incoming::Denied(reason) => {
                return Err(LiveError::Refused {
                    server: self.server.clone(),
                    document: self.document.clone(),
                    reason,
                });
            }
            Incoming::TokenRequest => {
                self.send(wire::auth(&self.document, &self.token))?;
                Effect::None
            }
            Incoming::Close(reason) => return Err(self.closed(reason)),
            Incoming::SyncStatus(_) | Incoming::Skipped(_) => Effect::None,
        })
    }

    /// Sends the server what it lacks, given its state vector.
    fn answer(&mut self, state: &StateVector, local: &Doc) -> Result<(), LiveError> {
        let diff = local.transact().encode_diff_v1(state);
        self.send(wire::sync_step2(&self.document, &diff))
    }

    /// Applies an update to `local`; whether it changed anything.
    fn apply(&self, update: Update, local: &Doc) -> Result<bool, LiveError> {
        let mut txn = local.transact_mut();
        txn.apply_update(update).map_err(|e| LiveError::Apply {
            server: self.server.clone(),
            document: self.document.clone(),
            detail: e.to_string(),
        })?;
        Ok(txn.before_state() != txn.after_state() || !txn.delete_set().is_empty())
    }

    /// Sends one binary message and flushes it.
    fn send(&mut self, bytes: Vec<u8>) -> Result<(), LiveError> {
        self.socket.send(Message::binary(bytes)).map_err(|e| self.transport(e))
    }

    fn transport(&self, source: tungstenite::Error) -> LiveError {
        LiveError::Transport {
            server: self.server.clone(),
            document: self.document.clone(),
            source: Box::new(source),
        }
    }

    fn closed(&self, reason: String) -> LiveError {
        LiveError::Closed { server: self.server.clone(), document: self.document.clone(), reason }
    }

    fn timeout(&self, what: &'static str, waited: Duration) -> LiveError {
        LiveError::Timeout { server: self.server.clone(), document: self.document.clone(), what, waited }
    }
}
