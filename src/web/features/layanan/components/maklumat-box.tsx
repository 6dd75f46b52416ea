import { Blockquote, Paper, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Maklumat } from '../../../../contracts/layanan.ts';
import { formatTanggal } from '../lib/format.ts';

/** The unit's maklumat pelayanan (UU 25/2009 Pasal 22) in a framed box, as offices print it on their wall. */
export function MaklumatBox({ maklumat }: { maklumat: Maklumat }) {
  const { t, i18n } = useTranslation('layanan');
  const id = useId();
  return (
    <Paper component="section" aria-labelledby={id} withBorder radius="md" p="md" style={{ borderWidth: 3, borderStyle: 'double' }} data-testid="maklumat">
      <Title order={2} size="h4" id={id} ta="center" tt="uppercase" mb="xs">{t('standar.bagian.maklumat')}</Title>
      <Text ta="center" size="sm" c="gray.8" mb="sm">{maklumat.unitNama}</Text>
      <Blockquote color="teal" p="sm" m={0}>
        <Text style={{ whiteSpace: 'pre-line' }}>{maklumat.teks}</Text>
      </Blockquote>
      {(maklumat.penandatangan || maklumat.ditetapkan) && (
        <Text ta="right" size="sm" mt="sm">
          {maklumat.ditetapkan && <>{t('standar.ditetapkan', { tanggal: formatTanggal(maklumat.ditetapkan, i18n.language) })}<br /></>}
          {maklumat.penandatangan && <b>{maklumat.penandatangan}</b>}
        </Text>
      )}
    </Paper>
  );
}
