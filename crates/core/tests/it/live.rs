//! Live co-editing against the real sync server (`server/sync-server.mjs`,
//! Hocuspocus under node): two clients with their own Yjs documents see each
//! other's changes; a wrong token is refused; an unreachable server and a
//! server that sends garbage give errors that name them, never a panic.
//! Without node or `server/node_modules` the server tests skip, except under CI.

use std::collections::BTreeMap;
use std::net::TcpListener;
use std::time::{Duration, Instant};

use sectormap_core::live::{Live, LiveError, wire};
use yrs::updates::decoder::Decode;
use yrs::{Doc, Map, ReadTxn, StateVector, Transact, Update};

use crate::sync_server::{Server, TOKEN, free_port};

/// Sets `key` in `doc`'s map "nodes", returning the update to push.
fn write(doc: &Doc, key: &str, value: &str) -> Vec<u8> {
    let nodes = doc.get_or_insert_map("nodes");
    let mut txn = doc.transact_mut();
    nodes.insert(&mut txn, key, value);
    txn.encode_update_v1()
}

/// The map "nodes" of `doc`, as text.
fn entries(doc: &Doc) -> BTreeMap<String, String> {
    let nodes = doc.get_or_insert_map("nodes");
    let txn = doc.transact();
    nodes.iter(&txn).map(|(key, value)| (key.to_owned(), value.to_string(&txn))).collect()
}

/// Polls until `doc`'s "nodes" has `key` = `value`, at most `limit`; how long it took.
fn poll_until(live: &mut Live, doc: &Doc, key: &str, value: &str, limit: Duration) -> Duration {
    let start = Instant::now();
    while entries(doc).get(key).map(String::as_str) != Some(value) {
        let left = limit.saturating_sub(start.elapsed());
        assert!(!left.is_zero(), "{key} = {value} did not arrive within {limit:?}: {:?}", entries(doc));
        live.poll(doc, left).unwrap();
    }
    start.elapsed()
}

