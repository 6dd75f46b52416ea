/** Module `auth`: accounts, sessions, roles. Other modules import only from here. */
export { createAuthService, type AuthService, type AuthOptions } from './auth.service.ts';
export { authRoutes } from './auth.routes.ts';
export { AuthErrors } from './auth.errors.ts';
