
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Erneut versuchen`,
'error.http': str`Der Server der Angebote hat einen Fehler gemeldet (${0}). Bitte versuchen Sie es später noch einmal.`,
'error.network': `Die Angebote konnten nicht geladen werden. Prüfen Sie Ihre Internetverbindung und versuchen Sie es noch einmal.`,
'error.no-src': `Dieses Widget hat keine Katalogadresse. Für die Redaktion: Bitte tragen Sie im Attribut src die Adresse eines Katalogs ein.`,
'error.not-catalogue': `Die Adresse der Angebote liefert keine Liste mit Angeboten. Bitte informieren Sie die Redaktion dieser Website.`,
'error.not-found': `Die Liste der Angebote wurde unter ihrer Adresse nicht gefunden. Bitte informieren Sie die Redaktion dieser Website.`,
'error.offline': `Dieses Gerät ist offline. Die Angebote erscheinen, sobald die Verbindung wieder da ist.`,
'error.timeout': `Der Server hat zu lange nicht geantwortet. Bitte versuchen Sie es gleich noch einmal.`,
'error.title': `Die Angebote können gerade nicht angezeigt werden`,
'error.too-large': `Die Liste der Angebote ist zu groß, um sie auf dieser Seite anzuzeigen.`,
'state.loading': `Wird geladen …`,
'state.stale': str`Sie sehen eine gespeicherte Kopie vom ${0}. Die neuesten Angebote konnten nicht geladen werden.`,
'state.stale-undated': `Sie sehen eine gespeicherte Kopie. Die neuesten Angebote konnten nicht geladen werden.`,
    };
  