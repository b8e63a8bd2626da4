import { SearchBox, type SearchBoxLabels } from './SearchBox';

/**
 * The small search box in the page header, so "/" searches from every page. Home and the results
 * page (`ownBox`) have their own large box, so the header leaves it to them.
 */
export function HeaderSearch({ action, path, ownBox, labels }: { action: string; path: string; ownBox: string[]; labels: SearchBoxLabels }) {
  if (ownBox.includes(path)) return null;
  return (
    <div className="w-full sm:w-72">
      <SearchBox action={action} defaultValue="" id="header-q" compact labels={labels} />
    </div>
  );
}
