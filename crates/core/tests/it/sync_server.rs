//! The real sync server (`server/sync-server.mjs`, Hocuspocus under node)
//! started by a test on a free localhost port, and stopped when dropped.
//! The core's and the program's tests share it.

use std::io::Read as _;
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The token the test server asks for.
pub const TOKEN: &str = "test-token";

/// The sync server, running on a free localhost port until dropped.
pub struct Server {
    child: Child,
    port: u16,
    log: tempfile::NamedTempFile,
}

impl Server {
    /// Starts the server keeping documents in memory, or `None` after saying
    /// node or its packages are missing (a failure under CI).
    #[allow(dead_code)] // the program's tests use only start_keeping
    pub fn start() -> Option<Server> {
        Server::start_keeping(None)
    }

    /// [`Server::start`], keeping documents in files in `keep` if given.
    pub fn start_keeping(keep: Option<&Path>) -> Option<Server> {
        let dir = super::common::root().join("server");
        let node_works = Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success());
        if !node_works || !dir.join("node_modules/@hocuspocus/server").is_dir() {
            super::tools::missing(
                "node or server/node_modules",
                "apt-get install nodejs, then: cd server && npm ci --no-audit --no-fund",
            );
            return None;
        }
        let port = free_port();
        let log = tempfile::NamedTempFile::new().unwrap();
        let mut command = Command::new("node");
        match keep {
            Some(keep) => command.env("SECTORMAP_SYNC_DIR", keep),
            None => command.env_remove("SECTORMAP_SYNC_DIR"),
        };
        let child = command
            .arg("sync-server.mjs")
            .current_dir(&dir)
            .env("PORT", port.to_string())
            .env("HOST", "127.0.0.1")
            .env("SECTORMAP_SYNC_TOKEN", TOKEN)
            .stdin(Stdio::null())
            .stdout(log.reopen().unwrap())
            .stderr(log.reopen().unwrap())
            .spawn()
            .unwrap();
        let mut server = Server { child, port, log };
        server.wait_until_listening();
        Some(server)
    }

    fn wait_until_listening(&mut self) {
        let until = Instant::now() + Duration::from_secs(15);
        let addr = ([127, 0, 0, 1], self.port).into();
        while TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err() {
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("the sync server stopped ({status}): {}", self.log());
            }
            assert!(Instant::now() < until, "the sync server is not listening after 15 s: {}", self.log());
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn url(&self) -> String {
        format!("ws://127.0.0.1:{}", self.port)
    }

    pub fn log(&self) -> String {
        let mut text = String::new();
        let _ = self.log.reopen().and_then(|mut f| f.read_to_string(&mut text));
        text
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port nothing listens on just now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}
