import type { NextRequest } from 'next/server';
import { handle } from '@/lib/site/api';
import { search } from '@/lib/site/portal';
import { parseSearchParams } from '@/lib/search/request';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  return handle(async () => Response.json(await search(parseSearchParams(request.nextUrl.searchParams))));
}
