import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nameIn, otherNameIn } from '../lib/bilingual';

/** Props of {@link BilingualName}. */
export interface BilingualNameProps {
  nameEn: string;
  nameKm: string | null | undefined;
}

/** A name in the reader's language, with the other language's name beneath it. */
export function BilingualName({ nameEn, nameKm }: BilingualNameProps) {
  const { i18n } = useTranslation();
  const other = otherNameIn(i18n.language, nameEn, nameKm);
  const isKhmerFirst = i18n.language === 'km' && Boolean(nameKm);
  return (
    <>
      <Text size="sm" fw={600} lang={isKhmerFirst ? 'km' : 'en'}>{nameIn(i18n.language, nameEn, nameKm)}</Text>
      {other && <Text size="sm" c="dimmed" lang={isKhmerFirst ? 'en' : 'km'}>{other}</Text>}
    </>
  );
}
