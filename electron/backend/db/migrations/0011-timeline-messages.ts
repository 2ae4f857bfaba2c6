import type { Migration } from '../migrate'

// Timeline entries the app writes keep their catalogue message (key and values, as JSON) beside
// the English text, so each reader sees them in their own language. The text stays what search,
// exports and bundles read; entries written before this, and the user's own notes, have none.
export const timelineMessages: Migration = {
  version: 11,
  name: 'timeline messages',
  up(db) {
    db.exec('ALTER TABLE timeline_events ADD COLUMN message TEXT')
  },
}
