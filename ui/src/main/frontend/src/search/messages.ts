import type { Catalog } from '../i18n/catalog';

/** The search screen's strings. */
export const catalog: Catalog = {
  en: {},
  es: {},
};
