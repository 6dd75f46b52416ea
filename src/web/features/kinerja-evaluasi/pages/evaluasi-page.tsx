import { Title } from '@mantine/core';

/** PLACEHOLDER (scaffold) — Evaluasi periodik */
export default function Halaman() {
  return <Title order={1} size="h3">Evaluasi periodik</Title>;
}
