import { useMemo, useRef } from 'react';
import { wallOf } from '@kafe/shared/plenary/wallNotes';
import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { useCycle } from './useCycle';
import { useFit } from './useFit';
import { WallNote } from './WallNote';
import { columnsFor, pagesOf, tilesOf, type WallTile } from './wallTiles';

/** Notes a tile keeps in the page at most; what fits of them shows (newest first), the rest is counted. */
const NOTES_PER_TILE = 8;
const PAGE_MS = 12_000;

/**
 * The notes of the current question as they arrive: a tile per table with its newest notes, so every table that has
 * written is on the wall at once (pinned notes first). More tables than a screen holds take turns, page by page.
 */
export function LiveWall({ questionId }: { questionId: string }) {
  const t = useT();
  const state = useWorkshop((s) => s.state);
  const tiles = useMemo(() => tilesOf(wallOf(state, questionId)), [state, questionId]);
  const pages = pagesOf(tiles);
  const index = useCycle(pages.length, PAGE_MS);
  const page = pages[index] ?? [];
  const columns = columnsFor(page.length);
  return (
    <section className="wall" aria-labelledby="wall-h">
      <h2 id="wall-h" className="screen-panel-title">
        {t('plenary.wall')}
        {pages.length > 1 && (
          <span className="wall-page"> · {t('plenary.wall.page', { n: index + 1, total: pages.length })}</span>
        )}
      </h2>
      {tiles.length === 0 ? (
        <p className="screen-panel-empty">{t('plenary.wall.empty')}</p>
      ) : (
        <div
          className="wall-tiles"
          data-density={page.length > 6 ? 'dense' : page.length > 2 ? 'medium' : 'roomy'}
          style={{
            gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
            gridTemplateRows: `repeat(${Math.ceil(page.length / columns)}, minmax(0, 1fr))`,
          }}
        >
          {page.map((tile) => (
            <Tile key={tile.table ?? 'pinned'} tile={tile} />
          ))}
        </div>
      )}
    </section>
  );
}

function Tile({ tile }: { tile: WallTile }) {
  const t = useT();
  const box = useRef<HTMLUListElement>(null);
  const notes = tile.notes.slice(0, NOTES_PER_TILE);
  useFit(box, notes);
  const id = `wall-t${tile.table ?? 'pinned'}`;
  return (
    <section
      className={`wall-tile ${tile.table === null ? 'wall-pinned' : ''}`}
      aria-labelledby={id}
      data-testid="wall-tile"
      data-table={tile.table ?? 'pinned'}
    >
      <h3 className="wall-tile-title" id={id}>
        <span>{tile.table === null ? t('plenary.pinned') : t('table.n', { n: tile.table })}</span>
        <span className="wall-tile-count">{t('plenary.wall.noteCount', { n: tile.notes.length })}</span>
      </h3>
      <ul className="wall-notes" ref={box}>
        {notes.map((n) => (
          <WallNote key={n.id} note={n} showTable={tile.table === null} />
        ))}
      </ul>
    </section>
  );
}
