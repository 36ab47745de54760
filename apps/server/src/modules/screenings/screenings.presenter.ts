import type { Screening } from '@ctip/contracts';
import { decryptField } from '../../crypto/field-cipher';
import type { KeyRing } from '../../crypto/key-ring';
import type { ScreeningRow } from './screenings.repository';

type Evidence = Record<'acts' | 'means' | 'purposes' | 'indicators', Record<string, string>>;

/** A screening with its evidence decrypted, element by element. */
export function presentScreening(keyRing: KeyRing, row: ScreeningRow): Screening {
  const evidence = JSON.parse(decryptField(keyRing, { table: 'screenings', column: 'evidence', rowId: row.id }, row.evidence)) as Evidence;
  const elements = (kind: keyof Evidence, codes: string) => (JSON.parse(codes) as string[]).map((code) => ({ code, evidence: evidence[kind][code] ?? '' }));
  return {
    id: row.id,
    personId: row.person_id,
    organisationId: row.organisation_id,
    screenedBy: row.screened_by,
    screenedOn: row.screened_on,
    actDate: row.act_date,
    ageAtAct: row.age_at_act,
    acts: elements('acts', row.acts),
    means: elements('means', row.means),
    purposes: elements('purposes', row.purposes),
    indicators: elements('indicators', row.indicators),
    forcedCriminality: row.forced_criminality === 1,
    summary: decryptField(keyRing, { table: 'screenings', column: 'summary', rowId: row.id }, row.summary),
    outcome: row.outcome as Screening['outcome'],
    isChild: row.is_child === 1,
    reasons: JSON.parse(row.reasons) as string[],
    caseId: row.case_id,
    createdAt: row.created_at,
  };
}
