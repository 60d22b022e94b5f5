-- dateline store, schema version 1. One writer (dateline ingest); readers open it read-only.
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, title TEXT, published TEXT, byline TEXT, dateline_text TEXT, dateline_place TEXT,
    agency TEXT, language TEXT, source_path TEXT, source_url TEXT, source_format TEXT NOT NULL,
    text TEXT NOT NULL, record BLOB NOT NULL  -- the whole dateline/1 JSON
);
CREATE TABLE IF NOT EXISTS article_sources (  -- every input an article was read from
    article_id TEXT NOT NULL REFERENCES articles(id), source_path TEXT, locator TEXT, url TEXT,
    UNIQUE (article_id, source_path, locator, url)
);
CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL REFERENCES articles(id), id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
    actor_code TEXT, place TEXT, PRIMARY KEY (article_id, id)
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL, entity_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id, start)
);
CREATE TABLE IF NOT EXISTS quotes (
    article_id TEXT NOT NULL REFERENCES articles(id), id TEXT NOT NULL, content TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, direct INTEGER NOT NULL, kind TEXT NOT NULL, cue TEXT,
    speaker_entity TEXT, speaker_name TEXT, speaker_mention TEXT,
    addressee_entity TEXT, addressee_name TEXT, addressee_mention TEXT, date TEXT, date_from TEXT,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_name);
CREATE INDEX IF NOT EXISTS quotes_date ON quotes (date);
CREATE TABLE IF NOT EXISTS times (
    article_id TEXT NOT NULL, id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    type TEXT NOT NULL, value TEXT, PRIMARY KEY (article_id, id)
);
CREATE TABLE IF NOT EXISTS places (
    article_id TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, geonames_id INTEGER, lat REAL, lon REAL,
    country TEXT, feature TEXT, PRIMARY KEY (article_id, id)
);
CREATE TABLE IF NOT EXISTS events (
    article_id TEXT NOT NULL, id TEXT NOT NULL, source_entity TEXT, source_code TEXT, target_entity TEXT,
    target_code TEXT, cameo TEXT NOT NULL, plover TEXT, date TEXT, date_from TEXT NOT NULL, place TEXT,
    trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger TEXT NOT NULL,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, quote_id TEXT, PRIMARY KEY (article_id, id)
);
CREATE TABLE IF NOT EXISTS rejections (
    input_key TEXT NOT NULL, article_id TEXT, stage TEXT NOT NULL, code TEXT NOT NULL, detail TEXT NOT NULL,
    UNIQUE (input_key, stage, code, detail)
);
CREATE INDEX IF NOT EXISTS rejections_code ON rejections (code);
CREATE INDEX IF NOT EXISTS events_date ON events (date);
CREATE INDEX IF NOT EXISTS entities_name ON entities (name);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5 (title, text, content='articles', content_rowid='rowid');
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5 (content, speaker_name, content='quotes', content_rowid='rowid');
