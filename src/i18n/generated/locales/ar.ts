
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `إعادة المحاولة`,
'error.http': str`أبلغ خادم العروض عن خطأ (${0}). يُرجى المحاولة مرة أخرى لاحقًا.`,
'error.network': `تعذّر تحميل العروض. يُرجى التحقق من الاتصال بالإنترنت ثم المحاولة مرة أخرى.`,
'error.no-src': `لا يوجد لهذه الأداة عنوان كتالوج. إلى القائمين على الموقع: يُرجى ضبط السمة src على عنوان كتالوج.`,
'error.not-catalogue': `لا يحتوي عنوان العروض على قائمة عروض. يُرجى إبلاغ القائمين على هذا الموقع.`,
'error.not-found': `لم يتم العثور على قائمة العروض في عنوانها. يُرجى إبلاغ القائمين على هذا الموقع.`,
'error.offline': `هذا الجهاز غير متصل بالإنترنت. ستظهر العروض عند عودة الاتصال.`,
'error.timeout': `استغرق الخادم وقتًا طويلًا للرد. يُرجى المحاولة مرة أخرى بعد قليل.`,
'error.title': `لا يمكن إظهار العروض الآن`,
'error.too-large': `قائمة العروض كبيرة جدًا ولا يمكن إظهارها في هذه الصفحة.`,
'state.loading': `جارٍ التحميل…`,
'state.stale': str`هذه نسخة محفوظة بتاريخ ${0}. تعذّر تحميل أحدث العروض.`,
'state.stale-undated': `هذه نسخة محفوظة. تعذّر تحميل أحدث العروض.`,
    };
  