import { Box } from '@mantine/core';

/** Props of {@link WeightBar}. */
export interface WeightBarProps {
  /** Bits of evidence: positive for "same person", negative for "different people". */
  weight: number;
  /** The largest absolute weight shown beside this one, so bars compare. */
  scale: number;
  width?: number;
}

/**
 * A small bar centred on zero: to the right in green for evidence that two records are the same
 * person, to the left in red for evidence against. Decorative: the number is always written next to it.
 */
export function WeightBar({ weight, scale, width = 160 }: WeightBarProps) {
  const half = width / 2;
  const length = scale > 0 ? Math.min(1, Math.abs(weight) / scale) * half : 0;
  const isPositive = weight >= 0;
  return (
    <Box aria-hidden w={width} h={12} pos="relative" style={{ flexShrink: 0 }}>
      <Box pos="absolute" top={0} bottom={0} left={half} w={1} bg="gray.5" />
      <Box
        pos="absolute"
        top={2}
        h={8}
        bg={isPositive ? 'teal.6' : 'red.6'}
        style={{ left: isPositive ? half : half - length, width: length, borderRadius: 2 }}
      />
    </Box>
  );
}
