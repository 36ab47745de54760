import type { z } from 'zod';
import type { SiteDetail, siteInputSchema, SiteKind, siteSourceInputSchema, SiteSourceKind, SiteStatus, siteUpdateSchema } from '@ctip/contracts';

/** A status entry's source as the form holds it: every kind's fields, the chosen kind's sent. */
export interface SourceFormValues {
  kind: SiteSourceKind;
  reportId: string | null;
  operationId: string | null;
  title: string;
  publisher: string;
  /** YYYY-MM-DD, or empty. */
  date: string;
  reference: string;
  url: string;
}

/** One operating company of a site. */
export interface OperatorRow {
  key: string;
  name: string;
  registration: string;
}

/** The site form's values (new site, or editing one without its history). */
export interface SiteFormValues {
  kind: SiteKind | '';
  name: string;
  aliases: string[];
  operators: OperatorRow[];
  provinceCode: string | null;
  latitude: number | '';
  longitude: number | '';
  address: string;
  description: string;
}

/** The first status of a new site. */
export interface FirstStatusValues {
  status: SiteStatus;
  occurredOn: string;
  source: SourceFormValues;
}

let rowCounter = 0;
/** An empty operator row. */
export function emptyOperatorRow(): OperatorRow {
  rowCounter += 1;
  return { key: `operator-${rowCounter}`, name: '', registration: '' };
}

/** An empty source: a press article, the commonest public source. */
export function emptySource(kind: SiteSourceKind = 'press_article'): SourceFormValues {
  return { kind, reportId: null, operationId: null, title: '', publisher: '', date: '', reference: '', url: '' };
}

/** An empty site form. */
export function emptySiteForm(): SiteFormValues {
  return { kind: '', name: '', aliases: [], operators: [], provinceCode: null, latitude: '', longitude: '', address: '', description: '' };
}

/** A site's own fields as form values, to edit them. */
export function siteToForm(site: SiteDetail): SiteFormValues {
  return {
    kind: site.kind,
    name: site.name,
    aliases: site.aliases,
    operators: site.operators.map((operator) => ({ ...emptyOperatorRow(), name: operator.name, registration: operator.registration ?? '' })),
    provinceCode: site.provinceCode,
    latitude: site.latitude ?? '',
    longitude: site.longitude ?? '',
    address: site.address ?? '',
    description: site.description,
  };
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** A source as the API takes it, from the fields of its kind. */
export function toSourceInput(source: SourceFormValues): z.input<typeof siteSourceInputSchema> {
  switch (source.kind) {
    case 'report':
      return { kind: 'report', reportId: source.reportId ?? '' };
    case 'operation':
      return { kind: 'operation', operationId: source.operationId ?? '' };
    case 'document':
      return { kind: 'document', title: source.title.trim(), publisher: blankToNull(source.publisher), date: blankToNull(source.date), reference: blankToNull(source.reference) };
    case 'press_article':
      return { kind: 'press_article', title: source.title.trim(), publisher: source.publisher.trim(), date: blankToNull(source.date), url: blankToNull(source.url) };
  }
}

/** The site's own fields as the API takes them (shared by creating and editing). */
export function toSiteFields(values: SiteFormValues) {
  return {
    kind: values.kind as SiteKind,
    name: values.name.trim(),
    aliases: values.aliases.map((alias) => alias.trim()).filter((alias) => alias !== ''),
    operators: values.operators.filter((operator) => operator.name.trim() !== '' || operator.registration.trim() !== '').map((operator) => ({ name: operator.name.trim(), registration: blankToNull(operator.registration) })),
    provinceCode: values.provinceCode ?? '',
    latitude: values.latitude === '' ? null : values.latitude,
    longitude: values.longitude === '' ? null : values.longitude,
    address: blankToNull(values.address),
    description: values.description.trim(),
  };
}

/** The body of `POST /api/sites`. */
export function toSiteInput(values: SiteFormValues, first: FirstStatusValues): z.input<typeof siteInputSchema> {
  return { ...toSiteFields(values), status: { status: first.status, occurredOn: first.occurredOn, source: toSourceInput(first.source) } };
}

/** The body of `PATCH /api/sites/:id`: every own field (lists are replaced whole). */
export function toSiteUpdate(values: SiteFormValues): z.input<typeof siteUpdateSchema> {
  return toSiteFields(values);
}

/** Whether a status dated `occurredOn` would go before the latest entry, and so needs a correction reason. */
export function isOutOfOrder(history: ReadonlyArray<{ occurredOn: string }>, occurredOn: string): boolean {
  const latest = history.reduce<string | null>((max, entry) => (max === null || entry.occurredOn > max ? entry.occurredOn : max), null);
  return latest !== null && occurredOn !== '' && occurredOn < latest;
}
