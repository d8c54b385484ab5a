//! A shared map kept in step with a Yjs sync server (Hocuspocus), live.
//!
//! The connection mirrors the replica in a second Yjs document: what the
//! server sends lands in the mirror, and only the difference goes into the
//! replica through [`Replica::apply`], so others' changes are recorded,
//! conflicts kept and arrivals reported exactly as with a shared folder.

use std::time::Duration;

use yrs::updates::decoder::Decode;
use yrs::{Doc, ReadTxn, StateVector, Transact, Update};

use super::{Arrival, Replica, ShareError};
use crate::live::Live;

/// The environment variable holding the sync server's token.
pub const TOKEN_ENV: &str = "SECTORMAP_SYNC_TOKEN";

/// A live connection of a replica to a sync server.
pub struct Connection {
    live: Live,
    mirror: Doc,
    /// The server's address.
    pub url: String,
    /// The document's name on the server.
    pub document: String,
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection").field("url", &self.url).field("document", &self.document).finish()
    }
}

impl Connection {
    /// Connects `replica` to the server at `url` (`ws://host:port`) as
    /// document `document`, with `token`; the first exchange sends what the
    /// server lacks and merges what it has.
    pub fn open(
        replica: &mut Replica,
        url: &str,
        document: &str,
        token: &str,
    ) -> Result<(Self, Arrival), ShareError> {
        let mirror = Doc::new();
        copy_into(&mirror, &replica.state(), url)?;
        replica.take_outbox();
        let live = Live::connect(url, document, token, &mirror).map_err(ShareError::Live)?;
        let mut connection = Self { live, mirror, url: url.to_owned(), document: document.to_owned() };
        let arrival = connection.take_in(replica)?;
        Ok((connection, arrival))
    }

    /// Sends this replica's new changes, waits up to `wait` for others',
    /// and merges what came.
    pub fn exchange(&mut self, replica: &mut Replica, wait: Duration) -> Result<Arrival, ShareError> {
        for update in replica.take_outbox() {
            copy_into(&self.mirror, &update, &self.url)?;
            self.live.push(&update).map_err(ShareError::Live)?;
        }
        let came = self.live.poll(&self.mirror, wait).map_err(ShareError::Live)?;
        if came == 0 {
            return Ok(Arrival::default());
        }
        self.take_in(replica)
    }

    /// Whether the server lets this connection read only.
    pub fn read_only(&self) -> bool {
        self.live.read_only()
    }

    /// Closes the connection.
    pub fn close(self) -> Result<(), ShareError> {
        self.live.close().map_err(ShareError::Live)
    }

    /// Merges into `replica` what the mirror has and it lacks.
    fn take_in(&mut self, replica: &mut Replica) -> Result<Arrival, ShareError> {
        let known: StateVector = replica.doc().transact().state_vector();
        let missing = self.mirror.transact().encode_state_as_update_v1(&known);
        if Update::decode_v1(&missing).is_ok_and(|u| u.is_empty()) {
            return Ok(Arrival::default());
        }
        let arrival = replica.apply(&missing, &self.url)?;
        // Kept values the merge recorded go to the server too.
        for update in replica.take_outbox() {
            copy_into(&self.mirror, &update, &self.url)?;
            self.live.push(&update).map_err(ShareError::Live)?;
        }
        Ok(arrival)
    }
}

/// Applies `update` to `doc`.
fn copy_into(doc: &Doc, update: &[u8], origin: &str) -> Result<(), ShareError> {
    let decoded = Update::decode_v1(update)
        .map_err(|err| ShareError::Update { origin: origin.to_owned(), message: err.to_string() })?;
    doc.transact_mut()
        .apply_update(decoded)
        .map_err(|err| ShareError::Update { origin: origin.to_owned(), message: err.to_string() })
}
