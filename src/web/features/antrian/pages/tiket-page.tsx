import { Container, Text, Title } from '@mantine/core';

/** PLACEHOLDER — replaced by the antrian-tiket work package. */
export default function Halaman() {
  return (
    <Container py="xl">
      <Title order={1}>Tiket antrian</Title>
      <Text>Sedang dibangun.</Text>
    </Container>
  );
}
