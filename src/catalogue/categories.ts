import type { Category } from './schema.js';

/** The eleven default categories, used when a catalogue does not define its own. */
export const DEFAULT_CATEGORIES: readonly Category[] = [
  {
    id: 'language',
    name: {
      de: 'Sprach- und Integrationskurse', en: 'Language and integration courses', ar: 'دورات اللغة والاندماج',
      fa: 'دوره‌های زبان و ادغام (Integrationskurs)', uk: 'Мовні та інтеграційні курси', ru: 'Языковые и интеграционные курсы',
      tr: 'Dil ve uyum kursları', fr: 'Cours de langue et d’intégration', es: 'Cursos de idioma e integración',
    },
  },
  {
    id: 'migration-counselling',
    name: {
      de: 'Migrationsberatung', en: 'Migration counselling', ar: 'استشارات الهجرة', fa: 'مشاوره مهاجرت',
      uk: 'Міграційне консультування', ru: 'Миграционное консультирование', tr: 'Göç danışmanlığı',
      fr: 'Conseil en migration', es: 'Asesoramiento migratorio',
    },
  },
  {
    id: 'legal',
    name: {
      de: 'Asyl- und Aufenthaltsrecht', en: 'Asylum and residence law', ar: 'قانون اللجوء والإقامة',
      fa: 'حقوق پناهندگی و اقامت', uk: 'Право притулку та перебування', ru: 'Право убежища и пребывания',
      tr: 'İltica ve oturum hukuku', fr: 'Droit d’asile et de séjour', es: 'Derecho de asilo y residencia',
    },
  },
  {
    id: 'work',
    name: {
      de: 'Arbeitsvermittlung', en: 'Job placement', ar: 'التوظيف', fa: 'کاریابی', uk: 'Працевлаштування',
      ru: 'Трудоустройство', tr: 'İş bulma', fr: 'Placement professionnel', es: 'Intermediación laboral',
    },
  },
  {
    id: 'career',
    name: {
      de: 'Berufsberatung und Anerkennung', en: 'Career advice and recognition', ar: 'الإرشاد المهني والاعتراف بالشهادات',
      fa: 'مشاوره شغلی و ارزشیابی مدارک', uk: 'Профорієнтація та визнання кваліфікацій', ru: 'Профориентация и признание квалификаций',
      tr: 'Meslek danışmanlığı ve denklik', fr: 'Orientation et reconnaissance des diplômes', es: 'Orientación profesional y homologación',
    },
  },
  {
    id: 'education',
    name: {
      de: 'Schule, Ausbildung, Studium', en: 'School, apprenticeship, university', ar: 'المدرسة والتدريب المهني والجامعة',
      fa: 'مدرسه، آموزش حرفه‌ای، دانشگاه', uk: 'Школа, професійне навчання, університет', ru: 'Школа, профобучение, университет',
      tr: 'Okul, meslek eğitimi, üniversite', fr: 'École, apprentissage, université', es: 'Escuela, formación profesional, universidad',
    },
  },
  {
    id: 'family',
    name: {
      de: 'Kinder, Eltern, Frauen', en: 'Children, parents, women', ar: 'الأطفال والأهل والنساء', fa: 'کودکان، والدین، زنان',
      uk: 'Діти, батьки, жінки', ru: 'Дети, родители, женщины', tr: 'Çocuklar, ebeveynler, kadınlar',
      fr: 'Enfants, parents, femmes', es: 'Infancia, familias, mujeres',
    },
  },
  {
    id: 'health',
    name: {
      de: 'Gesundheit', en: 'Health', ar: 'الصحة', fa: 'سلامت', uk: 'Здоров’я', ru: 'Здоровье', tr: 'Sağlık',
      fr: 'Santé', es: 'Salud',
    },
  },
  {
    id: 'housing',
    name: {
      de: 'Wohnen', en: 'Housing', ar: 'السكن', fa: 'مسکن', uk: 'Житло', ru: 'Жильё', tr: 'Barınma ve konut', fr: 'Logement',
      es: 'Vivienda',
    },
  },
  {
    id: 'crisis',
    name: {
      de: 'Krisen und Gewaltschutz', en: 'Crisis help and protection from violence', ar: 'المساعدة في الأزمات والحماية من العنف',
      fa: 'کمک در بحران و محافظت در برابر خشونت', uk: 'Кризова допомога та захист від насильства',
      ru: 'Кризисная помощь и защита от насилия', tr: 'Kriz yardımı ve şiddetten korunma',
      fr: 'Aide en situation de crise et protection contre la violence', es: 'Ayuda en crisis y protección contra la violencia',
    },
  },
  {
    id: 'community',
    name: {
      de: 'Vereine, Ehrenamt, Treffpunkte', en: 'Associations, volunteering, meeting places', ar: 'الجمعيات والتطوع وأماكن اللقاء',
      fa: 'انجمن‌ها، کار داوطلبانه، مکان‌های دیدار', uk: 'Об’єднання, волонтерство, місця зустрічей',
      ru: 'Объединения, волонтёрство, места встреч', tr: 'Dernekler, gönüllülük, buluşma yerleri',
      fr: 'Associations, bénévolat, lieux de rencontre', es: 'Asociaciones, voluntariado, lugares de encuentro',
    },
  },
];
