import { Button, Card, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KoefisienAk } from '../../../../contracts/kinerja-dokumen.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useKoefisienAk } from '../api/get-koefisien-ak.ts';
import { useUpdateKoefisienAk } from '../api/update-koefisien-ak.ts';
import { beritahu } from '../lib/beritahu.ts';
import { formatAngka, formatWaktu } from '../lib/format.ts';
import { galatPerField } from '../lib/galat.ts';

/**
 * The koefisien angka kredit per jenjang JF (kinerja.md §1.9a), edited inline: one small form per row
 * (PUT /kinerja/koefisien-ak/:jenjang; > 0, ≤ 100; the server audits every change). The error of a row
 * shows at that row's field.
 */
export function KoefisienTabel() {
  const { t } = useTranslation('kinerjaOpd');
  const q = useKoefisienAk();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="koef-judul">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="koef-judul">{t('admin.koefJudul')}</Title>
          <Text size="sm" c="gray.8">{t('admin.koefKet')}</Text>
        </div>
        {q.isPending ? <PageLoader /> : q.isError ? <ErrorState error={q.error} onRetry={() => void q.refetch()} /> : (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing={6} data-testid="tabel-koefisien">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.koefJenjang')}</Table.Th>
                  <Table.Th scope="col">{t('admin.koefNilai')}</Table.Th>
                  <Table.Th scope="col">{t('admin.koefDiubah')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.items.map((k) => <KoefisienBaris key={`${k.jenjang}-${k.updatedAt}`} k={k} />)}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}

function KoefisienBaris({ k }: { k: KoefisienAk }) {
  const { t, i18n } = useTranslation('kinerjaOpd');
  const lang = i18n.language;
  const [nilai, setNilai] = useState<number | string>(k.koefisien);
  const m = useUpdateKoefisienAk();
  const galat = galatPerField(m.error);
  const pesan = galat.koefisien ?? (m.isError ? errorMessage(m.error) : undefined);
  const angka = typeof nilai === 'number' ? nilai : Number(String(nilai).replace(',', '.'));
  const berubah = nilai !== '' && angka !== k.koefisien;
  const kirim = (e: FormEvent) => {
    e.preventDefault();
    m.mutate({ jenjang: k.jenjang, koefisien: angka }, {
      onSuccess: (r) => beritahu(t('admin.koefTersimpan', { jenjang: r.label, nilai: formatAngka(r.koefisien, lang, 3) })),
    });
  };
  const formId = `koef-${k.jenjang}`;
  return (
    <Table.Tr data-testid={`koef-${k.jenjang}`}>
      <Table.Th scope="row" fw={400}>{k.label}</Table.Th>
      <Table.Td>
        <form id={formId} onSubmit={kirim} noValidate>
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <NumberInput
              aria-label={t('admin.koefLabel', { jenjang: k.label })} w={130} min={0} max={100} step={0.5} decimalScale={3}
              decimalSeparator={lang.startsWith('en') ? '.' : ','} allowNegative={false}
              value={nilai} onChange={setNilai} error={pesan} data-testid={`koef-input-${k.jenjang}`}
            />
            <Button type="submit" size="sm" variant={berubah ? 'filled' : 'default'} disabled={!berubah} loading={m.isPending}
              aria-label={t('admin.koefSimpanLabel', { jenjang: k.label })}>
              {t('admin.koefSimpan')}
            </Button>
          </Group>
        </form>
      </Table.Td>
      <Table.Td>
        <Text size="xs" c="gray.8">{k.diubahOleh ? `${k.diubahOleh} · ${formatWaktu(k.updatedAt, lang)}` : '—'}</Text>
      </Table.Td>
    </Table.Tr>
  );
}
