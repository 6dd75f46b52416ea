import { Alert, Anchor, Button, Card, Group, List, NativeSelect, Paper, Progress, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ResponBody, SurveiPublik } from '../../../../contracts/skm.ts';
import { PageLoader } from '../../../components/states.tsx';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { useCreateRespon, type ResponDiterima, type ResponTarget } from '../api/create-respon.ts';
import { useSurveiPublik } from '../api/get-survei-publik.ts';
import { useUndangan } from '../api/get-undangan.ts';
import { PertanyaanCard } from '../components/pertanyaan-card.tsx';
import { DEMOGRAFI_FIELDS, type DemografiKey } from '../lib/demografi.ts';
import { memuat } from '../lib/judul.ts';
import '../i18n.ts';
import classes from './survei-form-page.module.css';

/*
 * Public survey form (/survei/:kode, and /survei/:kode?undangan=<token> for one-time invitations).
 * Mobile-first for a citizen on a cheap phone: one question per card, native radios, no login.
 * Keep this chunk small: no charts, no dropzone, no runtime import of the zod contracts (types only).
 */
export default function SurveiFormPage() {
  const { t } = useTranslation('skm');
  const { kode = '' } = useParams();
  const [params] = useSearchParams();
  const token = params.get('undangan');
  const byToken = useUndangan(token ?? '', token != null);
  const byKode = useSurveiPublik(kode, token == null);
  const q = token != null ? byToken : byKode;
  useDocumentTitle(q.data ? `${q.data.judul} · SIKAP` : `${t('form.judulHalaman')} · SIKAP`);

  return (
    <div>
      {q.isPending ? (
        <PageLoader />
      ) : q.isError ? (
        <SurveiTidakTersedia error={q.error} undangan={token != null} onRetry={() => q.refetch()} />
      ) : (
        <SurveiForm key={token ?? kode} survei={q.data} target={token != null ? { token } : { kode }} />
      )}
    </div>
  );
}

function SurveiTidakTersedia({ error, undangan, onRetry }: { error: unknown; undangan: boolean; onRetry: () => void }) {
  const { t } = useTranslation('skm');
  const status = error instanceof ApiError ? error.status : 0;
  // 409 = the survey period has not started, 410 = it has ended (or the invitation is used/expired).
  const title = status === 410 ? (undangan ? t('form.undanganTidakBerlaku') : t('form.periodeBerakhir'))
    : status === 409 ? t('form.belumDimulai')
    : status === 404 ? t('form.tidakDitemukan') : t('common:state.error');
  return (
    <Stack gap="md">
      <Title order={1} size="h2">{title}</Title>
      <Alert color={status === 404 || status === 409 || status === 410 ? 'yellow' : 'red'} role="alert" title={undangan && status === 404 ? t('form.undanganTidakDikenal') : undefined}>
        <Text size="md">{errorMessage(error)}</Text>
      </Alert>
      <Group>
        {/* Only a server or network failure is worth retrying; 404/410 will not change. */}
        {!(status >= 400 && status < 500) && <Button size="md" onClick={onRetry}>{t('common:state.retry')}</Button>}
        <Button component={Link} to="/survei" size="md" variant={status >= 400 && status < 500 ? 'filled' : 'light'}>{t('form.lihatSurveiLain')}</Button>
        <Button component={Link} to="/ikm" size="md" variant="light">{t('form.lihatIkm')}</Button>
      </Group>
    </Stack>
  );
}

type Jawaban = Partial<Record<string, number>>;
type Demografi = Partial<Record<DemografiKey, string>>;

