import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../lib/format';
import type { EstimateInterval } from '../estimate-presentation';

/** An interval in words: "95% interval 10,200 – 13,900", or with no upper limit found. */
export function IntervalText({ interval }: { interval: EstimateInterval }) {
  const { t, i18n } = useTranslation('estimation');
  const language = i18n.language;
  const level = formatPercent(interval.level, language, 0);
  if (interval.lower === null) return <>{t('interval.none', { level })}</>;
  const lower = formatNumber(Math.round(interval.lower), language);
  if (interval.upper === null) return <>{t('interval.noUpper', { level, lower })}</>;
  return <>{t('interval.range', { level, lower, upper: formatNumber(Math.round(interval.upper), language) })}</>;
}
