import type { APIRoute } from 'astro';
import { themeBootScript } from '../browser/theme-boot.ts';

/**
 * `/theme.js`: the theme script every page's head names under its version
 * (src/data/theme-script.ts), one cached file instead of a copy in every page.
 */
export const GET: APIRoute = () => new Response(themeBootScript, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
