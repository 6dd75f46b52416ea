import { Title } from '@mantine/core';

/** PLACEHOLDER (scaffold) — Ringkasan kinerja kota */
export default function Halaman() {
  return <Title order={1} size="h3">Ringkasan kinerja kota</Title>;
}
