import { handle } from '@/lib/site/api';
import { indicatorDownload } from '@/lib/site/downloads';
import { origin } from '@/lib/site/portal';

export const dynamic = 'force-dynamic';

/** The main-indicator table as CSV (README § Data and licences). */
export function GET() {
  return handle(async () => indicatorDownload(await origin()));
}
