export { createApp, defaultStaticDir, type AppOptions } from './app.js';
export { startServer, type RunningServer } from './node-server.js';
export { ApiError, toHttpError, type ErrorBody } from './http-error.js';
export { ROLES, LOCAL_USER, type AppEnv, type Role, type SessionUser } from './env.js';
export type { Mode } from './deps.js';
export { addAccount } from './core/reviewers.js';
export { UserStore } from './users/user-store.js';
