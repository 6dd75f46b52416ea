import { Title } from '@mantine/core';

/** PLACEHOLDER (scaffold) — Sumber data realisasi */
export default function Halaman() {
  return <Title order={1} size="h3">Sumber data realisasi</Title>;
}
