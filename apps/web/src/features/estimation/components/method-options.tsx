import { Group, NumberInput, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatDecimal } from '../../../lib/format';
import { DEFAULT_THRESHOLDS, ESTIMATION_METHODS, usesMaxOrder, usesThreshold, type EstimationFormValues, type EstimationMethod } from '../estimation-form';

/** Props of {@link MethodOptions}. */
export interface MethodOptionsProps {
  form: UseFormReturnType<EstimationFormValues>;
}

/**
 * The model selection method, each explained in a line, and its options: the p-value threshold
 * (stepwise and AIC), the highest order of interaction (the BIC searches), bootstrap replicates
 * for the BCa interval and the seed that makes them reproducible.
 */
export function MethodOptions({ form }: MethodOptionsProps) {
  const { t, i18n } = useTranslation('estimation');
  const method = form.values.method;
  const listCount = form.values.lists.length;
  const defaultThreshold = DEFAULT_THRESHOLDS[method];
  return (
    <Stack gap="md">
      <Radio.Group label={t('options.method')} {...form.getInputProps('method')}>
        <Stack gap="xs" mt="xs">
          {ESTIMATION_METHODS.map((value: EstimationMethod) => (
            <Radio key={value} value={value} label={t(`methods.${value}.name`)} description={t(`methods.${value}.description`)} />
          ))}
        </Stack>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        {usesThreshold(method) && (
          <NumberInput
            label={t('options.threshold')}
            description={t('options.thresholdDescription')}
            placeholder={defaultThreshold === undefined ? undefined : t('options.defaultValue', { value: formatDecimal(defaultThreshold, i18n.language, { maximumFractionDigits: 3 }) })}
            min={0}
            max={1}
            step={0.01}
            decimalScale={4}
            {...form.getInputProps('threshold')}
          />
        )}
        {usesMaxOrder(method) && (
          <NumberInput
            label={t('options.maxOrder')}
            description={t('options.maxOrderDescription')}
            placeholder={t('options.automatic')}
            min={1}
            max={Math.max(1, listCount - 1)}
            allowDecimal={false}
            {...form.getInputProps('maxOrder')}
          />
        )}
        <NumberInput
          label={t('options.bootstrap')}
          description={t('options.bootstrapDescription')}
          min={0}
          max={5000}
          step={100}
          allowDecimal={false}
          thousandSeparator=","
          {...form.getInputProps('bootstrap')}
        />
        <NumberInput
          label={t('options.seed')}
          description={t('options.seedDescription')}
          min={0}
          max={4_294_967_295}
          allowDecimal={false}
          {...form.getInputProps('seed')}
        />
      </SimpleGrid>
      {!usesThreshold(method) && !usesMaxOrder(method) && (
        <Group><Text size="sm" c="dimmed">{t('options.mainOnly')}</Text></Group>
      )}
    </Stack>
  );
}
