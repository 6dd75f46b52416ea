import { Alert, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkpDetail } from '../../../../contracts/kinerja-skp.ts';
import { errorMessage } from '../../../lib/api.ts';
import { useUbahEkspektasi } from '../api/ubah-ekspektasi.ts';
import { galatPerField, isRevisiUsang } from '../lib/galat.ts';

/**
 * Part B of an SKP (kinerja.md §1.4; SE MenPANRB 20/2021): the 7 BerAKHLAK values, each with its short
 * meaning, its 3 panduan perilaku and the "Ekspektasi khusus pimpinan". The pejabat penilai (`izin.ekspektasi`)
 * edits the expectations here and saves them in one go; everyone else reads them.
 * `onKonflik` is called on a 409 REVISI_USANG (the page shows the reload message).
 */
export function PerilakuKerja({ d, onKonflik, onTersimpan }: { d: SkpDetail; onKonflik: () => void; onTersimpan: () => void }) {
  const { t } = useTranslation('kinerja');
  const awal = () => Object.fromEntries(d.perilaku.map((p) => [p.kode, p.ekspektasiKhusus ?? '']));
  const [isi, setIsi] = useState<Record<string, string>>(awal);
  const simpan = useUbahEkspektasi();
  const boleh = d.izin.ekspektasi;
  const berubah = d.perilaku.some((p) => (p.ekspektasiKhusus ?? '') !== (isi[p.kode] ?? '').trim());
  const galat = galatPerField(simpan.error);

  const kirim = () => {
    const ekspektasi = Object.fromEntries(d.perilaku.map((p) => [p.kode, isi[p.kode]?.trim() ? isi[p.kode]!.trim() : null]));
    simpan.mutate({ id: d.id, revisi: d.revisi, ekspektasi }, {
      onSuccess: (baru) => {
        setIsi(Object.fromEntries(baru.perilaku.map((p) => [p.kode, p.ekspektasiKhusus ?? ''])));
        onTersimpan();
      },
      onError: (e) => { if (isRevisiUsang(e)) onKonflik(); },
    });
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="gray.8">{t('skp.perilakuKet')}</Text>
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {d.perilaku.map((p, i) => (
          <Paper key={p.kode} component="li" withBorder p="sm" radius="sm" data-testid={`perilaku-${p.kode}`}>
            <Title order={3} size="h5">{i + 1}. {p.nama}</Title>
            <Text size="sm" c="gray.8">{p.ringkas}</Text>
            <Text size="sm" fw={600} mt="xs">{t('skp.panduan')}</Text>
            <List size="sm" type="ordered" listStyleType="lower-alpha" spacing={2} withPadding>
              {p.panduan.map((x) => <List.Item key={x}>{x}</List.Item>)}
            </List>
            {boleh ? (
              <Textarea mt="xs" label={t('skp.ekspektasiUntuk', { nama: p.nama })} description={t('skp.ekspektasiBantuan')} autosize minRows={1} maxLength={1000}
                value={isi[p.kode] ?? ''} onChange={(e) => { const v = e.currentTarget.value; setIsi((s) => ({ ...s, [p.kode]: v })); }}
                error={galat[`ekspektasi[${p.kode}]`] ?? galat[`ekspektasi.${p.kode}`]} data-testid={`ekspektasi-${p.kode}`} />
            ) : (
              <Text size="sm" mt="xs">
                <Text span fw={600}>{t('skp.ekspektasi')}: </Text>
                {p.ekspektasiKhusus ? <Text span style={{ whiteSpace: 'pre-wrap' }}>{p.ekspektasiKhusus}</Text> : <Text span c="gray.8">{t('skp.ekspektasiKosong')}</Text>}
              </Text>
            )}
          </Paper>
        ))}
      </Stack>
      {boleh && (
        <Group>
          <Button onClick={kirim} loading={simpan.isPending} disabled={!berubah} data-testid="simpan-ekspektasi">{t('skp.simpanEkspektasi')}</Button>
        </Group>
      )}
      {simpan.isError && !isRevisiUsang(simpan.error) && Object.keys(galat).length === 0 && (
        <Alert color="red" role="alert">{errorMessage(simpan.error)}</Alert>
      )}
    </Stack>
  );
}
