import type { ReactNode } from 'react';
import '../globals.css';

export const dynamic = 'force-dynamic';

/** Its own root layout: the card is framed by other sites and carries no site chrome. */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="bg-transparent text-stone-900">{children}</body>
    </html>
  );
}
