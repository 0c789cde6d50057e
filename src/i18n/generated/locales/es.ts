
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Volver a intentarlo`,
'error.http': str`El servidor de las ofertas informó de un error (${0}). Por favor, vuelva a intentarlo más tarde.`,
'error.network': `No se pudieron cargar las ofertas. Compruebe su conexión a internet y vuelva a intentarlo.`,
'error.no-src': `Este widget no tiene dirección de catálogo. Para los responsables del sitio: indiquen la dirección de un catálogo en su atributo src.`,
'error.not-catalogue': `La dirección de las ofertas no contiene una lista de ofertas. Por favor, avise a los responsables de este sitio web.`,
'error.not-found': `No se encontró la lista de ofertas en su dirección. Por favor, avise a los responsables de este sitio web.`,
'error.offline': `Este dispositivo no tiene conexión a internet. Las ofertas aparecerán cuando vuelva la conexión.`,
'error.timeout': `El servidor tardó demasiado en responder. Por favor, vuelva a intentarlo en un momento.`,
'error.title': `Ahora mismo no se pueden mostrar las ofertas`,
'error.too-large': `La lista de ofertas es demasiado grande para mostrarla en esta página.`,
'state.loading': `Cargando…`,
'state.stale': str`Está viendo una copia guardada del ${0}. No se pudieron cargar las ofertas más recientes.`,
'state.stale-undated': `Está viendo una copia guardada. No se pudieron cargar las ofertas más recientes.`,
    };
  