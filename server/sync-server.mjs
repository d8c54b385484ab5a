// Sectormap's live sync server: Hocuspocus (Yjs over WebSocket) with one shared token.
//   cd server && npm ci && SECTORMAP_SYNC_TOKEN=secret node sync-server.mjs
// PORT (default 1234) and HOST (default 0.0.0.0) choose where it listens. Each document
// is kept in a file in SECTORMAP_SYNC_DIR (default: ./documents), so a map outlives the
// server and `sectormap sync --server`, which connects and leaves, finds what others sent;
// set SECTORMAP_SYNC_DIR to an empty value to keep documents in memory only.
import { createHash, timingSafeEqual } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Server } from '@hocuspocus/server'
import { Database } from '@hocuspocus/extension-database'

const token = process.env.SECTORMAP_SYNC_TOKEN
if (!token) {
  console.error('sync-server: set SECTORMAP_SYNC_TOKEN to the token clients must send')
  process.exit(2)
}
const port = Number(process.env.PORT || 1234)
const digest = (text) => createHash('sha256').update(String(text)).digest()
const expected = digest(token)

const extensions = []
const dir = process.env.SECTORMAP_SYNC_DIR ?? 'documents'
if (dir) {
  await mkdir(dir, { recursive: true })
  const file = (name) => join(dir, `${encodeURIComponent(name)}.yjs`)
  extensions.push(new Database({
    fetch: ({ documentName }) => readFile(file(documentName)).catch(() => null),
    store: async ({ documentName, state }) => {
      await writeFile(`${file(documentName)}.tmp`, state)
      await rename(`${file(documentName)}.tmp`, file(documentName))
    },
  }))
}

const server = new Server({
  port,
  quiet: true,
  extensions,
  async onAuthenticate({ token: given, documentName }) {
    if (!timingSafeEqual(digest(given), expected)) {
      // Hocuspocus sends `reason` to the client in its PermissionDenied message.
      throw Object.assign(new Error(`wrong token for ${documentName}`), { reason: 'wrong token' })
    }
  },
})
// Hocuspocus 3.4.4 hands Node `address` where `listen` wants `host`: pass HOST ourselves.
const listen = server.httpServer.listen.bind(server.httpServer)
server.httpServer.listen = (options, done) => listen({ ...options, host: process.env.HOST || '0.0.0.0' }, done)
await server.listen()
console.log(`sync-server: listening on ${server.address.address}:${server.address.port}`)