#[test]
fn two_clients_see_each_others_changes_within_a_second() {
    let Some(server) = Server::start() else { return };
    let (doc_a, doc_b) = (Doc::new(), Doc::new());
    let mut a = Live::connect(&server.url(), "map-1", TOKEN, &doc_a).unwrap();
    let mut b = Live::connect(&server.url(), "map-1", TOKEN, &doc_b).unwrap();
    assert!(!a.read_only());

    a.push(&write(&doc_a, "home-office", "Home Office")).unwrap();
    poll_until(&mut b, &doc_b, "home-office", "Home Office", Duration::from_secs(1));
    b.push(&write(&doc_b, "dfe", "Department for Education")).unwrap();
    poll_until(&mut a, &doc_a, "dfe", "Department for Education", Duration::from_secs(1));

    // A's own push came back as an echo, which changed nothing.
    assert_eq!(a.poll(&doc_a, Duration::from_millis(100)).unwrap(), 0);
    // Polling without waiting, as a frame loop would, takes what has come.
    b.push(&write(&doc_b, "dfe", "DfE")).unwrap();
    let until = Instant::now() + Duration::from_secs(1);
    while a.poll(&doc_a, Duration::ZERO).unwrap() == 0 {
        assert!(Instant::now() < until, "B's second change did not arrive");
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(entries(&doc_a).get("dfe").map(String::as_str), Some("DfE"));
    assert_eq!(entries(&doc_a), entries(&doc_b));
    assert_eq!(doc_a.transact().state_vector(), doc_b.transact().state_vector());
    a.close().unwrap();
    b.close().unwrap();
}

#[test]
fn connecting_exchanges_what_each_side_lacks() {
    let Some(server) = Server::start() else { return };
    let (doc_a, doc_b) = (Doc::new(), Doc::new());
    let mut a = Live::connect(&server.url(), "map-2", TOKEN, &doc_a).unwrap();
    a.push(&write(&doc_a, "on-server", "from A")).unwrap();
    // B wrote offline before connecting: connecting brings A's and gives B's.
    write(&doc_b, "offline", "from B");
    let b = Live::connect(&server.url(), "map-2", TOKEN, &doc_b).unwrap();
    assert_eq!(entries(&doc_b).get("on-server").map(String::as_str), Some("from A"));
    poll_until(&mut a, &doc_a, "offline", "from B", Duration::from_secs(1));
    assert_eq!(entries(&doc_a), entries(&doc_b));
    // Another document on the same server is separate.
    let doc_c = Doc::new();
    Live::connect(&server.url(), "map-3", TOKEN, &doc_c).unwrap().close().unwrap();
    assert!(entries(&doc_c).is_empty());
    b.close().unwrap();
}

#[test]
fn with_a_sync_dir_documents_outlive_the_server() {
    let keep = tempfile::tempdir().unwrap();
    let Some(server) = Server::start_keeping(Some(keep.path())) else { return };
    let doc_a = Doc::new();
    let mut a = Live::connect(&server.url(), "kept map", TOKEN, &doc_a).unwrap();
    a.push(&write(&doc_a, "kept", "yes")).unwrap();
    a.poll(&doc_a, Duration::from_millis(100)).unwrap();
    a.close().unwrap();
    // The last client gone, the server writes the document at once.
    let file = keep.path().join("kept%20map.yjs");
    let until = Instant::now() + Duration::from_secs(5);
    while !file.is_file() {
        assert!(Instant::now() < until, "{} was not written: {}", file.display(), server.log());
        std::thread::sleep(Duration::from_millis(50));
    }
    drop(server);
    let server = Server::start_keeping(Some(keep.path())).unwrap();
    let doc_b = Doc::new();
    Live::connect(&server.url(), "kept map", TOKEN, &doc_b).unwrap().close().unwrap();
    assert_eq!(entries(&doc_b).get("kept").map(String::as_str), Some("yes"));
}

#[test]
fn a_wrong_token_is_refused_naming_the_server_and_the_reason() {
    let Some(server) = Server::start() else { return };
    let error = Live::connect(&server.url(), "map-1", "not-the-token", &Doc::new()).unwrap_err();
    assert!(matches!(&error, LiveError::Refused { reason, .. } if reason == "wrong token"), "{error:?}");
    let text = error.to_string();
    assert!(text.contains(&server.url()) && text.contains("map-1") && text.contains("wrong token"), "{text}");
}

#[test]
fn pushes_reach_the_other_client_quickly() {
    let Some(server) = Server::start() else { return };
    let (doc_a, doc_b) = (Doc::new(), Doc::new());
    let mut a = Live::connect(&server.url(), "latency", TOKEN, &doc_a).unwrap();
    let mut b = Live::connect(&server.url(), "latency", TOKEN, &doc_b).unwrap();
    let mut times: Vec<Duration> = (0..20)
        .map(|i| {
            let value = format!("value {i}");
            let start = Instant::now();
            a.push(&write(&doc_a, "key", &value)).unwrap();
            poll_until(&mut b, &doc_b, "key", &value, Duration::from_secs(1));
            let took = start.elapsed();
            a.poll(&doc_a, Duration::from_millis(1)).unwrap(); // the echo and the server's ack
            took
        })
        .collect();
    times.sort();
    let median = times[times.len() / 2];
    eprintln!("push to poll over localhost: median {median:?}, slowest {:?}", times[times.len() - 1]);
    assert!(median < Duration::from_millis(500), "median {median:?}: {times:?}");
}

#[test]
fn an_unreachable_server_is_named() {
    let url = format!("ws://127.0.0.1:{}", free_port());
    let error = Live::connect(&url, "map-1", TOKEN, &Doc::new()).unwrap_err();
    assert!(matches!(error, LiveError::Connect { .. }), "{error:?}");
    assert!(error.to_string().contains(&url), "{error}");
    for bad in ["http://localhost:1234", "wss://example.invalid", "not a url"] {
        let error = Live::connect(bad, "map-1", TOKEN, &Doc::new()).unwrap_err();
        assert!(matches!(error, LiveError::Address { .. }) && error.to_string().contains(bad), "{error:?}");
    }
}

/// A server that answers the client's first messages with `reply`.
fn fake_server(reply: Vec<u8>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("ws://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let mut socket = tungstenite::accept(stream).unwrap();
        let _ = socket.read(); // Auth
        let _ = socket.read(); // SyncStep1
        let _ = socket.send(tungstenite::Message::binary(reply));
        let _ = socket.read(); // until the client goes
    });
    url
}

/// `varString("map-1")` then `rest`.
fn for_map_1(rest: &[u8]) -> Vec<u8> {
    [&[5u8][..], b"map-1", rest].concat()
}

