import { Paper, Text } from '@mantine/core';

/** One headline figure: label, value and a short explanation under it. */
export function KpiKartu({ label, nilai, ket, testId }: { label: string; nilai: string; ket?: string; testId?: string }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Text size="sm" c="gray.8" fw={500}>{label}</Text>
      <Text fz={28} fw={700} lh={1.2} mt={4}>{nilai}</Text>
      {ket && <Text size="xs" c="gray.8" mt={4}>{ket}</Text>}
    </Paper>
  );
}
