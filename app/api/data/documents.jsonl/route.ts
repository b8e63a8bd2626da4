import { handle } from '@/lib/site/api';
import { dataDownload } from '@/lib/site/downloads';
import { origin } from '@/lib/site/portal';

export const dynamic = 'force-dynamic';

/** Every document of the plan with its place, tags and English (README § Data and licences). */
export function GET() {
  return handle(async () => dataDownload('jsonl', await origin()));
}
