import type { Migration } from '../migrate'

// Secret values (passwords, tokens, header values) are never stored here: see secrets/.
export const dataSources: Migration = {
  version: 3,
  name: 'data sources',
  up(db) {
    db.exec(`
      CREATE TABLE data_sources (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('prometheus', 'alertmanager', 'jaeger')),
        name TEXT NOT NULL,
        url TEXT NOT NULL,
        auth_type TEXT NOT NULL CHECK (auth_type IN ('none', 'basic', 'bearer')),
        username TEXT NOT NULL DEFAULT '',
        header_names TEXT NOT NULL DEFAULT '[]',
        timeout_ms INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
    `)
  },
}
