/** What every importer takes and gives. Importers are pure: they read from an `ImportSource`. */

/** A fetched document. */
export interface Fetched {
  url: string;
  status: number;
  contentType: string;
  text: string;
}

/**
 * Where an importer reads from: one file, a folder, a zip archive or a web address. The CLI makes
 * one from its argument (src/cli/source.ts); a program can make its own (for instance from files
 * a visitor dropped into a page).
 */
export interface ImportSource {
  /** The path or address as given, for messages. */
  readonly label: string;
  readonly kind: 'file' | 'folder' | 'zip' | 'url';
  /**
   * Names of the files in a folder or zip (relative, `/`-separated, at any depth); for a single
   * file its base name; for a URL none.
   */
  readonly files: readonly string[];
  /** A file's text (UTF-8, byte order mark removed), `undefined` when there is no such file. */
  text(name: string): Promise<string | undefined>;
  /**
   * Downloads an http(s) address (relative ones are resolved against the source's URL). Refuses
   * when the source is not a URL and the importer did not get a fetch from its caller.
   */
  fetch(url: string): Promise<Fetched>;
}

/** Something in the input that has no place in the catalogue, counted once per distinct value. */
export interface Unmapped {
  /** What kind of thing: "language", "taxonomy term", "schedule", "column", "type"… */
  field: string;
  value: string;
  count: number;
  reason: string;
  /** Where it was first seen ("services.csv line 17", "$.items[3].languages"). */
  at?: string;
}

/** A row or item that the importer could not use at all. */
export interface Skipped {
  at: string;
  reason: string;
}

export interface ImportOptions {
  /** Content languages to read where the source has several (Integreat); the first is the default. */
  languages?: string[];
  /** The catalogue's time zone (default Europe/Berlin): times without an offset are read in it. */
  timeZone?: string;
  /** Default language of the texts when the source does not say (default "de", HSDS "en"). */
  defaultLanguage?: string;
  /** Category mapping: taxonomy term (id or name) → catalogue category id; see the mapping files. */
  categoryMap?: Readonly<Record<string, string>>;
  /** Catalogue title and publisher for the document head. */
  title?: string;
  publisher?: { name: string; url?: string };
  /** Called once per page or file read, for progress on long imports. */
  onProgress?: (message: string) => void;
}

/** What an importer gives: a catalogue document (not yet validated) and what it could not map. */
export interface ImportResult {
  document: Record<string, unknown>;
  /** Records read from the source (services, POIs, rows…). */
  read: number;
  unmapped: Unmapped[];
  skipped: Skipped[];
}

export type Importer = (source: ImportSource, options?: ImportOptions) => Promise<ImportResult>;
