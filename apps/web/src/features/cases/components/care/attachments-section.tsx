import { Anchor, Button, FileInput, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MEDIA_TYPES, type CaseDetail } from '@ctip/contracts';
import { ProblemAlert } from '../../../../components/problem-alert';
import { formatDateTime, formatNumber } from '../../../../lib/format';
import { attachmentContentUrl } from '../../care-api';
import { useAttachments, useUploadAttachment } from '../../hooks/use-care-queries';
import { useCaseTranslation } from '../../use-case-translation';
import { SectionCard, SectionEmpty } from '../section-card';

/** A size in kibibytes or mebibytes, for people. */
function sizeText(bytes: number, locale: string): string {
  return bytes >= 1024 * 1024 ? `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, locale)} MB` : `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} KB`;
}

/**
 * Attachments (PDF and images, checked by their content on the server, encrypted at rest):
 * listed with who added them, downloaded from ctip itself (each download is audited).
 */
export function AttachmentsSection({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useCaseTranslation('care');
  const attachments = useAttachments(detail.id);
  const upload = useUploadAttachment(detail.id);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const canRecord = detail.allowedActions.includes('record:attachments');
  const choose = (chosen: File | null) => {
    setFile(chosen);
    upload.reset();
    // The size is checked here to spare an upload the server would refuse; the type is checked there, by content.
    setFileError(chosen && chosen.size > ATTACHMENT_MAX_BYTES ? t('care:attachments.tooLarge', { size: sizeText(ATTACHMENT_MAX_BYTES, i18n.language) }) : null);
  };
  const send = () => {
    if (!file || fileError) return;
    upload.mutate(file, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('care:attachments.uploaded') });
        setFile(null);
      },
    });
  };
  return (
    <SectionCard title={t('care:attachments.title')} description={t('care:attachments.description', { size: sizeText(ATTACHMENT_MAX_BYTES, i18n.language) })}>
      {canRecord && (
        <Group align="flex-end" gap="sm">
          <FileInput
            label={t('care:attachments.file')}
            placeholder={t('care:attachments.choose')}
            accept={ATTACHMENT_MEDIA_TYPES.join(',')}
            value={file}
            onChange={choose}
            error={fileError}
            clearable
            leftSection={<IconPaperclip size={16} aria-hidden />}
            miw={260}
          />
          <Button onClick={send} disabled={!file || fileError !== null} loading={upload.isPending} leftSection={<IconUpload size={16} aria-hidden />}>{t('care:attachments.upload')}</Button>
        </Group>
      )}
      {upload.error != null && <ProblemAlert error={upload.error} />}
      {attachments.isPending ? (
        <Skeleton height={80} />
      ) : attachments.error ? (
        <ProblemAlert error={attachments.error} onRetry={() => void attachments.refetch()} />
      ) : attachments.data.items.length === 0 ? (
        <SectionEmpty title={t('care:attachments.none')} />
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('care:attachments.file')}</Table.Th>
                <Table.Th scope="col">{t('care:attachments.size')}</Table.Th>
                <Table.Th scope="col">{t('care:attachments.added')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {attachments.data.items.map((attachment) => (
                <Table.Tr key={attachment.id}>
                  <Table.Td>
                    <Anchor href={attachmentContentUrl(detail.id, attachment.id)} download={attachment.fileName} size="sm">{attachment.fileName}</Anchor>
                    <Text size="xs" c="dimmed">{attachment.mediaType}</Text>
                  </Table.Td>
                  <Table.Td>{sizeText(attachment.sizeBytes, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm">{attachment.uploadedBy.displayName}</Text>
                      <Text size="xs" c="dimmed">{formatDateTime(attachment.createdAt, i18n.language)}</Text>
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
