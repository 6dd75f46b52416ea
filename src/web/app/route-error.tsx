import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorState, NotFound } from '../components/states.tsx';
import { ApiError } from '../lib/api.ts';

/**
 * The router's errorElement inside a layout (/app, /admin): a page that throws while rendering shows an
 * error state in the content area — header and menu stay usable — instead of React Router's blank
 * "Unexpected Application Error". API errors keep their own message; anything else gets a plain one
 * (the technical message goes to the console only).
 */
export function RouteError({ back }: { back: string }) {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => console.error(error), [error]);
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound back={back} />;
  const tampil = error instanceof ApiError ? error : new Error(t('state.halamanGagal'));
  return <ErrorState error={tampil} onRetry={() => window.location.reload()} />;
}
