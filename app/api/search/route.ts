import type { NextRequest } from 'next/server';
import { handle, searchAnswer } from '@/lib/site/api';
import { searchDownload } from '@/lib/site/downloads';
import { origin } from '@/lib/site/portal';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  // `format` asks for the same results as a file (CSV, RIS, BibTeX, JSON).
  if (params.has('format')) return handle(async () => searchDownload(params, await origin()));
  const { status, body } = await searchAnswer(params);
  return Response.json(body, { status });
}
