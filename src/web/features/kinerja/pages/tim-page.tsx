import { Title } from '@mantine/core';

/** PLACEHOLDER (scaffold) — Kinerja tim */
export default function Halaman() {
  return <Title order={1} size="h3">Kinerja tim</Title>;
}
