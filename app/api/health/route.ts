import { healthAnswer } from '@/lib/site/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const { status, body } = await healthAnswer();
  // A probe must see the server as it is now: no browser, CDN or response cache may keep this.
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
