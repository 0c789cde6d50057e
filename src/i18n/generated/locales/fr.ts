
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Réessayer`,
'error.http': str`Le serveur des offres a signalé une erreur (${0}). Veuillez réessayer plus tard.`,
'error.network': `Impossible de charger les offres. Vérifiez votre connexion Internet et réessayez.`,
'error.no-src': `Ce widget n’a pas d’adresse de catalogue. Pour les responsables du site : indiquez l’adresse d’un catalogue dans son attribut src.`,
'error.not-catalogue': `L’adresse des offres ne fournit pas de liste d’offres. Veuillez prévenir les responsables de ce site.`,
'error.not-found': `La liste des offres est introuvable à son adresse. Veuillez prévenir les responsables de ce site.`,
'error.offline': `Cet appareil est hors ligne. Les offres s’afficheront dès que la connexion sera rétablie.`,
'error.timeout': `Le serveur a mis trop de temps à répondre. Veuillez réessayer dans un instant.`,
'error.title': `Les offres ne peuvent pas être affichées pour le moment`,
'error.too-large': `La liste des offres est trop grande pour être affichée sur cette page.`,
'state.loading': `Chargement…`,
'state.stale': str`Vous voyez une copie enregistrée du ${0}. Les offres les plus récentes n’ont pas pu être chargées.`,
'state.stale-undated': `Vous voyez une copie enregistrée. Les offres les plus récentes n’ont pas pu être chargées.`,
    };
  