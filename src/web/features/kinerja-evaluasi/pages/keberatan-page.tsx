import { Title } from '@mantine/core';

/** PLACEHOLDER (scaffold) — Keberatan */
export default function Halaman() {
  return <Title order={1} size="h3">Keberatan</Title>;
}
