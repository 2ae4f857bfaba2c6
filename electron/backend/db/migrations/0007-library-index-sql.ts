// The library's full-text index (migration 7): tables, bulk backfill and the triggers that keep it
// in step with the source tables. Part of a shipped migration: never edit, add a new migration.
//
// Every searchable text is one FTS row ("doc") whose rowid says where it comes from:
//   rowid = incident seq * 2^27 + source * 2^24 + n
// so a search learns each hit's incident and source from the rowid alone, with no join, and an
// incident's docs are one contiguous rowid range. library_docs maps a source row to its doc.
// Timeline events are indexed in chunks of up to 32 events of one incident: common words then
// match tens of thousands of chunks instead of hundreds of thousands of events, and appending an
// event re-indexes at most 32 short texts. (Since migration 9 an append only marks its chunk
// stale and search re-indexes stale chunks before reading; see 0009-library-lazy-timeline-index.)

export const INCIDENT_SPAN = 134_217_728 // 2^27
export const SOURCE_SPAN = 16_777_216 // 2^24
export const TIMELINE_CHUNK_EVENTS = 32

/** Source codes inside the rowid, in the order results prefer them. */
export const LIBRARY_SOURCES = [
  'title',
  'summary',
  'postmortem',
  'hypothesis',
  'evidence',
  'timeline',
] as const
export type LibrarySource = (typeof LIBRARY_SOURCES)[number]
const code = (source: LibrarySource) => LIBRARY_SOURCES.indexOf(source)

export const LIBRARY_INDEX_SQL = `
  CREATE TABLE library_incidents (
    seq INTEGER PRIMARY KEY,
    incident_id TEXT NOT NULL UNIQUE
  ) STRICT;

  CREATE TABLE library_docs (
    doc INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE
  ) STRICT;

  CREATE TABLE library_chunk_events (
    event_id TEXT PRIMARY KEY,
    doc INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX library_chunk_events_doc ON library_chunk_events (doc);

  -- Titles get their own column so they can be weighed and highlighted apart from body text.
  CREATE VIRTUAL TABLE library_fts USING fts5(
    title, body, tokenize = 'unicode61 remove_diacritics 2'
  );
`

const seqOf = (incident: string) =>
  `(SELECT seq FROM library_incidents WHERE incident_id = ${incident})`
const baseOf = (incident: string, source: LibrarySource) =>
  `(${seqOf(incident)} * ${INCIDENT_SPAN} + ${code(source) * SOURCE_SPAN})`
const lastDoc = (incident: string, source: LibrarySource) =>
  `(SELECT max(doc) FROM library_docs
     WHERE doc BETWEEN ${baseOf(incident, source)} AND ${baseOf(incident, source)} + ${SOURCE_SPAN - 1})`
const nextDoc = (incident: string, source: LibrarySource) =>
  `(coalesce(${lastDoc(incident, source)}, ${baseOf(incident, source)} - 1) + 1)`

interface DocSource {
  table: string
  source: Exclude<LibrarySource, 'timeline'>
  /** Expressions over a row alias (NEW, OLD or a table alias). */
  key: (row: string) => string
  incident: (row: string) => string
  text: (row: string) => string
  /** Whether the row has anything to search. */
  when: (row: string) => string
  /** Columns whose change re-indexes the row. */
  columns: string
}

// The words inside a postmortem section's JSON, without ids and switches.
const sectionText = (row: string) => `(SELECT coalesce(group_concat(j.value, ' '), '')
    FROM json_tree(${row}.value) AS j
   WHERE j.type = 'text' AND coalesce(j.key, '') NOT IN ('evidenceId', 'hypothesisId', 'show'))`

