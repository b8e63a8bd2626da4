import type { MetadataRoute } from 'next';
import { origin } from '@/lib/site/portal';

export const dynamic = 'force-dynamic';

export default async function robots(): Promise<MetadataRoute.Robots> {
  const base = await origin();
  return { rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/embed/'] }, sitemap: `${base}/sitemap.xml` };
}
