
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Tekrar deneyin`,
'error.http': str`Hizmet sunucusu bir hata bildirdi (${0}). Lütfen daha sonra tekrar deneyin.`,
'error.network': `Hizmetler yüklenemedi. İnternet bağlantınızı kontrol edip tekrar deneyin.`,
'error.no-src': `Bu bileşenin bir katalog adresi yok. Site yöneticileri için: src özniteliğine bir katalog adresi girin.`,
'error.not-catalogue': `Hizmetler için verilen adreste bir hizmet listesi yok. Lütfen bu durumu web sitesinin yöneticilerine bildirin.`,
'error.not-found': `Hizmet listesi kendi adresinde bulunamadı. Lütfen bu durumu web sitesinin yöneticilerine bildirin.`,
'error.offline': `Bu cihaz internete bağlı değil. Bağlantı geri geldiğinde hizmetler görünecektir.`,
'error.timeout': `Sunucunun yanıt vermesi çok uzun sürdü. Lütfen biraz sonra tekrar deneyin.`,
'error.title': `Hizmetler şu anda gösterilemiyor`,
'error.too-large': `Hizmet listesi bu sayfada gösterilemeyecek kadar büyük.`,
'state.loading': `Yükleniyor…`,
'state.stale': str`${0} tarihinde kaydedilmiş bir kopyayı görüyorsunuz. En güncel hizmetler yüklenemedi.`,
'state.stale-undated': `Kaydedilmiş bir kopyayı görüyorsunuz. En güncel hizmetler yüklenemedi.`,
    };
  