const DOC_SOURCES: readonly DocSource[] = [
  {
    table: 'incidents',
    source: 'title',
    key: (r) => `('title:' || ${r}.id)`,
    incident: (r) => `${r}.id`,
    text: (r) => `${r}.title`,
    when: () => '1',
    columns: 'title',
  },
  {
    table: 'incidents',
    source: 'summary',
    key: (r) => `('summary:' || ${r}.id)`,
    incident: (r) => `${r}.id`,
    text: (r) => `${r}.summary`,
    when: (r) => `${r}.summary <> ''`,
    columns: 'summary',
  },
  {
    table: 'postmortem_sections',
    source: 'postmortem',
    key: (r) => `('postmortem:' || ${r}.incident_id || '/' || ${r}.section)`,
    incident: (r) => `${r}.incident_id`,
    text: sectionText,
    // The timeline section lists event ids; the events are indexed themselves.
    when: (r) => `${r}.section <> 'timeline'`,
    columns: 'value',
  },
  {
    table: 'hypotheses',
    source: 'hypothesis',
    key: (r) => `('hypothesis:' || ${r}.id)`,
    incident: (r) => `${r}.incident_id`,
    text: (r) => `trim(${r}.text || ' ' || ${r}.reason)`,
    when: () => '1',
    columns: 'text, reason',
  },
  {
    table: 'evidence',
    source: 'evidence',
    key: (r) => `('evidence:' || ${r}.id)`,
    incident: (r) => `${r}.incident_id`,
    text: (r) => `${r}.caption`,
    when: (r) => `${r}.caption <> ''`,
    columns: 'caption',
  },
]

const columnsFor = (source: LibrarySource) => (source === 'title' ? 'title, body' : 'body, title')

/** Gives the row a doc number once, then replaces its FTS text (or removes it). */
function putDoc(s: DocSource, row: string): string {
  const key = s.key(row)
  return `
    INSERT INTO library_docs (doc, key)
      SELECT n, ${key} FROM (SELECT ${nextDoc(s.incident(row), s.source)} AS n)
       WHERE n IS NOT NULL AND NOT EXISTS (SELECT 1 FROM library_docs WHERE key = ${key});
    DELETE FROM library_fts WHERE rowid = (SELECT doc FROM library_docs WHERE key = ${key});
    INSERT INTO library_fts (rowid, ${columnsFor(s.source)})
      SELECT doc, ${s.text(row)}, '' FROM library_docs WHERE key = ${key} AND ${s.when(row)};`
}

function dropDoc(s: DocSource, row: string): string {
  const key = s.key(row)
  return `
    DELETE FROM library_fts WHERE rowid = (SELECT doc FROM library_docs WHERE key = ${key});
    DELETE FROM library_docs WHERE key = ${key};`
}

function docTriggers(s: DocSource): string {
  const name = `library_${s.source}`
  // An incident's own texts are indexed by its insert trigger, after its seq exists.
  const insert =
    s.table === 'incidents'
      ? ''
      : `CREATE TRIGGER ${name}_insert AFTER INSERT ON ${s.table} BEGIN ${putDoc(s, 'NEW')} END;`
  return `
    ${insert}
    CREATE TRIGGER ${name}_update AFTER UPDATE OF ${s.columns} ON ${s.table}
      BEGIN ${putDoc(s, 'NEW')} END;
    CREATE TRIGGER ${name}_delete AFTER DELETE ON ${s.table} BEGIN ${dropDoc(s, 'OLD')} END;`
}

/** Rewrites one timeline chunk's FTS text from its live events. */
function reindexChunk(doc: string): string {
  return `
    DELETE FROM library_fts WHERE rowid = ${doc};
    INSERT INTO library_fts (rowid, title, body)
      SELECT ${doc}, '', chunk_text FROM (
        SELECT group_concat(text, char(10)) AS chunk_text FROM (
          SELECT e.text FROM library_chunk_events AS c JOIN timeline_events AS e ON e.id = c.event_id
           WHERE c.doc = ${doc} AND e.deleted_at IS NULL
           ORDER BY e.occurred_at, e.created_at, e.id))
       WHERE chunk_text IS NOT NULL;`
}

