import { Title } from '@mantine/core';

/** PLACEHOLDER (scaffold) — Kinerja saya */
export default function Halaman() {
  return <Title order={1} size="h3">Kinerja saya</Title>;
}
