//! Live co-editing: one Yjs document ([`yrs::Doc`]) kept in step with a
//! [Hocuspocus](https://tiptap.dev/docs/hocuspocus) sync server over a
//! blocking WebSocket, with a shared token.
//!
//! The server is `server/sync-server.mjs` at the repository's root
//! (`cd server && npm ci && SECTORMAP_SYNC_TOKEN=secret node sync-server.mjs`,
//! listening on `ws://localhost:1234`). [`Live::connect`] checks the token and
//! makes the first exchange of states; [`Live::push`] sends a local change;
//! [`Live::poll`] takes in other people's. The mapping between a map and the
//! CRDT lives elsewhere: this module only moves Yjs updates.
//!
//! - [`client`]: [`Live`], the connection.
//! - [`wire`]: Hocuspocus's message format, decoded without panicking.
//! - `socket`: the WebSocket, opened and read within time limits.
//! - [`error`]: [`LiveError`], naming the server, document and message.

pub mod client;
pub mod error;
mod socket;
pub mod wire;

pub use client::{CONNECT_LIMIT, Live};
pub use error::LiveError;