function timelineTriggers(): string {
  const latest = lastDoc('NEW.incident_id', 'timeline')
  const chunkOf = (row: string) =>
    `(SELECT doc FROM library_chunk_events WHERE event_id = ${row}.id)`
  return `
    CREATE TRIGGER library_timeline_insert AFTER INSERT ON timeline_events BEGIN
      INSERT INTO library_docs (doc, key)
        SELECT n, 'timeline:' || n FROM (SELECT ${nextDoc('NEW.incident_id', 'timeline')} AS n)
         WHERE n IS NOT NULL AND (${latest} IS NULL
            OR (SELECT count(*) FROM library_chunk_events WHERE doc = ${latest}) >= ${TIMELINE_CHUNK_EVENTS});
      INSERT INTO library_chunk_events (event_id, doc) SELECT NEW.id, ${latest} WHERE ${latest} IS NOT NULL;
      ${reindexChunk(chunkOf('NEW'))}
    END;
    CREATE TRIGGER library_timeline_update AFTER UPDATE OF text, deleted_at ON timeline_events
      BEGIN ${reindexChunk(chunkOf('NEW'))} END;
    CREATE TRIGGER library_timeline_delete AFTER DELETE ON timeline_events BEGIN
      ${reindexChunk(chunkOf('OLD'))}
      DELETE FROM library_chunk_events WHERE event_id = OLD.id;
    END;`
}

function incidentTriggers(): string {
  const incidentTexts = DOC_SOURCES.filter((source) => source.table === 'incidents')
  const from = `${seqOf('OLD.id')} * ${INCIDENT_SPAN}`
  const to = `${seqOf('OLD.id')} * ${INCIDENT_SPAN} + ${INCIDENT_SPAN - 1}`
  return `
    CREATE TRIGGER library_incident_insert AFTER INSERT ON incidents BEGIN
      INSERT INTO library_incidents (incident_id) VALUES (NEW.id);
      ${incidentTexts.map((source) => putDoc(source, 'NEW')).join('\n')}
    END;
    -- Before the cascade, so the child triggers find nothing left to re-index.
    CREATE TRIGGER library_incident_delete BEFORE DELETE ON incidents BEGIN
      DELETE FROM library_fts WHERE rowid BETWEEN ${from} AND ${to};
      DELETE FROM library_chunk_events WHERE doc BETWEEN ${from} AND ${to};
      DELETE FROM library_docs WHERE doc BETWEEN ${from} AND ${to};
      DELETE FROM library_incidents WHERE incident_id = OLD.id;
    END;`
}

/** Every trigger, in creation order: the incident's own first, so its seq exists for the rest. */
export function libraryTriggersSql(): string {
  return [incidentTriggers(), ...DOC_SOURCES.map(docTriggers), timelineTriggers()].join('\n')
}

function backfillDocs(s: DocSource): string {
  const base = `l.seq * ${INCIDENT_SPAN} + ${code(s.source) * SOURCE_SPAN}`
  return `
    INSERT INTO library_docs (doc, key)
      SELECT ${base} + row_number() OVER (PARTITION BY l.seq ORDER BY ${s.key('t')}) - 1, ${s.key('t')}
        FROM ${s.table} AS t JOIN library_incidents AS l ON l.incident_id = ${s.incident('t')};
    INSERT INTO library_fts (rowid, ${columnsFor(s.source)})
      SELECT d.doc, ${s.text('t')}, '' FROM ${s.table} AS t
        JOIN library_docs AS d ON d.key = ${s.key('t')}
       WHERE ${s.when('t')};`
}

function backfillTimeline(): string {
  const base = `l.seq * ${INCIDENT_SPAN} + ${code('timeline') * SOURCE_SPAN}`
  return `
    INSERT INTO library_chunk_events (event_id, doc)
      SELECT e.id, ${base} + (row_number() OVER (
               PARTITION BY e.incident_id ORDER BY e.occurred_at, e.created_at, e.id) - 1)
             / ${TIMELINE_CHUNK_EVENTS}
        FROM timeline_events AS e JOIN library_incidents AS l ON l.incident_id = e.incident_id;
    INSERT INTO library_docs (doc, key)
      SELECT DISTINCT doc, 'timeline:' || doc FROM library_chunk_events;
    INSERT INTO library_fts (rowid, title, body)
      SELECT c.doc, '', group_concat(e.text, char(10))
        FROM library_chunk_events AS c JOIN timeline_events AS e ON e.id = c.event_id
       WHERE e.deleted_at IS NULL
       GROUP BY c.doc;`
}

/** Indexes everything already stored, in bulk (much faster than one trigger per row). */
export function libraryBackfillSql(): string {
  return [
    'INSERT INTO library_incidents (incident_id) SELECT id FROM incidents ORDER BY created_at, id;',
    ...DOC_SOURCES.map(backfillDocs),
    backfillTimeline(),
  ].join('\n')
}
