import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { siteUpdateSchema, type SiteDetail } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { validateWithSchema } from '../../../lib/form-errors';
import { applyNestedServerErrors } from '../../../lib/nested-field-errors';
import { useIntakeTranslation } from '../../intake/use-intake-translation';
import { useUpdateSite } from '../hooks/use-sites';
import { siteToForm, toSiteUpdate, type SiteFormValues } from '../site-form-values';
import { SiteFields } from './site-fields';

/** Props of {@link EditSiteModal}. */
export interface EditSiteModalProps {
  site: SiteDetail;
  opened: boolean;
  onClose(): void;
}

/** Edits a site's kind, names and aliases, operators and place (its history changes only by adding entries). */
export function EditSiteModal({ site, opened, onClose }: EditSiteModalProps) {
  const { t, translate, describe } = useIntakeTranslation('sites');
  const update = useUpdateSite(site.id);
  const [placedPaths, setPlacedPaths] = useState<string[]>([]);
  const form = useForm<SiteFormValues>({
    initialValues: siteToForm(site),
    validate: (values) => validateWithSchema(siteUpdateSchema, toSiteUpdate(values), translate),
  });
  useEffect(() => {
    if (!opened) return;
    form.setValues(siteToForm(site));
    form.clearErrors();
    setPlacedPaths([]);
    update.reset();
    // Reset when the dialog opens, from the site as it is then.
  }, [opened]);
  const submit = (values: SiteFormValues) =>
    update.mutate(toSiteUpdate(values), {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('sites:edit.done') });
        onClose();
      },
      onError: (error) => setPlacedPaths(applyNestedServerErrors(form, error, describe)),
    });
  return (
    <Modal opened={opened} onClose={onClose} title={t('sites:edit.title')} size="xl" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {update.error != null && <ProblemAlert error={update.error} placedFields={placedPaths} />}
          <SiteFields form={form} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={update.isPending}>{t('common:actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
