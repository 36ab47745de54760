import { Badge } from '@mantine/core';
import type { Referral } from '@ctip/contracts';
import { useCaseTranslation } from '../../cases/use-case-translation';

const COLOURS: Record<Referral['status'], string> = { pending: 'yellow', accepted: 'teal', declined: 'red', withdrawn: 'gray', completed: 'blue' };

/** Where a referral or transfer stands. */
export function ReferralStatusBadge({ status }: { status: Referral['status'] }) {
  const { t } = useCaseTranslation('referrals');
  return <Badge color={COLOURS[status]} variant="light">{t(`cases:vocab.referralStatus.${status}`)}</Badge>;
}
