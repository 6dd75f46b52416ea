import { Container, Text, Title } from '@mantine/core';

/** PLACEHOLDER — replaced by the antrian-loket work package. */
export default function Halaman() {
  return (
    <Container py="xl">
      <Title order={1}>Layar antrian</Title>
      <Text>Sedang dibangun.</Text>
    </Container>
  );
}
