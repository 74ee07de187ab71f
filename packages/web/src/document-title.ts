/** Sets the browser tab's title while a page is shown. */
import { useEffect } from 'react';

export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Storyfold` : 'Storyfold';
  }, [title]);
}
