import type { Server } from 'node:http';
export const DEMO_CSP: string;
export function serve(options: { root: string; port?: number; host?: string }): Promise<{ server: Server; url: string }>;
