import { Title } from '@mantine/core';

/** PLACEHOLDER (scaffold) — Pengaturan kinerja */
export default function Halaman() {
  return <Title order={1} size="h3">Pengaturan kinerja</Title>;
}
