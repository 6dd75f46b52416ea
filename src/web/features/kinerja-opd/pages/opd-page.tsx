import { Title } from '@mantine/core';

/** PLACEHOLDER (scaffold) — Kinerja unit dan OPD */
export default function Halaman() {
  return <Title order={1} size="h3">Kinerja unit dan OPD</Title>;
}