function SurveiForm({ survei, target }: { survei: SurveiPublik; target: ResponTarget }) {
  const { t } = useTranslation('skm');
  const [jawaban, setJawaban] = useState<Jawaban>({});
  const [demografi, setDemografi] = useState<Demografi>({});
  const [layananDiterima, setLayananDiterima] = useState('');
  const [saran, setSaran] = useState('');
  const [idemKey, setIdemKey] = useState(newIdempotencyKey);
  const kirim = useCreateRespon(target, idemKey);

  const total = survei.unsur.length;
  const terjawab = survei.unsur.filter((u) => jawaban[u.kode] != null).length;
  const lengkap = total > 0 && terjawab === total;
  const belum = survei.unsur.find((u) => jawaban[u.kode] == null);

  const apiError = kirim.error instanceof ApiError ? kirim.error : null;
  const fields = apiError?.status === 400 ? apiError.fieldErrors() : {};
  const fieldMessages = Object.entries(fields);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!lengkap || kirim.isPending) return;
    const body: ResponBody = {
      jawaban: Object.fromEntries(survei.unsur.map((u) => [u.kode, jawaban[u.kode]])) as ResponBody['jawaban'],
    };
    for (const [k, v] of Object.entries(demografi)) if (v) (body as Record<string, unknown>)[k] = v;
    if (layananDiterima.trim()) body.layananDiterima = layananDiterima.trim();
    if (saran.trim()) body.saran = saran.trim();
    kirim.mutate(body, {
      onError: (err) => {
        // A 4xx means nothing was saved: the next attempt is a new submission with a new key.
        // On a network error the key is kept, so a retry that reaches the server twice counts once.
        if (err instanceof ApiError && err.status < 500) setIdemKey(newIdempotencyKey());
      },
    });
  };

  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (kirim.isError) errorRef.current?.focus();
  }, [kirim.isError, kirim.failureCount]);

  if (kirim.isSuccess) return <TerimaKasih hasil={kirim.data} />;

  const idStatus = 'kirim-status';
  // Unit, layanan and period under the title, except those the title already names (the default title has all).
  const konteks = [survei.unitNama, survei.layanan, survei.periodeLabel].filter((p): p is string => !!p && !memuat(survei.judul, p));
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="survei-judul" className={classes.formulir}>
      <Stack gap="md">
        <div>
          <Title order={1} size="h2" id="survei-judul">{survei.judul}</Title>
          {konteks.length > 0 && <Text size="md" c="gray.8" mt={4}>{konteks.join(' · ')}</Text>}
        </div>
        <Text size="md">{t('form.pengantar', { total })}</Text>
        <Paper withBorder p="sm" bg="gray.0" radius="md">
          <Text size="sm" c="gray.9" fw={500}>{t('form.privasi')}</Text>
        </Paper>

        <Paper withBorder p="sm" radius="md" shadow="xs" style={{ position: 'sticky', top: 0, zIndex: 2 }}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="md" fw={700} aria-live="polite" data-testid="progres-survei" style={{ whiteSpace: 'nowrap' }}>
              {t('form.progres', { terjawab, total })}
            </Text>
            {belum && terjawab > 0 && (
              <Anchor component="button" type="button" size="sm" ta="right" onClick={() => fokusPertanyaan(belum.kode)}>
                {t('form.keBelumDijawab')}
              </Anchor>
            )}
          </Group>
          <Progress value={total ? (terjawab / total) * 100 : 0} mt={6} size="md" aria-hidden="true" />
        </Paper>

        {survei.unsur.map((u, i) => (
          <PertanyaanCard
            key={u.kode}
            unsur={u}
            nomor={i + 1}
            total={total}
            value={jawaban[u.kode]}
            onChange={(nilai) => setJawaban((j) => ({ ...j, [u.kode]: nilai }))}
            error={fields[`jawaban.${u.kode}`]}
            disabled={kirim.isPending}
          />
        ))}

        {survei.demografi && (
          <Card withBorder padding="md" radius="md">
            <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }} disabled={kirim.isPending}>
              <legend style={{ padding: 0 }}>
                <Text component="span" size="lg" fw={700}>{t('form.demografiJudul')}</Text>
              </legend>
              <Text size="sm" c="gray.8" mb="sm">{t('form.demografiKet')}</Text>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                {DEMOGRAFI_FIELDS.map((f) => (
                  <NativeSelect
                    key={f.key}
                    size="md"
                    label={t(`demografi.label.${f.key}`)}
                    name={f.key}
                    value={demografi[f.key] ?? ''}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      setDemografi((d) => ({ ...d, [f.key]: v }));
                    }}
                    error={fields[f.key]}
                    data={[
                      { value: '', label: t('form.tidakMenjawab') },
                      ...f.values.map((v) => ({ value: v, label: t(`demografi.opsi.${f.key}.${v}`, { defaultValue: v }) })),
                    ]}
                  />
                ))}
              </SimpleGrid>
            </fieldset>
          </Card>
        )}

        <Card withBorder padding="md" radius="md">
          <Stack gap="sm">
            {!survei.layanan && (
              <TextInput
                size="md"
                label={t('form.layananDiterima')}
                name="layananDiterima"
                maxLength={200}
                value={layananDiterima}
                onChange={(e) => setLayananDiterima(e.currentTarget.value)}
                error={fields.layananDiterima}
                disabled={kirim.isPending}
              />
            )}
            <Textarea
              size="md"
              label={t('form.saran')}
              description={t('form.saranKet', { sisa: 2000 - saran.length })}
              name="saran"
              autosize
              minRows={3}
              maxRows={8}
              maxLength={2000}
              value={saran}
              onChange={(e) => setSaran(e.currentTarget.value)}
              error={fields.saran}
              disabled={kirim.isPending}
            />
          </Stack>
        </Card>

        {kirim.isError && (
          <Alert
            ref={errorRef}
            tabIndex={-1}
            color="red"
            role="alert"
            title={apiError?.status === 400 ? t('form.periksaIsian') : t('form.gagalKirim')}
          >
            {apiError?.status === 400 && fieldMessages.length > 0 ? (
              <List size="sm">
                {fieldMessages.map(([field, message]) => (
                  <List.Item key={field}>{labelField(field, t)}: {message}</List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm">{errorMessage(kirim.error)}</Text>
            )}
          </Alert>
        )}

        <Stack gap={6}>
          <Button
            type="submit"
            size="lg"
            fullWidth
            disabled={!lengkap}
            loading={kirim.isPending}
            aria-describedby={idStatus}
            data-testid="kirim-survei"
          >
            {t('form.kirim')}
          </Button>
          <Text id={idStatus} size="sm" c="gray.8" ta="center">
            {lengkap ? t('form.siapKirim') : t('form.belumLengkap', { sisa: total - terjawab })}
          </Text>
        </Stack>
      </Stack>
    </form>
  );
}

function TerimaKasih({ hasil }: { hasil: ResponDiterima }) {
  const { t, i18n } = useTranslation('skm');
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo({ top: 0 });
    ref.current?.focus();
  }, []);
  return (
    <Card withBorder padding="lg" radius="lg" role="status" data-testid="terima-kasih">
      <Stack gap="sm">
        <Title order={1} size="h2" ref={ref} tabIndex={-1}>{t('form.terimaKasihJudul')}</Title>
        {/* The server's confirmation is Indonesian; English readers get the same message translated. */}
        <Text size="md">{i18n.language.startsWith('en') ? t('form.diterima') : hasil.pesan}</Text>
        <Text size="sm" c="gray.8">{t('form.terimaKasihKet')}</Text>
        <Group mt="xs">
          <Button component={Link} to="/ikm" size="md">{t('form.lihatIkm')}</Button>
          <Button component={Link} to="/" size="md" variant="light">{t('form.kembaliBeranda')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Human label of a server field ("jawaban.U3" → "U3", "usia" → "Usia"). */
function labelField(field: string, t: (k: string, o?: Record<string, unknown>) => string): string {
  const m = /^jawaban\.(U\d)$/.exec(field);
  if (m) return m[1]!;
  return t(`demografi.label.${field}`, { defaultValue: t(`form.field.${field}`, { defaultValue: field }) });
}

/** Moves focus to the first radio of a question (the sticky bar's "go to unanswered" link). */
function fokusPertanyaan(kode: string) {
  const el = document.getElementById(`pertanyaan-${kode}`);
  el?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  el?.querySelector<HTMLInputElement>('input[type=radio]')?.focus({ preventScroll: true });
}

/** Random key; crypto.randomUUID exists only on https/localhost, getRandomValues everywhere. */
function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID();
  const b = new Uint8Array(16);
  c.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}
