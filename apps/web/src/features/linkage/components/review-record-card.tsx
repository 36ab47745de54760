import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BilingualName } from '../../../components/bilingual-name';
import { nameIn } from '../../../lib/bilingual';
import { useCountries, useProvinces } from '../../reference/hooks/use-reference';
import type { ReviewRecord } from '../api';
import { languageOfScript } from '../linkage-words';
import { formatBirth } from '../record-birth';

/** Props of {@link ReviewRecordCard}. */
export interface ReviewRecordCardProps {
  record: ReviewRecord;
  /** "Record A" or "Record B": names the card for screen readers. */
  title: string;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">{label}</Text>
      <Text component="dd" size="sm" m={0}>{children}</Text>
    </div>
  );
}

/**
 * One record of a candidate pair: whose list it is on, every name in every script, birth, sex,
 * nationality, home province and its cases — the facts a reviewer weighs.
 */
export function ReviewRecordCard({ record, title }: ReviewRecordCardProps) {
  const { t, i18n } = useTranslation('linkage');
  const language = i18n.language;
  const countries = useCountries();
  const provinces = useProvinces();
  const countryName = (code: string) => {
    const country = countries.data?.items.find((item) => item.code === code);
    return country ? nameIn(language, country.nameEn, country.nameKm) : code;
  };
  const province = record.provinceCode ? provinces.data?.items.find((item) => item.code === record.provinceCode) : undefined;

  return (
    <Paper withBorder p="md" component="section" aria-label={title} data-testid="review-record">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>{title}</Text>
        </Group>
        <div>
          <Text size="xs" c="dimmed">{t('record.onListOf')}</Text>
          <BilingualName nameEn={record.organisation.nameEn} nameKm={record.organisation.nameKm} />
        </div>
        <Stack gap={4}>
          <Text size="xs" c="dimmed">{t('record.names')}</Text>
          {record.names.map((name, index) => (
            <Group key={`${name.full}:${index}`} gap="xs" wrap="wrap">
              <Text fw={600} lang={languageOfScript(name.script)}>{name.full}</Text>
              <Badge size="xs" variant="light">{t(`scripts.${name.script}`, { defaultValue: name.script })}</Badge>
              <Badge size="xs" variant="outline" color="gray">{t(`nameKinds.${name.kind}`, { defaultValue: name.kind })}</Badge>
            </Group>
          ))}
        </Stack>
        <SimpleGrid component="dl" cols={2} spacing="sm" verticalSpacing="xs" m={0}>
          <Fact label={t('record.birth')}>{formatBirth(t, record.birth, language)}</Fact>
          <Fact label={t('record.sex')}>{t(`sexes.${record.sex}`, { defaultValue: record.sex })}</Fact>
          <Fact label={t('record.nationality')}>
            {record.nationalities.length > 0 ? record.nationalities.map(countryName).join(', ') : t('record.unknown')}
          </Fact>
          <Fact label={t('record.province')}>
            {province ? nameIn(language, province.nameEn, province.nameKm) : (record.provinceCode ?? t('record.unknown'))}
          </Fact>
        </SimpleGrid>
        <div>
          <Text size="xs" c="dimmed">{t('record.cases')}</Text>
          {record.cases.length === 0 ? (
            <Text size="sm">{t('record.noCases')}</Text>
          ) : (
            <Group gap="xs" wrap="wrap">
              {record.cases.map((item) => (
                <Badge key={item.caseNumber} variant="default">
                  <span className="ctip-monospace">{item.caseNumber}</span> · {t(`stages.${item.stage}`, { defaultValue: item.stage })}
                </Badge>
              ))}
            </Group>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
