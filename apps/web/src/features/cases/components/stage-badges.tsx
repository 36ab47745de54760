import { Badge, Group, Tooltip } from '@mantine/core';
import type { CaseStage, MosvyStage } from '@ctip/contracts';
import { useCaseTranslation } from '../use-case-translation';

/** The colour of each stage: from the first steps of care to closure. */
export const STAGE_COLOURS: Record<CaseStage, string> = {
  identified: 'red',
  in_care: 'orange',
  repatriation: 'yellow',
  family_tracing: 'lime',
  reintegration: 'teal',
  follow_up: 'cyan',
  closed: 'gray',
};

/** Props of {@link StageBadges}. */
export interface StageBadgesProps {
  stage: CaseStage;
  mosvyStage: MosvyStage;
  size?: 'sm' | 'md' | 'lg';
}

/** A case's stage in ctip's vocabulary and, beside it, in MoSVY's four reporting stages. */
export function StageBadges({ stage, mosvyStage, size = 'sm' }: StageBadgesProps) {
  const { t } = useCaseTranslation('cases');
  return (
    <Group gap={4} wrap="wrap">
      <Badge size={size} color={STAGE_COLOURS[stage]} variant="filled" data-testid="stage-badge">{t(`cases:vocab.stage.${stage}`)}</Badge>
      <Tooltip label={t('cases:stage.mosvyExplained')}>
        <Badge size={size} variant="outline" color="gray" data-testid="mosvy-stage-badge">{t('cases:stage.mosvy', { stage: t(`cases:vocab.mosvyStage.${mosvyStage}`) })}</Badge>
      </Tooltip>
    </Group>
  );
}
