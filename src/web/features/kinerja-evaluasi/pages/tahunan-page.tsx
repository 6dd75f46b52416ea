import { Title } from '@mantine/core';

/** PLACEHOLDER (scaffold) — Evaluasi tahunan */
export default function Halaman() {
  return <Title order={1} size="h3">Evaluasi tahunan</Title>;
}
