import { Text } from '@mantine/core';

/** Placeholder: the feature work replaces this page. */
export default function Page() {
  return <Text c="dimmed">Segera hadir.</Text>;
}
