/**
 * Consent to load map tiles from a third party, for the whole page: given by the visitor (the
 * placeholder's button), or by the host's consent manager through the `consent` attribute, the
 * `consent` property, or an event on the document:
 *
 *   document.dispatchEvent(new CustomEvent('wk-map-consent', { detail: { granted: true } }));
 *
 * Nothing is stored: the next page asks again unless the host grants consent.
 */
export const CONSENT_EVENT = 'wk-map-consent';

export interface MapConsentDetail {
  granted: boolean;
  /** `visitor` when given in the map's placeholder, else `host`. */
  source?: 'visitor' | 'host';
}

let granted = false;
const listeners = new Set<() => void>();

export function hasMapConsent(): boolean {
  return granted;
}

export function setMapConsent(value: boolean): void {
  if (granted === value) return;
  granted = value;
  for (const listener of [...listeners]) listener();
}

export function onMapConsent(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (typeof document !== 'undefined') {
  document.addEventListener(CONSENT_EVENT, (event) => {
    const detail = (event as CustomEvent<Partial<MapConsentDetail> | null>).detail;
    setMapConsent(detail?.granted !== false);
  });
}

/** Fired by a map when the visitor agrees in its placeholder, so a consent manager can record it. */
export class WkMapConsentEvent extends Event {
  static readonly type = CONSENT_EVENT;
  constructor(readonly detail: MapConsentDetail) {
    super(CONSENT_EVENT, { bubbles: true, composed: true });
  }
}
