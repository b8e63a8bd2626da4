import type { NextRequest } from 'next/server';
import { searchAnswer } from '@/lib/site/api';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const { status, body } = await searchAnswer(request.nextUrl.searchParams);
  return Response.json(body, { status });
}
