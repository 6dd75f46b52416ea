import { Title } from '@mantine/core';

/** PLACEHOLDER (scaffold) — Pohon kinerja */
export default function Halaman() {
  return <Title order={1} size="h3">Pohon kinerja</Title>;
}
