import type { BrowserContext } from '@playwright/test';

export const DEMO_BASE: string;
export function serveDemoSite(context: BrowserContext): Promise<void>;
