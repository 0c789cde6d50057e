
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `تلاش دوباره`,
'error.http': str`سرور خدمات خطایی را گزارش کرد (${0}). لطفاً بعداً دوباره امتحان کنید.`,
'error.network': `بارگذاری خدمات ممکن نشد. اتصال اینترنت خود را بررسی کنید و دوباره امتحان کنید.`,
'error.no-src': `این ابزارک نشانی کاتالوگ ندارد. برای مسئولان وب‌سایت: ویژگی src آن را روی نشانی یک کاتالوگ تنظیم کنید.`,
'error.not-catalogue': `در نشانی خدمات، فهرستی از خدمات وجود ندارد. لطفاً به مسئولان این وب‌سایت اطلاع دهید.`,
'error.not-found': `فهرست خدمات در نشانی خود پیدا نشد. لطفاً به مسئولان این وب‌سایت اطلاع دهید.`,
'error.offline': `این دستگاه به اینترنت وصل نیست. به محض وصل شدن دوباره، خدمات نمایش داده می‌شوند.`,
'error.timeout': `پاسخ سرور بیش از حد طول کشید. لطفاً کمی بعد دوباره امتحان کنید.`,
'error.title': `در حال حاضر نمایش خدمات ممکن نیست`,
'error.too-large': `فهرست خدمات برای نمایش در این صفحه بیش از حد بزرگ است.`,
'state.loading': `در حال بارگذاری…`,
'state.stale': str`شما نسخه‌ای را می‌بینید که در ${0} ذخیره شده است. بارگذاری فهرست به‌روز خدمات ممکن نشد.`,
'state.stale-undated': `شما نسخه‌ای ذخیره‌شده را می‌بینید. بارگذاری فهرست به‌روز خدمات ممکن نشد.`,
    };
  