//! The WebSocket under a live connection: opening it with a time limit,
//! and reading one message until a deadline without ever blocking past it.

use std::io::ErrorKind;
use std::net::{TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

use tungstenite::client::IntoClientRequest;
use tungstenite::{Message, WebSocket};

use super::LiveError;

/// A blocking WebSocket over plain TCP.
pub type Socket = WebSocket<TcpStream>;

/// What one read gave.
pub enum Read {
    /// A binary message.
    Data(Vec<u8>),
    /// Nothing came before the deadline (or, draining, nothing was waiting).
    Idle,
    /// The server closed the WebSocket, for this reason.
    Closed(String),
}

/// Opens `ws://` `url`: TCP (each address the host resolves to in turn)
/// and the WebSocket handshake, all within `limit`.
pub fn open(url: &str, limit: Duration) -> Result<Socket, LiveError> {
    let address = |detail: &str| LiveError::Address { url: url.to_owned(), detail: detail.to_owned() };
    let request = url.into_client_request().map_err(|e| address(&e.to_string()))?;
    let uri = request.uri();
    match uri.scheme_str() {
        Some("ws") => {}
        Some("wss") => {
            return Err(address("wss:// (TLS) is not built in: use ws://, or a TLS proxy in front"));
        }
        _ => return Err(address("it must start with ws://")),
    }
    let host = uri.host().ok_or_else(|| address("it has no host"))?;
    let host = host.trim_start_matches('[').trim_end_matches(']').to_owned();
    let port = uri.port_u16().unwrap_or(80);
    let until = Instant::now() + limit;
    let connect = |source| LiveError::Connect { url: url.to_owned(), source };
    let mut last = std::io::Error::new(ErrorKind::NotFound, format!("{host} resolves to no address"));
    let mut stream = None;
    for addr in (host.as_str(), port).to_socket_addrs().map_err(connect)? {
        let left = until.saturating_duration_since(Instant::now()).max(Duration::from_millis(1));
        match TcpStream::connect_timeout(&addr, left) {
            Ok(s) => {
                stream = Some(s);
                break;
            }
            Err(e) => last = e,
        }
    }
    let stream = stream.ok_or_else(|| connect(last))?;
    let setup = |s: &TcpStream| -> std::io::Result<()> {
        s.set_nodelay(true)?;
        let left = until.saturating_duration_since(Instant::now()).max(Duration::from_millis(1));
        s.set_read_timeout(Some(left))?;
        s.set_write_timeout(Some(left))
    };
    setup(&stream).map_err(connect)?;
    let handshake = |detail: String| LiveError::Handshake { url: url.to_owned(), detail };
    let (socket, _response) = tungstenite::client(request, stream).map_err(|e| match e {
        tungstenite::HandshakeError::Interrupted(_) => handshake(format!("no answer within {limit:?}")),
        tungstenite::HandshakeError::Failure(e) => handshake(e.to_string()),
    })?;
    socket.get_ref().set_write_timeout(Some(WRITE_LIMIT)).map_err(connect)?;
    Ok(socket)
}

/// How long one write may block before the connection counts as failed.
pub const WRITE_LIMIT: Duration = Duration::from_secs(10);

/// Whether an I/O error only means "nothing yet".
fn would_block(e: &tungstenite::Error) -> bool {
    matches!(e, tungstenite::Error::Io(io) if matches!(io.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut))
}

/// Reads until a binary message or a close arrives, or `until` passes
/// (`None`: only what is already waiting, without blocking). Pings are
/// answered on the way; text and pongs are skipped.
pub fn read(socket: &mut Socket, until: Option<Instant>) -> Result<Read, tungstenite::Error> {
    loop {
        match until {
            None => socket.get_ref().set_nonblocking(true)?,
            Some(until) => {
                let left = until.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    return Ok(Read::Idle);
                }
                socket.get_ref().set_read_timeout(Some(left))?;
            }
        }
        let got = socket.read();
        if until.is_none() {
            socket.get_ref().set_nonblocking(false)?;
        }
        match got {
            Ok(Message::Binary(bytes)) => return Ok(Read::Data(bytes.to_vec())),
            Ok(Message::Close(frame)) => {
                let reason = frame.map_or_else(
                    || "no reason given".to_owned(),
                    |f| format!("{} (code {})", f.reason, u16::from(f.code)),
                );
                return Ok(Read::Closed(reason));
            }
            Ok(_) => {}
            Err(tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed) => {
                return Ok(Read::Closed("the connection is closed".to_owned()));
            }
            Err(e) if would_block(&e) => {
                if until.is_none_or(|until| Instant::now() >= until) {
                    return Ok(Read::Idle);
                }
            }
            Err(e) => return Err(e),
        }
    }
}
