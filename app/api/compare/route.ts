import type { NextRequest } from 'next/server';
import { compareAnswer } from '@/lib/site/compare';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  return compareAnswer(request.nextUrl.searchParams);
}
