import type { Catalog } from '../i18n/catalog';

/** The people screen's strings. */
export const catalog: Catalog = {
  en: {},
  es: {},
};
