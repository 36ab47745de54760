import type { z } from 'zod';
import {
  actDayOf,
  ageOn,
  assessScreening,
  EXPLOITATION_PURPOSES,
  FORCED_LABOUR_INDICATORS,
  TRAFFICKING_ACTS,
  TRAFFICKING_MEANS,
  type ExploitationPurpose,
  type ForcedLabourIndicator,
  type Person,
  type ScreeningAssessment,
  type screeningInputSchema,
  type TraffickingAct,
  type TraffickingMeans,
} from '@ctip/contracts';

/** The four checklists of a screening, each code with whether it was found and the evidence. */
export const SCREENING_CHECKLISTS = {
  acts: { group: 'act', codes: TRAFFICKING_ACTS },
  means: { group: 'means', codes: TRAFFICKING_MEANS },
  purposes: { group: 'purpose', codes: EXPLOITATION_PURPOSES },
  indicators: { group: 'indicator', codes: FORCED_LABOUR_INDICATORS },
} as const;

/** One of the screening's checklists. */
export type ChecklistName = keyof typeof SCREENING_CHECKLISTS;

/** A checklist's state: found codes with their evidence. */
export type ChecklistValues = Record<string, { found: boolean; evidence: string }>;

/** The screening form's values. */
export interface ScreeningFormValues {
  screenedOn: string;
  actDate: string;
  ageAtAct: number | '';
  acts: ChecklistValues;
  means: ChecklistValues;
  purposes: ChecklistValues;
  indicators: ChecklistValues;
  forcedCriminality: boolean;
  summary: string;
}

const emptyChecklist = (codes: readonly string[]): ChecklistValues => Object.fromEntries(codes.map((code) => [code, { found: false, evidence: '' }]));

/** An empty screening, dated today. */
export function emptyScreeningForm(today: string): ScreeningFormValues {
  return {
    screenedOn: today,
    actDate: '',
    ageAtAct: '',
    acts: emptyChecklist(TRAFFICKING_ACTS),
    means: emptyChecklist(TRAFFICKING_MEANS),
    purposes: emptyChecklist(EXPLOITATION_PURPOSES),
    indicators: emptyChecklist(FORCED_LABOUR_INDICATORS),
    forcedCriminality: false,
    summary: '',
  };
}

const foundCodes = <Code extends string>(checklist: ChecklistValues, codes: readonly Code[]): Code[] => codes.filter((code) => checklist[code]?.found);

/** The body of `POST /api/persons/:id/screenings`. */
export function toScreeningInput(values: ScreeningFormValues): z.input<typeof screeningInputSchema> {
  const found = (checklist: ChecklistValues, codes: readonly string[]) => foundCodes(checklist, codes).map((code) => ({ code, evidence: checklist[code]!.evidence.trim() }));
  return {
    screenedOn: values.screenedOn,
    actDate: values.actDate === '' ? null : values.actDate,
    ageAtAct: values.ageAtAct === '' ? null : values.ageAtAct,
    acts: found(values.acts, TRAFFICKING_ACTS) as Array<{ code: TraffickingAct; evidence: string }>,
    means: found(values.means, TRAFFICKING_MEANS) as Array<{ code: TraffickingMeans; evidence: string }>,
    purposes: found(values.purposes, EXPLOITATION_PURPOSES) as Array<{ code: ExploitationPurpose; evidence: string }>,
    indicators: found(values.indicators, FORCED_LABOUR_INDICATORS) as Array<{ code: ForcedLabourIndicator; evidence: string }>,
    forcedCriminality: values.forcedCriminality,
    summary: values.summary.trim(),
  };
}

/**
 * The age at the act that the outcome uses, as the server decides it: the age typed in, else
 * the age from the date of birth on the day of the act (the 15th for a month; the screening
 * day when the act's date is unknown).
 */
export function effectiveAgeAtAct(values: Pick<ScreeningFormValues, 'actDate' | 'ageAtAct' | 'screenedOn'>, birth: Person['birth']): { age: number | null; isFromBirth: boolean } {
  if (values.ageAtAct !== '') return { age: values.ageAtAct, isFromBirth: false };
  const actDay = actDayOf(values.actDate === '' ? null : values.actDate, values.screenedOn);
  const age = /^\d{4}-\d{2}-\d{2}$/.test(actDay) ? ageOn(birth, actDay) : null;
  return { age, isFromBirth: age !== null };
}

/** The outcome the form's answers give, with its reasons: the contracts' own rule, applied live. */
export function previewScreening(values: ScreeningFormValues, birth: Person['birth']): ScreeningAssessment & { ageAtAct: number | null; isAgeFromBirth: boolean } {
  const { age, isFromBirth } = effectiveAgeAtAct(values, birth);
  const assessment = assessScreening({
    acts: foundCodes(values.acts, TRAFFICKING_ACTS),
    means: foundCodes(values.means, TRAFFICKING_MEANS),
    purposes: foundCodes(values.purposes, EXPLOITATION_PURPOSES),
    indicators: foundCodes(values.indicators, FORCED_LABOUR_INDICATORS),
    ageAtAct: age,
  });
  return { ...assessment, ageAtAct: age, isAgeFromBirth: isFromBirth };
}
