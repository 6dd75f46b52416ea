import { Container, Text, Title } from '@mantine/core';

/** PLACEHOLDER — replaced by the notifikasi work package. */
export default function Halaman() {
  return (
    <Container py="xl">
      <Title order={1}>Notifikasi</Title>
      <Text>Sedang dibangun.</Text>
    </Container>
  );
}
