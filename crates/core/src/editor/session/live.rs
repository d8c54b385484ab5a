//! A shared map edited live through a sync server: connecting the
//! session's replica ([`crate::share::Connection`]), exchanging changes
//! (this device's go out as they are recorded, others' come in as one
//! change that is not an undo step, as from the shared folder), and
//! disconnecting. A connection that fails is dropped; the changes it did
//! not send stay in the replica and go out at the next connection.

use std::time::Duration;

use super::Session;
use crate::share::{Arrival, Connection, ShareError};

impl Session {
    /// Connects the shared map to the sync server at `url` as `document`
    /// with `token`; what the server has comes in as others' changes.
    /// A connection open already is closed first.
    pub fn connect(&mut self, url: &str, document: &str, token: &str) -> Result<(), ShareError> {
        self.flush_shared();
        // Closing an old connection may fail (the server gone): nothing is lost.
        let _closed = self.disconnect();
        let Some(map) = &mut self.shared else {
            return Err(ShareError::NotShared(
                self.path().map(std::path::Path::to_path_buf).unwrap_or_default(),
            ));
        };
        let (connection, arrival) = Connection::open(&mut map.shared.replica, url, document, token)?;
        map.live = Some(connection);
        self.take_arrival(&arrival).map(|_| ())
    }

    /// Sends this device's recorded changes and merges others' that came,
    /// without waiting; returns whether the map changed. Nothing is
    /// exchanged while layout work runs. If the exchange fails, the
    /// connection is dropped (the error says why).
    pub fn exchange_live(&mut self) -> Result<bool, ShareError> {
        if self.is_busy() {
            return Ok(false);
        }
        let Some(map) = &mut self.shared else { return Ok(false) };
        let Some(connection) = &mut map.live else { return Ok(false) };
        let arrival = match connection.exchange(&mut map.shared.replica, Duration::ZERO) {
            Ok(arrival) => arrival,
            Err(err) => {
                map.live = None;
                return Err(err);
            }
        };
        self.take_arrival(&arrival)
    }

    /// Closes the live connection, if there is one.
    pub fn disconnect(&mut self) -> Result<(), ShareError> {
        match self.shared.as_mut().and_then(|map| map.live.take()) {
            Some(connection) => connection.close(),
            None => Ok(()),
        }
    }

    /// The sync server's address while the map is connected to one.
    pub fn live_url(&self) -> Option<&str> {
        self.shared.as_ref()?.live.as_ref().map(|connection| connection.url.as_str())
    }

    /// Takes in what `arrival` brought into the replica, as others'
    /// change; returns whether the map changed.
    fn take_arrival(&mut self, arrival: &Arrival) -> Result<bool, ShareError> {
        if arrival.changed.is_empty() && arrival.log.is_empty() && arrival.conflicts.is_empty() {
            return Ok(false);
        }
        // Typing not recorded yet would be lost under the merged map.
        self.flush_shared();
        let Some(map) = &mut self.shared else { return Ok(false) };
        map.arrived(arrival);
        let merged = map.shared.document()?;
        let before = self.revision();
        self.absorb(merged, true)?;
        Ok(self.revision() != before)
    }
}
