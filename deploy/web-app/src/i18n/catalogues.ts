/**
 * The app's texts, one JSON file per area of the app and language (src/i18n/vi/*.json, src/i18n/en/*.json), so each
 * area's screens keep their words beside the others' without editing one shared file. Each file holds its own
 * top-level keys; two files claiming the same key is a mistake the catalogues' test reports.
 */
export type Catalogue = Record<string, unknown>;

const vi = import.meta.glob<Catalogue>("./vi/*.json", { eager: true, import: "default" });
const en = import.meta.glob<Catalogue>("./en/*.json", { eager: true, import: "default" });

export const FILES = { vi, en };

export function merged(files: Record<string, Catalogue>): Catalogue {
  return Object.assign({}, ...Object.values(files));
}

export const CATALOGUES = { vi: merged(vi), en: merged(en) };
