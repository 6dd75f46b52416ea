import { Title } from '@mantine/core';

/** PLACEHOLDER (scaffold) — SKP */
export default function Halaman() {
  return <Title order={1} size="h3">SKP</Title>;
}
