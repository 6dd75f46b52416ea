import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { LayarSnapshot, PanggilEvent } from '../../../../contracts/antrian-loket.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useLayar } from '../api/get-layar.ts';
import { loketKeys } from '../api/keys.ts';
import { buatAntreanPengumuman } from '../lib/pengumuman.ts';
import { aktifkanAudio, umumkan } from '../lib/suara.ts';
import { useEventSource } from '../lib/use-event-source.ts';
import '../i18n.ts';
import css from './layar.module.css';

declare global {
  interface Window {
    /** Test hook: every announced text, in order (harmless in production). */
    __antrianPengumuman?: string[];
  }
}

const kunciToken = (kode: string) => `sikap.layar.${kode}`;
const KUNCI_SUARA = 'sikap.layar.suara';

/** The device token: taken once from `?token=`, kept in localStorage, removed from the address bar. */
function useTokenLayar(kode: string): string | null {
  const [token] = useState(() => {
    const url = new URL(window.location.href);
    const dariUrl = url.searchParams.get('token');
    if (dariUrl) {
      localStorage.setItem(kunciToken(kode), dariUrl);
      url.searchParams.delete('token');
      window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
      return dariUrl;
    }
    return localStorage.getItem(kunciToken(kode));
  });
  return token;
}

function Jam() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id);
  }, []);
  return <time>{now.toLocaleTimeString('id-ID', { timeZone: 'Asia/Jakarta', hour: '2-digit', minute: '2-digit', second: '2-digit' })} WIB</time>;
}

/** /layar/:lokasi — the TV display board (pelayanan.md §3.2 "Display board + TTS"). No app chrome. */
export default function LayarPage() {
  const { t } = useTranslation('loket');
  const kode = useParams().lokasi ?? '';
  const token = useTokenLayar(kode);
  const qc = useQueryClient();
  const snapshot = useLayar(kode, token);
  const [suaraAktif, setSuaraAktif] = useState(() => sessionStorage.getItem(KUNCI_SUARA) === '1');
  const [sorot, setSorot] = useState(0);
  const antre = useMemo(() => buatAntreanPengumuman(umumkan, (teks) => {
    (window.__antrianPengumuman ??= []).push(teks);
  }), []);

  const segarkan = () => void qc.invalidateQueries({ queryKey: loketKeys.layar(kode) });
  const saatPanggil = (d: unknown) => {
    const p = d as PanggilEvent;
    qc.setQueryData<LayarSnapshot>(loketKeys.layar(kode), (s) => s && {
      ...s,
      panggilanTerakhir: [p, ...s.panggilanTerakhir].slice(0, 10),
      loket: s.loket.map((l) => (l.nomor === p.loketNomor ? { ...l, tiket: { id: p.tiketId, nomor: p.nomor, status: 'dipanggil' } } : l)),
    });
    setSorot((n) => n + 1);
    antre.tambah(p.teks);
    segarkan();
  };
  const url = token ? `/api/v1/antrian/layar/${encodeURIComponent(kode)}/stream?token=${encodeURIComponent(token)}` : null;
  const { terhubung } = useEventSource(url, { panggil: saatPanggil, antrean: segarkan, tiket: segarkan }, segarkan);

  if (!token) return <main className={css.layar}><p>{t('layar.tanpaToken')}</p></main>;
  if (snapshot.isPending) return <PageLoader />;
  if (snapshot.isError) return <main className={css.layar}><ErrorState error={snapshot.error} onRetry={segarkan} /></main>;
  const s = snapshot.data;
  const kini = s.panggilanTerakhir[0];

  return (
    <main className={css.layar} lang="id">
      {!suaraAktif && (
        <button type="button" className={css.aktifkan} onClick={() => {
          void aktifkanAudio();
          sessionStorage.setItem(KUNCI_SUARA, '1');
          setSuaraAktif(true);
        }}>
          {t('layar.aktifkanSuara')}
          <small>{t('layar.aktifkanPenjelasan')}</small>
        </button>
      )}
      <header className={css.kepala}>
        <h1 style={{ margin: 0, fontSize: 'inherit' }}>{s.lokasi.nama}</h1>
        <span>{!terhubung && <span className={css.terputus} role="status">{t('terputus')}</span>} <Jam /></span>
      </header>
      <section key={sorot} className={`${css.utama} ${sorot ? css.sorot : ''}`} aria-live="assertive">
        <div style={{ fontSize: '2rem' }}>{t('layar.panggilan')}</div>
        <div className={css.nomor} data-testid="layar-panggilan-terakhir">{kini?.nomor ?? t('layar.kosong')}</div>
        <div style={{ fontSize: '2.5rem', fontWeight: 700 }}>{kini ? t('layar.menujuLoket', { loket: kini.loketNama }) : t('layar.belumAda')}</div>
      </section>
      <section className={css.grid} aria-label={t('layar.loket')}>
        {s.loket.map((l) => (
          <div key={l.id} className={css.ubin}>{l.nama}<strong>{l.tiket?.nomor ?? t('layar.kosong')}</strong></div>
        ))}
      </section>
      <section className={css.grid}>
        <div className={css.ubin}>
          <h2 style={{ margin: 0, fontSize: '1.5rem' }}>{t('layar.terakhir')}</h2>
          {s.panggilanTerakhir.slice(1, 6).map((p) => <div key={`${p.tiketId}-${p.pada}`}>{p.nomor} → {p.loketNama}</div>)}
        </div>
        {s.menunggu.map((m) => (
          <div key={m.layananId} className={css.ubin}>{m.prefix} · {m.nama}<strong>{m.jumlah}</strong>{t('layar.menunggu')}</div>
        ))}
      </section>
    </main>
  );
}
