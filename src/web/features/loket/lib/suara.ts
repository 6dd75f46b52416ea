/**
 * Chime + Indonesian speech for the display board. Browsers block audio and `speechSynthesis` until a
 * user gesture (Chrome ≥ M71; pelayanan.md §0 finding 5), hence the board's one-time "Aktifkan suara".
 */

let ctx: AudioContext | null = null;

/** Creates/resumes the AudioContext; call from the activation click. */
export async function aktifkanAudio(): Promise<void> {
  ctx ??= new AudioContext();
  if (ctx.state === 'suspended') await ctx.resume();
  // speak an empty utterance inside the gesture so later speech is allowed
  if ('speechSynthesis' in window) window.speechSynthesis.speak(new SpeechSynthesisUtterance(''));
}

/** Two-tone chime (ding-dong), ~0.9 s. Resolves when it has played. */
export function bunyikanChime(): Promise<void> {
  if (!ctx) return Promise.resolve();
  const c = ctx;
  const nada = (frek: number, mulai: number) => {
    const osc = c.createOscillator();
    const gain = c.createGain();
    osc.type = 'sine';
    osc.frequency.value = frek;
    gain.gain.setValueAtTime(0.0001, c.currentTime + mulai);
    gain.gain.exponentialRampToValueAtTime(0.4, c.currentTime + mulai + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, c.currentTime + mulai + 0.45);
    osc.connect(gain).connect(c.destination);
    osc.start(c.currentTime + mulai);
    osc.stop(c.currentTime + mulai + 0.5);
  };
  nada(880, 0);
  nada(660, 0.4);
  return new Promise((r) => setTimeout(r, 950));
}

/** An `id-ID` voice when the device has one (else the default voice, with lang set to id-ID). */
function suaraIndonesia(): SpeechSynthesisVoice | null {
  const voices = window.speechSynthesis.getVoices();
  return voices.find((v) => v.lang === 'id-ID') ?? voices.find((v) => v.lang.toLowerCase().startsWith('id')) ?? null;
}

/** Speaks `teks` in Bahasa Indonesia; resolves when done (or after a safety timeout). */
export function ucapkan(teks: string): Promise<void> {
  if (!('speechSynthesis' in window)) return Promise.resolve();
  return new Promise((resolve) => {
    const u = new SpeechSynthesisUtterance(teks);
    u.lang = 'id-ID';
    u.rate = 0.9;
    const v = suaraIndonesia();
    if (v) u.voice = v;
    const batas = setTimeout(resolve, 15_000);
    u.onend = u.onerror = () => {
      clearTimeout(batas);
      resolve();
    };
    window.speechSynthesis.speak(u);
  });
}

/** One full announcement: chime, then the spoken text. */
export async function umumkan(teks: string): Promise<void> {
  await bunyikanChime();
  await ucapkan(teks);
}