#[test]
fn a_garbled_message_is_an_error_naming_the_message_not_a_panic() {
    let cases: [(Vec<u8>, &str, usize); 6] = [
        (vec![], "header", 0),
        (vec![200], "header", 0),
        (for_map_1(&[0, 9]), "Sync", 7),
        (for_map_1(&[0, 0, 3, 1, 2]), "SyncStep1", 8),
        (for_map_1(&[4, 1, 4, 0xff, 0xff, 0xff, 0xff]), "SyncStep2", 8),
        (for_map_1(&[2, 1, 3, b'a']), "PermissionDenied", 8),
    ];
    for (bytes, name, at) in cases {
        let url = fake_server(bytes.clone());
        let error =
            Live::connect_within(&url, "map-1", TOKEN, &Doc::new(), Duration::from_secs(3)).unwrap_err();
        match &error {
            LiveError::Malformed { message, offset, .. } => {
                assert_eq!((*message, *offset), (name, at), "{bytes:?}: {error}");
            }
            other => panic!("{bytes:?}: {other:?}"),
        }
        assert!(error.to_string().contains(&url), "{error}");
    }
}

#[test]
fn a_silent_server_times_out_instead_of_hanging() {
    let url = fake_server(for_map_1(&[8, 1])); // a SyncStatus, then nothing
    let start = Instant::now();
    let error =
        Live::connect_within(&url, "map-1", TOKEN, &Doc::new(), Duration::from_millis(500)).unwrap_err();
    assert!(matches!(error, LiveError::Timeout { .. }), "{error:?}");
    assert!(start.elapsed() < Duration::from_secs(3));
}

#[test]
fn any_bytes_parse_or_fail_without_panicking() {
    use proptest::prelude::*;
    let headers: Vec<Vec<u8>> = [&[][..], &[0, 0], &[0, 1], &[0, 2], &[4, 0], &[2], &[7], &[8]]
        .iter()
        .map(|h| for_map_1(h))
        .collect();
    // A client id over 53 bits, which yrs checks with a `debug_assert!`.
    let wide_client = for_map_1(&[0, 0, 11, 1, 128, 128, 128, 128, 128, 128, 128, 128, 16, 0]);
    let _ = wire::parse(&wide_client);
    proptest!(ProptestConfig::with_cases(2000), |(which in 0..headers.len(), tail in proptest::collection::vec(any::<u8>(), 0..64))| {
        let mut bytes = headers[which].clone();
        bytes.extend_from_slice(&tail);
        let _ = wire::parse(&bytes);
        let _ = wire::parse(&tail);
    });
}

#[test]
fn live_can_move_to_another_thread() {
    fn send<T: Send>() {}
    send::<Live>();
    send::<LiveError>();
}

/// A document with a map, a text and an array, with overwrites and deletions.
fn busy_update() -> Vec<u8> {
    use yrs::{Array, Text};
    let doc = Doc::new();
    write(&doc, "a", "b");
    {
        let (text, list) = (doc.get_or_insert_text("t"), doc.get_or_insert_array("list"));
        let mut txn = doc.transact_mut();
        text.insert(&mut txn, 0, "hello world");
        text.remove_range(&mut txn, 2, 3);
        list.insert_range(&mut txn, 0, [1, 2, 3]);
        list.remove(&mut txn, 1);
    }
    write(&doc, "a", "overwritten");
    doc.transact().encode_state_as_update_v1(&StateVector::default())
}

#[test]
fn damaged_updates_are_refused_or_applied_without_panicking() {
    use proptest::prelude::*;
    let seed = busy_update();
    let other = Doc::new();
    let other_update = write(&other, "x", "y");
    let changes = proptest::collection::vec((0..seed.len(), any::<u8>()), 1..4);
    proptest!(ProptestConfig::with_cases(3000), |(changes in changes, cut in 0usize..8, onto in any::<bool>())| {
        let mut bytes = seed.clone();
        for (at, byte) in changes {
            bytes[at] = byte;
        }
        bytes.truncate(bytes.len() - cut);
        if let Ok(update) = wire::decode::<Update>(&bytes) {
            let doc = Doc::new();
            if onto {
                doc.transact_mut().apply_update(Update::decode_v1(&other_update).unwrap()).unwrap();
            }
            let _ = doc.transact_mut().apply_update(update);
        }
    });
}
