/** What went wrong while getting a catalogue, classified so an element can say it in plain words. */
export const LOAD_ERROR_KINDS = [
  'offline',
  'network',
  'timeout',
  'http',
  'too-large',
  'not-json',
  'not-catalogue',
] as const;
export type LoadErrorKind = (typeof LOAD_ERROR_KINDS)[number];

export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly details: { url?: string; status?: number; limit?: number } = {},
  ) {
    super(message);
  }
}
