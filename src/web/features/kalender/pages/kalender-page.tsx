import { Container, Text, Title } from '@mantine/core';

/** PLACEHOLDER — replaced by the antrian-setup work package. */
export default function Halaman() {
  return (
    <Container py="xl">
      <Title order={1}>Kalender hari kerja</Title>
      <Text>Sedang dibangun.</Text>
    </Container>
  );
}
