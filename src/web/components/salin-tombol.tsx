import { Button, type ButtonProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Copies `text` to the clipboard. navigator.clipboard exists only on https/localhost (a city intranet is
 * often plain http), so it falls back to a hidden textarea + execCommand('copy').
 */
export async function salinTeks(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the legacy path
  }
  const ta = document.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.style.position = 'fixed';
  ta.style.opacity = '0';
  document.body.appendChild(ta);
  ta.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    ta.remove();
  }
}

/** "Salin" button that says "Tersalin" for two seconds (announced politely to screen readers). */
export function SalinTombol({ text, label, ...props }: { text: string; label?: string } & Omit<ButtonProps, 'children' | 'onClick'>) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'ok' | 'gagal'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const id = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(id);
  }, [state]);
  return (
    <Button
      variant={state === 'ok' ? 'filled' : 'light'}
      color={state === 'gagal' ? 'red' : undefined}
      onClick={async () => setState((await salinTeks(text)) ? 'ok' : 'gagal')}
      {...props}
    >
      <span aria-live="polite">{state === 'ok' ? t('action.tersalin') : state === 'gagal' ? t('action.salinGagal') : (label ?? t('action.salin'))}</span>
    </Button>
  );
}
