//! What can go wrong with a live connection, each error naming where: the
//! server's address, the document, and for a bad message its type and byte.

use std::time::Duration;

/// An error from [`super::Live`]: connecting, authenticating, syncing,
/// pushing or polling. `server` is the URL as given to
/// [`super::Live::connect`].
#[derive(Debug, thiserror::Error)]
pub enum LiveError {
    /// The URL is not one this client can use (not `ws://host[:port][/path]`).
    #[error("\"{url}\" is not a sync server address: {detail}")]
    Address {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        detail: String,
    },

    /// No TCP connection could be made to the server.
    #[error("cannot connect to {url}: {source}")]
    Connect {
        /// The URL as given.
        url: String,
        /// The last connection error.
        #[source]
        source: std::io::Error,
    },

    /// The TCP connection was made, but the WebSocket handshake failed.
    #[error("{url} did not accept a WebSocket connection: {detail}")]
    Handshake {
        /// The URL as given.
        url: String,
        /// Why, as the WebSocket library tells it.
        detail: String,
    },

    /// The server refused the token (Hocuspocus's `PermissionDenied`).
    #[error("{server} refused access to document \"{document}\": {reason}")]
    Refused {
        /// The URL as given.
        server: String,
        /// The document asked for.
        document: String,
        /// The reason the server gave.
        reason: String,
    },

    /// The server closed the connection or the document.
    #[error("{server} closed the connection for document \"{document}\": {reason}")]
    Closed {
        /// The URL as given.
        server: String,
        /// The document.
        document: String,
        /// The reason the server gave, or what was seen.
        reason: String,
    },

    /// A message from the server could not be read.
    #[error(
        "{server} sent a malformed {message} message for document \"{document}\" (at byte {offset}): {detail}"
    )]
    Malformed {
        /// The URL as given.
        server: String,
        /// The document.
        document: String,
        /// Which message, as far as it could be read (`header`, `SyncStep1`, `Auth`...).
        message: &'static str,
        /// The byte of the message where the bad part starts.
        offset: usize,
        /// What was wrong.
        detail: String,
    },

    /// An update from the server was well formed but could not be applied.
    #[error("{server}: an update for document \"{document}\" could not be applied: {detail}")]
    Apply {
        /// The URL as given.
        server: String,
        /// The document.
        document: String,
        /// Why, as the CRDT tells it.
        detail: String,
    },

    /// [`super::Live::push`] was given bytes that are not a Yjs (v1) update.
    #[error("the update pushed for document \"{document}\" is not a Yjs update: {detail}")]
    LocalUpdate {
        /// The document.
        document: String,
        /// Why it could not be decoded.
        detail: String,
    },

    /// The server did not answer in time.
    #[error("{server} did not {what} for document \"{document}\" within {waited:?}")]
    Timeout {
        /// The URL as given.
        server: String,
        /// The document.
        document: String,
        /// What was awaited ("accept the token", "send its state"...).
        what: &'static str,
        /// How long was waited.
        waited: Duration,
    },

    /// Reading from or writing to the connection failed.
    #[error("the connection to {server} for document \"{document}\" failed: {source}")]
    Transport {
        /// The URL as given.
        server: String,
        /// The document.
        document: String,
        /// The WebSocket or I/O error.
        #[source]
        source: Box<tungstenite::Error>,
    },
}
