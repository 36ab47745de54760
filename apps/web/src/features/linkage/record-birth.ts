import dayjs from 'dayjs';
import 'dayjs/locale/km';
import { formatDate } from '../../lib/format';
import type { Translate } from '../../lib/form-errors';
import type { ReviewRecord } from './api';

/**
 * A person's birth as precisely as it is known: a date, a month, a year, or an age on a day;
 * "not known" when there is nothing.
 */
export function formatBirth(t: Translate, birth: ReviewRecord['birth'], locale: string): string {
  if (!birth) return t('linkage:record.unknown');
  if (birth.precision === 'age' && birth.age !== null) return t('linkage:record.birthAge', { age: birth.age, date: formatDate(birth.ageAt, locale) });
  if (!birth.date) return t('linkage:record.unknown');
  if (birth.precision === 'year') return birth.date.slice(0, 4);
  if (birth.precision === 'month') {
    const month = dayjs(`${birth.date.slice(0, 7)}-01`);
    return month.isValid() ? month.locale(locale === 'km' ? 'km' : 'en').format('MMMM YYYY') : birth.date;
  }
  return formatDate(birth.date, locale);
}
