import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LawArticle } from '@ctip/contracts';
import { humanise } from '../reference-text';

type Penalty = NonNullable<LawArticle['penalty']>;

/** Props of {@link LawArticlesTable}. */
export interface LawArticlesTableProps {
  articles: LawArticle[];
  caption: string;
}

const VERIFICATION_COLOURS: Record<LawArticle['verification'], string> = { translation_read: 'teal', secondary_source: 'yellow', unverified: 'gray' };

/** The articles of a law that matter to charges: offence or definition, penalties, how sure we are. */
export function LawArticlesTable({ articles, caption }: LawArticlesTableProps) {
  const { t } = useTranslation('reference');
  const describePenalty = (penalty: Penalty): string => {
    const parts: string[] = [];
    if (penalty.imprisonment) {
      const { min, max, unit } = penalty.imprisonment;
      parts.push(t('laws.imprisonment', { min, max, unit: t(`laws.units.${unit}`) }));
    }
    if (penalty.fine) parts.push(t('laws.fine', { fine: penalty.fine }));
    const joiner = penalty.combination ? ` ${t(`laws.combination.${penalty.combination}`)} ` : '; ';
    return parts.join(joiner) || '—';
  };
  return (
    <Table withTableBorder fz="sm" verticalSpacing="xs">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('laws.article')}</Table.Th>
          <Table.Th scope="col">{t('laws.articleTitle')}</Table.Th>
          <Table.Th scope="col">{t('laws.penalty')}</Table.Th>
          <Table.Th scope="col">{t('laws.verification')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {articles.map((article) => (
          <Table.Tr key={article.id}>
            <Table.Td>
              <Text size="sm" fw={600}>{article.article}</Text>
              <Text size="xs" c="dimmed">{t('laws.validFrom', { date: article.validFrom })}{article.validTo ? ` – ${article.validTo}` : ''}</Text>
            </Table.Td>
            <Table.Td>
              <Stack gap={2}>
                <Text size="sm">{article.titleEn ?? '—'}</Text>
                <Badge size="xs" variant="light" color={article.isOffence ? 'red' : 'gray'}>{article.isOffence ? t('laws.offence') : t('laws.provision')}</Badge>
                <Text size="xs" c="dimmed">{t(`markets.${article.criminalMarket}`, { defaultValue: humanise(article.criminalMarket) })}</Text>
                {article.note && <Text size="xs">{article.note}</Text>}
              </Stack>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{article.penalty ? describePenalty(article.penalty) : '—'}</Text>
              {article.aggravatedPenalties.map((aggravated) => (
                <Text key={aggravated.circumstances.join()} size="xs" c="dimmed">
                  {t('laws.aggravated', { circumstances: aggravated.circumstances.join(', '), penalty: describePenalty(aggravated.penalty) })}
                </Text>
              ))}
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color={VERIFICATION_COLOURS[article.verification]}>{t(`laws.verifications.${article.verification}`)}</Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
